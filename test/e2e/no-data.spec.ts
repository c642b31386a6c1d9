// No data is not a grade: after a first waterfall turn nothing has shipped, so three keys read
// "no data yet" with no band, and only the deploy frequency is graded.
import { expect, test } from '@playwright/test';
import { endTurn, startScenario } from './play.ts';

test('after the first turn, keys with nothing to measure say so and show no band', async ({ page }) => {
  await startScenario(page, 'Our DevOps journey');
  await endTurn(page);
  const keys = page.getByRole('list', { name: "DORA's four keys" });
  for (const name of ['Lead time for changes', 'Change failure rate', 'Time to restore']) {
    const card = keys.getByRole('listitem').filter({ hasText: name });
    await expect(card).toContainText('no data yet');
    await expect(card.locator('.band')).toHaveCount(0);
  }
  await expect(keys.getByRole('listitem').filter({ hasText: 'Deployment frequency' }).locator('.band')).toHaveCount(1);
});
