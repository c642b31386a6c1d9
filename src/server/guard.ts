// The matchmaking requests (POST /matchmake/...) before Colyseus sees them: bodies are small, and
// an address that keeps asking for rooms that are not there (guessing codes) is told to wait.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Presence } from '@colyseus/core';

export const MAX_MATCHMAKE_BYTES = 2048;

export interface GuardOptions {
  presence: Presence;
  /** Refused joins an address may make per minute before it must wait. */
  failuresPerMinute: number;
  /** Behind a reverse proxy every request comes from the proxy: the address is its X-Forwarded-For. */
  trustProxy?: boolean;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

function addressOf(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0]!.trim() : '';
  return forwarded || req.socket.remoteAddress || 'unknown';
}

/** Wraps the server's request handlers (Colyseus' own among them) behind the checks. */
export function guardMatchmaking(inner: Handler[], { presence, failuresPerMinute, trustProxy = false }: GuardOptions): Handler {
  return (req, res) => {
    const pass = () => { for (const h of inner) h(req, res); };
    if (req.method !== 'POST' || !req.url?.includes('/matchmake/')) return pass();
    if (Number(req.headers['content-length'] ?? 0) > MAX_MATCHMAKE_BYTES) {
      res.writeHead(413, { 'Content-Type': 'application/json' }).end(JSON.stringify({ code: 413, error: 'tooLarge' }));
      return;
    }
    const key = `workshop:failures:${addressOf(req, trustProxy)}`;
    const minute = String(Math.floor(Date.now() / 60_000));
    void Promise.resolve(presence.hget(key, minute)).then((seen) => {
      if (Number(seen ?? 0) >= failuresPerMinute) {
        res.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': '60' }).end(JSON.stringify({ code: 429, error: 'tooManyJoins' }));
        return;
      }
      const chunks: Buffer[] = [];
      const write = res.write.bind(res);
      res.write = ((chunk: unknown, ...rest: never[]) => {
        if (typeof chunk === 'string' || Buffer.isBuffer(chunk)) chunks.push(Buffer.from(chunk));
        return write(chunk as never, ...rest);
      }) as typeof res.write;
      res.on('finish', () => {
        if (/"error"\s*:/.test(Buffer.concat(chunks).toString())) void presence.hincrbyex(key, minute, 1, 120);
      });
      pass();
    });
  };
}
