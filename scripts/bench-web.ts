// Browser figures: how much JavaScript the first screen needs compared with a bare Phaser 4 page,
// whether the title shows before Phaser is fetched, the board's frame rate with the Snapdeal-scale
// systems map, and how fast a turn answers over a whole flagship game. It prints figures; it never
// passes or fails.
import { chromium } from '@playwright/test';
import { readFileSync, readdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { chromiumArgs, chromiumPath, requireChromium } from './chromium.ts';

requireChromium();
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

await build({ logLevel: 'silent' });
const html = readFileSync('dist/index.html', 'utf8');
// Initial JavaScript: the entry and what it preloads, as the HTML names them.
const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const initialGzip = initial.reduce((sum, f) => sum + gz(join('dist', f)), 0);
const phaserChunk = readdirSync('dist/assets').find((f) => /^(board|phaser)[-.].*\.js$/.test(f) && gz(join('dist/assets', f)) > 100_000);

// A bare Phaser 4 page, built the same way, is the yardstick.
const bare = mkdtempSync(join(tmpdir(), 'bare-phaser-'));
writeFileSync(join(bare, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
writeFileSync(join(bare, 'main.js'), "import Phaser from 'phaser';\nnew Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600 });\n");
await build({ root: bare, logLevel: 'silent', configFile: false, resolve: { alias: { phaser: join(process.cwd(), 'node_modules/phaser') } }, build: { outDir: join(bare, 'dist') } });
const bareGzip = readdirSync(join(bare, 'dist/assets')).filter((f) => f.endsWith('.js')).reduce((s, f) => s + gz(join(bare, 'dist/assets', f)), 0);
rmSync(bare, { recursive: true, force: true });

const server = await preview({ logLevel: 'silent', preview: { port: 4191, strictPort: true } });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
// The service worker precaches every chunk after the first visit; block it to see what the page itself asks for.
const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' })).newPage();
const requested: string[] = [];
page.on('request', (r) => requested.push(r.url()));
await page.goto('http://localhost:4191/?bench');
await page.getByRole('heading', { level: 1 }).waitFor();
const phaserBeforeTitle = requested.some((u) => /\/assets\/(board|phaser)[-.]/.test(u));

await page.getByRole('article', { name: /Snapdeal/ }).getByRole('button').click();
await page.getByRole('button', { name: 'Start' }).click();
for (let i = 0; i < 3; i++) {
  await page.keyboard.press('n');
  if (await page.getByRole('dialog').isVisible()) await page.getByRole('dialog').getByRole('button').first().click();
}
await page.waitForFunction(() => 'window' in globalThis && (window as unknown as { __board?: unknown }).__board !== undefined);
const fps = await page.evaluate(() => (window as unknown as { __board: { measure(ms: number): Promise<number> } }).__board.measure(5000));

// A whole flagship game: the time from End turn to the updated screen (painted), every turn.
const game = await (await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' })).newPage();
await game.goto('http://localhost:4191/?scenario=our-devops-journey');
await game.getByRole('button', { name: 'Start' }).click();
const turnTimes: number[] = [];
while (await game.locator('#end-turn').isVisible()) {
  const ms = await game.evaluate(() => new Promise<number>((resolve) => {
    const t0 = performance.now();
    const done = new MutationObserver(() => {
      done.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
    });
    done.observe(document.body, { childList: true, subtree: true, characterData: true });
    (document.getElementById('end-turn') as HTMLButtonElement).click();
  }));
  turnTimes.push(ms);
  // Decisions, incidents and acts the turn brings are answered, outside the timing.
  for (let guard = 0; guard < 10 && await game.locator('dialog[open]').count() > 0; guard++) {
    const dialog = game.locator('dialog[open]');
    const respond = dialog.getByRole('button', { name: 'Respond', exact: true });
    if (await respond.count() > 0) await respond.click();
    else await dialog.getByRole('button').first().click();
    await game.waitForTimeout(50);
  }
}
const domNodes = await game.evaluate(() => document.getElementsByTagName('*').length);
await browser.close();
await server.close();

console.log('DevOps Journey: browser figures');
console.log(`  initial JavaScript (gzip)        ${kib(initialGzip)} in ${initial.length} file(s)`);
console.log(`  bare Phaser 4 page (gzip)        ${kib(bareGzip)}`);
console.log(`  initial / bare Phaser            ${((initialGzip / bareGzip) * 100).toFixed(0)}% (limit 125%)`);
console.log(`  Phaser in its own chunk          ${phaserChunk ? `yes (${phaserChunk}, ${kib(gz(join('dist/assets', phaserChunk)))})` : 'no'}`);
console.log(`  Phaser fetched before the title  ${phaserBeforeTitle ? 'yes' : 'no'}`);
console.log(`  board fps, Snapdeal map 1280×720 ${fps.toFixed(1)} (headless Chromium, software rendering)`);
const sorted = [...turnTimes].sort((x, y) => x - y);
const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
console.log(`  End turn to painted screen       p50 ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, max ${at(1).toFixed(0)} ms over ${sorted.length} turns of the flagship`);
console.log(`  DOM nodes at the end of the game ${domNodes}`);
