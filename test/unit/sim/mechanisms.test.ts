// Unit tests of single mechanisms.
import { describe, expect, it } from 'vitest';
import { heapPop, heapPush } from '../../../src/sim/heap.ts';
import { ln } from '../../../src/sim/mathx.ts';
import { exponential, seedStreams, uniform } from '../../../src/sim/rng.ts';
import { computeReach } from '../../../src/sim/ops/systems.ts';
import {
  advanceTurn, changeFailureRateBand, createGame, deployFrequencyBand, leadTimeBand, mechanisms,
  PRACTICES, practiceById, summarize, timeToRestoreBand,
} from '../../../src/sim/index.ts';
import { doraBands } from '../../../src/sim/dora.ts';
import { loadShippedScenario } from '../../../src/cli/scenario-files.ts';
import { journey, quiet } from './helpers.ts';

describe('numerics', () => {
  it('ln matches Math.log closely while using only exact operations', () => {
    for (const x of [1e-9, 0.001, 0.3, 0.5, 0.999, 1, 1.5, 2, 10, 12345.678, 1e12]) {
      expect(Math.abs(ln(x) - Math.log(x))).toBeLessThan(1e-12 * Math.max(1, Math.abs(Math.log(x))));
    }
  });

  it('streams are independent and uniform draws lie in [0, 1)', () => {
    const r = seedStreams(42);
    expect(r['arrivals']).not.toEqual(r['ops']);
    let sum = 0;
    for (let i = 0; i < 20000; i++) { const u = uniform(r['work']!); expect(u).toBeGreaterThanOrEqual(0); expect(u).toBeLessThan(1); sum += u; }
    expect(sum / 20000).toBeCloseTo(0.5, 1);
    let e = 0;
    for (let i = 0; i < 20000; i++) e += exponential(r['ops']!, 3);
    expect(e / 20000).toBeCloseTo(3, 0);
  });

  it('the event heap pops in time order, ties by sequence', () => {
    const h: number[] = [];
    const times = [5, 1, 3, 3, 9, 0, 2];
    times.forEach((t, i) => heapPush(h, t, i, 0, i));
    const out = [0, 0, 0, 0];
    const seen: number[] = [];
    while (h.length > 0) { heapPop(h, out); seen.push(out[0]!, out[1]!); }
    expect(seen).toEqual([0, 5, 1, 1, 2, 6, 3, 2, 3, 3, 5, 0, 9, 4]);
  });
});

describe('catalog', () => {
  it('names every practice of the seed talks with cost, J-curve and known prerequisites', () => {
    const required = ['continuous-integration', 'continuous-deployment', 'release-management', 'automated-testing',
      'self-managing-teams', 'planning-chats', 'feature-crews', 'sprint-rituals', 'scaled-agile', 'team-rooms',
      'user-telemetry', 'usage-monitoring', 'stakeholder-feedback', 'ab-testing', 'testing-in-production', 'feature-flags',
      'code-metrics', 'peer-code-reviews', 'continuous-unit-testing', 'application-performance-management',
      'configuration-management', 'infrastructure-as-code', 'automated-recovery', 'continuous-delivery',
      'developer-sandboxing', 'cloud-dev-test-labs', 'containerization', 'microservices', 'autoscaling', 'failover',
      'shared-libraries', 'consistent-naming', 'standard-provisioning', 'standard-configuration', 'one-deploy-toolchain',
      'central-logging-alerting', 'engineering-onboarding', 'security-training', 'security-requirements', 'threat-modelling',
      'design-review', 'security-unit-tests', 'sast', 'sca', 'dast', 'iast', 'vulnerability-assessment', 'security-as-code',
      'rasp', 'ng-waf', 'red-team', 'wip-limits', 'small-batches', 'trunk-based-development', 'lightweight-approval',
      'blameless-postmortems', 'noops', 'bizdevops', 'distributed-ops', 'continuous-planning', 'continuous-experimentation'];
    for (const id of required) expect(practiceById(id), id).toBeDefined();
    for (const p of PRACTICES) {
      expect(p.adoptionTurns).toBeGreaterThan(0);
      for (const r of p.requires) expect(practiceById(r), `${p.id} requires ${r}`).toBeDefined();
    }
    expect(practiceById('continuous-delivery')!.requires).toEqual(expect.arrayContaining(['continuous-integration', 'automated-testing']));
    expect(practiceById('autoscaling')!.requires).toEqual(['infrastructure-as-code', 'containerization']);
    expect(practiceById('ab-testing')!.requires).toEqual(['user-telemetry', 'feature-flags']);
  });

  it('practices change mechanisms only once adopted (after the J-curve dip)', () => {
    let s = createGame(quiet(journey, {}), 1);
    const before = mechanisms(s).reviewDetect;
    s = { ...s, practices: { adopted: [], adopting: [{ id: 'peer-code-reviews', turnsLeft: 1 }], settling: [] } };
    expect(mechanisms(s).reviewDetect).toBe(before);
    s = advanceTurn(s).state;
    expect(mechanisms(s).reviewDetect).toBeGreaterThan(before);
  });
});

describe('systems', () => {
  it('an outage of a shared dependency reaches every request that needs it', () => {
    // The MOOC's two front doors: 95% of requests to the courses (LMS), 5% to the studio (CMS).
    const { systems } = loadShippedScenario('mooc-launch-day');
    const reach = computeReach(systems);
    const index = (id: string): number => systems.findIndex((s) => s.id === id);
    expect(reach[index('mysql')]).toBeCloseTo(1);
    expect(reach[index('gunicorn-lms')]).toBeCloseTo(0.95);
    expect(reach[index('gunicorn-cms')]).toBeCloseTo(0.05);
    expect(reach[index('celery')]).toBeLessThan(0.1);
  });
});

describe('DORA thresholds', () => {
  it('band the four keys', () => {
    expect(deployFrequencyBand(3)).toBe('elite');
    expect(deployFrequencyBand(1 / 3)).toBe('high');
    expect(deployFrequencyBand(1 / 14)).toBe('medium');
    expect(deployFrequencyBand(1 / 90)).toBe('low');
    expect(leadTimeBand(2)).toBe('elite');
    expect(leadTimeBand(48)).toBe('high');
    expect(leadTimeBand(24 * 14)).toBe('medium');
    expect(leadTimeBand(24 * 90)).toBe('low');
    expect(changeFailureRateBand(0.05)).toBe('elite');
    expect(changeFailureRateBand(0.3)).toBe('medium');
    expect(changeFailureRateBand(0.5)).toBe('low');
    expect(timeToRestoreBand(0.5, 3)).toBe('elite');
    expect(timeToRestoreBand(5, 3)).toBe('high');
    expect(timeToRestoreBand(48, 3)).toBe('medium');
    expect(timeToRestoreBand(400, 3)).toBe('low');
  });

  it('gives no band to a window with nothing to grade: no deploy, no failed change restored', () => {
    expect(timeToRestoreBand(0, 0)).toBeNull();
    const idle = doraBands(0, 0, 0, 0, 0, 0);
    expect(idle).toEqual({ deployFrequency: 'low', leadTime: null, changeFailureRate: null, timeToRestore: null });
    const clean = doraBands(2, 3, 0, 0, 0, 40);
    expect(clean.changeFailureRate).toBe('elite');
    expect(clean.timeToRestore).toBeNull();
    // A whole game's first turn under the waterfall: no deploy yet, so no grade but deploy frequency.
    const s = advanceTurn(createGame(journey, 1)).state;
    const first = summarize(s);
    expect(first.deploys).toBe(0);
    expect([first.bands.leadTime, first.bands.changeFailureRate, first.bands.timeToRestore]).toEqual([null, null, null]);
  });
});

describe('error budget', () => {
  it('an outage keeps eating the budget while it lies inside the SLO window, and only then', () => {
    const sc = quiet(journey, {
      turns: 9, turnDays: 7, slo: { target: 0.999, windowDays: 28 },
      traffic: { ...journey.traffic, spikeChancePerTurn: 0, scheduledSpikes: [{ turn: 3, multiplier: 20, hours: 12 }] },
    });
    let s = createGame(sc, 1);
    while (s.status === 'running') s = advanceTurn(s).state;
    const h = s.history;
    expect(h.map((t) => t.availability < 1)).toEqual([false, false, true, false, false, false, false, false, false]);
    const budget = 0.001 * 28 * 1440;
    const left = 1 - (1 - h[2]!.availability) * 7 * 1440 / budget;
    // Four weekly turns in a 28-day window: the outage of the third counts until the sixth.
    for (const k of [2, 3, 4, 5]) expect(h[k]!.errorBudgetLeft).toBeCloseTo(left, 9);
    expect(left).toBeLessThan(0.9);
    for (const k of [0, 1, 6, 7, 8]) expect(h[k]!.errorBudgetLeft).toBe(1);
  });
});
