// `npm run dev` as a trainer uses it: the page is styled under the dev policy, and a broken
// scenario saved while it runs is listed with file:line:column on the page and in the terminal.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { expect, test } from '@playwright/test';

const port = Number(process.env.DEV_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 1000);
const base = `http://localhost:${port}`;
const broken = 'scenarios/zz-e2e-dev-broken';

let server: ChildProcess;
let output = '';
// Vite colours its output.
const terminal = () => stripVTControlCharacters(output);

// Serial, and once more with a fresh dev server if the first one was still settling its dependencies.
test.describe.configure({ mode: 'serial', retries: 1 });

test.beforeAll(async () => {
  // Polling: on a machine shared by many watchers, file-system events can run out and a save go unseen.
  server = spawn('npx', ['vite', '--port', String(port), '--strictPort'], {
    stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, CHOKIDAR_USEPOLLING: '1', CHOKIDAR_INTERVAL: '500' },
  });
  server.stdout!.on('data', (d: Buffer) => { output += d.toString(); });
  server.stderr!.on('data', (d: Buffer) => { output += d.toString(); });
  await expect.poll(terminal, { timeout: 60_000 }).toContain(`localhost:${port}`);
});

test.afterAll(() => {
  rmSync(broken, { recursive: true, force: true });
  // The whole group: npx and the vite it started.
  if (server.pid) process.kill(-server.pid);
});

test('the dev server serves the game styled, with no policy violation', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(base);
  await expect(page.getByRole('heading', { level: 1, name: 'DevOps Journey' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('list', { name: 'Scenarios' }).getByRole('article', { name: 'Our DevOps journey' })).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Atkinson');
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
});

test('a broken scenario saved under the dev server is listed on the page and in the terminal', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto(base);
  await expect(page.getByRole('heading', { level: 1, name: 'DevOps Journey' })).toBeVisible({ timeout: 60_000 });
  mkdirSync(`${broken}/locales`, { recursive: true });
  writeFileSync(`${broken}/locales/en.yaml`, 'title: Broken\nbrief: Broken on purpose.\n');
  const overlay = page.locator('vite-error-overlay');
  // Saved again until the page shows it, as a trainer would: on a busy machine the dev server's file
  // watcher may still be making its first scan, and it reports only the changes after that.
  // When the dev server has just re-bundled its dependencies, the page may miss the update: a trainer
  // then reloads, and the list is shown on load as well.
  let saves = 0;
  await expect.poll(async () => {
    writeFileSync(`${broken}/scenario.yaml`, 'id: zz-e2e-dev-broken\ntitle: title\nbrief: brief\nlanguage: en\nturns: many\n');
    if (++saves % 10 === 0) await page.reload();
    return overlay.count();
  }, { timeout: 90_000, intervals: [3_000] }).toBeGreaterThan(0);
  await expect(overlay).toContainText(`${broken}/scenario.yaml:5:`);
  await expect(overlay).toContainText('zz-e2e-dev-broken is left out of the game');
  await expect.poll(terminal, { timeout: 30_000 }).toContain(`${broken}/scenario.yaml:5:`);
  // Fixed (here: removed), the list goes away and the game is whole again.
  rmSync(broken, { recursive: true, force: true });
  await expect(overlay).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'DevOps Journey' })).toBeVisible();
});
