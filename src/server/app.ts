// One Node server: the built game and the workshop rooms on one port. Without a Redis URL it uses
// Colyseus' local presence and driver (nothing else to run); with one, several processes share
// rooms and each tells clients its own public address so they reach the process holding a room.
import { createServer } from 'node:http';
import { LocalDriver, LocalPresence, Server, type matchMaker, type Presence } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { guardMatchmaking } from './guard.ts';
import { MAX_MESSAGE_BYTES, MAX_TEAMS } from './messages.ts';
import { staticGame } from './static.ts';
import { TeamRoom } from './team-room.ts';
import { VoteRoom } from './vote-room.ts';
import { WorkshopRoom } from './workshop-room.ts';

export interface WorkshopServerOptions {
  port: number;
  host?: string;
  /** The built game to serve; none for a rooms-only server (tests). */
  distDir?: string;
  embedOrigins?: readonly string[];
  redisUrl?: string;
  /** host:port (and path) clients reach this process at, needed with several processes. */
  publicAddress?: string;
  failuresPerMinute?: number;
  /** Take the client's address from X-Forwarded-For (only behind a proxy that sets it). */
  trustProxy?: boolean;
}

const ROOMS_JSON = JSON.stringify({ rooms: ['workshop', 'team', 'vote'] });

export async function startWorkshopServer(options: WorkshopServerOptions): Promise<Server> {
  const http = createServer();
  const site = options.distDir ? staticGame(options.distDir, options.embedOrigins) : null;
  http.on('request', (req, res) => {
    // A page asks whether rooms are here before it offers them (vite preview or a file has none).
    if (req.method === 'GET' && /\/rooms\.json(\?|$)/.test(req.url ?? '')) {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' }).end(ROOMS_JSON);
    } else if (site) site(req, res);
  });
  const { presence, driver } = await scaleOut(options.redisUrl);
  // Every team room of a workshop listens on its workshop's channel: up to MAX_TEAMS on one name.
  presence.setMaxListeners(4 * MAX_TEAMS);
  const transport = new WebSocketTransport({ server: http, maxPayload: MAX_MESSAGE_BYTES, pingInterval: 5000, pingMaxRetries: 3 });
  const server = new Server({ transport, presence, driver, publicAddress: options.publicAddress, greet: false, gracefullyShutdown: false });
  server.define('workshop', WorkshopRoom).filterBy(['code']);
  server.define('team', TeamRoom).filterBy(['code', 'team']);
  server.define('vote', VoteRoom).filterBy(['code']);
  await server.listen(options.port, options.host);
  // Colyseus put its matchmaking in front of the site; the guard goes in front of both.
  const inner = http.listeners('request') as Parameters<typeof guardMatchmaking>[0];
  http.removeAllListeners('request');
  http.on('request', guardMatchmaking(inner, { presence, failuresPerMinute: options.failuresPerMinute ?? 20, trustProxy: options.trustProxy }));
  return server;
}

async function scaleOut(redisUrl: string | undefined): Promise<{ presence: Presence; driver: matchMaker.MatchMakerDriver }> {
  if (!redisUrl) return { presence: new LocalPresence(), driver: new LocalDriver() };
  const [{ RedisPresence }, { RedisDriver }] = await Promise.all([import('@colyseus/redis-presence'), import('@colyseus/redis-driver')]);
  return { presence: new RedisPresence(redisUrl), driver: new RedisDriver(redisUrl) };
}
