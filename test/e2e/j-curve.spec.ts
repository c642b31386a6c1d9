// The J-curve as a player meets it: the shop says a big automation takes turns to settle in after
// it lands, and once in place the card says the team does not trust it yet, until it does.
import { expect, test } from '@playwright/test';
import { endTurn, startScenario } from './play.ts';

test('automated testing says it settles in over two turns, and its card says when the team trusts it', async ({ page }) => {
  await startScenario(page, 'Ten tips for a toxic culture');
  await page.getByRole('tab', { name: 'Practices' }).click();
  const card = page.getByRole('article', { name: 'Automated testing' });
  await expect(card).toContainText('Settling in');
  await expect(card).toContainText('2 turns after it lands');
  await card.getByRole('button', { name: 'Adopt' }).click();
  for (let k = 0; k < 3; k++) await endTurn(page);
  await page.getByRole('tab', { name: 'Practices' }).click();
  await expect(page.getByRole('article', { name: 'Automated testing' })).toContainText('In place, not trusted yet: 1 turn left');
  await endTurn(page);
  await page.getByRole('tab', { name: 'Practices' }).click();
  const trusted = page.getByRole('article', { name: 'Automated testing' });
  await expect(trusted).toContainText('In place');
  await expect(trusted).not.toContainText('not trusted');
});
