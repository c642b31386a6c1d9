import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { expect, test, type Frame, type Page } from '@playwright/test';

// A speaker's deck lives on another origin than the game: the host is a real server on another
// port that serves a test deck, the example decks and the repository's files; the game is the
// build Playwright serves.
const game = `http://localhost:${process.env.E2E_PORT ?? 4173}`;
let host = '';
let server: Server;

const types: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png', '.webmanifest': 'application/manifest+json',
};

const deckPage = (query: string) => `<!doctype html><html lang="en"><head><title>Deck</title></head><body>
  <h1>My deck</h1><p id="host-keys">0</p>
  <iframe id="game" title="Game" style="width:1200px;height:700px" src="${game}/?${query.replace(/"/g, '&quot;')}"></iframe>
  <script>
    window.received = [];
    window.addEventListener('message', (e) => { if (e.origin === '${game}') window.received.push(e.data); });
    document.addEventListener('keydown', () => { const p = document.getElementById('host-keys'); p.textContent = String(Number(p.textContent) + 1); });
    window.send = (m) => document.getElementById('game').contentWindow.postMessage(m, '${game}');
  </script></body></html>`;

// What examples/slidev's component does, in plain script: each click of the slide is `goto`, and a
// forwarded key counts as a click. Slidev scales its slides with a CSS transform.
const slidevPage = (src: string) => `<!doctype html><html lang="en"><head><title>Slidev</title></head><body>
    <div id="slide" style="width:980px;height:552px;transform:scale(1.2);transform-origin:0 0"><p id="clicks">0</p>
      <iframe id="dj" title="DevOps Journey" src="${src.replace(/"/g, '&quot;')}" style="width:100%;height:90%;border:0"></iframe></div>
    <script>
      const frame = document.getElementById('dj');
      const origin = new URL(frame.src).origin;
      let clicks = 0;
      const steps = 5;
      const setClicks = (n) => { clicks = Math.max(0, Math.min(steps, n)); document.getElementById('clicks').textContent = String(clicks);
        frame.contentWindow.postMessage({ namespace: 'devops-journey', type: 'goto', step: Math.min(clicks, steps) }, origin); };
      window.addEventListener('keydown', (e) => { if (e.key === 'ArrowRight') setClicks(clicks + 1); if (e.key === 'ArrowLeft') setClicks(clicks - 1); });
      window.addEventListener('message', (e) => {
        if (e.origin !== origin || e.source !== frame.contentWindow || e.data?.namespace !== 'devops-journey') return;
        if (e.data.type === 'key' && e.data.direction) window.dispatchEvent(new KeyboardEvent('keydown', { key: e.data.direction === 'next' ? 'ArrowRight' : 'ArrowLeft' }));
      });
    </script></body></html>`;

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/slidev.html') {
      res.writeHead(200, { 'content-type': 'text/html' }).end(slidevPage(url.searchParams.get('game') ?? ''));
      return;
    }
    if (url.pathname === '/deck.html') {
      res.writeHead(200, { 'content-type': 'text/html' }).end(deckPage(url.searchParams.get('game') ?? ''));
      return;
    }
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^([\\/]\.\.)+/, '');
    let body: Buffer;
    try {
      body = readFileSync(join(process.cwd(), path));
    } catch {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface Message { namespace?: string; type?: string; [k: string]: unknown }

async function openHost(page: Page, query: string): Promise<Frame> {
  await page.goto(`${host}/deck.html?game=${encodeURIComponent(query)}`);
  const frame = page.frame({ url: (u) => u.origin === game });
  if (!frame) throw new Error('the game frame did not load');
  return frame;
}

const received = (page: Page) => page.evaluate(() => (window as unknown as { received: Message[] }).received);
const send = (page: Page, message: unknown) => page.evaluate((m) => (window as unknown as { send(m: unknown): void }).send(m), message);
const cmd = (type: string, extra: Record<string, unknown> = {}) => ({ namespace: 'devops-journey', type, ...extra });

async function waitFor(page: Page, match: (m: Message) => boolean): Promise<Message> {
  let found: Message | undefined;
  await expect.poll(async () => (found = (await received(page)).find(match)) !== undefined).toBe(true);
  return found!;
}

test('a host page drives the talk by postMessage and hears its steps, metrics, incidents and end', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const frame = await openHost(page, `scenario=talk&mode=present&step=2&seed=42&origins=${encodeURIComponent(host)}`);
  const ready = await waitFor(page, (m) => m.type === 'ready');
  expect(ready).toMatchObject({ namespace: 'devops-journey', scenario: 'talk', mode: 'present', step: 2, steps: 7, id: 'integrate' });
  await expect(frame.getByText('Step 2 of 7', { exact: false }).first()).toBeVisible();

  await send(page, cmd('next'));
  const step3 = await waitFor(page, (m) => m.type === 'step' && m.step === 3);
  expect(step3.id).toBe('test');
  const metrics3 = await waitFor(page, (m) => m.type === 'metrics' && m.turn === step3.turn);
  expect(Object.keys(metrics3.dora as object)).toEqual(['deployFrequency', 'leadTime', 'changeFailureRate', 'timeToRestore']);
  await expect(frame.getByRole('heading', { name: 'Step 3' })).toBeVisible();

  // Back is a replay from the seed: step 2 again, then forward to exactly the same step 3.
  await send(page, cmd('prev'));
  await waitFor(page, (m) => m.type === 'step' && m.step === 2);
  await send(page, cmd('next'));
  await expect.poll(async () => (await received(page)).filter((m) => m.type === 'metrics' && m.turn === step3.turn).length).toBe(2);
  const both = (await received(page)).filter((m) => m.type === 'metrics' && m.turn === step3.turn);
  expect(both[1]).toEqual(both[0]);

  await send(page, cmd('goto', { step: 7 }));
  const ended = await waitFor(page, (m) => m.type === 'ended');
  expect(ended).toMatchObject({ step: 7, steps: 7, status: 'running' });
  // Every incident the engine raised on the way was told, with its cause.
  for (const m of (await received(page)).filter((x) => x.type === 'incident')) expect(['change', 'capacity', 'hardware', 'security']).toContain(m.cause);

  await send(page, cmd('getState'));
  const state = await waitFor(page, (m) => m.type === 'state');
  expect(state).toMatchObject({ scenario: 'talk', step: 7, lang: 'en' });

  await send(page, cmd('setLanguage', { lang: 'zh' }));
  await expect(frame.getByRole('button', { name: '下一步' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('malformed, unknown and foreign messages are ignored without an error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const frame = await openHost(page, 'scenario=talk&mode=present&step=1');
  await waitFor(page, (m) => m.type === 'ready');
  for (const junk of [
    '{not json', 'slide:sideways', 42, null, [1, 2], { type: 'next' }, cmd('explode'), cmd('goto', { step: -1 }),
    cmd('goto', { step: '<img src=x onerror=alert(1)>' }), cmd('next', { extra: true }), cmd('setLanguage', { lang: 'fr' }),
    JSON.stringify(cmd('goto', { step: 4.5 })),
  ]) await send(page, junk);
  await send(page, JSON.stringify(cmd('getState')));
  const state = await waitFor(page, (m) => m.type === 'state');
  expect(state.step).toBe(1);
  expect((await received(page)).filter((m) => m.type === 'step')).toEqual([]);
  await expect(frame.locator('img')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('with an allow-list, a host not on it is neither obeyed nor told anything', async ({ page }) => {
  const frame = await openHost(page, 'scenario=talk&mode=present&step=1&origins=https://deck.example.org');
  await expect(frame.getByRole('heading', { name: 'Step 1' })).toBeVisible();
  await send(page, cmd('next'));
  await send(page, cmd('getState'));
  await page.waitForTimeout(1000);
  expect(await received(page)).toEqual([]);
  await expect(frame.getByRole('heading', { name: 'Step 1' })).toBeVisible();
});

test("reveal's slide:stop pauses a playing talk and slide:start resumes it", async ({ page }) => {
  await openHost(page, 'scenario=talk&mode=present&step=0');
  await waitFor(page, (m) => m.type === 'ready');
  await send(page, cmd('play', { interval: 60 }));
  await waitFor(page, (m) => m.type === 'step' && m.playing === true);
  // reveal.js posts the bare strings to the iframes of a slide (js/controllers/slidecontent.js).
  await send(page, 'slide:stop');
  await waitFor(page, (m) => m.type === 'step' && m.playing === false);
  const before = (await received(page)).length;
  await send(page, 'slide:start');
  await expect.poll(async () => (await received(page)).slice(before).some((m) => m.type === 'step' && m.playing === true)).toBe(true);
  await send(page, cmd('pause'));
  await send(page, 'slide:start');
  await send(page, cmd('getState'));
  expect(await waitFor(page, (m) => m.type === 'state')).toMatchObject({ playing: false });
});

test('keyboard focus stays with the deck until the game is clicked; then clicker keys step the game', async ({ page }) => {
  // The full game, opened at a step: its screen changes must not pull focus into the frame.
  await openHost(page, 'scenario=talk&mode=play&step=1');
  await waitFor(page, (m) => m.type === 'ready');
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
  await page.keyboard.press('PageDown');
  await expect(page.locator('#host-keys')).toHaveText('1');

  const frame = await openHost(page, 'scenario=talk&mode=present&step=1');
  await waitFor(page, (m) => m.type === 'ready');
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
  await page.keyboard.press('PageDown');
  await expect(page.locator('#host-keys')).toHaveText('1');
  await expect(frame.getByRole('heading', { name: 'Step 1' })).toBeVisible();

  await frame.getByRole('heading', { level: 1 }).click();
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
  await page.keyboard.press('PageDown');
  await expect(frame.getByRole('heading', { name: 'Step 2' })).toBeVisible();
  await expect(page.locator('#host-keys')).toHaveText('1');
});

test('with the setting on, clicker keys pressed in the game are passed to the deck', async ({ page }) => {
  const frame = await openHost(page, 'scenario=talk&mode=present&step=1&forwardKeys=1');
  await waitFor(page, (m) => m.type === 'ready');
  await expect(frame.getByLabel('Clicker keys go to the slides')).toBeChecked();
  await frame.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await received(page)).filter((m) => m.type === 'key').map((m) => m.direction)).toEqual(['next', 'prev']);
  // The game itself did not step: the deck decides.
  await expect(frame.getByRole('heading', { name: 'Step 1' })).toBeVisible();

  await frame.getByLabel('Clicker keys go to the slides').uncheck();
  await frame.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('PageDown');
  await expect(frame.getByRole('heading', { name: 'Step 2' })).toBeVisible();
});

test('the reveal.js example deck steps the game with its fragments and keeps the keys', async ({ page }) => {
  await page.goto(`${host}/examples/reveal/index.html`);
  await expect(page.getByRole('heading', { name: 'From monthly releases to continuous delivery' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  const frame = page.frameLocator('iframe[data-devops-journey]');
  await expect(frame.getByRole('heading', { name: 'Before the first step' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => (window as unknown as { devopsJourneyEvents: Message[] }).devopsJourneyEvents.some((m) => m.type === 'ready'))).toBe(true);
  // The frame loaded without taking the keyboard: the next key still goes to reveal, which shows a fragment.
  await page.keyboard.press('ArrowRight');
  await expect(frame.getByRole('heading', { name: 'Step 1' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(frame.getByRole('heading', { name: 'Step 2' })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(frame.getByRole('heading', { name: 'Step 1' })).toBeVisible();
});

test('a poster is the step as text and bands, the same every time, without loading the board', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const url = '/?scenario=talk&step=3&seed=42&lang=en&mode=poster&theme=projector';
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Talk: from monthly releases to continuous delivery' })).toBeVisible();
  await expect(page.getByText(/Automate the tests/)).toBeVisible();
  const keys = page.getByRole('list', { name: 'The four DORA keys' }).getByRole('listitem');
  await expect(keys).toHaveCount(4);
  const first = await keys.allTextContents();
  expect(first.join(' ')).toMatch(/Low|Medium|High|Elite/);
  await page.waitForTimeout(500);
  expect(requests.filter((u) => /\/assets\/board-/.test(u))).toEqual([]);
  await expect(page.locator('canvas')).toHaveCount(0);

  await page.goto(url);
  await expect(keys).toHaveCount(4);
  expect(await keys.allTextContents()).toEqual(first);
});

test('presenter: the same link gives the same picture, back truly steps back, clicker keys step', async ({ page }) => {
  const url = '/?scenario=talk&step=3&seed=42&lang=en&mode=present';
  await page.goto(url);
  const keys = page.locator('.present-keys');
  await expect(page.getByRole('heading', { name: 'Step 3' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  // The step names the mean; the card it points at shows the median, and the pointer names the card.
  await expect(page.getByText('Look at: Lead time for changes')).toBeVisible();
  await expect(page.locator('.present-key.pointed .key-name')).toHaveText('Lead time for changes');
  await expect(page.locator('.present-key.pointed')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'What chance decided' })).toBeVisible();
  await expect(page.locator('.present-board canvas')).toBeVisible();
  const atThree = await keys.textContent();
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('heading', { name: 'Step 4' })).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(page.getByRole('heading', { name: 'Step 3' })).toBeVisible();
  expect(await keys.textContent()).toBe(atThree);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(page.getByRole('heading', { name: 'Step 5' })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('heading', { name: 'Step 4' })).toBeVisible();

  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Step 3' })).toBeVisible();
  expect(await keys.textContent()).toBe(atThree);
});

test('URL parameters are checked one by one; nothing from the URL becomes HTML', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto('/?scenario=talk&mode=present&step=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&lang=xx&theme=%22%3E%3Cscript%3E&evil=1');
  await expect(page.getByRole('heading', { name: 'Before the first step' })).toBeVisible();
  await expect(page.locator('img, script:not([src])')).toHaveCount(0);
  expect(warnings.filter((w) => /ignored/.test(w))).toHaveLength(4);
  await page.goto('/?scenario=no-such-talk&mode=present');
  await expect(page.getByRole('heading', { level: 1, name: 'DevOps Journey' })).toBeVisible();
});

test('the app passes its Content-Security-Policy in every mode', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const policy = await (await page.request.get('/')).text();
  expect(policy).toMatch(/http-equiv="Content-Security-Policy"[^>]*script-src 'self';/);
  for (const url of ['/', '/?scenario=talk&mode=present&step=2', '/?scenario=talk&mode=poster&step=2', '/?scenario=talk&mode=play&step=2']) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), url).toEqual([]);
  }
});

test('after a click on the game, every clicker key goes to the deck, and the game never steps twice', async ({ page }) => {
  const frame = await openHost(page, 'scenario=talk&mode=present&step=1&forwardKeys=1');
  await waitFor(page, (m) => m.type === 'ready');
  // The speaker clicks the game's own Next with the mouse: that steps the game once.
  await frame.getByRole('button', { name: 'Next' }).click();
  await expect(frame.getByRole('heading', { name: 'Step 2' })).toBeVisible();
  // The focus left the button, so Space and the arrows are not taken by it.
  expect(await frame.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
  for (const key of ['PageDown', 'ArrowRight', 'Space', 'PageUp', 'ArrowLeft', 'b', '.', 'Escape', 'f', 'B']) await page.keyboard.press(key);
  await expect.poll(async () => (await received(page)).filter((m) => m.type === 'key').map((m) => [m.key, m.direction])).toEqual([
    ['PageDown', 'next'], ['ArrowRight', 'next'], [' ', 'next'], ['PageUp', 'prev'], ['ArrowLeft', 'prev'],
    ['b', null], ['.', null], ['Escape', null], ['f', null], ['b', null],
  ]);
  // The deck decides: the game stayed where the click left it.
  await expect(frame.getByRole('heading', { name: 'Step 2' })).toBeVisible();
  expect((await received(page)).filter((m) => m.type === 'step').map((m) => m.step)).toEqual([2]);
});

test('slide:stop then slide:start resumes at the speed the host chose', async ({ page }) => {
  await openHost(page, 'scenario=talk&mode=present&step=0');
  await waitFor(page, (m) => m.type === 'ready');
  await send(page, cmd('play', { interval: 60 }));
  await waitFor(page, (m) => m.type === 'step' && m.playing === true);
  await send(page, 'slide:stop');
  await waitFor(page, (m) => m.type === 'step' && m.playing === false);
  await send(page, 'slide:start');
  await expect.poll(async () => (await received(page)).filter((m) => m.type === 'step' && m.playing === true).length).toBe(2);
  await send(page, cmd('getState'));
  expect(await waitFor(page, (m) => m.type === 'state')).toMatchObject({ playing: true, interval: 60 });
});

test('turns are counted alike on screen and in events; reset, notes and a hidden control bar', async ({ page }) => {
  const frame = await openHost(page, 'scenario=talk&mode=present&step=2&seed=42&controls=0');
  const ready = await waitFor(page, (m) => m.type === 'ready');
  // The screen says "after turn N" and every event's turn is that N.
  await expect(frame.getByText(`after turn ${ready.turn}`, { exact: false })).toBeVisible();
  await expect(frame.getByRole('button', { name: 'Next' })).toHaveCount(0);
  const notes = await waitFor(page, (m) => m.type === 'notes');
  expect(notes).toMatchObject({ step: 2, id: 'integrate', lang: 'en', lookAt: 'Change failure rate' });
  expect(notes.text).toMatch(/^Turn on continuous integration/);
  const figures = notes.figures as { id: string; text: string; pointed: boolean }[];
  expect(figures.map((f) => f.id)).toEqual(['deployFrequency', 'leadTime', 'changeFailureRate', 'timeToRestore']);
  expect(figures.filter((f) => f.pointed).map((f) => f.id)).toEqual(['changeFailureRate']);
  // The figures are the ones on the cards.
  await expect(frame.locator('.present-key.pointed .key-value')).toHaveText(figures[2].text);

  await send(page, cmd('next'));
  const step3 = await waitFor(page, (m) => m.type === 'step' && m.step === 3);
  await expect(frame.getByText(`after turn ${step3.turn}`, { exact: false })).toBeVisible();
  expect(await waitFor(page, (m) => m.type === 'metrics' && m.turn === step3.turn)).toBeTruthy();
  for (const incident of (await received(page)).filter((m) => m.type === 'incident')) {
    expect(incident.turn as number).toBeGreaterThan(ready.turn as number);
    expect(incident.turn as number).toBeLessThanOrEqual(step3.turn as number);
  }
  expect(await waitFor(page, (m) => m.type === 'notes' && m.step === 3)).toMatchObject({ lookAt: 'Lead time for changes' });

  // A goto with the step as text is understood; reset goes back before the first step.
  await send(page, cmd('goto', { step: '4' }));
  await expect(frame.getByRole('heading', { name: 'Step 4' })).toBeVisible();
  await send(page, cmd('reset'));
  await expect(frame.getByRole('heading', { name: 'Before the first step' })).toBeVisible();
  await expect(frame.getByText('before the first turn', { exact: false })).toBeVisible();
  expect(await waitFor(page, (m) => m.type === 'step' && m.step === 0)).toMatchObject({ turn: 0, playing: false });
  // Without controls the keys still step the game once it was clicked.
  await frame.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('PageDown');
  await expect(frame.getByRole('heading', { name: 'Step 1' })).toBeVisible();
});

test('a poster follows goto, next, prev and reset without starting the board', async ({ page }) => {
  const frame = await openHost(page, 'scenario=talk&mode=poster&step=1&theme=projector');
  expect(await waitFor(page, (m) => m.type === 'ready')).toMatchObject({ mode: 'poster', step: 1 });
  await send(page, cmd('next'));
  await expect(frame.getByText(/step 2 of 7/i)).toBeVisible();
  await send(page, cmd('goto', { step: 'flow' }));
  await expect(frame.getByText(/step 5 of 7/i)).toBeVisible();
  await send(page, cmd('prev'));
  await expect(frame.getByText(/step 4 of 7/i)).toBeVisible();
  await send(page, cmd('reset'));
  await expect(frame.getByText(/step 0 of 7/i)).toBeVisible();
  await expect(frame.locator('canvas')).toHaveCount(0);
});

test("in reveal's speaker view the game is the light poster", async ({ page }) => {
  // reveal's notes window loads the deck with ?receiver, and then isSpeakerNotes() is true.
  await page.goto(`${host}/examples/reveal/index.html?receiver#/1`);
  const iframe = page.locator('iframe[data-devops-journey]');
  await expect(iframe).toHaveAttribute('src', /mode=poster/);
  await expect(iframe).toHaveAttribute('src', /theme=projector/);
  const frame = page.frameLocator('iframe[data-devops-journey]');
  await expect(frame.getByRole('list', { name: 'The four DORA keys' }).or(frame.getByText('No turn played yet.'))).toBeVisible();
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'projector');
  await expect(frame.locator('canvas')).toHaveCount(0);
});

test('a step with incidents looks the same on every load once its animation has settled', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const settled = async () => {
    const canvas = page.locator('.present-board canvas');
    // The board says when nothing moves any more; then two pictures in a row must agree.
    await expect(canvas).toHaveAttribute('data-settled', 'true', { timeout: 30_000 });
    let last = await canvas.screenshot();
    let stable = 0;
    await expect.poll(async () => {
      const now = await canvas.screenshot();
      stable = now.equals(last) ? stable + 1 : 0;
      last = now;
      return stable;
    }, { timeout: 30_000, intervals: [1000] }).toBeGreaterThanOrEqual(2);
    return last;
  };
  await page.goto('/?scenario=talk&step=3&seed=42&lang=en&mode=present');
  await expect(page.getByRole('heading', { name: 'Step 3' })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('heading', { name: 'Step 4' })).toBeVisible();
  const stepped = await settled();
  await page.goto('/?scenario=talk&step=4&seed=42&lang=en&mode=present');
  const loaded = await settled();
  expect(loaded.equals(stepped)).toBe(true);
});

test('a page that frames the game as Slidev does steps it with its clicks and gets the keys back', async ({ page }) => {
  const src = `${game}/?scenario=talk&mode=present&step=0&lang=en&forwardKeys=1&controls=0&origins=${encodeURIComponent(host)}`;
  await page.goto(`${host}/slidev.html?game=${encodeURIComponent(src)}`);
  const frame = page.frameLocator('#dj');
  await expect(frame.getByRole('heading', { name: 'Before the first step' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(frame.getByRole('heading', { name: 'Step 1' })).toBeVisible();
  // Clicked inside, the clicker still moves the slide's clicks, and the game follows them once.
  await frame.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('PageDown');
  await expect(page.locator('#clicks')).toHaveText('2');
  await expect(frame.getByRole('heading', { name: 'Step 2' })).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(page.locator('#clicks')).toHaveText('1');
  await expect(frame.getByRole('heading', { name: 'Step 1' })).toBeVisible();
});
