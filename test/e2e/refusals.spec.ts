// Nothing is refused silently: a refused policy says why right under its control, in view and
// read out, and the control goes back to the value in force.
import { expect, test } from '@playwright/test';
import { startScenario } from './play.ts';

for (const size of [{ width: 1280, height: 720 }, { width: 390, height: 844 }]) {
  test(`a WIP limit set before its practice is refused next to the control at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await startScenario(page, 'Our DevOps journey');
    await page.getByRole('tab', { name: 'Policies' }).click();
    const wip = page.getByLabel('Work-in-progress limit');
    const before = await wip.inputValue();
    await wip.selectOption({ index: 2 });
    const why = page.locator('#policy-wip-why');
    await expect(why).toHaveAttribute('role', 'alert');
    await expect(why).toContainText('WIP limits');
    await expect(wip).toHaveValue(before);
    const box = (await why.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(size.height + 1);
    await expect(wip).toHaveAttribute('aria-describedby', 'policy-wip-why');
  });
}
