// State you can see: what is being adopted says how long it still takes, and leaving a game says
// the truth about its save.
import { expect, test } from '@playwright/test';
import { endTurn, startScenario } from './play.ts';

test('a practice being adopted stays at the top of the shop with the turns it still needs', async ({ page }) => {
  await startScenario(page, 'Our DevOps journey');
  await page.getByRole('tab', { name: 'Practices' }).click();
  const card = page.getByRole('article', { name: 'Release management' });
  await card.getByRole('button', { name: 'Adopt' }).click();
  const first = page.locator('.cards article').first();
  await expect(first).toHaveAttribute('data-practice', 'release-management');
  await expect(first).toContainText(/Adopting: \d+ turns? left/);
  await page.getByRole('checkbox').first().check();
  await expect(page.getByRole('article', { name: 'Release management' })).toBeVisible();
});

test('Quit asks in the game, keeps the game for later or deletes it, as it says', async ({ page }) => {
  await startScenario(page, 'Our DevOps journey');
  await endTurn(page);
  await page.getByRole('button', { name: 'Quit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Leave this game?' });
  await expect(dialog).toContainText('Every move is saved');
  await dialog.getByRole('button', { name: 'Keep it for later' }).click();
  await page.getByRole('button', { name: 'Continue the saved game' }).click();
  await expect(page.locator('.clock')).toContainText('Turn 2 of 24');
  await page.getByRole('button', { name: 'Quit' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'End it and delete the save' }).click();
  await expect(page.getByRole('button', { name: 'Continue the saved game' })).toHaveCount(0);
});
