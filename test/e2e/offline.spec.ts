import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';

test('the served game installs as a PWA and plays with the network off after one visit', async ({ page, context }) => {
  await page.goto('/');
  const manifest = await (await page.request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ name: 'DevOps Journey', display: 'standalone' });
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) expect((await page.request.get(`/${icon.src}`)).ok()).toBe(true);
  // The first visit installs the service worker, which takes over this page and caches the game.
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);
  await page.evaluate(() => navigator.serviceWorker.ready);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'DevOps Journey' })).toBeVisible();
  // The board's Phaser chunk was cached too, though the first visit never opened it.
  await page.goto('/?scenario=talk&mode=present&step=2');
  await expect(page.getByRole('heading', { name: 'Step 2' })).toBeVisible();
  await expect(page.locator('.present-board canvas')).toBeVisible();
  await context.setOffline(false);
});

test('npm run build:single makes one file that plays from file:// with no network', async ({ browser }) => {
  test.setTimeout(180_000);
  execFileSync('npm', ['run', 'build:single'], { stdio: 'ignore' });
  const file = join(process.cwd(), 'dist-single', 'index.html');
  console.log(`dist-single/index.html: ${(statSync(file).size / 1024 / 1024).toFixed(2)} MB`);

  const context = await browser.newContext({ offline: true });
  const page = await context.newPage();
  const outside: string[] = [];
  page.on('request', (r) => { if (!/^(file|data|blob):/.test(r.url())) outside.push(r.url()); });
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const url = pathToFileURL(file).href;
  await page.goto(`${url}?scenario=talk&mode=present&step=3&lang=zh`);
  await expect(page.getByRole('heading', { name: '第 3 步' })).toBeVisible();
  await expect(page.locator('.present-board canvas')).toBeVisible();
  // The Chinese face came from inside the file, not from a system font.
  await expect.poll(() => page.evaluate(() => document.fonts.check('16px "Noto Sans SC"', '步'))).toBe(true);

  await page.goto(`${url}?scenario=talk&mode=poster&step=2`);
  await expect(page.getByRole('list', { name: 'The four DORA keys' }).getByRole('listitem')).toHaveCount(4);
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'DevOps Journey' })).toBeVisible();
  await page.waitForTimeout(1000);
  expect(outside).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  await context.close();
});
