// `npm start`: the built game and the workshop rooms on one port (src/server/app.ts).
import { networkInterfaces } from 'node:os';
import { readOrigins } from '../src/embed/origins.ts';
import { startWorkshopServer } from '../src/server/app.ts';

const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? '0.0.0.0';
const allowList = process.env.VITE_EMBED_ORIGINS?.trim();

await startWorkshopServer({
  port, host,
  distDir: 'dist',
  embedOrigins: allowList ? readOrigins(allowList).origins : undefined,
  redisUrl: process.env.REDIS_URL || undefined,
  publicAddress: process.env.PUBLIC_ADDRESS || undefined,
  failuresPerMinute: process.env.JOIN_FAILURES_PER_MINUTE ? Number(process.env.JOIN_FAILURES_PER_MINUTE) : undefined,
});
console.log(`DevOps Journey is running at http://localhost:${port}/ (solo game and workshop rooms${process.env.REDIS_URL ? ', shared through Redis' : ''})`);
// Attendees' phones reach the machine by its address on the venue's network.
for (const address of Object.values(networkInterfaces()).flat()) {
  if (address && address.family === 'IPv4' && !address.internal) console.log(`  on this network: http://${address.address}:${port}/`);
}
