// DORA 2018's J-curve: automation first raises the manual work around it (the old steps run beside
// the new ones, and a new suite on legacy code raises false alarms), so things get worse before
// they get better. Measured on the charts a player reads: lead time and throughput per turn.
import { describe, expect, it } from 'vitest';
import { advanceTurn, applyCommand, createGame } from '../../../src/sim/index.ts';
import type { GameState, TurnMetrics } from '../../../src/sim/index.ts';
import { agile } from './helpers.ts';

const SEEDS = [1, 2, 3, 4, 5, 6];
/** The command goes in before this turn; three turns of adoption, so it lands at the start of turn 8. */
const ADOPT = 6;
const LANDS = 8;

function adopting(seed: number): TurnMetrics[] {
  let s: GameState = createGame(agile, seed);
  for (let t = 0; t < agile.turns; t++) {
    if (t === ADOPT) {
      const r = applyCommand(s, { type: 'adoptPractice', practice: 'automated-testing' });
      if (!r.ok) throw new Error(r.reason.code);
      s = r.state;
    }
    s = advanceTurn(s).state;
  }
  return s.history;
}

/** Each turn's value, averaged over the seeds (a chart of one game wobbles by a tenth). */
function perTurn(games: TurnMetrics[][], key: 'leadTimeMedian' | 'throughput'): number[] {
  return games[0]!.map((_, t) => games.reduce((sum, h) => sum + h[t]![key], 0) / games.length);
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('the J-curve (DORA 2018)', () => {
  const games = SEEDS.map(adopting);
  const lead = perTurn(games, 'leadTimeMedian');
  const throughput = perTurn(games, 'throughput');
  // Before: the three turns before the command. After: once the suite is trusted.
  const leadBefore = mean(lead.slice(ADOPT - 3, ADOPT));
  const throughputBefore = mean(throughput.slice(ADOPT - 3, ADOPT));
  const figures = JSON.stringify({ lead: lead.map(Math.round), throughput: throughput.map((x) => Math.round(x * 100) / 100) });

  it('a big adoption first makes things worse: adopting automated testing, lead time is worse than before for one to three turns, then far better', () => {
    const worse = lead.map((l, t) => (t >= LANDS && l > leadBefore * 1.1 ? t : -1)).filter((t) => t >= 0);
    expect(worse.length, figures).toBeGreaterThanOrEqual(1);
    // Deep enough to see on the chart: a fifth or more above before at its worst.
    expect(Math.max(...lead.slice(LANDS, LANDS + 3)), figures).toBeGreaterThanOrEqual(leadBefore * 1.2);
    expect(worse.length, figures).toBeLessThanOrEqual(3);
    // The dip comes first, right after the suite lands, and the gain follows it.
    expect(worse[0], figures).toBeLessThanOrEqual(LANDS + 2);
    const better = lead.findIndex((l, t) => t >= LANDS && l < leadBefore * 0.6);
    expect(better, figures).toBeGreaterThan(worse[worse.length - 1]!);
    expect(mean(lead.slice(-4)), figures).toBeLessThan(leadBefore * 0.6);
  });

  it('a player sees it in most games: in at least 15 of 20, lead time is a tenth or more above before in one of the three turns after it lands', () => {
    const peaks = Array.from({ length: 20 }, (_, k) => {
      const h = adopting(k + 1);
      const before = mean(h.slice(ADOPT - 3, ADOPT).map((m) => m.leadTimeMedian));
      return Math.max(...h.slice(LANDS, LANDS + 3).map((m) => m.leadTimeMedian)) / before;
    });
    const figures = peaks.map((p) => p.toFixed(2)).join(' ');
    expect(peaks.filter((p) => p >= 1.1).length, figures).toBeGreaterThanOrEqual(15);
  });

  it('throughput dips too while the suite settles: the two turns after it lands ship a tenth less than before, then it catches up', () => {
    for (const t of [LANDS, LANDS + 1]) expect(throughput[t], figures).toBeLessThan(throughputBefore * 0.9);
    // What waited ships: over the dip and the turns after it, as much goes out as before.
    expect(mean(throughput.slice(LANDS)), figures).toBeGreaterThanOrEqual(throughputBefore * 0.95);
  });
});
