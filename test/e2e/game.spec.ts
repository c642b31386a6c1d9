import { expect, test } from '@playwright/test';
import { adopt, currentTurn, endTurn, startScenario } from './play.ts';

const percent = (text: string | null) => Number(/([\d.]+)\s*%/.exec(text ?? '')?.[1] ?? NaN);

test('a full game of Our DevOps journey by keyboard: one turn at a time to the debrief, which lists the decisions and draws the charts', async ({ page }) => {
  test.setTimeout(240_000);
  await startScenario(page, 'Our DevOps journey');

  // Agile needs peer code reviews; continuous integration and automated testing come with it.
  await adopt(page, 'Peer code reviews');
  while (!(await page.getByRole('button', { name: 'Move to the Agile era' }).isVisible())) {
    await endTurn(page, /blameless/i);
    await page.keyboard.press('2');
  }
  await page.getByRole('button', { name: 'Move to the Agile era' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.vitals')).toContainText('Agile');
  await adopt(page, 'Continuous integration');
  while (!(await page.getByRole('article', { name: 'Automated testing' }).getByRole('button', { name: 'Adopt' }).isVisible())) {
    await endTurn(page, /blameless/i);
    await page.keyboard.press('2');
  }
  await adopt(page, 'Automated testing');

  await page.keyboard.press('1');
  while (await page.getByRole('button', { name: 'End turn' }).isVisible()) {
    const before = await currentTurn(page);
    await endTurn(page, /blameless/i);
    if (await page.getByRole('button', { name: 'End turn' }).isVisible()) expect(await currentTurn(page)).toBe(before + 1);
  }

  // Won, over, or lost to a faster rival: the debrief compares the change failure rates all the same.
  await expect(page.getByRole('heading', { level: 1, name: /The game is over|You reached every goal|lost|rival|money/ })).toBeVisible();
  // Both columns of the bands table hold a figure (the change failure rate as a percentage).
  const row = page.getByRole('row', { name: /Change failure rate/ });
  expect(percent(await row.getByRole('cell').nth(0).textContent())).toBeGreaterThanOrEqual(0);
  expect(percent(await row.getByRole('cell').nth(1).textContent())).toBeGreaterThanOrEqual(0);
  const decisions = page.getByRole('list').filter({ hasText: 'Adopted Continuous integration' });
  await expect(decisions).toContainText('Adopted Automated testing');
  await expect(decisions).toContainText('Moved to the next era');
  await expect(page.locator('.chart canvas').first()).toBeVisible();
});

test('a reload in the middle of a game resumes exactly where it was', async ({ page }) => {
  await startScenario(page, 'Our DevOps journey');
  await adopt(page, 'Peer code reviews');
  for (let i = 0; i < 3; i++) await endTurn(page);
  await page.keyboard.press('1');
  const turn = await currentTurn(page);
  const budget = await page.locator('.vitals').textContent();
  const keys = await page.locator('.dora-keys').textContent();
  await page.reload();
  await expect(page.getByRole('button', { name: 'End turn' })).toBeVisible();
  expect(await currentTurn(page)).toBe(turn);
  await expect(page.locator('.vitals')).toHaveText(budget ?? '');
  await expect(page.locator('.dora-keys')).toHaveText(keys ?? '');
});

test('undo takes back the last decision of the turn', async ({ page }) => {
  await startScenario(page, 'Our DevOps journey');
  const budget = await page.locator('.vitals').textContent();
  await adopt(page, 'Usage monitoring');
  await expect(page.locator('.vitals')).not.toHaveText(budget ?? '');
  await page.keyboard.press('u');
  await expect(page.locator('.vitals')).toHaveText(budget ?? '');
  await expect(page.getByRole('article', { name: 'Usage monitoring' }).getByRole('button', { name: 'Adopt' })).toBeVisible();
});

test('a corrupt save gives a clear message and a fresh start', async ({ page }) => {
  await page.goto('/');
  // Wait for the first start to finish, or it would find the broken save itself before the reload.
  await expect(page.getByRole('heading', { level: 1, name: 'DevOps Journey' })).toBeVisible();
  await page.evaluate(() => localStorage.setItem('devops-journey:save', '{"format":"devops-journey-save", broken'));
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('could not be read');
  await expect(page.getByRole('heading', { level: 1, name: 'DevOps Journey' })).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await startScenario(page, 'Our DevOps journey');
  expect(await page.evaluate(() => localStorage.getItem('devops-journey:save:unreadable'))).toContain('broken');
});
