// Where change failures come from: defects that slip past the checks, and environments that
// differ from the ones a change was tested in, which no code check can see.
import { describe, expect, it } from 'vitest';
import { advanceTurn, createGame, summarize } from '../../../src/sim/index.ts';
import type { ScenarioConfig } from '../../../src/sim/index.ts';
import { journey, quiet } from './helpers.ts';

const DEVOPS = [
  'peer-code-reviews', 'configuration-management', 'sprint-rituals', 'continuous-integration', 'automated-testing',
  'continuous-delivery', 'lightweight-approval', 'trunk-based-development',
];

function company(extra: string[]): ScenarioConfig {
  return quiet(journey, {
    era: 'devops',
    turns: 24,
    practices: { adopted: [...DEVOPS, ...extra], offered: 'all' },
    policies: { ...journey.policies, cadence: { kind: 'continuous' }, approval: 'lightweight' },
  });
}

/** Change failure rate and deploys pooled over seeds. */
function failures(scenario: ScenarioConfig): { cfr: number; deploys: number } {
  let failed = 0, deploys = 0;
  for (const seed of [1, 2, 3, 4]) {
    let s = createGame(scenario, seed);
    for (let t = 0; t < scenario.turns; t++) s = advanceTurn(s).state;
    const m = summarize(s, 4);
    failed += m.changeFailureRate * m.deploys;
    deploys += m.deploys;
  }
  return { cfr: failed / deploys, deploys };
}

describe('change failures', () => {
  it('environments built as code (IaC, containers, production-like labs) halve the failures tests cannot catch', () => {
    const hand = failures(company([]));
    const code = failures(company(['infrastructure-as-code', 'containerization', 'cloud-dev-test-labs']));
    expect(hand.deploys).toBeGreaterThan(1000);
    expect(code.cfr).toBeLessThan(hand.cfr * 0.6);
    expect(code.cfr).toBeGreaterThan(0);
  });

  it('more automated checks do not take the change failure rate to zero', () => {
    const checked = failures(company(['continuous-unit-testing', 'test-driven-development', 'pair-programming',
      'infrastructure-as-code', 'containerization', 'cloud-dev-test-labs']));
    expect(checked.cfr).toBeGreaterThan(0.01);
  });
});
