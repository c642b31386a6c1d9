// The built-in players spend like a sensible company: they save for a core capability instead of
// buying every cheaper extra past it, which would keep the capability out of reach for turns.
import { describe, expect, it } from 'vitest';
import { createGame, STRATEGIES } from '../../../src/sim/index.ts';
import type { GameState, ScenarioConfig } from '../../../src/sim/index.ts';
import { journey, quiet } from './helpers.ts';

// Everything the all-DevOps company takes before continuous delivery, in a DevOps-era company of 2010.
const BEFORE_CD = [
  'peer-code-reviews', 'configuration-management', 'release-management', 'sprint-rituals', 'continuous-integration',
  'automated-testing', 'small-batches', 'trunk-based-development', 'lightweight-approval', 'wip-limits',
  'application-performance-management', 'central-logging-alerting',
];

function company(patch: Partial<ScenarioConfig>, cashAboveReserve: number): GameState {
  const sc = quiet(journey, {
    era: 'devops', startYear: 2010, acts: [{ turn: 1, year: 2010, users: 1, rival: 1, shelfLifeDays: 3650, attackers: 1 }],
    practices: { adopted: BEFORE_CD, offered: 'all' }, ...patch,
  });
  const s = createGame(sc, 1);
  const people = s.team.developers + s.team.testers + s.team.operations;
  s.money.budget = 3 * people * sc.team.salaryPerTurn + cashAboveReserve;
  return s;
}

const adoptions = (s: GameState): string[] =>
  STRATEGIES['allDevOps']!(s).flatMap((c) => (c.type === 'adoptPractice' ? [c.practice] : []));

describe('the all-DevOps player', () => {
  it('saves for continuous delivery when its price is not there yet, instead of buying cheaper extras past it', () => {
    const s = company({}, 100_000);
    expect(adoptions(s)).toEqual([]);
    s.money.budget += 100_000;
    expect(adoptions(s)[0]).toBe('continuous-delivery');
  });

  it('does not wait for a capability that costs more than all its cash: it buys what it can meanwhile', () => {
    // At twenty times the catalog's prices continuous delivery costs 3 M; code metrics, 600 k.
    const offered = [...BEFORE_CD, 'continuous-delivery', 'code-metrics'];
    const s = company({ practices: { adopted: BEFORE_CD, offered, priceScale: 20 } }, 700_000);
    expect(s.money.budget).toBeLessThan(3_000_000);
    expect(adoptions(s)).toEqual(['code-metrics']);
  });
});
