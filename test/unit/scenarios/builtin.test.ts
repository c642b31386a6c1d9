import { describe, expect, it } from 'vitest';
import { builtinScenarioFiles, builtinScenarioIds, loadBuiltinScenario } from '../../../src/scenarios/builtin.ts';
import { PRACTICES } from '../../../src/sim/index.ts';

describe('shipped scenarios as the browser sees them (Vite glob)', () => {
  it('lists every scenario folder with its locale files', () => {
    expect(builtinScenarioIds()).toEqual([
      'beyond-devops', 'keep-it-simple', 'mooc-launch-day', 'our-devops-journey', 'security-at-devops-speed', 'snapdeal-iac',
      'talk', 'toxic-culture', 'tutorial', 'why-standards-matter',
    ]);
    expect(builtinScenarioFiles().tutorial.map((f) => f.path).sort()).toEqual([
      'scenarios/tutorial/locales/en.yaml', 'scenarios/tutorial/locales/id.yaml', 'scenarios/tutorial/locales/zh.yaml', 'scenarios/tutorial/scenario.yaml',
    ]);
  });

  it('loads a shipped scenario through the same validator, and refuses an unknown id', () => {
    const r = loadBuiltinScenario('tutorial');
    expect(r.ok && r.scenario.meta.mode).toBe('tutorial');
    const missing = loadBuiltinScenario('nope');
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.errors[0].message).toBe("there is no shipped scenario 'nope'");
  });

  it('offer every practice of the catalog somewhere: each comes from a seed talk and must be playable', () => {
    const offered = new Set<string>();
    for (const id of builtinScenarioIds()) {
      const r = loadBuiltinScenario(id);
      if (!r.ok) throw new Error(id);
      const o = r.scenario.config.practices.offered;
      for (const p of o === 'all' ? PRACTICES.map((d) => d.id) : o) offered.add(p);
    }
    expect(PRACTICES.map((p) => p.id).filter((p) => !offered.has(p))).toEqual([]);
  });
});
