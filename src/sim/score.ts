// The balanced scorecard. Each turn earns up to 100 points from the four keys, availability against
// the SLO, revenue and morale, read over the recent window; the game's score is the sum. A weighted
// mean rewards every part, and a factor from the weakest of the four groups stops one number from
// carrying the rest: elite keys with a burnt-out team or a broken service score little.
import { BAND_RANK } from './dora.ts';
import { summarize } from './metrics.ts';
import type { DoraBands, GameState, TurnMetrics } from './types.ts';
import { marketSize } from './world.ts';

export interface ScoreParts {
  /** Each DORA key's band over the window, 0 (low or no data) … 1 (elite). */
  keys: Record<keyof DoraBands, number>;
  /** Availability against the SLO: 1 within it, 0 at twenty times the error budget spent. */
  availability: number;
  /** Revenue of the turn against three times what the market of the act pays a company of the start's size: room to grow. */
  revenue: number;
  morale: number;
  /** The four keys' mean. */
  keyMean: number;
  points: number;
}

const KEYS: (keyof DoraBands)[] = ['deployFrequency', 'leadTime', 'changeFailureRate', 'timeToRestore'];

/** Turns the keys are read over: about six months, at least the turn itself. */
export function scoreWindow(turnDays: number): number {
  const w = Math.round(180 / turnDays);
  return w < 1 ? 1 : w > 6 ? 6 : w;
}

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

/** The parts of the score of the turn that ends at history index `index` (default: the last). */
export function scoreParts(s: GameState, index = s.history.length - 1): ScoreParts {
  const turn = s.history[index]!;
  const w = scoreWindow(s.scenario.turnDays);
  const recent = summarize(s, index + 1 - w, index + 1);
  const keys = { deployFrequency: 0, leadTime: 0, changeFailureRate: 0, timeToRestore: 0 };
  // Nothing delivered: no key earns anything, however clean the (empty) record looks.
  // With deploys, only the time to restore can lack data: no failed change to restore from scores
  // as well as the best restore would.
  if (recent.deploys > 0) for (const k of KEYS) keys[k] = BAND_RANK[recent.bands[k] ?? 'elite'] / 3;
  const target = s.scenario.slo.target;
  const shortfall = target < 1 ? (1 - turn.availability) / (1 - target) : turn.availability < 1 ? 20 : 0;
  const availability = shortfall <= 1 ? 1 : clamp01(1 - (shortfall - 1) / 19);
  const bar = 3 * s.scenario.business.baseRevenuePerTurn * marketSize(s.scenario, index + 1);
  const revenue = bar > 0 ? clamp01(turn.revenue / bar) : 1;
  const morale = clamp01(turn.morale);
  const keyMean = (keys.deployFrequency + keys.leadTime + keys.changeFailureRate + keys.timeToRestore) / 4;
  let weakest = keyMean;
  for (const part of [availability, revenue, morale]) if (part < weakest) weakest = part;
  const mean = 0.5 * keyMean + 0.2 * availability + 0.15 * revenue + 0.15 * morale;
  return { keys, availability, revenue, morale, keyMean, points: 100 * mean * (0.5 + 0.5 * weakest) };
}

export function turnScore(s: GameState): number {
  return scoreParts(s).points;
}

/** The game's score so far: the sum of its turns' points. */
export function gameScore(history: readonly TurnMetrics[]): number {
  let total = 0;
  for (const t of history) total += t.score;
  return total;
}

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';

/** A grade against par, the best built-in strategy's score on the same seed. */
export function grade(score: number, par: number): Grade {
  if (!(par > 0)) return score > 0 ? 'A' : 'E';
  const r = score / par;
  return r >= 1 ? 'A' : r >= 0.85 ? 'B' : r >= 0.7 ? 'C' : r >= 0.5 ? 'D' : 'E';
}
