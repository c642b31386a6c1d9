import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until the target has focus, as a keyboard user would; fails if it is never reached. */
export async function tabTo(page: Page, target: Locator, maxPresses = 250): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Opens a scenario from the title screen and starts it, by keyboard. */
export async function startScenario(page: Page, title: string): Promise<void> {
  await page.goto('/');
  const card = page.getByRole('article', { name: title });
  await tabTo(page, card.getByRole('button', { name: 'Play' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Start' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'End turn' })).toBeVisible();
}

/**
 * Ends the turn with the N key, answers any decision dialog with the option named (or the first),
 * meets a major incident with the team's usual response, and goes on past an act's dialog; returns the acts that opened (their year and what the dialog said).
 */
export async function endTurn(page: Page, preferOption?: RegExp): Promise<{ year: string; text: string }[]> {
  const acts: { year: string; text: string }[] = [];
  const before = await currentTurn(page);
  const dialog = page.getByRole('dialog');
  await page.keyboard.press('n');
  for (let guard = 0; guard < 10; guard++) {
    // Wait for what the key brings: a dialog, the next turn, or the debrief.
    await expect.poll(async () => (await dialog.isVisible()) || (await currentTurn(page)) !== before, { timeout: 20_000 }).toBe(true);
    if (!(await dialog.isVisible())) {
      await page.waitForTimeout(150);
      if (!(await dialog.isVisible())) break;
    }
    const open = await dialog.elementHandle();
    const group = dialog.getByRole('group');
    const respond = dialog.getByRole('button', { name: 'Respond', exact: true });
    if ((await respond.count()) > 0) {
      // A major incident: the team's usual response, then on past its outcome.
      await tabTo(page, respond, 20);
      await page.keyboard.press('Enter');
      const next = dialog.getByRole('button', { name: 'Continue' });
      await expect(next).toBeFocused();
      await page.keyboard.press('Enter');
    } else if ((await group.count()) === 0) {
      // An act opens: one button to go on to its year.
      const year = ((await dialog.getByRole('heading', { level: 2 }).textContent()) ?? '').trim();
      acts.push({ year, text: (await dialog.textContent()) ?? '' });
      await tabTo(page, dialog.getByRole('button'), 10);
      await page.keyboard.press('Enter');
    } else {
      const preferred = preferOption ? dialog.getByRole('button', { name: preferOption }) : null;
      const target = preferred && (await preferred.count()) > 0 ? preferred.first() : group.getByRole('button').first();
      await tabTo(page, target, 10);
      await page.keyboard.press('Enter');
    }
    // This dialog closes; another (the next decision, or an act) may open in its place.
    await open?.waitForElementState('hidden');
  }
  return acts;
}

/** The turn number from the top bar ("Turn 3 of 24 · …"). */
export async function currentTurn(page: Page): Promise<number> {
  const clock = page.locator('.clock');
  if ((await clock.count()) === 0) return NaN;
  const text = (await clock.textContent()) ?? '';
  return Number(/(\d+)/.exec(text)?.[1] ?? NaN);
}

/** Adopts a practice from the Practices panel by keyboard: 2 opens the panel, Tab walks to the card's button. */
export async function adopt(page: Page, practice: string): Promise<void> {
  await page.keyboard.press('2');
  const card = page.getByRole('article', { name: practice });
  await tabTo(page, card.getByRole('button', { name: 'Adopt' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article', { name: practice }).getByText(/Adopting|In place/)).toBeVisible();
}
