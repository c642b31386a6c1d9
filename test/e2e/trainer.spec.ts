// What a trainer does besides playing: preview a scenario at any turn and event, share it as one
// file or one link, and read the lessons on the debrief.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const fixture = 'test/unit/scenarios/fixtures/first-pipeline';
const fixtureFiles = ['scenario.yaml', 'locales/en.yaml', 'locales/zh.yaml'].map((f) => ({
  name: f.replace('locales/', ''), mimeType: 'text/yaml', buffer: readFileSync(`${fixture}/${f}`),
}));

test('a preview link opens a scenario at a turn with a named event before the player', async ({ page }) => {
  await page.goto('/?scenario=toxic-culture&turn=6&play=refuse-every-tip&event=hire-crony');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'A friend of the boss' })).toBeVisible();
  await expect(page.locator('.clock')).toContainText('Turn 6 of 24');
  await dialog.getByRole('button', { name: 'Run an open hiring process' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'End turn' })).toBeVisible();
});

test('the debrief shows each lesson with whether it held in this game', async ({ page }) => {
  await page.goto('/?scenario=toxic-culture&turn=24&play=take-every-tip');
  await expect(page.locator('.clock')).toContainText('Turn 24 of 24');
  await page.keyboard.press('n');
  for (let i = 0; i < 5 && await page.getByRole('dialog').isVisible(); i++) await page.getByRole('dialog').getByRole('button').first().click();
  const lessons = page.getByRole('region', { name: 'What this scenario teaches' });
  await expect(lessons).toContainText('Every tip taken moves the culture toward pathological');
  await expect(lessons).toContainText(/the play “refuse-every-tip” ended at \d+ and the play “take-every-tip” at \d+: the lesson held/);
  await expect(lessons).toContainText(/You: \d+ \(Culture score\)/);
});

test('a scenario is shared as one file and as one link, and both open through the checker', async ({ page, context }) => {
  await page.goto('/');
  await page.locator('#scenario-file').setInputFiles(fixtureFiles);
  await expect(page.getByRole('heading', { level: 1, name: 'Our first pipeline' })).toBeVisible();
  await page.getByText('Share this scenario').click();
  const link = await page.getByLabel('Link to this scenario').inputValue();
  expect(link).toMatch(/#share=/);
  await expect(page.getByText(/The link is [\d,]+ characters long/)).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as one file' }).click()]);
  expect(download.suggestedFilename()).toBe('first-pipeline.scenario.json');
  const bundle = readFileSync(await download.path());

  const other = await context.newPage();
  await other.goto('/');
  await other.locator('#scenario-file').setInputFiles([{ name: 'first-pipeline.scenario.json', mimeType: 'application/json', buffer: bundle }]);
  await expect(other.getByRole('heading', { level: 1, name: 'Our first pipeline' })).toBeVisible();

  await other.goto(link);
  await expect(other.getByRole('heading', { level: 1, name: 'Our first pipeline' })).toBeVisible();
  await other.goto(link.replace('#', '?lang=zh#'));
  await expect(other.getByRole('heading', { level: 1, name: '我们的第一条流水线' })).toBeVisible();

  // A link cut short when copied is refused with one plain message, and nothing starts.
  await other.goto('/');
  await other.goto(link.slice(0, link.length - 40));
  await other.reload();
  await expect(other.getByRole('alert')).toContainText('was probably cut short when it was copied');
  await expect(other.getByRole('heading', { level: 1, name: 'DevOps Journey' })).toBeVisible();
});

test("the game serves the scenario schema next to its page, for a trainer's editor", async ({ page }) => {
  const schema = await page.request.get('/scenario.schema.json');
  expect(schema.ok()).toBe(true);
  expect(((await schema.json()) as { title: string }).title).toBe('DevOps Journey scenario');
});

test('a link too long for a QR code says so', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('article', { name: 'Our DevOps journey' }).getByRole('button', { name: 'Play' }).click();
  await page.getByText('Share this scenario').click();
  await expect(page.getByText(/a QR code holds at most 2,953, so it cannot become one\. Share the file instead\./)).toBeVisible();
});
