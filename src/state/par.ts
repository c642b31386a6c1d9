import { gameScore, PAR_STRATEGIES, runGame, STRATEGIES } from '../sim/index.ts';
import type { ScenarioConfig } from '../sim/types.ts';

// Par on a seed is the better of the PAR_STRATEGIES there.
export { PAR_STRATEGIES };

export interface Par {
  strategy: (typeof PAR_STRATEGIES)[number];
  /** Par's score after each turn: cumulative[i] after turn i + 1. */
  cumulative: number[];
  total: number;
}

const memo = new WeakMap<ScenarioConfig, Map<number, Par>>();

/**
 * Par: the best built-in strategy's score on the same scenario, difficulty and seed, turn by turn.
 * Played once per session (a few milliseconds for a workshop scenario) and kept.
 */
export function parOf(scenario: ScenarioConfig, seed: number): Par {
  let bySeed = memo.get(scenario);
  if (!bySeed) memo.set(scenario, (bySeed = new Map()));
  const hit = bySeed.get(seed);
  if (hit) return hit;
  let best: Par | null = null;
  for (const strategy of PAR_STRATEGIES) {
    const history = runGame(scenario, seed, STRATEGIES[strategy]!).history;
    let run = 0;
    const cumulative = history.map((t) => (run += t.score));
    const total = gameScore(history);
    if (!best || total > best.total) best = { strategy, cumulative, total };
  }
  bySeed.set(seed, best!);
  return best!;
}

/** Par's score after `turns` turns (its final score once par's game is over). */
export function parAfter(par: Par, turns: number): number {
  if (turns <= 0) return 0;
  return par.cumulative[Math.min(turns, par.cumulative.length) - 1] ?? 0;
}
