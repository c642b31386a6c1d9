import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';

// A facilitator and two teams, one on a phone, in separate browsers as in a room: they join by the
// code on the facilitator's screen, play three turns, and the facilitator watches and reveals.
const shots = process.env.WORKSHOP_SHOTS;

const found: string[] = [];
async function check(page: Page, screen: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  found.push(...result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen}: ${v.id} ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`));
}

async function person(browser: Browser, size: { width: number; height: number }, locale = 'en-GB'): Promise<Page> {
  const context = await browser.newContext({ viewport: size, locale });
  return context.newPage();
}

async function joinTeam(page: Page, code: string, name: string, team: string): Promise<void> {
  await page.goto('/?join');
  await page.getByLabel('Room code').fill(code.toLowerCase());
  await page.getByLabel('Your name, as your team will see it').fill(name);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await page.getByRole('button', { name: new RegExp(`^${team}`) }).click();
  await expect(page.getByRole('heading', { name: team, level: 2 })).toBeVisible();
}

/** A turn as a team plays it; the bolder team adopts the first practice it can afford. */
async function playTurn(page: Page, turn: number, adopt: boolean): Promise<void> {
  await expect(page.getByText(`Turn ${turn} of 21`)).toBeVisible();
  const offer = page.getByRole('button', { name: /^Adopt / }).and(page.locator(':enabled')).first();
  if (adopt && await offer.count()) {
    const name = (await offer.getAttribute('aria-label'))!;
    await offer.click();
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
  }
  await page.getByRole('button', { name: 'End the turn' }).click();
  // A major incident may stop the turn: the team answers with what is offered first.
  const next = page.getByText(`Turn ${turn + 1} of 21`);
  const respond = page.getByRole('button', { name: 'Respond', exact: true });
  await expect(next.or(respond)).toBeVisible();
  if (await respond.isVisible()) {
    if (shots) await page.screenshot({ path: `${shots}/incident-${page.viewportSize()!.width}.png`, fullPage: true });
    await respond.click();
  }
  await expect(next).toBeVisible();
}

test('a facilitator runs a workshop: two teams join by code, play three turns, and the reveal compares them', async ({ browser }) => {
  const host = await person(browser, { width: 1280, height: 720 });
  await host.goto('/');
  await host.getByRole('link', { name: 'Run a workshop' }).click();
  await host.getByLabel('Scenario').selectOption('keep-it-simple');
  await host.getByLabel('Number of teams').fill('2');
  await check(host, 'setup');
  await host.getByRole('button', { name: 'Open the room' }).click();
  const codeText = host.locator('.room-code');
  await expect(codeText).toHaveText(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  const code = (await codeText.textContent())!;
  await expect(host.getByRole('img', { name: /QR code of the join link/ })).toHaveAttribute('src', /^data:image\/svg\+xml/);
  await expect(host.getByText('Nobody has joined yet.', { exact: false })).toBeVisible();
  if (shots) await host.screenshot({ path: `${shots}/dashboard-empty-1280.png`, fullPage: true });
  await check(host, 'dashboard');

  const laptop = await person(browser, { width: 1280, height: 720 });
  const phone = await person(browser, { width: 390, height: 844 });
  if (shots) {
    await phone.goto(`/?join=${code}`);
    await phone.screenshot({ path: `${shots}/join-390.png`, fullPage: true });
    await laptop.goto(`/?join=${code}`);
    await laptop.screenshot({ path: `${shots}/join-1280.png`, fullPage: true });
    const zh = await person(browser, { width: 390, height: 844 }, 'zh-CN');
    await zh.goto(`/?join=${code}`);
    await zh.screenshot({ path: `${shots}/join-390-zh.png`, fullPage: true });
    await zh.context().close();
  }
  await phone.goto(`/?join=${code}`);
  await check(phone, 'join');
  await joinTeam(laptop, code, 'Ana =1+1', 'Team 1');
  await joinTeam(phone, code, 'Ben', 'Team 2');

  const board = host.getByRole('table', { name: 'Leaderboard' });
  await expect(board.getByRole('row', { name: /Team 1/ })).toContainText('Ana =1+1');
  await expect(board.getByRole('row', { name: /Team 2/ })).toContainText('Ben');

  for (let turn = 1; turn <= 3; turn++) {
    if (turn === 3) {
      // The facilitator brings a shock from the scenario into both teams at once.
      await host.getByLabel('Event to bring in').selectOption({ label: 'Web 2.0' });
      await host.getByRole('button', { name: 'Inject into every team' }).click();
      await expect(host.getByRole('status').filter({ hasText: '“Web 2.0” reached 2 of 2 teams.' })).toBeVisible();
      for (const team of [laptop, phone]) {
        const shock = team.getByRole('region', { name: 'Web 2.0' });
        await expect(shock).toContainText('Brought in by the facilitator');
      }
      if (shots) await host.screenshot({ path: `${shots}/dashboard-inject-1280.png`, fullPage: true });
      if (shots) await phone.screenshot({ path: `${shots}/team-390-shock.png`, fullPage: true });
    }
    await playTurn(laptop, turn, true);
    await playTurn(phone, turn, false);
    await expect(board.getByRole('row', { name: /Team 1/ })).toContainText(`Turn ${turn + 1} of 21`);
  }
  // On a phone the sticky "End the turn" bar leaves room for the card a person scrolls down to.
  const lastCard = phone.locator('.room-practice').last();
  await lastCard.evaluate((el) => el.scrollIntoView({ block: 'end' }));
  const cardBottom = (await lastCard.boundingBox())!;
  const bar = (await phone.locator('.room-end').boundingBox())!;
  expect(cardBottom.y + cardBottom.height).toBeLessThanOrEqual(bar.y);
  if (shots) await phone.screenshot({ path: `${shots}/team-390-scrolled.png` });
  await check(phone, 'team board');
  if (shots) {
    await laptop.screenshot({ path: `${shots}/team-1280.png`, fullPage: true });
    await phone.screenshot({ path: `${shots}/team-390.png`, fullPage: true });
  }
  // The leaderboard moved: both teams have points now, and their four keys are banded.
  for (const team of ['Team 1', 'Team 2']) {
    const row = board.getByRole('row', { name: new RegExp(team) });
    await expect(row.locator('.room-score')).not.toHaveText('0');
    await expect(row.locator('.band')).toHaveCount(4);
  }
  if (shots) await host.screenshot({ path: `${shots}/dashboard-1280.png`, fullPage: true });

  await host.getByRole('button', { name: 'Reveal' }).click();
  await expect(host.getByRole('heading', { name: 'How every team did' })).toBeVisible();
  await expect(host.getByRole('heading', { name: /What set team \d apart from team \d/ })).toBeVisible();
  // One figure: five panels on one turn axis, one legend for the teams.
  const figure = host.getByRole('group', { name: "Every team's points and four keys, turn by turn" });
  for (const name of ['Points per turn', 'Deployment frequency', 'Lead time for changes', 'Change failure rate', 'Time to restore']) {
    await expect(figure.getByRole('heading', { name: new RegExp(`^${name}`) })).toBeVisible();
  }
  await expect(figure.locator('canvas')).toHaveCount(5);
  const legend = host.getByRole('list', { name: 'Teams' });
  await expect(legend.getByRole('listitem')).toHaveCount(2);
  await expect(host.getByText('A dashed red line marks a shock you brought in.', { exact: false })).toBeVisible();
  // Pointing at a turn on a panel reads every team's value there in the legend.
  await figure.locator('[data-measure="leadTime"] .u-over').hover();
  await expect(host.locator('.room-reveal-legend-caption')).toHaveText(/^Turn \d · Lead time for changes$/);
  await host.mouse.move(0, 0);
  await expect(host.locator('.room-reveal-legend-caption')).toHaveText('Final score');
  await host.evaluate(() => window.scrollTo(0, 0));
  await check(host, 'reveal');
  expect(found).toEqual([]);
  if (shots) {
    await host.screenshot({ path: `${shots}/reveal-1280.png`, fullPage: true });
    await host.setViewportSize({ width: 390, height: 844 });
    await host.screenshot({ path: `${shots}/reveal-390.png`, fullPage: true });
  }
  // On a phone the panels stack full width and nothing spills sideways.
  await host.setViewportSize({ width: 390, height: 844 });
  await expect(figure.locator('canvas')).toHaveCount(5);
  await expect.poll(() => host.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await host.evaluate(() => window.scrollTo(0, 0));
  for (const panel of await figure.locator('.room-reveal-plot').all()) {
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  if (shots) {
    await host.getByLabel('Language').selectOption({ label: '简体中文' });
    await host.evaluate(() => window.scrollTo(0, 0));
    await host.screenshot({ path: `${shots}/reveal-390-zh.png`, fullPage: true });
    await host.setViewportSize({ width: 1280, height: 720 });
    await host.screenshot({ path: `${shots}/reveal-1280-zh.png`, fullPage: true });
    await host.locator('#setting-language').selectOption({ label: 'English' });
    await host.setViewportSize({ width: 390, height: 844 });
    await host.getByRole('button', { name: 'Back to the dashboard' }).click();
    await host.screenshot({ path: `${shots}/dashboard-390.png`, fullPage: true });
    await host.getByLabel('Language').selectOption({ label: '简体中文' });
    await host.screenshot({ path: `${shots}/dashboard-390-zh.png`, fullPage: true });
    await host.setViewportSize({ width: 1280, height: 720 });
    await host.screenshot({ path: `${shots}/dashboard-1280-zh.png`, fullPage: true });
    await phone.getByLabel('Language').selectOption({ label: '简体中文' });
    await phone.screenshot({ path: `${shots}/team-390-zh.png`, fullPage: true });
  }
});
