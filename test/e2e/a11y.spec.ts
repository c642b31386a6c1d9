import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { endTurn } from './play.ts';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function seriousViolations(page: Page, screen: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(tags).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const theme of ['Standard', 'Projector (high contrast)']) {
  test(`no serious or critical WCAG 2.2 AA violation on any screen (${theme} theme)`, async ({ page }) => {
    test.setTimeout(180_000);
    const found: string[] = [];
    await page.goto('/');
    await page.getByLabel('Theme').selectOption({ label: theme });
    found.push(...(await seriousViolations(page, 'title')));

    await page.getByRole('article', { name: 'Our DevOps journey' }).getByRole('button', { name: 'Play' }).click();
    found.push(...(await seriousViolations(page, 'brief')));

    await page.getByRole('button', { name: 'Start' }).click();
    for (let i = 0; i < 4; i++) await endTurn(page, /blameless/i);
    for (const tab of ['Metrics', 'Practices', 'Policies', 'Team', 'Log']) {
      await page.getByRole('tab', { name: tab }).click();
      found.push(...(await seriousViolations(page, `game/${tab}`)));
    }
    await page.getByRole('button', { name: 'Help' }).click();
    found.push(...(await seriousViolations(page, 'help')));
    await page.keyboard.press('Escape');

    while (await page.getByRole('button', { name: 'End turn' }).isVisible()) {
      await page.keyboard.press('n');
      const dialog = page.getByRole('dialog');
      if (await dialog.isVisible()) {
        found.push(...(await seriousViolations(page, 'event dialog')));
        break;
      }
    }
    await page.keyboard.press('Escape');
    // Put off, an incident waits on the same button.
    const reopen = page.getByRole('button', { name: 'Respond to the incident' });
    if (await reopen.isVisible()) await endTurn(page);
    while (await page.getByRole('button', { name: 'End turn' }).isVisible()) await endTurn(page);
    await expect(page.getByRole('heading', { name: 'Your decisions' })).toBeVisible();
    found.push(...(await seriousViolations(page, 'debrief')));
    expect(found).toEqual([]);
  });
}
