// Tooltips stay inside the viewport at every screen size: each explained number in the side
// panels, hovered or focused, shows its whole explanation on screen.
import { expect, test } from '@playwright/test';
import { endTurn, startScenario } from './play.ts';

for (const size of [{ width: 1280, height: 720 }, { width: 390, height: 844 }]) {
  test(`every tooltip of the dashboard and the policies fits ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await startScenario(page, 'Our DevOps journey');
    await endTurn(page);
    let checked = 0;
    for (const tab of ['Metrics', 'Policies', 'Team']) {
      await page.getByRole('tab', { name: tab }).click();
      const anchors = page.getByRole('tabpanel').locator('.explained');
      const n = await anchors.count();
      for (let i = 0; i < n; i++) {
        const anchor = anchors.nth(i);
        await anchor.focus();
        const tip = page.locator(`#${await anchor.getAttribute('aria-describedby')}`);
        await expect(tip).toBeVisible();
        await expect.poll(async () => {
          const box = (await tip.boundingBox())!;
          return box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height;
        }, { message: `${tab} tip ${i}` }).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
}
