// Failover: another node takes a dead machine's load. A service on one node gets a standby, which
// is paid like any node; without failover every dead machine is an outage someone restores.
import { describe, expect, it } from 'vitest';
import { createGame, practiceById } from '../../../src/sim/index.ts';
import { playTurnInPlace } from '../../../src/sim/engine.ts';
import type { ScenarioConfig, SimEvent } from '../../../src/sim/index.ts';
import { company, quiet } from './helpers.ts';

const faulty = (adopted: string[]): ScenarioConfig => {
  const q = quiet(company, {});
  return { ...q, practices: { ...q.practices, adopted }, tuning: { ...q.tuning, hardwareFaultsPerNodeYear: 20 } };
};

/** Outages from dead machines over n turns. */
function turns(config: ScenarioConfig, n: number): number {
  const s = createGame(config, 5);
  const events: SimEvent[] = [];
  for (let t = 0; t < n; t++) playTurnInPlace(s, events);
  const hardware = events.filter((e) => e.type === 'incident' && e.params['cause'] === 'hardware').length;
  return hardware;
}

describe('failover', () => {
  it('absorbs dead machines on every service, single-node ones included', () => {
    const single = company.systems.filter((svc) => svc.nodes === 1).length;
    expect(single).toBeGreaterThan(0);
    expect(turns(faulty([]), 6)).toBeGreaterThan(5);
    expect(turns(faulty(['failover']), 6)).toBe(0);
  });

  it('pays a standby node for every service that runs on one node', () => {
    const nodes = company.systems.reduce((a, svc) => a + svc.nodes, 0);
    const single = company.systems.filter((svc) => svc.nodes === 1).length;
    const cost = (adopted: string[]) => {
      const s = createGame(quiet({ ...company, practices: { ...company.practices, adopted } }, {}), 1);
      playTurnInPlace(s, null);
      return s.money.expenses;
    };
    const fee = practiceById('failover')!.costPerTurn;
    expect(cost(['failover']) - cost([])).toBeCloseTo(single * company.nodeCostPerTurn + fee, 6);
    expect(nodes).toBeGreaterThan(single);
  });
});
