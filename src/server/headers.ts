// The HTTP response headers of every file the game's server sends. One list, read by the workshop
// server of `npm start` (static.ts) and by vite.config.ts for `vite preview`.

/** The policy index.html carries in its <meta>; a unit test keeps the two the same. */
export const PAGE_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

/**
 * The page policy plus what a <meta> cannot say: which pages may frame the game. With an allow-list
 * of host origins (VITE_EMBED_ORIGINS) only those and the game's own site; without one (undefined)
 * any page, as docs/embedding.md describes. A list left empty by bad entries fails closed.
 */
export function securityHeaders(embedOrigins?: readonly string[]): Record<string, string> {
  const ancestors = embedOrigins === undefined ? '*' : ["'self'", ...embedOrigins].join(' ');
  return {
    'Content-Security-Policy': `${PAGE_POLICY}; frame-ancestors ${ancestors}`,
    'X-Content-Type-Options': 'nosniff',
    // The game loads nothing from elsewhere; a link followed out of it need not say where from.
    'Referrer-Policy': 'no-referrer',
  };
}
