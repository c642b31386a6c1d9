// Automated recovery and continuous operation act on what happens after a bad deploy: the pipeline
// rolls back what its health checks see, and blue-green deploys meet the production environment
// before users do.
import { describe, expect, it } from 'vitest';
import { advanceTurn, createGame, summarize } from '../../../src/sim/index.ts';
import type { ScenarioConfig } from '../../../src/sim/index.ts';
import { journey, quiet } from './helpers.ts';

const DEVOPS = [
  'peer-code-reviews', 'configuration-management', 'sprint-rituals', 'continuous-integration', 'automated-testing',
  'continuous-delivery', 'lightweight-approval', 'infrastructure-as-code', 'application-performance-management', 'failover',
];

function company(extra: string[]): ScenarioConfig {
  return quiet(journey, {
    era: 'beyond',
    turns: 12,
    practices: { adopted: [...DEVOPS, ...extra], offered: 'all' },
    policies: { ...journey.policies, cadence: { kind: 'continuous' }, approval: 'lightweight' },
  });
}

/** Change incidents over four seeds: how many, their mean hours to restore, and how each came back. */
function changeIncidents(scenario: ScenarioConfig): { n: number; restore: number; undiagnosed: number; cfr: number } {
  let n = 0, hours = 0, undiagnosed = 0, failed = 0, deploys = 0;
  for (const seed of [1, 2, 3, 4]) {
    let s = createGame(scenario, seed);
    for (let t = 0; t < scenario.turns; t++) {
      const r = advanceTurn(s);
      s = r.state;
      for (const e of r.events) {
        if (e.type !== 'incidentRestored' || e.params['cause'] !== 'change') continue;
        n++;
        hours += Number(e.params['hours']);
        // Health check (0.1 h) plus an automated rollback (0.25 h × 0.5): nobody diagnosed it.
        if (Number(e.params['hours']) <= 0.23) undiagnosed++;
      }
    }
    const m = summarize(s, 2);
    failed += m.changeFailureRate * m.deploys;
    deploys += m.deploys;
  }
  return { n, restore: hours / n, undiagnosed, cfr: failed / deploys };
}

describe('self-healing', () => {
  const before = changeIncidents(company([]));
  const healing = changeIncidents(company(['automated-recovery']));

  it('automated recovery rolls back a deploy its health checks see, before anyone diagnoses it (SRE book: automated rollback)', () => {
    expect(before.n).toBeGreaterThan(40);
    expect(before.undiagnosed).toBe(0);
    expect(healing.undiagnosed).toBeGreaterThan(healing.n * 0.3);
    expect(healing.restore).toBeLessThan(before.restore * 0.8);
  });

  it('continuous operation (blue-green) meets the production environment before users do: fewer failed deploys', () => {
    const blueGreen = changeIncidents(company(['automated-recovery', 'continuous-operation']));
    expect(blueGreen.cfr).toBeLessThan(healing.cfr * 0.9);
  });
});
