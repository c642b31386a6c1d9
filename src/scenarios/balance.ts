// Plays the engine's built-in strategies and the scenario's own plays over many seeds and says
// whether a scenario teaches what it should: somebody can win, doing nothing does not, skill
// matters more than luck, and each lesson holds on the same seeds.
import { gameScore, getMetrics, runGame, STRATEGIES, type Strategy } from '../sim/index.ts';
import type { DoraBand, DoraBands, GameState, ScenarioConfig } from '../sim/types.ts';
import { firstTurnAllGoalsMet, gameWon, metricOver } from './goals.ts';
import type { LoadedScenario } from './load.ts';
import { playStrategy } from './plays.ts';

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
  /** A built-in strategy's name, or a play's id. */
  strategy: string;
  play: boolean;
  games: number;
  winRate: number;
  bankruptRate: number;
  /** Share of games lost, by how: bankrupt, lostTrust, disrupted. */
  losses: Record<string, number>;
  /** The game's score on the balanced scorecard (sum of the turns' points). */
  score: Distribution;
  /** Median turn after which every goal held on the turns so far, among games where that happened; null if never. */
  firstAllGoalsTurn: number | null;
  /** Median money spent in each third of the game's turns. */
  spendingByThird: [number, number, number];
  /** Per DORA key, the share of games that ended the last third in each band. */
  /** Share of games ending in each band, or with no data to grade ('none'). */
  bands: Record<keyof DoraBands, Record<DoraBand | 'none', number>>;
  metrics: Record<KeyMetric, Distribution>;
}

export interface LessonReport {
  id: string;
  better: string;
  worse: string;
  metric: string;
  expect: 'lower' | 'higher';
  betterMedian: number;
  worseMedian: number;
  /** Share of seeds on which `better` beat `worse`. */
  pairedWins: number;
  holds: boolean;
}

export interface BalanceReport {
  scenario: string;
  seeds: number;
  seedStart: number;
  strategies: StrategyReport[];
  lessons: LessonReport[];
  warnings: string[];
}

export interface BalanceOptions {
  seeds: number;
  seedStart: number;
  /** Which built-in strategies and plays to run; all of them by default (lessons add what they need). */
  only?: string[];
}

/** A lesson holds when `better` wins on at least this share of the same seeds. */
export const LESSON_PAIRED_SHARE = 0.75;

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

const DORA_KEYS: (keyof DoraBands)[] = ['deployFrequency', 'leadTime', 'changeFailureRate', 'timeToRestore'];

function play(
  config: ScenarioConfig,
  name: string,
  strategy: Strategy,
  isPlay: boolean,
  o: BalanceOptions,
  probes: LoadedScenario['lessons'],
): { report: StrategyReport; probes: number[][] } {
  const bands = Object.fromEntries(DORA_KEYS.map((k) => [k, { low: 0, medium: 0, high: 0, elite: 0, none: 0 }])) as StrategyReport['bands'];
  const values = Object.fromEntries(Object.keys(KEY_METRICS).map((k) => [k, [] as number[]])) as Record<KeyMetric, number[]>;
  const probed = probes.map(() => [] as number[]);
  let wins = 0;
  let bankrupt = 0;
  const losses: Record<string, number> = {};
  const scores: number[] = [];
  const firsts: number[] = [];
  const thirds: [number[], number[], number[]] = [[], [], []];
  for (let seed = o.seedStart; seed < o.seedStart + o.seeds; seed++) {
    const end = runGame(config, seed, strategy);
    if (gameWon(end)) wins++;
    if (end.status === 'bankrupt') bankrupt++;
    if (end.status !== 'ended' && end.status !== 'running') losses[end.status] = (losses[end.status] ?? 0) + 1 / o.seeds;
    scores.push(gameScore(end.history));
    const first = firstTurnAllGoalsMet(end);
    if (first !== null) firsts.push(first);
    const spent = [0, 0, 0];
    end.history.forEach((t, i) => { spent[Math.min(2, Math.floor((i * 3) / config.turns))]! += t.cost; });
    spent.forEach((v, k) => thirds[k]!.push(v));
    const b = getMetrics(end).lastThird.bands;
    for (const k of DORA_KEYS) bands[k][b[k] ?? 'none'] += 1 / o.seeds;
    for (const [k, f] of Object.entries(KEY_METRICS)) values[k as KeyMetric].push(f(end));
    probes.forEach((l, i) => probed[i].push(metricOver(end, l.metric, l.over)));
  }
  const metrics = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, distribution(v)])) as StrategyReport['metrics'];
  const median = (v: number[]) => distribution(v).median;
  return {
    report: {
      strategy: name, play: isPlay, games: o.seeds, winRate: wins / o.seeds, bankruptRate: bankrupt / o.seeds, losses,
      score: distribution(scores), firstAllGoalsTurn: firsts.length ? median(firsts) : null,
      spendingByThird: [median(thirds[0]), median(thirds[1]), median(thirds[2])], bands, metrics,
    },
    probes: probed,
  };
}

export function balance(scenario: Pick<LoadedScenario, 'config' | 'plays' | 'lessons'>, options: BalanceOptions): BalanceReport {
  const all: { name: string; strategy: Strategy; isPlay: boolean }[] = [
    ...Object.entries(STRATEGIES).map(([name, strategy]) => ({ name, strategy, isPlay: false })),
    ...scenario.plays.map((p) => ({ name: p.id, strategy: playStrategy(p), isPlay: true })),
  ];
  const needed = new Set([...(options.only ?? all.map((a) => a.name)), ...scenario.lessons.flatMap((l) => [l.better, l.worse])]);
  const runs = all.filter((a) => needed.has(a.name)).map((a) => ({ name: a.name, ...play(scenario.config, a.name, a.strategy, a.isPlay, options, scenario.lessons) }));
  const lessons = scenario.lessons.map((l, i): LessonReport => {
    const better = runs.find((r) => r.name === l.better)!.probes[i];
    const worse = runs.find((r) => r.name === l.worse)!.probes[i];
    const beats = better.filter((b, k) => (l.expect === 'lower' ? b < worse[k] : b > worse[k])).length / better.length;
    const bm = distribution(better).median;
    const wm = distribution(worse).median;
    return {
      id: l.id, better: l.better, worse: l.worse, metric: l.metric, expect: l.expect, betterMedian: bm, worseMedian: wm, pairedWins: beats,
      holds: beats >= LESSON_PAIRED_SHARE && (l.expect === 'lower' ? bm < wm : bm > wm),
    };
  });
  const strategies = runs.map((r) => r.report);
  return { scenario: scenario.config.id, seeds: options.seeds, seedStart: options.seedStart, strategies, lessons, warnings: balanceWarnings(scenario.config, strategies, lessons) };
}

/** The ways a scenario fails its facilitator. Thresholds are judgement, stated in the messages. */
export function balanceWarnings(config: ScenarioConfig, reports: StrategyReport[], lessons: LessonReport[]): string[] {
  const warnings: string[] = [];
  const by = (name: string) => reports.find((r) => r.strategy === name);
  if (config.goals.length === 0) warnings.push('the scenario has no goals, so nobody can win or lose it');
  else {
    const best = reports.filter((r) => r.strategy !== 'random').sort((a, b) => b.winRate - a.winRate)[0];
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
  }
  for (const l of lessons) {
    if (!l.holds) {
      warnings.push(`lesson '${l.id}' does not hold: ${l.better} should end with a ${l.expect} ${l.metric} than ${l.worse}, but it did on only ${pct(l.pairedWins)} of seeds (medians ${round(l.betterMedian)} vs ${round(l.worseMedian)})`);
    }
  }
  return warnings;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const round = (x: number) => Math.round(x * 1000) / 1000;
