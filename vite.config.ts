import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { readOrigins } from './src/embed/origins.ts';
import { securityHeaders } from './src/server/headers.ts';
import { devCsp, scenarioProblemsInTerminal } from './scripts/vite-dev.ts';

/**
 * `vite build` makes the served game, an installable PWA that works offline after one visit.
 * `vite build --mode single` (npm run build:single) makes dist-single/index.html: one file with
 * all code, fonts and art inside, for a venue without network, opened straight from disk.
 */
export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  const allowList = loadEnv(mode, process.cwd(), 'VITE_').VITE_EMBED_ORIGINS?.trim();
  const embedOrigins = allowList ? readOrigins(allowList).origins : undefined;
  return {
    // Relative asset paths: the build must work under any sub-path a speaker's host puts it on.
    base: './',
    server: { port: 5173 },
    // `vite preview` serves the build with the headers a <meta> cannot carry (frame-ancestors), as `npm start` does.
    preview: { port: 5173, headers: securityHeaders(embedOrigins) },
    // The single file is the whole delivery: nothing may sit next to it.
    publicDir: single ? false : 'public',
    build: {
      target: 'es2022', sourcemap: !single, outDir: single ? 'dist-single' : 'dist',
      // The single file has no chunks: everything runs in import order.
      rollupOptions: single ? {} : {
        output: {
          // zod and src/embed/no-eval.ts share a chunk, so zod is told not to compile parsers with
          // new Function (which the policy forbids) before any other chunk builds a schema.
          manualChunks: (id: string) => (/[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]embed[\\/]no-eval\.ts$/.test(id) ? 'zod' : undefined),
        },
      },
    },
    plugins: single
      ? [usedGlyphsOnly(), viteSingleFile(), inlineFavicon(), cspForInlineCode()]
      : [usedGlyphsOnly(), devCsp(), scenarioProblemsInTerminal(), VitePWA({
          registerType: 'autoUpdate',
          // src/main.ts registers it: quietly, since a frame on another site may not have one.
          injectRegister: false,
          manifest: {
            name: 'DevOps Journey',
            short_name: 'DevOps Journey',
            description: 'A browser game about moving a software company from waterfall to DevOps.',
            start_url: './',
            scope: './',
            display: 'standalone',
            background_color: '#0f1b2d',
            theme_color: '#0f1b2d',
            icons: [
              { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
              { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
              { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
              { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
            ],
          },
          workbox: {
            globPatterns: ['**/*.{js,css,html,svg,png,json,woff2}'],
            // The board chunk (Phaser) is over the 2 MiB default.
            maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
            navigateFallback: 'index.html',
            // The first visit is the only one a venue may get online: the new worker takes charge at once.
            clientsClaim: true,
            skipWaiting: true,
          },
        })],
  };
});

/** Every character the shipped interface and scenarios can show. */
function shippedCharacters(): Set<number> {
  const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(json|ya?ml)$/.test(name) ? [path] : [];
  });
  const chars = new Set<number>();
  // Printable ASCII always: numbers, names and a trainer's own Latin text.
  for (let c = 0x20; c < 0x7f; c++) chars.add(c);
  // The built-in events' texts live in code, beside the locale files.
  for (const f of [...files('src/i18n/locales'), ...files('scenarios'), 'src/scenarios/event-texts.ts']) {
    for (const ch of readFileSync(f, 'utf8')) chars.add(ch.codePointAt(0)!);
  }
  return chars;
}

/**
 * Fontsource ships Noto Sans SC as about a hundred slices per weight, 74 MB with the WOFF copies.
 * Only the slices holding a character the game can show are kept, and WOFF2 alone (every browser
 * that runs the game reads it): the single file stays a few megabytes and the PWA caches a few files.
 */
function usedGlyphsOnly(): Plugin {
  let chars: Set<number> | null = null;
  const inRange = (range: string) => range.split(',').some((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-').map((x) => parseInt(x, 16));
    for (const c of chars!) if (c >= from && c <= to) return true;
    return false;
  });
  return {
    name: 'devops-journey:used-glyphs-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/@fontsource[\\/].*\.css$/.test(id)) return null;
      chars ??= shippedCharacters();
      const kept = code.replace(/(?:\/\*[^*]*\*\/\s*)?@font-face\s*\{[^}]*\}/g, (block) => {
        const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
        if (range && !inRange(range)) return '';
        return block.replace(/,\s*url\([^)]*\.woff\)\s*format\('woff'\)/g, '');
      });
      return { code: kept, map: null };
    },
  };
}

/** From file:// the favicon next to the HTML may not be there: it travels inside. */
function inlineFavicon(): Plugin {
  return {
    name: 'devops-journey:inline-favicon',
    transformIndexHtml: (html) => html.replace(/href="\.\/favicon\.svg"/,
      `href="data:image/svg+xml;base64,${readFileSync('public/favicon.svg').toString('base64')}"`),
  };
}

/**
 * The single file carries its code and styles inline, which 'self' forbids; the policy names that
 * exact code by its hash instead, so nothing else inline may run. Fonts and art come as data: URLs.
 */
function cspForInlineCode(): Plugin {
  return {
    name: 'devops-journey:csp-for-inline-code',
    enforce: 'post',
    // A stand-in hash until the code is inlined; it also tells the inliner the policy is looked after.
    transformIndexHtml: (html) => html.replace("script-src 'self'", "script-src 'sha256-filled-in-after-inlining'")
      .replace("style-src 'self'", "style-src 'sha256-filled-in-after-inlining'"),
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = String(file.source);
          const hashes = (tag: string) => [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))]
            .filter((m) => m[1].length > 0)
            .map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`).join(' ');
          file.source = html.replace(/(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/, (_all, open: string, policy: string, close: string) =>
            open + policy
              .replace(/script-src [^;]*/, `script-src ${hashes('script')}`)
              .replace(/style-src [^;]*/, `style-src ${hashes('style')}`)
              .replace(/font-src [^;]*/, "font-src 'self' data:")
              .replace(/connect-src [^;]*/, "connect-src 'self' data:")
              .replace(/manifest-src [^;]*;?\s*/, '') + close);
        }
      },
    },
  };
}
