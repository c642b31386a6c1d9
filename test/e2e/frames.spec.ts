import { expect, test, type Page } from '@playwright/test';

// A talk is shown in frames of every size: a thumbnail, an iframe in a slide, a projector. The
// presenter must fit each without scrolling, with type a room can read, and its board must never
// stop drawing.

const talk = '/?scenario=talk&seed=7&lang=en';

/** Everything that page errors or the console reports as an error. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return errors;
}

for (const [width, height] of [[320, 180], [446, 225], [605, 249], [800, 450], [1920, 1080]]) {
  test(`the board draws every step of the talk at ${width}×${height} without an error`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.setViewportSize({ width, height });
    await page.goto(`${talk}&step=baseline&mode=present`);
    const canvas = page.locator('.present-board canvas');
    await expect(canvas).toBeVisible();
    await expect(canvas).toHaveAttribute('data-smallest-label', /\d/);
    const first = await canvas.screenshot();
    for (const step of [2, 3, 4, 5]) {
      await page.keyboard.press('PageDown');
      await expect(page.getByRole('heading', { name: `Step ${step}` })).toBeVisible();
    }
    // Let the last step's deploys land and its incidents pulse: the loop must still be running.
    await page.waitForTimeout(2500);
    expect(await canvas.screenshot()).not.toEqual(first);
    await page.keyboard.press('PageUp');
    await expect(page.getByRole('heading', { name: 'Step 4' })).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('a drawing error is told once, and the board draws again at the next step', async ({ page }) => {
  const errors: string[] = [];
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  // The 2D context refuses arcs while the test says so, as it does for a negative radius.
  await page.addInitScript(() => {
    const arc = CanvasRenderingContext2D.prototype.arc;
    const w = window as unknown as { breakArcs: boolean };
    w.breakArcs = false;
    CanvasRenderingContext2D.prototype.arc = function (...args: Parameters<typeof arc>) {
      if (w.breakArcs) throw new DOMException('The radius provided is negative.', 'IndexSizeError');
      return arc.apply(this, args);
    };
  });
  await page.setViewportSize({ width: 800, height: 450 });
  await page.goto(`${talk}&step=1&mode=present`);
  const canvas = page.locator('.present-board canvas');
  await expect(canvas).toHaveAttribute('data-smallest-label', /\d/);
  await page.evaluate(() => { (window as unknown as { breakArcs: boolean }).breakArcs = true; });
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('heading', { name: 'Step 2' })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('heading', { name: 'Step 3' })).toBeVisible();
  await expect.poll(() => errors.filter((e) => /board could not draw/.test(e)).length).toBe(1);
  const broken = await canvas.screenshot();

  await page.evaluate(() => { (window as unknown as { breakArcs: boolean }).breakArcs = false; });
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('heading', { name: 'Step 4' })).toBeVisible();
  await expect.poll(async () => (await canvas.screenshot()).equals(broken)).toBe(false);
  expect(errors.filter((e) => /board could not draw/.test(e))).toHaveLength(1);
  expect(pageErrors).toEqual([]);
});

interface Fit {
  scroll: [number, number];
  viewport: [number, number];
  /** Parts of the picture that leave the viewport or their column. */
  outside: string[];
  text: number;
  value: number;
  labels: number;
  boardLabel: number | null;
  canvas: { width: number; css: number; ratio: number } | null;
}

async function measure(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const size = (sel: string) => Math.min(...[...document.querySelectorAll(sel)].map((e) => parseFloat(getComputedStyle(e).fontSize)));
    const outside: string[] = [];
    const within = (inner: Element, outer: DOMRect, name: string) => {
      const r = inner.getBoundingClientRect();
      if (r.left < outer.left - 1 || r.top < outer.top - 1 || r.right > outer.right + 1 || r.bottom > outer.bottom + 1) outside.push(name);
    };
    const view = new DOMRect(0, 0, innerWidth, innerHeight);
    const parts = '.present-top, .present-text, .present-point, .present-key, .present-board, .present-dice, .poster-eyebrow, .poster h1, .poster-text, .poster-key';
    document.querySelectorAll(parts).forEach((e, i) => within(e, view, `${e.className || e.tagName}#${i}`));
    const story = document.querySelector('.present-story');
    if (story && story.scrollHeight > story.clientHeight + 1) outside.push('story scrolls');
    const canvas = document.querySelector('canvas');
    const se = document.scrollingElement!;
    return {
      scroll: [se.scrollWidth, se.scrollHeight] as [number, number],
      viewport: [innerWidth, innerHeight] as [number, number],
      outside,
      text: size('.present-text, .poster-text'),
      value: size('.key-value'),
      labels: size('.key-name, .key-name + .key-value + .band, .present-step-no, .present-clock, .poster-eyebrow'),
      boardLabel: canvas?.dataset.smallestLabel ? Number(canvas.dataset.smallestLabel) : null,
      canvas: canvas ? { width: canvas.width, css: canvas.getBoundingClientRect().width, ratio: devicePixelRatio } : null,
    };
  });
}

const frames = [[320, 180], [446, 225], [605, 249], [800, 450], [1024, 768], [1216, 600], [1280, 720], [1920, 1080], [3840, 2160]];

test('present and poster fit every frame from 320×180 to 3840×2160, with type that scales with it', async ({ page }) => {
  test.setTimeout(180_000);
  for (const mode of ['present', 'poster'] as const) {
    for (const [width, height] of frames) {
      await page.setViewportSize({ width, height });
      // Step 5 has the most to show: every key has a value, the dice box lists incidents.
      await page.goto(`${talk}&step=5&mode=${mode}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (mode === 'present') await expect(page.locator('canvas')).toHaveAttribute('data-smallest-label', /\d/);
      const fit = await measure(page);
      const where = `${mode} ${width}×${height}`;
      expect(fit.scroll, where).toEqual(fit.viewport);
      expect(fit.outside, where).toEqual([]);
      // Type follows the frame: the 1280×720 sizes times the frame's scale.
      const scale = Math.min(width / 1280, height / 720);
      expect(fit.value, where).toBeGreaterThanOrEqual(36 * scale - 0.5);
      expect(fit.labels, where).toBeGreaterThanOrEqual(18 * scale - 0.5);
    }
  }
});

test('at 1280×720 the presenter reads from the back of the room, and its canvas is sharp', async ({ browser }) => {
  for (const ratio of [1, 2]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: ratio });
    const page = await context.newPage();
    for (const step of [1, 2, 3, 4, 5]) {
      await page.goto(`${talk}&step=${step}&mode=present`);
      await expect(page.locator('canvas')).toHaveAttribute('data-smallest-label', /\d/);
      const fit = await measure(page);
      expect(fit.text, `step ${step}`).toBeGreaterThanOrEqual(28);
      expect(fit.value).toBeGreaterThanOrEqual(36);
      expect(fit.labels).toBeGreaterThanOrEqual(18);
      expect(fit.boardLabel).toBeGreaterThanOrEqual(14);
      expect(Math.abs(fit.canvas!.width - fit.canvas!.css * ratio)).toBeLessThanOrEqual(ratio);
    }
    await page.goto(`${talk}&step=3&mode=poster`);
    const poster = await measure(page);
    expect(poster.text).toBeGreaterThanOrEqual(28);
    expect(poster.value).toBeGreaterThanOrEqual(36);
    expect(poster.labels).toBeGreaterThanOrEqual(18);
    await context.close();
  }
});
