// `npm start`: the built game and the workshop rooms on one port (src/server/app.ts).
import { networkInterfaces } from 'node:os';
import { loadEnv } from 'vite';
import { readOrigins } from '../src/embed/origins.ts';
import { startWorkshopServer } from '../src/server/app.ts';

const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? '0.0.0.0';
// The same allow-list the build read (.env files or the environment), as `vite preview` would.
const allowList = loadEnv('production', process.cwd(), 'VITE_').VITE_EMBED_ORIGINS?.trim();

await startWorkshopServer({
  port, host,
  distDir: 'dist',
  embedOrigins: allowList ? readOrigins(allowList).origins : undefined,
  redisUrl: process.env.REDIS_URL || undefined,
  publicAddress: process.env.PUBLIC_ADDRESS || undefined,
  failuresPerMinute: process.env.JOIN_FAILURES_PER_MINUTE ? Number(process.env.JOIN_FAILURES_PER_MINUTE) : undefined,
  trustProxy: process.env.TRUST_PROXY === '1',
}).catch((error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE'
    ? `Port ${port} is already in use. Stop what uses it, or start on another port: PORT=8080 npm start`
    : `The server could not start: ${error.message}`);
  process.exit(1);
});
console.log(`DevOps Journey is running at http://localhost:${port}/ (solo game and workshop rooms${process.env.REDIS_URL ? ', shared through Redis' : ''})`);
// Attendees' phones reach the machine by its address on the venue's network.
for (const address of Object.values(networkInterfaces()).flat()) {
  if (address && address.family === 'IPv4' && !address.internal) console.log(`  on this network: http://${address.address}:${port}/`);
}
