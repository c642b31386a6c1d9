import { expect, test, type Page } from '@playwright/test';
import { adopt, currentTurn, endTurn, startScenario } from './play.ts';

/** Ends turns until the shop offers the move to `era`, noting each act that opens on the way. */
async function playUntilEra(page: Page, era: string, acts: { year: string; text: string }[]): Promise<void> {
  const move = page.getByRole('button', { name: `Move to the ${era} era` });
  for (let guard = 0; guard < 24; guard++) {
    await page.keyboard.press('2');
    if (await move.isVisible()) return;
    acts.push(...(await endTurn(page, /blameless/i)));
  }
  throw new Error(`the move to ${era} never came`);
}

test('the flagship from title to debrief through all four eras, with its acts, score and par', async ({ page }) => {
  test.setTimeout(300_000);
  await startScenario(page, 'Our DevOps journey');
  await expect(page.locator('.clock')).toContainText('1995');
  await expect(page.locator('[data-score]')).toContainText(/par/);
  const acts: { year: string; text: string }[] = [];

  // 1995: what exists now. Nothing of 2013 is on offer yet.
  await page.keyboard.press('2');
  await expect(page.getByRole('article', { name: 'Containerization' })).toHaveCount(0);
  await adopt(page, 'Peer code reviews');
  await adopt(page, 'Configuration management');

  await playUntilEra(page, 'Agile', acts);
  await expect(page.locator('.clock')).toContainText('2001');
  await page.getByRole('button', { name: 'Move to the Agile era' }).click();
  await expect(page.locator('.vitals')).toContainText('Agile');
  await adopt(page, 'Continuous integration');
  await adopt(page, 'Sprint rituals');
  while (!(await page.getByRole('article', { name: 'Automated testing' }).getByRole('button', { name: 'Adopt' }).isVisible())) {
    acts.push(...(await endTurn(page, /blameless/i)));
    await page.keyboard.press('2');
  }
  await adopt(page, 'Automated testing');

  await playUntilEra(page, 'DevOps', acts);
  await expect(page.locator('.clock')).toContainText('2009');
  await page.getByRole('button', { name: 'Move to the DevOps era' }).click();
  await expect(page.locator('.vitals')).toContainText('DevOps');
  await adopt(page, 'User telemetry');
  await adopt(page, 'Infrastructure as code');
  await adopt(page, 'Continuous delivery');

  await playUntilEra(page, 'Beyond DevOps', acts);
  await expect(page.locator('.clock')).toContainText('2016');
  await page.getByRole('button', { name: 'Move to the Beyond DevOps era' }).click();
  await expect(page.locator('.vitals')).toContainText('Beyond DevOps');

  await page.keyboard.press('1');
  while (await page.getByRole('button', { name: 'End turn' }).isVisible()) {
    const before = await currentTurn(page);
    acts.push(...(await endTurn(page, /blameless/i)));
    if (await page.getByRole('button', { name: 'End turn' }).isVisible()) expect(await currentTurn(page)).toBe(before + 1);
  }
  expect(acts.map((a) => a.year)).toEqual(['2001', '2009', '2016', '2023']);
  // Each act says how many years were skipped and what changed in the world meanwhile.
  expect(acts[0]!.text).toMatch(/6 years later.*Agile Manifesto/s);
  expect(acts[1]!.text).toMatch(/8 years later.*Users: 50% more/s);
  expect(acts[3]!.text).toMatch(/AI-assisted coding/);

  await expect(page.getByRole('heading', { level: 1, name: /The game is over|You reached every goal/ })).toBeVisible();
  const card = page.getByRole('region', { name: 'Score' });
  await expect(card).toContainText(/points; par \d/);
  await expect(card.getByLabel(/Grade [A-E]/)).toBeVisible();
  const decisions = page.getByRole('list').filter({ hasText: 'Adopted Continuous integration' });
  await expect(decisions.getByText('Moved to the next era')).toHaveCount(3);
});

test('doing nothing loses the flagship, and the debrief says why', async ({ page }) => {
  test.setTimeout(240_000);
  await startScenario(page, 'Our DevOps journey');
  await page.keyboard.press('1');
  while (await page.getByRole('button', { name: 'End turn' }).isVisible()) await endTurn(page);
  await expect(page.getByRole('heading', { level: 1, name: /Customers lost their trust|A faster rival took the market|ran out of money/ })).toBeVisible();
  await expect(page.locator('.loss')).toContainText(/In turn \d+/);
  await expect(page.locator('.loss')).toContainText(/available only|rival took the market|money ran out/);
  expect(await page.getByRole('region', { name: 'Score' }).textContent()).toMatch(/par/);
});
