import { describe, expect, it } from 'vitest';
import { builtinScenarioFiles, builtinScenarioIds, loadBuiltinScenario } from '../../../src/scenarios/builtin.ts';

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
});
