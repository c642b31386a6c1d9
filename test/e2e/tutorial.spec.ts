import { expect, test, type Page } from '@playwright/test';
import { adopt, endTurn, startScenario, tabTo } from './play.ts';

async function next(page: Page): Promise<void> {
  const button = page.locator('#coach-next');
  await expect(button).toBeEnabled();
  await tabTo(page, button);
  await page.keyboard.press('Enter');
}

test('the tutorial teaches every control, step by step, and ends in the debrief (keyboard only)', async ({ page }) => {
  test.setTimeout(180_000);
  await startScenario(page, 'Tutorial');
  const guide = page.getByRole('region', { name: /Tutorial: step/ });

  await expect(guide).toContainText('step 1 of 9');
  await expect(page.locator('[data-area="board"]')).toHaveClass(/coach-target/);
  await next(page);
  await expect(guide).toContainText('four DORA keys');
  await next(page);

  await expect(guide).toContainText('peer code reviews');
  await expect(page.locator('#coach-next')).toBeDisabled();
  await adopt(page, 'Peer code reviews');
  await next(page);

  await expect(guide).toContainText('release cadence');
  await page.keyboard.press('3');
  const cadence = page.getByLabel('Release cadence');
  await tabTo(page, cadence);
  // A closed select moves its choice with the arrow keys, and each move is a decision.
  for (let i = 0; i < 6 && !(await cadence.locator('option:checked').textContent())?.includes('90'); i++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(cadence.locator('option:checked')).toHaveText('Every 90 days');
  await next(page);

  await expect(guide).toContainText('End two turns');
  await endTurn(page);
  await expect(guide).toContainText('1 more turn');
  await endTurn(page);
  await next(page);

  await expect(guide).toContainText('Events ask you to decide');
  await expect(page.locator('[data-area="events"]')).toHaveClass(/coach-target/);
  await tabTo(page, page.getByRole('button', { name: 'Decide now' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'The big deadline' });
  await tabTo(page, dialog.getByRole('button', { name: /sustainable pace/ }), 10);
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await next(page);

  await expect(guide).toContainText('Hire one developer');
  await page.keyboard.press('4');
  await tabTo(page, page.getByRole('button', { name: 'Hire one developer' }));
  await page.keyboard.press('Enter');
  await next(page);

  await expect(guide).toContainText('three more turns');
  await expect(page.locator('[data-area="metrics"]')).toHaveClass(/coach-target/);
  await page.keyboard.press('1');
  await expect(page.locator('[data-metric~="leadTimeMean"]').first()).toHaveClass(/coach-target/);
  for (let i = 0; i < 3; i++) await endTurn(page);
  await next(page);
  await expect(guide).toContainText('You know the controls');
  await next(page);
  await expect(guide).toHaveCount(0);

  while (await page.getByRole('button', { name: 'End turn' }).isVisible()) await endTurn(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Your decisions' })).toBeVisible();
  await expect(page.getByText('Adopted Peer code reviews')).toBeVisible();
  await expect(page.getByText('Set release cadence to Every 90 days')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Questions to discuss' })).toBeVisible();
});
