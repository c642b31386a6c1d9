// The workshop server of `npm run bench:workshop`, in its own process so its memory and CPU are its own.
import { startWorkshopServer } from '../src/server/app.ts';

const port = Number(process.env.PORT);
await startWorkshopServer({ port, host: '127.0.0.1', failuresPerMinute: 100_000 });
// Colyseus' own stats also talk on this channel (it takes the parent for pm2): messages carry a kind.
process.on('message', (msg: { kind?: string }) => {
  if (msg?.kind !== 'stats?') return;
  globalThis.gc?.();
  process.send!({ kind: 'stats', rss: process.memoryUsage().rss, heapUsed: process.memoryUsage().heapUsed, cpu: process.cpuUsage() });
});
process.send!({ kind: 'ready' });
