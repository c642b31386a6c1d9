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

/** Ends the turn with the N key and answers any decision dialog with the option named (or the first). */
export async function endTurn(page: Page, preferOption?: RegExp): Promise<void> {
  await page.keyboard.press('n');
  for (let guard = 0; guard < 10; guard++) {
    const dialog = page.getByRole('dialog');
    if (!(await dialog.isVisible().catch(() => false))) break;
    const options = dialog.getByRole('group').getByRole('button');
    const preferred = preferOption ? dialog.getByRole('button', { name: preferOption }) : null;
    const target = preferred && (await preferred.count()) > 0 ? preferred.first() : options.first();
    await tabTo(page, target, 10);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(50);
  }
}

/** The turn number from the top bar ("Turn 3 of 48 · …"). */
export async function currentTurn(page: Page): Promise<number> {
  const text = (await page.locator('.clock').textContent()) ?? '';
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
