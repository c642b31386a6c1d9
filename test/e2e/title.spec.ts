import { expect, test } from '@playwright/test';

test('the title screen names the game, says what it is and lists the scenarios', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('DevOps Journey');
  await expect(page.getByRole('heading', { level: 1, name: 'DevOps Journey' })).toBeVisible();
  await expect(page.getByText(/from waterfall to agile, DevOps and beyond/)).toBeVisible();
  const list = page.getByRole('list', { name: 'Scenarios' });
  await expect(list.getByRole('article', { name: 'Our DevOps journey' })).toBeVisible();
  await expect(list.getByRole('article', { name: 'Our DevOps journey' })).toContainText(/24 turns, about 58 minutes/);
  expect(await list.getByRole('article').count()).toBeGreaterThanOrEqual(3);
});

test('the language can be switched at any time and is remembered', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Language').selectOption({ label: '简体中文' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('DevOps 之旅');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('DevOps 之旅');
  // The label is now translated; the control is the same one.
  await page.locator('#setting-language').selectOption({ label: 'Bahasa Indonesia' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Perjalanan DevOps');
  await page.locator('#setting-language').selectOption({ label: 'English' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('DevOps Journey');
});

test('a broken scenario file is refused with its line and column, and nothing starts', async ({ page }) => {
  await page.goto('/');
  await page.locator('#scenario-file').setInputFiles([
    { name: 'scenario.yaml', mimeType: 'text/yaml', buffer: Buffer.from('id: broken\nturns: many\nera: stone-age\n') },
  ]);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The scenario was not opened');
  await expect(alert).toContainText(/scenario\.yaml:2:\d+/);
  await expect(alert).toContainText(/scenario\.yaml:3:\d+/);
  await expect(page.getByRole('button', { name: 'End turn' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'DevOps Journey' })).toBeVisible();
});
