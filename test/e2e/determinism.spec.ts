import { expect, test } from '@playwright/test';
import { build, type Rolldown } from 'vite';
import { loadShippedScenario } from '../../src/cli/scenario-files.ts';
import type { ScenarioConfig } from '../../src/sim/index.ts';
import { referenceGame } from '../unit/sim/reference-game.ts';

/**
 * The engine in Chromium must give the byte-identical game it gives in Node: the same reference
 * game (seed, commands) is bundled for the browser, played there on the shipped our-devops-journey
 * read here from disk and handed over as JSON, and the hashes compared.
 */
test('the same scenario, seed and commands give the same state hash in Node and in Chromium', async ({ page }) => {
  const scenario = loadShippedScenario('our-devops-journey');
  const node = referenceGame(scenario);
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
  type Bundle = { ReferenceGame: { referenceGame(scenario: ScenarioConfig): { hash: string; turns: number } } };
  const browser = await page.evaluate((json) => (window as unknown as Bundle).ReferenceGame.referenceGame(JSON.parse(json) as ScenarioConfig), JSON.stringify(scenario));
  expect(browser.turns).toBe(node.turns);
  expect(node.turns).toBeGreaterThan(10);
  expect(browser.hash).toBe(node.hash);
});
