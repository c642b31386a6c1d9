// A major incident stops the turn; the player reads what the team knows, chooses a response and
// sees what it changed. The same incident (same scenario and seed) fought two ways ends differently.
import { expect, test, type Page } from '@playwright/test';

// Seed 46 of the flagship: in the first turn a machine dies, and the cause takes some finding.
const START = '/?scenario=our-devops-journey&seed=46';
const shots = process.env.SHOTS_DIR;

async function meetIncident(page: Page): Promise<void> {
  await page.goto(START);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'End turn' }).click();
  const dialog = page.getByRole('dialog');
  const incident = dialog.getByText('Major incident');
  // The year opens with a decision; any answer will do here.
  await expect(dialog.getByRole('group').getByRole('button').first().or(incident)).toBeVisible();
  if (!(await incident.isVisible())) await dialog.getByRole('group').getByRole('button').first().click();
  await expect(incident).toBeVisible();
}

async function fight(page: Page, responders: RegExp, tag: string): Promise<string> {
  await meetIncident(page);
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(/A server of .+ died/);
  await expect(dialog.getByRole('region', { name: 'What the team knows' })).toContainText('Noticed');
  // 1995: no monitoring, so the team cannot measure the failure nor say how hard it is.
  await expect(dialog).toContainText('without monitoring nobody can say how many requests fail');
  await expect(dialog.getByText(/No estimate/)).toBeVisible();
  await dialog.getByRole('radio', { name: responders }).check();
  if (shots) await page.screenshot({ path: `${shots}/incident-${tag}.png` });
  await dialog.getByRole('button', { name: 'Respond', exact: true }).click();
  const outcome = dialog.getByRole('status');
  await expect(outcome).toContainText(/Service restored .+ after the failure started/);
  if (shots) await page.screenshot({ path: `${shots}/incident-${tag}-outcome.png` });
  const text = (await outcome.locator('.lead').textContent()) ?? '';
  await dialog.getByRole('button', { name: 'Continue' }).click();
  return text;
}

test('the same incident fought two ways restores in two different times', async ({ browser }) => {
  const a = await browser.newPage();
  const b = await browser.newPage();
  const onCall = await fight(a, /on-call engineer/, 'oncall');
  const expert = await fight(b, /expert who knows the system/, 'expert');
  expect(onCall).not.toBe(expert);
  await a.close();
  await b.close();
});

test('after the incident comes its postmortem, then the next turn; the response is in the log and cannot be undone', async ({ page }) => {
  await meetIncident(page);
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Respond', exact: true }).click();
  await dialog.getByRole('button', { name: 'Continue' }).click();
  const postmortem = page.getByRole('dialog');
  await expect(postmortem.getByRole('heading', { level: 2 })).toBeVisible();
  await expect(postmortem).toContainText(/It was about .+ on .+: service came back after/);
  if (shots) await page.screenshot({ path: `${shots}/postmortem.png` });
  await postmortem.getByRole('group').getByRole('button').first().click();
  await expect(page.locator('.clock')).toContainText('Turn 2 of 24');
  // The postmortem's answer can be taken back; the response to the incident cannot.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await page.getByRole('tab', { name: 'Log' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('Response to the incident on');
});

test('an incident put off with Escape waits on the End turn button, and survives a reload', async ({ page }) => {
  await meetIncident(page);
  await page.keyboard.press('Escape');
  const reopen = page.getByRole('button', { name: 'Respond to the incident' });
  await expect(reopen).toBeVisible();
  await page.goto('/');
  await expect(reopen).toBeVisible();
  await reopen.click();
  await expect(page.getByRole('dialog').getByText('Major incident')).toBeVisible();
});

for (const { lang, size, words } of [
  { lang: 'zh', size: { width: 390, height: 844 }, words: { start: '开始', end: '结束回合', eyebrow: '重大事故', respond: '响应', go: '继续' } },
  { lang: 'en', size: { width: 390, height: 844 }, words: { start: 'Start', end: 'End turn', eyebrow: 'Major incident', respond: 'Respond', go: 'Continue' } },
  { lang: 'zh', size: { width: 1280, height: 720 }, words: { start: '开始', end: '结束回合', eyebrow: '重大事故', respond: '响应', go: '继续' } },
]) {
  test(`the incident screen fits ${size.width}×${size.height} in ${lang}: nothing spills sideways, every choice in reach`, async ({ browser }) => {
    const page = await browser.newPage({ viewport: size });
    await page.goto(`${START}&lang=${lang}`);
    await page.getByRole('button', { name: words.start }).click();
    await page.getByRole('button', { name: words.end }).click();
    const dialog = page.getByRole('dialog');
    const incident = dialog.getByText(words.eyebrow);
    await expect(dialog.getByRole('group').getByRole('button').first().or(incident)).toBeVisible();
    if (!(await incident.isVisible())) await dialog.getByRole('group').getByRole('button').first().click();
    await expect(incident).toBeVisible();
    const spill = await dialog.evaluate((d) => d.scrollWidth - d.clientWidth);
    expect(spill).toBeLessThanOrEqual(0);
    for (const radio of await dialog.getByRole('radio').all()) {
      const box = (await radio.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(size.width);
    }
    const tag = `${lang}-${size.width}`;
    if (shots) await page.screenshot({ path: `${shots}/incident-${tag}.png`, fullPage: true });
    await dialog.getByRole('button', { name: words.respond, exact: true }).click();
    await expect(dialog.getByRole('status')).toBeVisible();
    if (shots) await page.screenshot({ path: `${shots}/incident-${tag}-outcome.png` });
    await dialog.getByRole('button', { name: words.go }).click();
    await page.close();
  });
}
