import { expect, test, type Page } from '@playwright/test';
import { stringify } from 'yaml';
import { TEXT_LIMITS } from '../../src/scenarios/text-limits.ts';

// A trainer's scenario whose every text is as long as check allows, in each language the game
// ships: nothing may spill sideways or push End turn off screen.
const word = 'Pneumonoultramicroscopicsilicovolcanoconiosis!'; // 46 characters, no break
const filler: Record<string, string> = {
  en: `${word} The release train leaves every quarter and nobody knows what is on it. `,
  zh: '发布列车每个季度出发一次，没有人知道车上装着什么。运维团队在周末加班部署，测试团队等待环境。',
  id: `${word} Kereta rilis berangkat setiap kuartal dan tidak ada yang tahu isinya. `,
};
const fill = (lang: string, limit: number) => [...filler[lang].repeat(Math.ceil(limit / [...filler[lang]].length) + 1)].slice(0, limit).join('');

const keys: Record<string, number> = {
  title: TEXT_LIMITS.title, brief: TEXT_LIMITS.brief, 'systems.app': TEXT_LIMITS.systemName, 'goals.ship': TEXT_LIMITS.goal,
  'debrief.why': TEXT_LIMITS.debrief, 'events.crisis.title': TEXT_LIMITS.eventTitle, 'events.crisis.text': TEXT_LIMITS.eventText,
  'events.crisis.options.calm': TEXT_LIMITS.option, 'events.crisis.options.panic': TEXT_LIMITS.option,
};
const locale = (lang: string) => {
  const out: Record<string, unknown> = {};
  for (const [key, limit] of Object.entries(keys)) {
    const parts = key.split('.');
    let at = out;
    for (const p of parts.slice(0, -1)) at = (at[p] ??= {}) as Record<string, unknown>;
    at[parts[parts.length - 1]] = fill(lang, limit);
  }
  return stringify(out);
};
const scenario = stringify({
  id: 'longest-texts', title: 'title', brief: 'brief', level: 'beginner', seed: 3, startYear: 2001, turns: 2, budget: 500000,
  team: { developers: 5 },
  systems: [{ id: 'app', name: 'systems.app', kind: 'app', nodes: 2, entryShare: 1 }],
  events: { scheduled: [{ turn: 1, event: 'crisis' }], defined: [{ id: 'crisis', title: 'events.crisis.title', text: 'events.crisis.text',
    options: [{ id: 'calm', text: 'events.crisis.options.calm' }, { id: 'panic', text: 'events.crisis.options.panic' }] }] },
  goals: [{ id: 'ship', text: 'goals.ship', metric: 'deployFrequency', atLeast: 0.1 }],
  debrief: ['debrief.why'],
});

const words = { en: { start: 'Start', end: 'End turn' }, zh: { start: '开始', end: '结束回合' }, id: { start: 'Mulai', end: 'Akhiri giliran' } } as const;

/** Nothing wider than the window: no sideways scrolling, no clipped words. */
async function fitsWidth(page: Page): Promise<void> {
  const { scroll, inner, wide } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
    // The innermost elements that reach past the right edge, to name the culprit when this fails.
    wide: [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && ![...el.children].some((c) => c.getBoundingClientRect().right > window.innerWidth + 1))
      .slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  }));
  expect(scroll, `too wide: ${wide.join(', ')}`).toBeLessThanOrEqual(inner);
}

for (const lang of ['en', 'zh', 'id'] as const) {
  for (const [width, height] of [[1280, 720], [390, 844]] as const) {
    test(`the longest allowed texts in ${lang} at ${width}×${height} keep the layout`, async ({ page }, info) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height });
      await page.goto(`/?lang=${lang}`);
      await page.locator('#scenario-file').setInputFiles([
        { name: 'scenario.yaml', mimeType: 'text/yaml', buffer: Buffer.from(scenario) },
        ...(['en', 'zh', 'id'] as const).map((l) => ({ name: `${l}.yaml`, mimeType: 'text/yaml', buffer: Buffer.from(locale(l)) })),
      ]);
      const title = fill(lang, TEXT_LIMITS.title);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await fitsWidth(page);
      await page.screenshot({ path: info.outputPath(`brief-${lang}-${width}.png`), fullPage: true });

      await page.getByRole('button', { name: words[lang].start }).click();
      const endTurn = page.getByRole('button', { name: words[lang].end });
      await expect(endTurn).toBeVisible();
      await fitsWidth(page);
      // End turn stays on the first screenful, however long the title.
      const box = (await endTurn.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(box.y + box.height).toBeLessThanOrEqual(height);
      await page.screenshot({ path: info.outputPath(`board-${lang}-${width}.png`) });

      await endTurn.click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      const dialogBox = (await dialog.boundingBox())!;
      expect(dialogBox.x).toBeGreaterThanOrEqual(0);
      expect(dialogBox.x + dialogBox.width).toBeLessThanOrEqual(width);
      await page.screenshot({ path: info.outputPath(`event-${lang}-${width}.png`) });
      // An incident's dialog asks twice (respond, then continue); every dialog is answered in full.
      const answer = async () => {
        for (let guard = 0; guard < 6 && await dialog.isVisible().catch(() => false); guard++) await dialog.getByRole('button').first().click();
      };
      await answer();

      while (await endTurn.isVisible()) {
        await endTurn.click();
        await answer();
      }
      await expect(page.locator('.questions li')).toHaveText(fill(lang, TEXT_LIMITS.debrief));
      await fitsWidth(page);
      await page.screenshot({ path: info.outputPath(`debrief-${lang}-${width}.png`), fullPage: true });
    });
  }
}
