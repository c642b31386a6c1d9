// Plays the engine's built-in strategies over many seeds and says whether a scenario teaches what
// it should: somebody can win, doing nothing does not, and skill matters more than luck.
import { getMetrics, runGame, STRATEGIES } from '../sim/index.ts';
import type { DoraBand, DoraBands, GameState, ScenarioConfig } from '../sim/types.ts';
import { gameWon, metricOver } from './goals.ts';

export interface Distribution {
  p10: number;
  median: number;
  p90: number;
}

/** The figures a balance report shows per strategy; all metrics over the last third of the game. */
export const KEY_METRICS = {
  deploysPerDay: (s: GameState) => getMetrics(s).lastThird.deployFrequency,
  leadTimeHours: (s: GameState) => getMetrics(s).lastThird.leadTimeMean,
  changeFailureRate: (s: GameState) => getMetrics(s).lastThird.changeFailureRate,
  restoreHours: (s: GameState) => getMetrics(s).lastThird.restoreAllMean,
  availability: (s: GameState) => getMetrics(s).lastThird.availability,
  culture: (s: GameState) => metricOver(s, 'culture', 'lastThird'),
  morale: (s: GameState) => metricOver(s, 'morale', 'lastThird'),
  securityDebt: (s: GameState) => metricOver(s, 'securityDebt', 'final'),
  budget: (s: GameState) => s.money.budget,
} as const;
export type KeyMetric = keyof typeof KEY_METRICS;

export interface StrategyReport {
  strategy: string;
  games: number;
  winRate: number;
  bankruptRate: number;
  /** Per DORA key, the share of games that ended the last third in each band. */
  bands: Record<keyof DoraBands, Record<DoraBand, number>>;
  metrics: Record<KeyMetric, Distribution>;
}

export interface BalanceReport {
  scenario: string;
  seeds: number;
  seedStart: number;
  strategies: StrategyReport[];
  warnings: string[];
}

export interface BalanceOptions {
  seeds: number;
  seedStart: number;
  /** Names from the engine's STRATEGIES; all of them by default. */
  strategies?: string[];
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}

const distribution = (values: number[]): Distribution => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p10: quantile(sorted, 0.1), median: quantile(sorted, 0.5), p90: quantile(sorted, 0.9) };
};

export function playStrategy(config: ScenarioConfig, name: string, seeds: number, seedStart: number): StrategyReport {
  const strategy = STRATEGIES[name];
  if (!strategy) throw new Error(`unknown strategy '${name}'; the engine has ${Object.keys(STRATEGIES).join(', ')}`);
  const keys: (keyof DoraBands)[] = ['deployFrequency', 'leadTime', 'changeFailureRate', 'timeToRestore'];
  const bands = Object.fromEntries(keys.map((k) => [k, { low: 0, medium: 0, high: 0, elite: 0 }])) as StrategyReport['bands'];
  const values = Object.fromEntries(Object.keys(KEY_METRICS).map((k) => [k, [] as number[]])) as Record<KeyMetric, number[]>;
  let wins = 0;
  let bankrupt = 0;
  for (let seed = seedStart; seed < seedStart + seeds; seed++) {
    const end = runGame(config, seed, strategy);
    if (gameWon(end)) wins++;
    if (end.status === 'bankrupt') bankrupt++;
    const b = getMetrics(end).lastThird.bands;
    for (const k of keys) bands[k][b[k]] += 1 / seeds;
    for (const [k, f] of Object.entries(KEY_METRICS)) values[k as KeyMetric].push(f(end));
  }
  const metrics = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, distribution(v)])) as StrategyReport['metrics'];
  return { strategy: name, games: seeds, winRate: wins / seeds, bankruptRate: bankrupt / seeds, bands, metrics };
}

export function balance(config: ScenarioConfig, options: BalanceOptions): BalanceReport {
  const names = options.strategies ?? Object.keys(STRATEGIES);
  const strategies = names.map((n) => playStrategy(config, n, options.seeds, options.seedStart));
  return { scenario: config.id, seeds: options.seeds, seedStart: options.seedStart, strategies, warnings: balanceWarnings(config, strategies) };
}

/** The three ways a scenario fails its facilitator. Thresholds are judgement, stated in the messages. */
export function balanceWarnings(config: ScenarioConfig, reports: StrategyReport[]): string[] {
  const warnings: string[] = [];
  if (config.goals.length === 0) return ['the scenario has no goals, so nobody can win or lose it'];
  const best = [...reports].filter((r) => r.strategy !== 'random').sort((a, b) => b.winRate - a.winRate)[0];
  const by = (name: string) => reports.find((r) => r.strategy === name);
  if (reports.every((r) => r.winRate === 0)) warnings.push('unwinnable: no strategy met the goals in any game; loosen the goals or give the player more time or money');
  const idle = by('doNothing');
  if (idle && idle.winRate >= 0.2) warnings.push(`trivially winnable: doing nothing wins ${pct(idle.winRate)} of games; the goals do not ask for any change`);
  const random = by('random');
  if (best && random && best.winRate > 0 && random.winRate >= best.winRate - 0.1) {
    warnings.push(`luck dominates: random play wins ${pct(random.winRate)} of games, about as often as the best strategy (${best.strategy}, ${pct(best.winRate)})`);
  }
  if (best && best.winRate > 0.2 && best.winRate < 0.8) {
    warnings.push(`luck dominates: the best strategy (${best.strategy}) wins only ${pct(best.winRate)} of games; the same play should win or lose more reliably`);
  }
  return warnings;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
