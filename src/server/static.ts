// The built game (dist/), sent with the security headers every page and file must carry.
import sirv from 'sirv';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { securityHeaders } from './headers.ts';

export function staticGame(dir: string, embedOrigins?: readonly string[]) {
  const headers = securityHeaders(embedOrigins);
  const serve = sirv(dir, {
    etag: true,
    setHeaders: (res) => { for (const [k, v] of Object.entries(headers)) res.setHeader(k, v); },
  });
  return (req: IncomingMessage, res: ServerResponse) => serve(req, res, () => {
    res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  });
}
