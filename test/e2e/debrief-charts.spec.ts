// Debrief charts read at a glance: the legend shows values before any hover and keeps its size,
// and the exported PNG carries the scenario's name and each chart's title and legend.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { endTurn } from './play.ts';

test('charts show their values without hovering, keep their size, and export with titles and legends', async ({ page }) => {
  await page.goto('/?scenario=our-devops-journey&turn=24');
  await expect(page.locator('.clock')).toContainText('Turn 24 of 24');
  await endTurn(page);
  const charts = page.locator('figure.chart');
  await expect(charts).toHaveCount(8);
  for (const legend of await page.locator('.chart .u-legend').all()) await expect(legend).not.toContainText(/—|--/);
  await expect(charts.first().locator('.u-title')).toHaveText('Deployment frequency');
  await expect(charts.nth(3).locator('.u-title')).toHaveText('Time to restore');
  const card = charts.nth(1);
  const before = (await card.boundingBox())!;
  await card.locator('.u-over').hover({ position: { x: 30, y: 40 } });
  const after = (await card.boundingBox())!;
  expect(after.height).toBe(before.height);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Charts as PNG' }).click();
  const png = readFileSync(await (await download).path());
  if (process.env.SHOTS_DIR) {
    writeFileSync(`${process.env.SHOTS_DIR}/charts-export.png`, png);
    await charts.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${process.env.SHOTS_DIR}/debrief-charts.png` });
  }
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  const height = png.readUInt32BE(20);
  const canvases = await page.locator('.chart canvas').evaluateAll((cs) => cs.reduce((a, c) => a + (c as HTMLCanvasElement).height, 0));
  // Room for the heading and, per chart, a title and a legend besides its canvas.
  expect(height).toBeGreaterThan(canvases + 8 * 40);
});
