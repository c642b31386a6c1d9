// Queueing and batch laws the flow must obey: Little, Kingman, Reinertsen, the CAB finding, and
// the blast radius of canaries and feature flags.
import { describe, expect, it } from 'vitest';
import { advanceTurn, createGame, runGame, STRATEGIES, summarize } from '../../../src/sim/index.ts';
import type { GameState, ScenarioConfig } from '../../../src/sim/index.ts';
import { journey, play, pooled, quiet } from './helpers.ts';

const DEVOPS_PRACTICES = [
  'peer-code-reviews', 'configuration-management', 'sprint-rituals', 'continuous-integration', 'automated-testing',
  'continuous-delivery', 'lightweight-approval',
];

function devopsCompany(patch: Partial<ScenarioConfig>): ScenarioConfig {
  return quiet(journey, {
    era: 'devops',
    practices: { adopted: DEVOPS_PRACTICES, offered: 'all' },
    policies: { ...journey.policies, cadence: { kind: 'continuous' }, approval: 'lightweight' },
    ...patch,
  });
}

function run(scenario: ScenarioConfig, seed: number, turns = scenario.turns): GameState {
  let s = createGame(scenario, seed);
  for (let t = 0; t < turns; t++) s = advanceTurn(s).state;
  return s;
}

describe("Little's law", () => {
  it('mean WIP ≈ throughput × mean cycle time in a steady state (±10%)', () => {
    const sc = devopsCompany({ turns: 60, policies: { ...journey.policies, cadence: { kind: 'interval', days: 14 }, approval: 'lightweight' } });
    for (const seed of [1, 2]) {
      const s = run(sc, seed);
      const m = summarize(s, 12, 60);
      const lambdaPerHour = m.throughput / 24;
      const predicted = lambdaPerHour * m.cycleTimeMean;
      expect(Math.abs(m.wip - predicted) / m.wip).toBeLessThan(0.1);
    }
  });
});

describe('Kingman', () => {
  const base = devopsCompany({ turns: 40, work: { ...journey.work, bugsPerTurn: 0, goodIdeaShare: 1, backlogCap: 100000 } });
  // Three seeds pooled: one game's failures and fixes are lumpy enough to hide the curve.
  const at = (features: number): GameState[] => [1, 2, 3].map((seed) => run({ ...base, work: { ...base.work, featuresPerTurn: features } }, seed));
  const mean = (games: GameState[], f: (s: GameState) => number): number => games.reduce((a, s) => a + f(s), 0) / games.length;
  const utilisation = (games: GameState[]): number => mean(games, (s) => summarize(s, 8, 40).utilisation);
  const wait = (games: GameState[]): number => mean(games, (s) => summarize(s, 8, 40).queueWaitMean);

  /** Arrival rate giving the wanted utilisation, by bisection on the measured utilisation. */
  function ratePer(target: number): number {
    let lo = 1, hi = 60;
    for (let i = 0; i < 10; i++) {
      const mid = (lo + hi) / 2;
      if (utilisation(at(mid)) < target) lo = mid; else hi = mid;
    }
    return (lo + hi) / 2;
  }

  it('raising utilisation from 70% to 95% multiplies the queue wait several times', () => {
    const s70 = at(ratePer(0.7));
    const s95 = at(ratePer(0.95));
    expect(utilisation(s70)).toBeGreaterThan(0.65);
    expect(utilisation(s95)).toBeGreaterThan(0.9);
    expect(wait(s95) / wait(s70)).toBeGreaterThanOrEqual(3);
  });
});

describe('batch size (Reinertsen)', () => {
  it('a more frequent release cadence shortens lead time and shrinks batches', () => {
    const lead = (days: number): [number, number] => {
      const sc = { ...journey, policies: { ...journey.policies, cadence: { kind: 'interval' as const, days } } };
      const m = pooled([1, 2, 3].map((seed) => runGame(sc, seed, STRATEGIES['doNothing']!)));
      return [m.leadTimeMean, m.changeVolume];
    };
    const [l180, v180] = lead(180);
    const [l90] = lead(90);
    const [l30, v30] = lead(30);
    expect(l90).toBeLessThan(l180);
    expect(l30).toBeLessThan(l90);
    expect(v30).toBeLessThan(v180);
  });

  it('automation lowers the cost of a release and the batch that ships', () => {
    const manual = pooled([1, 2].map((seed) => run(quiet(journey, { policies: { ...journey.policies, cadence: { kind: 'continuous' } } }), seed)));
    const automated = pooled([1, 2].map((seed) => run(devopsCompany({}), seed)));
    expect(automated.changeVolume).toBeLessThan(manual.changeVolume / 3);
  });
});

describe('slicing features into small changes', () => {
  it('ships more often, each change smaller and sooner, with fewer failed deploys per change', () => {
    const seeds = [1, 2, 3];
    const whole = pooled(seeds.map((seed) => run(devopsCompany({ turns: 24 }), seed)));
    const sliced = pooled(seeds.map((seed) => run(devopsCompany({
      turns: 24, practices: { adopted: [...DEVOPS_PRACTICES, 'small-batches', 'trunk-based-development'], offered: 'all' },
    }), seed)));
    expect(sliced.deployFrequency).toBeGreaterThan(2 * whole.deployFrequency);
    expect(sliced.cycleTimeMean).toBeLessThan(whole.cycleTimeMean / 2);
    expect(sliced.changeFailureRate).toBeLessThan(whole.changeFailureRate);
  });
});

describe('WIP limits (Reinertsen; DORA 2015 lean management)', () => {
  const withLimit = (limit: number | null, cadence: ScenarioConfig['policies']['cadence']) => {
    const sc = devopsCompany({
      practices: { adopted: [...DEVOPS_PRACTICES, 'wip-limits'], offered: 'all' },
      policies: { ...journey.policies, cadence, approval: 'lightweight', wipLimit: limit },
      work: { ...journey.work, featuresPerTurn: 14 },
    });
    const games = [1, 2, 3].map((seed) => run(sc, seed, 24));
    const mean = (f: (s: GameState) => number) => games.reduce((a, s) => a + f(s), 0) / games.length;
    return { cycle: mean((s) => summarize(s, 8, 24).cycleTimeMean), throughput: mean((s) => summarize(s, 8, 24).throughput) };
  };

  it('a limit that binds (three quarters of the team) cuts the mean cycle time clearly, and throughput stays within 5%', () => {
    const free = withLimit(null, { kind: 'continuous' });
    const limited = withLimit(Math.round(journey.team.developers * 0.75), { kind: 'continuous' });
    expect(limited.cycle / free.cycle).toBeLessThan(0.85);
    expect(Math.abs(limited.throughput / free.throughput - 1)).toBeLessThan(0.05);
  });

  it('counts features, not the slices they are committed in: under trunk-based development a binding limit keeps the features delivered within 5%', () => {
    // A slice waiting for its review is not a feature in progress; counted as one, it took the place
    // of the next feature and the limit starved the team (7% fewer features delivered).
    const features = (limit: number | null): number => {
      const sc = devopsCompany({
        practices: { adopted: [...DEVOPS_PRACTICES, 'wip-limits', 'small-batches', 'trunk-based-development'], offered: 'all' },
        policies: { ...journey.policies, cadence: { kind: 'continuous' }, approval: 'lightweight', wipLimit: limit },
        work: { ...journey.work, featuresPerTurn: 14 },
        stakes: { trustAvailability: 0, disruptedUsers: 0 },
      });
      let sum = 0;
      for (const seed of [1, 2, 3]) for (const t of run(sc, seed, 24).history.slice(8)) sum += t.freshFeatures;
      return sum;
    };
    const free = features(null);
    const limited = features(Math.round(journey.team.developers * 0.75));
    expect(Math.abs(limited / free - 1)).toBeLessThan(0.05);
  });

  it('counts the work at the team, not the work waiting for a release: a monthly release does not starve the team', () => {
    const monthly = { kind: 'interval' as const, days: 30 };
    const free = withLimit(null, monthly);
    const limited = withLimit(journey.team.developers, monthly);
    expect(Math.abs(limited.throughput / free.throughput - 1)).toBeLessThan(0.05);
    expect(limited.cycle).toBeLessThanOrEqual(free.cycle * 1.02);
  });
});

describe('slicing under a fixed release cadence', () => {
  it('leaves the commit-to-production lead time of a waterfall company about as it was: testing and releasing go by the amount of change, not the count of commits', () => {
    const company = { ...journey, stakes: { trustAvailability: 0, disruptedUsers: 0 } };
    const lead = (adopted: string[]): number => pooled([1, 2, 3, 4].map((seed) => runGame({ ...company, practices: { ...company.practices, adopted } }, seed, STRATEGIES['doNothing']!))).leadTimeMedian;
    const whole = lead([]);
    expect(lead(['small-batches']) / whole).toBeGreaterThan(0.85);
    expect(lead(['small-batches']) / whole).toBeLessThan(1.15);
    expect(lead(['continuous-integration', 'trunk-based-development']) / lead(['continuous-integration'])).toBeLessThan(1.15);
  });
});

describe('change advisory board (Accelerate)', () => {
  it('makes batches larger and lead times longer without lowering the change failure rate', () => {
    const seeds = [1, 2, 3, 4];
    const light = pooled(seeds.map((seed) => run(devopsCompany({}), seed)));
    const cab = pooled(seeds.map((seed) => run(devopsCompany({ policies: { ...journey.policies, cadence: { kind: 'continuous' }, approval: 'cab' } }), seed)));
    expect(cab.changeVolume).toBeGreaterThan(2 * light.changeVolume);
    expect(cab.leadTimeMean).toBeGreaterThan(5 * light.leadTimeMean);
    expect(cab.changeFailureRate).toBeGreaterThanOrEqual(light.changeFailureRate * 0.9);
  });

  it('adds about half its meeting cycle to the lead time, not a whole cycle: the next release is prepared while one waits', () => {
    const seeds = [1, 2, 3, 4];
    const light = pooled(seeds.map((seed) => run(devopsCompany({}), seed)));
    const cab = pooled(seeds.map((seed) => run(devopsCompany({ policies: { ...journey.policies, cadence: { kind: 'continuous' }, approval: 'cab' } }), seed)));
    const cycle = 14 * 24;
    const added = cab.leadTimeMean - light.leadTimeMean;
    expect(added).toBeGreaterThan(0.4 * cycle);
    expect(added).toBeLessThan(0.75 * cycle);
  });
});

describe('canaries and feature flags', () => {
  it('shrink the damage of a bad change (failing requests × hours) by about an order of magnitude', () => {
    // A canary shows the change to few users; a flag switches it off in minutes instead of a rollback.
    const damage = (practices: string[]): number => {
      let sum = 0, n = 0;
      for (const seed of [1, 2, 3, 4, 5, 6]) {
        let s = createGame(devopsCompany({ practices: { adopted: [...DEVOPS_PRACTICES, ...practices], offered: 'all' } }), seed);
        const impact = new Map<number, number>();
        for (let t = 0; t < 24; t++) {
          const r = advanceTurn(s);
          s = r.state;
          for (const e of r.events) {
            if (e.type === 'incident' && e.params['cause'] === 'change') impact.set(e.params['incident'] as number, e.params['impact'] as number);
            if (e.type === 'incidentRestored' && impact.has(e.params['incident'] as number)) {
              sum += impact.get(e.params['incident'] as number)! * (e.params['hours'] as number);
              n++;
            }
          }
        }
      }
      return sum / n;
    };
    const ratio = damage([]) / damage(['feature-flags', 'testing-in-production']);
    expect(ratio).toBeGreaterThanOrEqual(5);
    expect(ratio).toBeLessThanOrEqual(30);
  });
});

describe('all DevOps vs doing nothing', () => {
  it('CI and automated deploys cut the lead time by orders of magnitude', () => {
    expect(pooled([play('doNothing', 9)]).leadTimeMean).toBeGreaterThan(50 * pooled([play('allDevOps', 9)], 2 / 3).leadTimeMean);
  });
});
