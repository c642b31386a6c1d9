// Checks against published results (GAME.md §4). Each can fail if the mechanisms drift.
import { describe, expect, it } from 'vitest';
import { advanceTurn, BAND_RANK, createGame } from '../../../src/sim/index.ts';
import type { DoraBand, DoraBands } from '../../../src/sim/index.ts';
import { company, journey, play, pooled } from './helpers.ts';

const SEEDS = [1, 2, 3, 4, 5, 6];
const doNothing = SEEDS.map((seed) => play('doNothing', seed));
const allDevOps = SEEDS.map((seed) => play('allDevOps', seed));
const withoutAi = { ...company, practices: { ...company.practices, offered: (company.practices.offered as string[]).filter((p) => p !== 'ai-assisted-coding') } };

function atLeast(bands: DoraBands, band: DoraBand): boolean {
  return (Object.values(bands) as DoraBand[]).every((b) => BAND_RANK[b] >= BAND_RANK[band]);
}

describe('DORA bands', () => {
  it('doing nothing in the waterfall start lands in the low band on all four keys', () => {
    const m = pooled(doNothing);
    expect(m.bands).toEqual({ deployFrequency: 'low', leadTime: 'low', changeFailureRate: 'low', timeToRestore: 'low' });
    expect(m.deployFrequency).toBeGreaterThanOrEqual(1 / 180);
    expect(m.leadTimeMean).toBeGreaterThanOrEqual(30 * 24);
    expect(m.leadTimeMean).toBeLessThanOrEqual(183 * 24);
    expect(m.changeFailureRate).toBeGreaterThanOrEqual(0.4);
    expect(m.changeFailureRate).toBeLessThanOrEqual(0.75);
    expect(m.restoreChangeMean).toBeGreaterThanOrEqual(7 * 24);
  });

  it('all DevOps practices reach high or elite on every key after the J-curve (last third)', () => {
    for (const s of allDevOps) {
      const last = pooled([s], 2 / 3);
      expect(atLeast(last.bands, 'high'), JSON.stringify(last.bands)).toBe(true);
    }
  });

  it('all DevOps practices ship on demand: at least a deploy a day in the last third', () => {
    expect(pooled(allDevOps, 2 / 3).deployFrequency).toBeGreaterThanOrEqual(1);
  });

  it('the elite/low ratios are those DORA publishes (2018-2024), over the last third of the game', () => {
    // Both companies over the same turns: the last third, when the DevOps company is past its J-curve.
    const low = pooled(doNothing, 2 / 3);
    const high = pooled(allDevOps, 2 / 3);
    const deploys = high.deployFrequency / low.deployFrequency;
    const lead = low.leadTimeMedian / high.leadTimeMedian;
    const failures = low.changeFailureRate / high.changeFailureRate;
    const restore = low.restoreChangeMean / high.restoreChangeMean;
    const figures = JSON.stringify({ deploys, lead, failures, restore });
    expect(deploys, figures).toBeGreaterThanOrEqual(46);
    expect(deploys, figures).toBeLessThanOrEqual(973);
    expect(lead, figures).toBeGreaterThanOrEqual(100);
    expect(failures, figures).toBeGreaterThanOrEqual(3);
    expect(failures, figures).toBeLessThanOrEqual(8);
    expect(restore, figures).toBeGreaterThanOrEqual(24);
    // DORA's elite still fail about one change in twenty.
    expect(high.changeFailureRate).toBeGreaterThanOrEqual(0.03);
    expect(high.changeFailureRate).toBeLessThanOrEqual(0.08);
  });

  it('service times vary: the elite lead time differs from game to game, and its 90th percentile is well above its median (last third)', () => {
    const medians = allDevOps.map((s) => pooled([s], 2 / 3).leadTimeMedian);
    expect(new Set(medians.map((m) => m.toFixed(3))).size).toBeGreaterThan(3);
    for (const s of allDevOps) {
      const last = s.history.slice(Math.floor(s.history.length * 2 / 3));
      const p90 = last.map((t) => t.leadTimeP90).sort((x, y) => x - y)[Math.floor(last.length / 2)]!;
      expect(p90).toBeGreaterThan(1.4 * pooled([s], 2 / 3).leadTimeMedian);
    }
  });

  it("availability follows from the incidents: their impact × duration, and a manual deploy's downtime, over the game", () => {
    // Doing nothing: deploys by hand (4 h of downtime each), no practice changes that.
    for (const seed of [1, 2, 3]) {
      let s = createGame(company, seed);
      const impact = new Map<number, number>();
      let lost = 0;
      let deploys = 0;
      for (let t = 0; t < s.scenario.turns; t++) {
        const r = advanceTurn(s);
        s = r.state;
        for (const e of r.events) {
          if (e.type === 'incident') impact.set(e.params['incident'] as number, e.params['impact'] as number);
          if (e.type === 'incidentRestored') lost += (impact.get(e.params['incident'] as number) ?? 0) * (e.params['hours'] as number);
          if (e.type === 'deploy') deploys++;
        }
      }
      for (const inc of s.ops.open) lost += inc.impact * (s.turn * s.scenario.turnDays * 24 - inc.startAt);
      lost += deploys * 4;
      const hours = s.turn * s.scenario.turnDays * 24;
      const measured = s.history.reduce((a, t) => a + (1 - t.availability), 0) / s.history.length;
      expect(measured, `seed ${seed}`).toBeCloseTo(lost / hours, 2);
    }
  });

  it("doing nothing is down 1-5% of the time over the game, as its own DORA figures imply (monthly-to-yearly deploys, half failing, days to restore, partial impact)", () => {
    const m = pooled(doNothing);
    expect(m.availability).toBeGreaterThanOrEqual(0.95);
    expect(m.availability).toBeLessThanOrEqual(0.99);
  });

  it('no company deploys without ever failing: all DevOps fails 1-15% of its changes (last third)', () => {
    const high = pooled(allDevOps, 2 / 3);
    expect(high.changeFailureRate).toBeGreaterThanOrEqual(0.01);
    expect(high.changeFailureRate).toBeLessThanOrEqual(0.15);
  });

  it('rework: deploys made only because of an incident are a few percent with DevOps, most deploys without', () => {
    const low = pooled(doNothing);
    const high = pooled(allDevOps, 2 / 3);
    expect(high.reworkRate).toBeGreaterThan(0);
    expect(high.reworkRate).toBeLessThanOrEqual(high.changeFailureRate * 2);
    expect(low.reworkRate).toBeGreaterThan(0.3);
  });

  it('low performers spend less of their time on new work than the DevOps company', () => {
    expect(pooled(doNothing).newWorkShare).toBeLessThan(pooled(allDevOps, 2 / 3).newWorkShare);
  });

  it('time split of the published order: low ~30% new work, elite ~50% (last third)', () => {
    // DORA's figure is for a DevOps company of its time: without the AI assistants of the last act,
    // whose extra defects turn into rework (see the AI test in calendar.test.ts).
    const devops = SEEDS.map((seed) => play('allDevOps', seed, withoutAi));
    const low = pooled(doNothing, 2 / 3).newWorkShare;
    const high = pooled(devops, 2 / 3).newWorkShare;
    expect(low).toBeGreaterThanOrEqual(0.25);
    expect(low).toBeLessThanOrEqual(0.4);
    expect(high).toBeGreaterThanOrEqual(0.45);
    expect(high).toBeLessThanOrEqual(0.6);
  });

  it('with poor change practices most outages come from changes (SRE book: ~70%)', () => {
    let change = 0, all = 0;
    for (const s of doNothing) for (const t of s.history) { change += t.changeIncidents; all += t.incidents; }
    expect(change / all).toBeGreaterThanOrEqual(0.5);
    expect(change / all).toBeLessThanOrEqual(0.85);
  });

  it('the default scenario is the 1995 waterfall company', () => {
    expect(journey.era).toBe('waterfall');
    expect(journey.policies.approval).toBe('cab');
  });
});
