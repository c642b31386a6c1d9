// Moments: what a player must not miss after a turn. Each is a condition that began in the turn
// just played, never one that merely still holds, so a moment comes once and not every turn.
import type { DoraBand, GameState } from '../sim/types.ts';
import { summarize } from '../sim/index.ts';
import { recentWindow } from './recent-window.ts';
import { KEY_METRIC, type KeyId } from './turn-summary.ts';

export type Moment =
  | { kind: 'band'; key: KeyId; from: DoraBand; to: DoraBand; better: boolean }
  | { kind: 'errorBudget'; left: number }
  /** Money left, the last turn's costs, and how many such turns it pays for. */
  | { kind: 'moneyLow'; budget: number; cost: number; turns: number };

/** Money is low when it pays for fewer than this many turns of costs. */
export const MONEY_LOW_TURNS = 2;

const BAND_RANK: Record<DoraBand, number> = { low: 0, medium: 1, high: 2, elite: 3 };

function bands(s: GameState, end: number) {
  const [from, to] = recentWindow(s, end);
  return summarize(s, from, to).bands;
}

const moneyLow = (budget: number, cost: number): boolean => cost > 0 && budget < MONEY_LOW_TURNS * cost;

/** The moments of the turn that ended last (history's last entry); none before the first turn. */
export function turnMoments(s: GameState): Moment[] {
  const n = s.history.length;
  if (n === 0) return [];
  const last = s.history[n - 1]!;
  const prev = n > 1 ? s.history[n - 2]! : null;
  const moments: Moment[] = [];
  if (prev) {
    const before = bands(s, n - 1);
    const after = bands(s, n);
    for (const key of Object.keys(KEY_METRIC) as KeyId[]) {
      const from = before[key];
      const to = after[key];
      // A key's first grade, or its window emptying, is no move of its band.
      if (from !== null && to !== null && from !== to) moments.push({ kind: 'band', key, from, to, better: BAND_RANK[to] > BAND_RANK[from] });
    }
  }
  const budgetWas = prev ? prev.errorBudgetLeft : 1;
  if (last.errorBudgetLeft <= 0 && budgetWas > 0) moments.push({ kind: 'errorBudget', left: last.errorBudgetLeft });
  const wasLow = prev ? moneyLow(prev.budget, prev.cost) : false;
  if (moneyLow(last.budget, last.cost) && !wasLow) {
    moments.push({ kind: 'moneyLow', budget: last.budget, cost: last.cost, turns: Math.max(0, Math.floor(last.budget / last.cost)) });
  }
  return moments;
}
