// Plays the engine's built-in strategies and the scenario's own plays over many seeds and says
// whether a scenario teaches what it should: somebody can win, doing nothing does not, skill
// matters more than luck, and each lesson holds on the same seeds. Each game becomes a small
// record (recordGames), so seeds can be split between worker threads and the records joined.
import { applyCommand, gameScore, getMetrics, hashState, practiceById, practicePrice, runGame, STRATEGIES, type Strategy } from '../sim/index.ts';
import type { DoraBand, DoraBands, GameState, ScenarioConfig } from '../sim/types.ts';
import { firstTurnAllGoalsMet, gameWon, goalMet, metricOver } from './goals.ts';
import type { LoadedScenario } from './load.ts';
import { playStrategy } from './plays.ts';
import { toCommand } from './to-engine.ts';

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

export interface LossReport {
  /** Share of all games lost this way. */
  share: number;
  /** Median turn the game was lost at. */
  medianTurn: number;
  /** The most common cause among these games, and its share of them. */
  cause: string;
  causeShare: number;
}

export interface RefusedMove {
  /** The move as the play writes it, with its turn. */
  move: string;
  /** Share of games in which the engine refused it every time it was tried. */
  neverShare: number;
  /** The engine's most common reason (a `reason.*` code). */
  reason: string;
}

export interface StrategyReport {
  /** A built-in strategy's name, or a play's id. */
  strategy: string;
  play: boolean;
  games: number;
  winRate: number;
  bankruptRate: number;
  /** Share of games lost, by how: bankrupt, lostTrust, disrupted. */
  losses: Record<string, number>;
  /** Per way of losing: when and why. */
  lossDetails: Record<string, LossReport>;
  /** Per goal (by id), the share of games that met it at the end. */
  goalPassRates: Record<string, number>;
  /** A play's moves that never took effect in some games (plays only). */
  refused: RefusedMove[];
  /** The game's score on the balanced scorecard (sum of the turns' points). */
  score: Distribution;
  /** Median turn after which every goal held on the turns so far, among games where that happened; null if never. */
  firstAllGoalsTurn: number | null;
  /** Median money spent in each third of the game's turns. */
  spendingByThird: [number, number, number];
  /** Per DORA key, the share of games that ended the last third in each band, or with no data to grade ('none'). */
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
  /** Groups of strategies that ended every game in the same state: they played identically. */
  identical: string[][];
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
/** "Trivially winnable" when doing nothing wins at least this share of games. */
export const IDLE_WIN_SHARE = 0.2;
/** "Luck dominates" when random play wins within this many points of the best strategy's win rate… */
export const RANDOM_MARGIN = 0.1;
/** …or when the best strategy wins more often than the lower and less often than the upper share. */
export const LUCK_BAND: readonly [number, number] = [0.2, 0.8];
/** A play's move is reported when it never took effect in at least this share of games. */
export const REFUSED_SHARE = 0.5;

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

type Scenario = Pick<LoadedScenario, 'config' | 'plays' | 'lessons'> & Partial<Pick<LoadedScenario, 'goals'>>;

/** What one game tells the report: plain data, so a worker thread can send it back. */
export interface GameRecord {
  won: boolean;
  status: string;
  turn: number;
  /** Why a lost game was lost (see lossCause); empty when it was not. */
  cause: string;
  score: number;
  first: number | null;
  spent: [number, number, number];
  bands: Record<keyof DoraBands, DoraBand | 'none'>;
  metrics: Record<KeyMetric, number>;
  probes: number[];
  goals: boolean[];
  hash: string;
  /** A play's moves (labels) that the engine refused every time, with its reason. */
  refused: Record<string, string>;
}

/**
 * Why a game was lost. Bankrupt: the largest cost of its last turn (people, practices,
 * infrastructure, downtime), or revenue when costs stayed small; lost trust: availability over
 * the SLO window; disrupted: the rival took the market.
 */
export function lossCause(end: GameState): string {
  if (end.status === 'lostTrust') return 'availability below the trust threshold';
  if (end.status === 'disrupted') return 'users lost to the rival';
  if (end.status !== 'bankrupt') return '';
  const sc = end.scenario;
  const last = end.history[end.history.length - 1];
  const people = (end.team.developers + end.team.testers + end.team.operations) * sc.team.salaryPerTurn;
  let practices = 0;
  for (const id of end.practices.adopted) { const def = practiceById(id); if (def) practices += practicePrice(sc, def).perTurn; }
  let nodes = 0;
  for (const n of end.ops.nodes) nodes += n;
  const downtime = last ? (1 - last.availability) * sc.turnDays * 24 * sc.business.downtimeCostPerHour : 0;
  const costs: [string, number][] = [['salaries', people], ['practices per turn', practices], ['infrastructure', nodes * sc.nodeCostPerTurn], ['downtime', downtime]];
  costs.sort((a, b) => b[1] - a[1]);
  return last && last.revenue >= costs[0]![1] ? 'spending on adoptions and hires' : `${costs[0]![0]} above revenue`;
}

/** The play's moves as their authors wrote them, keyed by the engine command they become. */
function moveLabels(play: Scenario['plays'][number]): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of play.moves) for (const c of m.do) out.set(JSON.stringify(toCommand(c)), `turn ${m.turn}: ${JSON.stringify(c)}`);
  return out;
}

/** Runs `strategy` as runGame does and notes each move of `labels` the engine refused every time. */
function watched(strategy: Strategy, labels: Map<string, string>, refused: Map<string, string>, took: Set<string>): Strategy {
  return (s) => {
    const out = strategy(s);
    let st = s;
    for (const c of out) {
      const r = applyCommand(st, c);
      const label = labels.get(JSON.stringify(c));
      if (r.ok) {
        st = r.state;
        if (label) took.add(label);
      } else if (label && !took.has(label)) refused.set(label, r.reason.code);
    }
    return out;
  };
}

export function recordGame(scenario: Scenario, strategy: Strategy, seed: number, labels: Map<string, string> | null): GameRecord {
  const config = scenario.config;
  const refused = new Map<string, string>();
  const took = new Set<string>();
  const end = runGame(config, seed, labels ? watched(strategy, labels, refused, took) : strategy);
  const spent: [number, number, number] = [0, 0, 0];
  end.history.forEach((t, i) => { spent[Math.min(2, Math.floor((i * 3) / config.turns))] += t.cost; });
  const b = getMetrics(end).lastThird.bands;
  return {
    won: gameWon(end), status: end.status, turn: end.turn, cause: lossCause(end), score: gameScore(end.history),
    first: firstTurnAllGoalsMet(end), spent,
    bands: Object.fromEntries(DORA_KEYS.map((k) => [k, b[k] ?? 'none'])) as GameRecord['bands'],
    metrics: Object.fromEntries(Object.entries(KEY_METRICS).map(([k, f]) => [k, f(end)])) as GameRecord['metrics'],
    probes: scenario.lessons.map((l) => metricOver(end, l.metric, l.over)),
    goals: config.goals.map((g) => goalMet(end, g)),
    hash: hashState(end),
    refused: Object.fromEntries([...refused].filter(([label]) => !took.has(label))),
  };
}

/** The strategies and plays a report runs, by name. */
export function contenders(scenario: Scenario, only?: string[]): { name: string; strategy: Strategy; isPlay: boolean; labels: Map<string, string> | null }[] {
  const all = [
    ...Object.entries(STRATEGIES).map(([name, strategy]) => ({ name, strategy, isPlay: false, labels: null })),
    ...scenario.plays.map((p) => ({ name: p.id, strategy: playStrategy(p), isPlay: true, labels: moveLabels(p) })),
  ];
  const needed = new Set([...(only ?? all.map((a) => a.name)), ...scenario.lessons.flatMap((l) => [l.better, l.worse])]);
  return all.filter((a) => needed.has(a.name));
}

/** Every contender's game records on seeds [from, to), in seed order: the work a worker thread does. */
export function recordGames(scenario: Scenario, only: string[] | undefined, from: number, to: number): Record<string, GameRecord[]> {
  const out: Record<string, GameRecord[]> = {};
  for (const c of contenders(scenario, only)) {
    const records: GameRecord[] = [];
    for (let seed = from; seed < to; seed++) records.push(recordGame(scenario, c.strategy, seed, c.labels));
    out[c.name] = records;
  }
  return out;
}

export const median = (v: number[]): number => distribution(v).median;

function mostCommon(values: string[]): [string, number] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1])[0];
  return top ? [top[0], top[1] / values.length] : ['', 0];
}

function strategyReport(scenario: Scenario, name: string, isPlay: boolean, records: GameRecord[]): StrategyReport {
  const n = records.length;
  const bands = Object.fromEntries(DORA_KEYS.map((k) => [k, { low: 0, medium: 0, high: 0, elite: 0, none: 0 }])) as StrategyReport['bands'];
  for (const r of records) for (const k of DORA_KEYS) bands[k][r.bands[k]] += 1 / n;
  const losses: Record<string, number> = {};
  const lossDetails: Record<string, LossReport> = {};
  for (const status of [...new Set(records.map((r) => r.status))].filter((st) => st !== 'ended' && st !== 'running').sort()) {
    const lost = records.filter((r) => r.status === status);
    const [cause, causeShare] = mostCommon(lost.map((r) => r.cause));
    losses[status] = lost.length / n;
    lossDetails[status] = { share: lost.length / n, medianTurn: median(lost.map((r) => r.turn)), cause, causeShare };
  }
  const goalPassRates = Object.fromEntries(scenario.config.goals.map((_, i) => [scenario.goals?.[i]?.id ?? `goal ${i + 1}`, records.filter((r) => r.goals[i]).length / n]));
  const refusedLabels = [...new Set(records.flatMap((r) => Object.keys(r.refused)))];
  const refused = refusedLabels.map((move) => {
    const games = records.filter((r) => move in r.refused);
    return { move, neverShare: games.length / n, reason: mostCommon(games.map((r) => r.refused[move]!))[0] };
  }).filter((m) => m.neverShare >= REFUSED_SHARE).sort((a, b) => b.neverShare - a.neverShare);
  const firsts = records.flatMap((r) => (r.first === null ? [] : [r.first]));
  return {
    strategy: name, play: isPlay, games: n, winRate: records.filter((r) => r.won).length / n,
    bankruptRate: records.filter((r) => r.status === 'bankrupt').length / n, losses, lossDetails, goalPassRates, refused,
    score: distribution(records.map((r) => r.score)), firstAllGoalsTurn: firsts.length ? median(firsts) : null,
    spendingByThird: [0, 1, 2].map((k) => median(records.map((r) => r.spent[k]!))) as [number, number, number], bands,
    metrics: Object.fromEntries(Object.keys(KEY_METRICS).map((k) => [k, distribution(records.map((r) => r.metrics[k as KeyMetric]))])) as StrategyReport['metrics'],
  };
}

/** Strategies whose games all ended in the same state as another's, grouped. */
export function identicalStrategies(records: Record<string, GameRecord[]>): string[][] {
  const groups = new Map<string, string[]>();
  for (const [name, games] of Object.entries(records)) {
    const key = games.map((g) => g.hash).join(',');
    groups.set(key, [...(groups.get(key) ?? []), name]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

/** The report from every contender's records (all seeds, in seed order). */
export function balanceFromRecords(scenario: Scenario, options: BalanceOptions, records: Record<string, GameRecord[]>): BalanceReport {
  const runs = contenders(scenario, options.only).map((c) => ({ name: c.name, report: strategyReport(scenario, c.name, c.isPlay, records[c.name]!) }));
  const lessons = scenario.lessons.map((l, i): LessonReport => {
    const better = records[l.better]!.map((r) => r.probes[i]!);
    const worse = records[l.worse]!.map((r) => r.probes[i]!);
    const beats = better.filter((b, k) => (l.expect === 'lower' ? b < worse[k]! : b > worse[k]!)).length / better.length;
    const bm = distribution(better).median;
    const wm = distribution(worse).median;
    return {
      id: l.id, better: l.better, worse: l.worse, metric: l.metric, expect: l.expect, betterMedian: bm, worseMedian: wm, pairedWins: beats,
      holds: beats >= LESSON_PAIRED_SHARE && (l.expect === 'lower' ? bm < wm : bm > wm),
    };
  });
  const strategies = runs.map((r) => r.report);
  const identical = identicalStrategies(records);
  const warnings = [
    ...balanceWarnings(scenario.config, strategies, lessons),
    ...identical.map((g) => `${g.join(' and ')} played identically (the same final state on every seed): what sets them apart is not on offer in this scenario or never takes effect`),
    ...strategies.flatMap((s) => s.refused.map((m) => `play ${s.strategy}: the move '${m.move}' never took effect in ${pct(m.neverShare)} of games (${m.reason})`)),
  ];
  return { scenario: scenario.config.id, seeds: options.seeds, seedStart: options.seedStart, strategies, lessons, identical, warnings };
}

/** The whole report in this thread (tests, small runs); the CLI splits the seeds between workers. */
export function balance(scenario: Scenario, options: BalanceOptions): BalanceReport {
  return balanceFromRecords(scenario, options, recordGames(scenario, options.only, options.seedStart, options.seedStart + options.seeds));
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
    if (idle && idle.winRate >= IDLE_WIN_SHARE) warnings.push(`trivially winnable: doing nothing wins ${pct(idle.winRate)} of games; the goals do not ask for any change`);
    const random = by('random');
    if (best && random && best.winRate > 0 && random.winRate >= best.winRate - RANDOM_MARGIN) {
      warnings.push(`luck dominates: random play wins ${pct(random.winRate)} of games, about as often as the best strategy (${best.strategy}, ${pct(best.winRate)})`);
    }
    if (best && best.winRate > LUCK_BAND[0] && best.winRate < LUCK_BAND[1]) {
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
