// A legible board: on a phone no canvas label is under 12 CSS px, on a laptop none under 14, and
// none covers another (the board reports its labels' smallest size and overlaps on the canvas).
import { expect, test } from '@playwright/test';
import { endTurn, startScenario } from './play.ts';

for (const { size, least } of [{ size: { width: 390, height: 844 }, least: 12 }, { size: { width: 1280, height: 720 }, least: 14 }]) {
  test(`board labels at ${size.width}×${size.height} are at least ${least} px and never overlap`, async ({ page }) => {
    await page.setViewportSize(size);
    await startScenario(page, 'Our DevOps journey');
    for (let turn = 0; turn < 3; turn++) {
      const canvas = page.locator('.board-area canvas');
      await expect(canvas).toHaveAttribute('data-smallest-label', /\d/);
      expect(Number(await canvas.getAttribute('data-smallest-label'))).toBeGreaterThanOrEqual(least);
      expect(Number(await canvas.getAttribute('data-label-overlaps'))).toBe(0);
      await endTurn(page);
    }
  });
}
