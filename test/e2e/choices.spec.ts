// Issue #12, "choices that matter", as a player sees it: an announced event counts down under
// "Coming up", and an event with one option arrives as news with an OK, not as a choice.
import { expect, test, type Page } from '@playwright/test';

/**
 * Answers what the game asks until `done` holds: a decision with its first option, a major
 * incident with the team's usual response, a new act by going on.
 */
async function answerUntil(page: Page, done: () => Promise<boolean>): Promise<void> {
  const choice = page.getByRole('dialog').getByRole('group', { name: 'Your choice' });
  const respond = page.getByRole('dialog').getByRole('button', { name: 'Respond', exact: true });
  const act = page.locator('dialog.act-dialog');
  const asked = async () => (await choice.isVisible()) || (await respond.isVisible()) || (await act.isVisible());
  for (;;) {
    await expect.poll(async () => (await done()) || (await asked())).toBe(true);
    if (await choice.isVisible()) await choice.getByRole('button').first().click();
    else if (await respond.isVisible()) {
      await respond.click();
      await page.getByRole('dialog').getByRole('button', { name: 'Continue' }).click();
    } else if (await act.isVisible()) await act.getByRole('button').first().click();
    else return;
  }
}

async function endTurnTo(page: Page, turn: number): Promise<void> {
  await page.getByRole('button', { name: 'End turn' }).click();
  const clock = page.locator('.clock');
  await answerUntil(page, async () => ((await clock.textContent())?.includes(`Turn ${turn} of`) ?? false) && !(await page.getByRole('dialog').isVisible()));
  await expect(clock).toContainText(`Turn ${turn} of`);
}

test('launch day is announced three turns ahead, counts down, and arrives as news with an OK', async ({ page }) => {
  await page.goto('/?scenario=our-devops-journey&turn=10&play=doNothing');
  await expect(page.locator('.clock')).toContainText('Turn 10 of');
  const coming = page.getByRole('region', { name: 'Coming up' });
  await expect(coming).toHaveCount(0);
  await endTurnTo(page, 11);
  await expect(coming).toContainText('Launch day in 3 turns');
  await endTurnTo(page, 12);
  await expect(coming).toContainText('Launch day in 2 turns');
  await endTurnTo(page, 13);
  await expect(coming).toContainText('Launch day next turn');
  await page.screenshot({ path: 'test-results/choices-coming-up.png' });

  await page.getByRole('button', { name: 'End turn' }).click();
  const news = page.getByRole('dialog', { name: 'Launch day' });
  await answerUntil(page, () => news.isVisible());
  await expect(news).toBeVisible();
  await expect(news).toContainText('News');
  await expect(news.getByRole('group', { name: 'Your choice' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/choices-news.png' });
  await news.getByRole('button', { name: 'OK' }).click();
  await expect(news).toHaveCount(0);
  await expect(page.locator('.clock')).toContainText('Turn 14 of');
  // News is no decision: the banner names it apart from any decision waiting, and asks nothing about it.
  await expect(page.getByText('Happening this turn: Launch day.')).toBeVisible();
  await page.screenshot({ path: 'test-results/choices-banner.png' });
  await expect(coming).toHaveCount(0);
  await endTurnTo(page, 15);
});

test('the countdown reads in Chinese and fits a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?scenario=our-devops-journey&turn=11&play=doNothing&lang=zh');
  const coming = page.getByRole('region', { name: '即将发生' });
  await expect(coming).toContainText('发布日：还有 3 回合');
  await coming.scrollIntoViewIfNeeded();
  const box = await coming.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'test-results/choices-coming-up-zh-390.png' });
  await page.goto('/?scenario=our-devops-journey&turn=11&play=doNothing&lang=en');
  await page.getByRole('region', { name: 'Coming up' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/choices-coming-up-390.png' });
});
