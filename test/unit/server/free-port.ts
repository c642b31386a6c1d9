import { createServer } from 'node:net';

/** A port this project's own servers may use (2610–2690) that nothing listens on now. */
export async function freePort(from = 2610, to = 2690): Promise<number> {
  const start = from + Math.floor(Math.random() * (to - from));
  for (let i = 0; i <= to - from; i++) {
    const port = from + ((start - from + i) % (to - from + 1));
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer().once('error', () => resolve(false)).once('listening', () => probe.close(() => resolve(true)));
      probe.listen(port, '127.0.0.1');
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${from}-${to}`);
}
