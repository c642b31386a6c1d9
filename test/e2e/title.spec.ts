import { expect, test } from '@playwright/test';

test('the title screen names the game and says what it is', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('DevOps Journey');
  await expect(page.getByRole('heading', { level: 1, name: 'DevOps Journey' })).toBeVisible();
  await expect(page.getByText(/from waterfall to agile, DevOps and beyond/)).toBeVisible();
  const start = page.getByRole('button', { name: 'Start' });
  await expect(start).toBeVisible();
  await expect(start).toBeDisabled();
  await expect(page.getByText('Coming soon')).toBeVisible();
});
