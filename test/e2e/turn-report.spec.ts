import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { endTurn, startScenario } from './play.ts';

// Screenshots for a person to look at go outside the repository.
const shots = process.env.SHOTS_DIR ?? '/work/shots/12f';

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(shots, { recursive: true });
  for (const [w, h] of [[1280, 720], [390, 844]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `${shots}/${name}-${w}x${h}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test('after a turn the player reads what changed and why, sees the moment, and reads a grouped log', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await startScenario(page, 'Security at DevOps speed');
  await endTurn(page);

  // The player releases every day instead of every three days.
  await page.getByRole('tab', { name: 'Policies' }).click();
  await page.getByLabel('Release cadence').selectOption({ label: 'Every day' });
  await endTurn(page);

  const report = page.getByRole('region', { name: /Turn 2: what changed/ });
  await expect(report).toBeVisible();
  // The move of the lead time is traced to the player's change of the cadence in turn 2.
  await expect(report.getByText(/^Lead time for changes fell from .+ to .+: releases are cut every day since your change in turn 2\.$/)).toBeVisible();
  // The band the change lifted the lead time into is a moment on screen, not a log line.
  await expect(report.getByText(/^Lead time for changes moved up to Elite \(was High\)\.$/)).toBeVisible();
  // Screen readers heard the same when the turn ended.
  await expect(page.getByRole('status').filter({ hasText: /releases are cut every day since your change in turn 2/ })).toHaveCount(1);
  await shoot(page, 'turn-report-en');

  // The log: one line for the turn's deploys, and the decision in words.
  await page.getByRole('tab', { name: 'Log' }).click();
  const log = page.getByRole('tabpanel');
  await expect(log.getByText(/^\d+ deploys?, (\d+ failed|none failed|it did not fail)$/).first()).toBeVisible();
  await expect(log.getByText('Release cadence: Every 3 days → Every day.')).toBeVisible();
  await expect(log.getByText(/Deploy of \d+ change/)).toHaveCount(0);
  await expect(log.getByText(/Decision taken|Policy changed/)).toHaveCount(0);
  await shoot(page, 'log-en');

  // Hidden by the player, the report stays away until the next turn.
  await report.getByRole('button', { name: 'Hide what changed this turn' }).click();
  await expect(report).toHaveCount(0);

  // The same game in Chinese (the language the title screen would have saved): the report speaks it.
  await page.evaluate(() => localStorage.setItem('devops-journey:settings', JSON.stringify({ language: 'zh' })));
  await page.reload();
  const zh = page.getByRole('region', { name: /第 2 回合/ });
  await expect(zh.getByText(/^变更前置时间从 .+ 降至 .+：自你在第 2 回合调整后，每 1 天发布一次。$/)).toBeVisible();
  await shoot(page, 'turn-report-zh');
});

test('a spent error budget is a moment of the turn it ran out, not of every turn after', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await startScenario(page, 'Our DevOps journey');
  await endTurn(page);
  const moment = page.getByRole('region', { name: /Turn 1: what changed/ }).getByText(/^The error budget is spent/);
  await expect(moment).toBeVisible();
  await shoot(page, 'error-budget-en');
  // The budget stays spent in the next turn (same seed), and the moment does not come again.
  await endTurn(page);
  await expect(page.getByText(/^The error budget is spent/)).toHaveCount(0);
});

test('an undone decision leaves the log', async ({ page }) => {
  await startScenario(page, 'Security at DevOps speed');
  await page.getByRole('tab', { name: 'Policies' }).click();
  await page.getByLabel('Release cadence').selectOption({ label: 'Every day' });
  await page.getByRole('tab', { name: 'Log' }).click();
  await expect(page.getByRole('tabpanel').getByText('Release cadence: Every 3 days → Every day.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('tabpanel').getByText(/Release cadence:/)).toHaveCount(0);
});
