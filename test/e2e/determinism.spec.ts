import { expect, test } from '@playwright/test';
import { build, type Rolldown } from 'vite';
import { referenceGame } from '../unit/sim/reference-game.ts';

/**
 * The engine in Chromium must give the byte-identical game it gives in Node: the same reference
 * game (scenario, seed, commands) is bundled for the browser, played there, and the hashes compared.
 */
test('the same scenario, seed and commands give the same state hash in Node and in Chromium', async ({ page }) => {
  const node = referenceGame();
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: 'test/unit/sim/reference-game.ts', formats: ['iife'], name: 'ReferenceGame', fileName: 'reference-game' },
    },
  })) as Rolldown.RolldownOutput[] | Rolldown.RolldownOutput;
  const chunk = (Array.isArray(output) ? output[0] : output).output[0];
  await page.setContent('<!doctype html><title>reference game</title>');
  await page.addScriptTag({ content: chunk.code });
  const browser = await page.evaluate(() => (window as unknown as { ReferenceGame: { referenceGame(): { hash: string; turns: number } } }).ReferenceGame.referenceGame());
  expect(browser.turns).toBe(node.turns);
  expect(node.turns).toBeGreaterThan(10);
  expect(browser.hash).toBe(node.hash);
});
