import { createServer, type Server } from 'node:http';
import { expect, test, type Browser, type Page } from '@playwright/test';

// A talk in a deck asks the room: the speaker opens a vote on the step that holds it, three people
// vote from their own browsers (two phones, one in Chinese, one laptop typing the code), the slide
// shows the tally live, and the speaker applies the winner; the game goes on with that option,
// exactly as the deep link with the same choice shows it.
const game = `http://localhost:${process.env.E2E_PORT ?? 4173}`;
const shots = 'test-results/vote';

const deck = (query: string) => `<!doctype html><html lang="en"><head><title>Deck</title>
  <style>html,body{margin:0;height:100%;overflow:hidden}iframe{border:0;width:100vw;height:100vh;display:block}</style></head><body>
  <iframe id="game" title="Game" src="${game}/?${query}"></iframe>
  <script>
    window.received = [];
    window.addEventListener('message', (e) => { if (e.origin === '${game}') window.received.push(e.data); });
  </script></body></html>`;

// The deck lives on another origin than the game, as a speaker's would (this worktree's port range).
const deckPort = 4321 + Number(process.env.TEST_PARALLEL_INDEX ?? 0) % 9;
let deckServer: Server;
test.beforeAll(async () => {
  deckServer = createServer((req, res) => {
    const query = new URL(req.url ?? '/', 'http://x').searchParams.get('game') ?? '';
    res.writeHead(200, { 'content-type': 'text/html' }).end(deck(query));
  });
  await new Promise<void>((resolve) => deckServer.listen(deckPort, '127.0.0.1', resolve));
});
test.afterAll(async () => {
  await new Promise((resolve) => deckServer.close(resolve));
});

type Event = { type: string; [k: string]: unknown };
const events = (page: Page) => page.evaluate(() => (window as unknown as { received: Event[] }).received);

async function person(browser: Browser, size: { width: number; height: number }, locale = 'en-GB'): Promise<Page> {
  const context = await browser.newContext({ viewport: size, locale });
  return context.newPage();
}

async function vote(page: Page, option: string): Promise<void> {
  await page.getByRole('button', { name: option }).click();
  await expect(page.getByRole('button', { name: option })).toHaveAttribute('aria-pressed', 'true');
}

test('a presenter opens a vote, three people vote, and the winner is applied and played', async ({ browser }) => {
  const speaker = await person(browser, { width: 1280, height: 720 });
  const errors: string[] = [];
  speaker.on('pageerror', (e) => errors.push(e.message));
  await speaker.goto(`http://127.0.0.1:${deckPort}/?game=${encodeURIComponent('scenario=talk&step=decide&mode=present&lang=en')}`);
  const slide = speaker.frameLocator('#game');

  await expect(slide.getByRole('heading', { name: 'What would you do next?' })).toBeVisible();
  await slide.getByRole('button', { name: 'Let the audience vote' }).click();
  const codeText = slide.locator('.vote-code');
  await expect(codeText).toHaveText(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  const code = (await codeText.textContent())!;
  await expect(slide.getByRole('img', { name: `QR code of the link to vote, code ${code}` })).toBeVisible();
  const link = (await slide.locator('.vote-url').textContent())!;
  expect(link).toBe(`${game}/?vote=${code.replace('-', '')}`);
  // Read from the back of the room: a large code and QR code, on a slide that does not scroll.
  expect(await codeText.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(48);
  expect(await slide.locator('img.vote-qr').evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThanOrEqual(300);
  expect(await slide.locator('.vote-url').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(18);
  expect(await slide.locator('body').evaluate((el) => el.scrollHeight <= innerHeight)).toBe(true);
  await expect.poll(async () => (await events(speaker)).find((e) => e.type === 'vote')).toMatchObject({ phase: 'opened', step: 'decide', code: code.replace('-', ''), url: link, voters: 0 });

  // Two phones follow the QR code's link, one of them set to Chinese; a laptop types the code it reads on the slide.
  const ana = await person(browser, { width: 390, height: 844 });
  const bo = await person(browser, { width: 390, height: 844 }, 'zh-CN');
  const cy = await person(browser, { width: 1024, height: 768 });
  await ana.goto(link);
  await bo.goto(link);
  await cy.goto('/?vote');
  await cy.getByLabel('Code from the slide').fill(code.toLowerCase());
  await cy.getByRole('button', { name: 'Join the vote' }).click();

  await expect(ana.getByRole('heading', { name: 'What would you do next?' })).toBeVisible();
  await vote(ana, 'Put everyone on new features');
  await expect(ana.getByText('Vote counted: Put everyone on new features')).toBeVisible();
  await vote(ana, 'Hire four more developers');
  await expect(ana.getByText('Vote counted: Hire four more developers')).toBeVisible();
  await expect(bo.getByRole('heading', { name: '接下来你会怎么做？' })).toBeVisible();
  await vote(bo, '再招聘四名开发人员');
  await expect(bo.getByText('已计票：再招聘四名开发人员')).toBeVisible();
  await vote(cy, 'Pay down technical debt');

  // The slide counts each person once, live.
  await expect(slide.getByText('3 people voted')).toBeVisible();
  await expect(slide.locator('.vote-row[data-option="hire"] .vote-count')).toHaveText('2 votes');
  await expect(slide.locator('.vote-row[data-option="pay-debt"] .vote-count')).toHaveText('1 vote');
  await expect(slide.locator('.vote-row[data-option="features"] .vote-count')).toHaveText('0 votes');
  await expect(slide.locator('.vote-row.top')).toHaveAttribute('data-option', 'hire');
  await ana.screenshot({ path: `${shots}/voter-390.png` });
  await speaker.screenshot({ path: `${shots}/presenter-1280.png` });
  expect((await events(speaker)).filter((e) => e.type === 'vote').at(-1)).toMatchObject({ phase: 'tally', tally: { hire: 2, 'pay-debt': 1, features: 0 }, voters: 3 });

  await slide.getByRole('button', { name: 'Close voting' }).click();
  await expect(slide.getByText('Voting is closed. 3 people voted')).toBeVisible();
  await expect(ana.getByRole('heading', { name: 'Result' })).toBeVisible();
  await expect(ana.getByRole('button', { name: 'Pay down technical debt' })).toHaveCount(0);
  await expect(bo.locator('.vote-row.top')).toHaveAttribute('data-option', 'hire');
  await bo.screenshot({ path: `${shots}/voter-390-zh.png`, fullPage: true });

  await slide.getByRole('button', { name: 'Apply the winner' }).click();
  await expect(slide.locator('.present-clock')).toHaveText(/^Step 7 of 7 · after turn 36/);
  await expect(slide.getByText('The room chose: Hire four more developers')).toBeVisible();
  await expect(ana.getByText('The speaker went on with: Hire four more developers')).toBeVisible();
  await expect(cy.getByText('The speaker went on with: Hire four more developers')).toBeVisible();
  const told = await events(speaker);
  expect(told.filter((e) => e.type === 'vote').at(-1)).toMatchObject({ phase: 'applied', winner: 'hire', voters: 3 });
  expect(told.filter((e) => e.type === 'step').at(-1)).toMatchObject({ step: 7, id: 'outcome', choices: { decide: 'hire' } });
  await speaker.screenshot({ path: `${shots}/presenter-applied-1280.png` });

  // The game went on with the room's option: the same picture as the deep link with that choice, not the default's.
  const keys = async (page: Page | ReturnType<Page['frameLocator']>) => page.locator('.present-key .key-value').allTextContents();
  const shown = await keys(slide);
  const linked = await person(browser, { width: 1280, height: 720 });
  await linked.goto('/?scenario=talk&step=outcome&choices=decide:hire&mode=present&lang=en');
  await expect(linked.getByText('The room chose: Hire four more developers')).toBeVisible();
  expect(await keys(linked)).toEqual(shown);
  await linked.goto('/?scenario=talk&step=outcome&mode=present&lang=en');
  await expect(linked.getByText('Taken without a vote: Pay down technical debt')).toBeVisible();
  expect(await keys(linked)).not.toEqual(shown);

  // The vote is over: its code leads nowhere now, and says so.
  await cy.goto(link);
  await expect(cy.getByRole('alert')).toHaveText('There is no open vote with that code. It may have ended; check the code on the slide.');
  expect(errors).toEqual([]);
});

test('the vote ends when the talk moves on without it, and Next takes the first option', async ({ browser }) => {
  const speaker = await person(browser, { width: 1920, height: 1080 });
  await speaker.goto('/?scenario=talk&step=decide&mode=present&lang=en');
  await speaker.getByRole('button', { name: 'Let the audience vote' }).click();
  await expect(speaker.locator('.vote-code')).toHaveText(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  const link = (await speaker.locator('.vote-url').textContent())!;
  const ana = await person(browser, { width: 390, height: 844 });
  await ana.goto(link);
  await vote(ana, 'Hire four more developers');
  await expect(speaker.getByText('1 person voted')).toBeVisible();
  await expect(speaker.getByRole('img', { name: /^QR code/ })).toBeVisible();
  await speaker.screenshot({ path: `${shots}/presenter-1920.png` });

  await speaker.getByRole('button', { name: 'Next' }).click();
  await expect(speaker.getByText('Taken without a vote: Pay down technical debt')).toBeVisible();
  await expect(ana.getByText('This vote has ended: the talk moved on.')).toBeVisible();
  await ana.screenshot({ path: `${shots}/voter-ended-390.png` });
});

test('a phone with a wrong code is told so, in its language', async ({ browser }) => {
  const phone = await person(browser, { width: 390, height: 844 }, 'zh-CN');
  await phone.goto('/?vote=AAAA-AAAA');
  await expect(phone.getByRole('alert')).toHaveText('没有使用这个代码的投票。投票可能已经结束；请核对幻灯片上的代码。');
  await expect(phone.getByLabel('幻灯片上的代码')).toHaveValue('AAAA-AAAA');
});

test('without a vote server the step still asks, and Next goes on with the first option', async ({ page }) => {
  await page.route('**/rooms.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/?scenario=talk&step=decide&mode=present&lang=en');
  await expect(page.getByRole('heading', { name: 'What would you do next?' })).toBeVisible();
  await expect(page.getByText('Next goes on with the first option.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Let the audience vote' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Taken without a vote: Pay down technical debt')).toBeVisible();
});
