import { chromium } from '@playwright/test';

import { chromiumArgs, chromiumPath } from '/work/wt-17/scripts/chromium.ts';
const base = 'http://localhost:4217';
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const sizes = [[1280, 720], [390, 844]] as const;
for (const [w, hgt] of sizes) {
  for (const lang of ['en', 'zh']) {
    const page = await browser.newPage({ viewport: { width: w, height: hgt } });
    // Share box on the brief.
    await page.goto(`${base}/?scenario=our-devops-journey&lang=${lang}`);
    await page.waitForTimeout(800);
    await page.locator('details.share summary').click();
    await page.locator('details.share').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/s17-share-${w}-${lang}.png` });
    // Preview with event dialog.
    await page.goto(`${base}/?scenario=toxic-culture&turn=6&event=hire-crony&lang=${lang}`);
    await page.waitForTimeout(2500);
    await page.screenshot({ path: `/tmp/s17-event-${w}-${lang}.png` });
    // Debrief lessons.
    await page.goto(`${base}/?scenario=toxic-culture&turn=24&play=take-every-tip&lang=${lang}`);
    await page.waitForTimeout(1500);
    await page.keyboard.press('n');
    await page.waitForTimeout(500);
    for (let i = 0; i < 5 && await page.getByRole('dialog').isVisible(); i++) await page.getByRole('dialog').getByRole('button').first().click();
    await page.waitForTimeout(1500);
    await page.locator('#lessons-heading').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/s17-lessons-${w}-${lang}.png` });
    // Systems map names (mooc has names).
    await page.goto(`${base}/?scenario=our-devops-journey&turn=3&lang=${lang}`);
    await page.waitForTimeout(3000);
    await page.screenshot({ path: `/tmp/s17-board-${w}-${lang}.png` });
    await page.close();
  }
}
await browser.close();
