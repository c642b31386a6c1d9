import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe('layer rules', () => {
  it('forbids the engine from importing another layer', async () => {
    const ids = await ruleIds('src/sim/probe.ts', "import { initI18n } from '../i18n/index.ts';\nexport const x = initI18n;\n");
    expect(ids).toContain('import-x/no-restricted-paths');
  });

  it('forbids the engine from importing packages or node modules', async () => {
    expect(await ruleIds('src/sim/probe.ts', "import { createStore } from 'zustand/vanilla';\nexport const s = createStore;\n")).toContain('no-restricted-imports');
    expect(await ruleIds('src/sim/probe.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n")).toContain('no-restricted-imports');
  });

  it('forbids randomness and wall time in the engine', async () => {
    expect(await ruleIds('src/sim/probe.ts', 'export const r = Math.random();\n')).toContain('no-restricted-properties');
    expect(await ruleIds('src/sim/probe.ts', 'export const d = new Date();\n')).toContain('no-restricted-globals');
  });

  it('keeps Phaser out of the DOM UI', async () => {
    expect(await ruleIds('src/ui/probe.ts', "import Phaser from 'phaser';\nexport const p = Phaser;\n")).toContain('no-restricted-imports');
  });

  it('keeps scenes and ui apart', async () => {
    const ids = await ruleIds('src/scenes/probe.ts', "import { h } from '../ui/dom.ts';\nexport const r = h;\n");
    expect(ids).toContain('import-x/no-restricted-paths');
  });

  it('keeps the workshop server to the engine, the scenarios and the state layer', async () => {
    expect(await ruleIds('src/server/probe.ts', "import { h } from '../ui/dom.ts';\nexport const r = h;\n")).toContain('import-x/no-restricted-paths');
    expect(await ruleIds('src/server/probe.ts', "import { BoardScene } from '../scenes/board-scene.ts';\nexport const r = BoardScene;\n")).toContain('import-x/no-restricted-paths');
    const allowed = "import { createGameStore } from '../state/game.ts';\nimport { loadScenario } from '../scenarios/load.ts';\nimport { hashState } from '../sim/index.ts';\nexport const r = [createGameStore, loadScenario, hashState];\n";
    expect(await ruleIds('src/server/probe.ts', allowed)).toEqual([]);
  });

  it('keeps the server out of the browser layers, which reach rooms through colyseus.js alone', async () => {
    expect(await ruleIds('src/ui/probe.ts', "import { csvCell } from '../server/export.ts';\nexport const r = csvCell;\n")).toContain('import-x/no-restricted-paths');
    expect(await ruleIds('src/state/probe.ts', "import { newJoinCode } from '../server/code.ts';\nexport const r = newJoinCode;\n")).toContain('import-x/no-restricted-paths');
    expect(await ruleIds('src/ui/probe.ts', "import { Room } from '@colyseus/core';\nexport const r = Room;\n")).toContain('no-restricted-imports');
    expect(await ruleIds('src/ui/probe.ts', "import { Client } from 'colyseus.js';\nexport const r = Client;\n")).toEqual([]);
  });

  it('lets the composition root import every layer', async () => {
    const ids = await ruleIds('src/main.ts', "import { renderTitle } from './ui/title.ts';\nexport const r = renderTitle;\n");
    expect(ids).toEqual([]);
  });
});
