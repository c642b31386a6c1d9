// Whether every practice a scenario offers earns its place: each one is added to the starting
// company (with what it needs) and removed from the par strategy's company (with what needs it), on
// the same seeds, and its effect on the score, the four keys and the cash gets a paired bootstrap
// interval. A practice that moves nothing, or whose value per cost is far from the rest, is
// reported. Games become plain records (practiceRecords), so seeds can be split between workers.
import { dateOfTurn, ERA_DEFS, expansionSpent, gameScore, getMetrics, PAR_STRATEGIES, practiceById, practicePrice, practiceYear, PRACTICES, runGame, STRATEGIES, type Strategy } from '../sim/index.ts';
import { nextU32, seedStreams } from '../sim/rng.ts';
import { ERAS, type Command, type GameState, type GoalConfig, type ScenarioConfig } from '../sim/types.ts';
import { metricOver } from './goals.ts';
import { median } from './balance.ts';

/** The four keys over the last third of the game, in table order. */
export const KEYS = ['deployFrequency', 'leadTimeMedian', 'changeFailureRate', 'timeToRestore'] as const;
export type Key = (typeof KEYS)[number];

/** A score effect matters when its interval excludes 0 and it is at least this share of the score without the practice… */
export const SCORE_RELEVANT = 0.02;
/** …a key's when its interval excludes no change and the mean moves by at least this share… */
export const KEY_RELEVANT = 0.1;
/** …and the money's when what it changes besides its own price is clear of 0 and at least this share of the starting budget. */
export const CASH_RELEVANT = 0.05;
/** Value per cost is out of line when it is more than this many times the scenario's median, or less than its inverse. */
export const VALUE_PER_COST_SPREAD = 5;
/** A practice costing less than this share of the starting budget counts as costing that much (free practices have no ratio). */
export const COST_FLOOR_SHARE = 0.01;
export const BOOTSTRAP_RESAMPLES = 1000;
/** Seeds a table plays unless told otherwise: on 40, practices whose effect sits near a line cross it with luck. */
export const PRACTICE_TABLE_SEEDS = 200;
/** Enough games with the practice to say what it is worth: below this share the table says so. */
export const ADOPTED_SHARE = 0.5;

/** One game as the table needs it: plain data, so a worker thread can send it back. */
export interface PracticeGame {
  score: number;
  /** The final cash plus what went into new markets. */
  cash: number;
  /** The keys (KEYS order) over the last third; null when there is nothing to measure (no deploy, no restore). */
  keys: (number | null)[];
  /** Each of the scenario's goals' metric over its window (config.goals order). */
  goals: number[];
  /** Money spent on each practice the company took up during the game. */
  spent: Record<string, number>;
}

export interface Interval {
  mean: number;
  lo: number;
  hi: number;
}

export interface DirectionValue {
  /** Seeds on which both games had data for the score (all of them). */
  games: number;
  /** With the practice minus without it, in points. */
  score: Interval;
  scoreWithout: number;
  /** Relative change of each key's mean, with against without (0.1 = 10% more). */
  keys: Record<Key, Interval>;
  /** Relative change of each goal's metric (goalLabel order): what the scenario asks of the player. */
  goals: Interval[];
  /** With minus without: the final cash. */
  cash: Interval;
  /** The same with the money spent on the practice given back: what it changes in the business besides its price. */
  gross: Interval;
  /** Mean money spent on the practice in the games with it; removed, on it and on every practice that needs it. */
  spent: number;
  /** Share of the games with it on offer in which the company took it up. */
  adoptedShare: number;
  /** Score points per 100k spent on the practice (spending below the cost floor counts as the floor). */
  scorePer100k: number;
  /** Cash gained per unit spent on the practice (same floor). */
  cashPerCost: number;
  /** Each goal's relative change towards what the goal asks, per 100k spent (same floor; NaN without data). */
  goalsPer100k: number[];
  /** Which measures moved by a relevant amount: 'score', the keys, 'cash' (gross of its price) and 'goal <metric> (<window>)'. */
  relevant: string[];
}

export interface PracticeValue {
  practice: string;
  era: string;
  costUpfront: number;
  costPerTurn: number;
  /** What the added company needs besides the practice: prerequisites and the key practices of the eras up to its own. */
  needs: string[];
  /** The eras the added company must enter (beyond the scenario's first). */
  entersEras: string[];
  /** The practices removed with it from the par company (they need it). */
  dependants: string[];
  /** Eras the par company can no longer enter without it. */
  blocksEras: string[];
  added: DirectionValue;
  removed: DirectionValue;
}

export interface PracticeValueReport {
  scenario: string;
  seeds: number;
  seedStart: number;
  /** The par strategy playing both sides. */
  strategy: string;
  /** The scenario's goals as the table names them (goalLabel), in the order of each direction's `goals`. */
  goals: string[];
  practices: PracticeValue[];
  /** Offered practices no company can take up in this scenario, with why. */
  unreachable: { practice: string; why: string }[];
  /** Median value per cost over the practices that move something beyond noise (all, when none does), per direction. */
  medians: { added: Medians; removed: Medians };
  warnings: string[];
}

/** The yardsticks of value per cost in one direction: score, cash and each goal (goalLabel order). */
export interface Medians {
  scorePer100k: number;
  cashPerCost: number;
  goalsPer100k: number[];
}

export interface PracticeValueOptions {
  seeds: number;
  seedStart: number;
  /** The par strategy; the better of PAR_STRATEGIES on the first seeds when not given. */
  strategy?: string;
}

const catalogIds = PRACTICES.map((p) => p.id);
const eraIndex = (e: string) => ERAS.indexOf(e as (typeof ERAS)[number]);

function offeredIds(config: ScenarioConfig): string[] {
  return config.practices.offered === 'all' ? catalogIds : config.practices.offered;
}

/** Every practice `id` requires, transitively. */
function prerequisites(id: string, out = new Set<string>()): Set<string> {
  for (const r of practiceById(id)?.requires ?? []) if (!out.has(r)) { out.add(r); prerequisites(r, out); }
  return out;
}

/** What the starting company needs to take up `id`: its prerequisites, and each era's key practices up to its era. */
export function needsOf(config: ScenarioConfig, id: string): { needs: string[]; eras: string[] } {
  const def = practiceById(id)!;
  const eras = ERAS.slice(eraIndex(config.era) + 1, eraIndex(def.era) + 1);
  const out = prerequisites(id);
  for (const e of eras) for (const k of ERA_DEFS[e].requires) { out.add(k); prerequisites(k, out); }
  const adopted = new Set(config.practices.adopted);
  return { needs: [...out].filter((x) => !adopted.has(x)).sort(), eras: [...eras] };
}

/** Practices that need `id`, transitively, among `pool`. */
export function dependantsOf(id: string, pool: string[]): string[] {
  const out = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of pool) {
      if (out.has(p) || p === id) continue;
      if (practiceById(p)!.requires.some((r) => r === id || out.has(r))) { out.add(p); grew = true; }
    }
  }
  return [...out].sort();
}

/** Why no company can take `id` up in this scenario; null when one can. */
function unreachableWhy(config: ScenarioConfig, id: string): string | null {
  const def = practiceById(id);
  if (!def) return 'not in the catalog';
  if (eraIndex(def.era) > eraIndex(config.maxEra)) return `its era, ${def.era}, is beyond the scenario's maxEra (${config.maxEra})`;
  const lastYear = dateOfTurn(config, config.turns).year;
  if (practiceYear(def) > lastYear) return `it exists from ${practiceYear(def)}, after the game's last year (${lastYear})`;
  const offered = new Set([...offeredIds(config), ...config.practices.adopted]);
  const missing = needsOf(config, id).needs.filter((n) => !offered.has(n));
  return missing.length ? `it needs ${missing.join(', ')}, which the scenario does not offer` : null;
}

/** The practices the table measures: offered, not there from the start, and reachable. */
export function measuredPractices(config: ScenarioConfig): string[] {
  const adopted = new Set(config.practices.adopted);
  return offeredIds(config).filter((id) => !adopted.has(id) && unreachableWhy(config, id) === null);
}

/**
 * A game variant: the par strategy with only `offered` on offer ('all' keeps the scenario's own offer);
 * `removed`, the practices taken out of par's company, which otherwise keeps par's schedule.
 */
interface Arm { key: string; offered: string[] | 'all'; removed?: Set<string> }

function arms(config: ScenarioConfig): Arm[] {
  const offered = offeredIds(config);
  const out = new Map<string, Arm>([['par', { key: 'par', offered: 'all' }]]);
  const add = (arm: Arm) => out.set(arm.key, arm);
  for (const id of measuredPractices(config)) {
    const { needs } = needsOf(config, id);
    add({ key: `with:${[...needs, id].sort().join('+')}`, offered: [...needs, id] });
    add({ key: `with:${needs.join('+')}`, offered: needs });
    const removed = new Set([id, ...dependantsOf(id, offered)]);
    add({ key: `without:${id}`, offered: offered.filter((p) => !removed.has(p)), removed });
  }
  return [...out.values()];
}

/** The strategy with money spent on each practice counted: up front, and per turn while adopting or adopted. */
function counting(strategy: Strategy, turns: Map<string, number>): Strategy {
  return (s) => {
    for (const id of s.practices.adopted) turns.set(id, (turns.get(id) ?? 0) + 1);
    for (const a of s.practices.adopting) turns.set(a.id, (turns.get(a.id) ?? 0) + 1);
    return strategy(s);
  };
}

function keysOf(end: GameState): (number | null)[] {
  const m = getMetrics(end).lastThird;
  return [
    m.deployFrequency,
    m.deploys > 0 ? m.leadTimeMedian : null,
    m.deploys > 0 ? m.changeFailureRate : null,
    m.restoreAllMean > 0 ? m.restoreAllMean : null,
  ];
}

/** The turn each practice was taken up in, in the order the strategy chose them. */
type Schedule = { turn: number; id: string }[];

/** The strategy, recording the turn each of its adoptions was decided in. */
function recording(strategy: Strategy, schedule: Schedule): Strategy {
  return (s) => {
    const cmds = strategy(s);
    for (const c of cmds) if (c.type === 'adoptPractice') schedule.push({ turn: s.turn, id: c.practice });
    return cmds;
  };
}

/**
 * The strategy with its practices taken up on the par game's schedule, less `removed`: the same
 * company, the same plan, without the practice. Left to choose again, the strategy would spend the
 * money elsewhere and shift every later adoption, and the table would measure those shifts.
 * An adoption the money does not allow yet is tried again each turn.
 */
function onSchedule(strategy: Strategy, schedule: Schedule, removed: Set<string>): Strategy {
  return (s) => {
    const cmds: Command[] = strategy(s).filter((c) => c.type !== 'adoptPractice');
    const taken = new Set([...s.practices.adopted, ...s.practices.adopting.map((a) => a.id)]);
    for (const e of schedule) {
      if (e.turn <= s.turn && !removed.has(e.id) && !taken.has(e.id)) cmds.push({ type: 'adoptPractice', practice: e.id });
    }
    return cmds;
  };
}

export function practiceGame(config: ScenarioConfig, strategy: string, offered: string[] | 'all', seed: number, plan?: (s: Strategy) => Strategy): PracticeGame {
  const variant: ScenarioConfig = offered === 'all' ? config : { ...config, practices: { ...config.practices, offered } };
  const turns = new Map<string, number>();
  const base = STRATEGIES[strategy]!;
  const end = runGame(variant, seed, counting(plan ? plan(base) : base, turns));
  const spent: Record<string, number> = {};
  const start = new Set(config.practices.adopted);
  for (const id of [...end.practices.adopted, ...end.practices.adopting.map((a) => a.id)]) {
    if (start.has(id)) continue;
    const def = practiceById(id)!;
    // The turn it was adopted in was charged too, before the next turn's strategy saw it.
    const price = practicePrice(config, def);
    spent[id] = price.upfront + price.perTurn * ((turns.get(id) ?? 0) + 1);
  }
  // Money put into new markets is still the company's: a practice that tips the strategy into
  // opening one a turn sooner must not read as a loss of that market's price.
  return { score: gameScore(end.history), cash: end.money.budget + expansionSpent(end), keys: keysOf(end), goals: config.goals.map((g) => metricOver(end, g.metric, g.window)), spent };
}

/** Every arm's games on seeds [from, to), in seed order: the work a worker thread does. */
export function practiceRecords(config: ScenarioConfig, strategy: string, from: number, to: number): Record<string, PracticeGame[]> {
  const out: Record<string, PracticeGame[]> = {};
  const schedules: Schedule[] = [];
  for (let seed = from; seed < to; seed++) {
    const schedule: Schedule = [];
    schedules.push(schedule);
    (out['par'] ??= []).push(practiceGame(config, strategy, 'all', seed, (s) => recording(s, schedule)));
  }
  for (const arm of arms(config)) {
    if (arm.key === 'par') continue;
    out[arm.key] = [];
    const removed = arm.removed;
    for (let seed = from; seed < to; seed++) {
      const schedule = schedules[seed - from]!;
      out[arm.key]!.push(practiceGame(config, strategy, arm.offered, seed, removed ? (s) => onSchedule(s, schedule, removed) : undefined));
    }
  }
  return out;
}

/** The better of the par strategies by median score on these seeds. */
export function parStrategy(config: ScenarioConfig, seeds: number[]): string {
  let best: string = PAR_STRATEGIES[0];
  let bestScore = -Infinity;
  for (const name of PAR_STRATEGIES) {
    const m = median(seeds.map((seed) => gameScore(runGame(config, seed, STRATEGIES[name]!).history)));
    if (m > bestScore) [best, bestScore] = [name, m];
  }
  return best;
}

/** A stream of its own for each interval, so that one interval does not depend on the others. */
function streamFor(label: string): number[] {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
  return seedStreams(h >>> 0)['strategy']!;
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  return sorted[lo]! + (sorted[Math.ceil(i)]! - sorted[lo]!) * (i - lo);
}

/**
 * The paired effect of `with` against `without` and its 95% percentile-bootstrap interval (seeds
 * resampled together): the mean difference, or with `relative` the ratio of the means less one.
 * Seeds where either side has no data are left out; NaN when nothing remains or both means are 0.
 */
export function pairedEffect(withP: (number | null)[], without: (number | null)[], relative: boolean, label: string): Interval {
  const pairs: [number, number][] = [];
  withP.forEach((w, i) => { const o = without[i]; if (w !== null && o !== null && o !== undefined) pairs.push([w, o]); });
  const n = pairs.length;
  const stat = (idx: (k: number) => number): number => {
    let a = 0, b = 0;
    for (let k = 0; k < n; k++) { const [w, o] = pairs[idx(k)]!; a += w; b += o; }
    if (!relative) return (a - b) / n;
    return b === 0 ? (a === 0 ? 0 : NaN) : a / b - 1;
  };
  if (n === 0) return { mean: NaN, lo: NaN, hi: NaN };
  const mean = stat((k) => k);
  const rng = streamFor(label);
  const draws: number[] = [];
  for (let r = 0; r < BOOTSTRAP_RESAMPLES; r++) {
    const pick = Array.from({ length: n }, () => nextU32(rng) % n);
    const v = stat((k) => pick[k]!);
    if (Number.isFinite(v)) draws.push(v);
  }
  draws.sort((a, b) => a - b);
  return { mean, lo: percentile(draws, 0.025), hi: percentile(draws, 0.975) };
}

const excludesZero = (i: Interval) => i.lo > 0 || i.hi < 0;

/** A goal as the table names it: its metric and window (the engine's goals carry no id). */
export const goalLabel = (g: GoalConfig): string => `${g.metric} (${g.window})`;

/** `spentOn`: the practices whose spending counts as the cost of having `id` (removed: it and all that needs it). */
function direction(config: ScenarioConfig, id: string, spentOn: string[], withP: PracticeGame[], without: PracticeGame[], label: string): DirectionValue {
  const n = withP.length;
  const score = pairedEffect(withP.map((g) => g.score), without.map((g) => g.score), false, `${label}:score`);
  const scoreWithout = without.reduce((a, g) => a + g.score, 0) / n;
  const keys = Object.fromEntries(KEYS.map((k, i) => [k, pairedEffect(withP.map((g) => g.keys[i]!), without.map((g) => g.keys[i]!), true, `${label}:${k}`)])) as Record<Key, Interval>;
  const goals = config.goals.map((goal, i) => pairedEffect(withP.map((g) => g.goals[i]!), without.map((g) => g.goals[i]!), true, `${label}:goal:${goalLabel(goal)}`));
  const cash = pairedEffect(withP.map((g) => g.cash), without.map((g) => g.cash), false, `${label}:cash`);
  const spentIn = (g: PracticeGame) => spentOn.reduce((a, p) => a + (g.spent[p] ?? 0), 0);
  const gross = pairedEffect(withP.map((g) => g.cash + spentIn(g)), without.map((g) => g.cash + spentIn(g)), false, `${label}:gross`);
  const took = withP.filter((g) => id in g.spent);
  let spent = 0;
  for (const g of withP) for (const p of spentOn) spent += (g.spent[p] ?? 0) / n;
  const floor = Math.max(1, COST_FLOOR_SHARE * config.budget);
  const relevant = [
    ...(excludesZero(score) && Math.abs(score.mean) >= SCORE_RELEVANT * Math.abs(scoreWithout) ? ['score'] : []),
    ...KEYS.filter((k) => excludesZero(keys[k]) && Math.abs(keys[k].mean) >= KEY_RELEVANT),
    ...(excludesZero(gross) && Math.abs(gross.mean) >= CASH_RELEVANT * config.budget ? ['cash'] : []),
    ...config.goals.flatMap((goal, i) => (excludesZero(goals[i]!) && Math.abs(goals[i]!.mean) >= KEY_RELEVANT ? [`goal ${goalLabel(goal)}`] : [])),
  ];
  return {
    games: n, score, scoreWithout, keys, goals, cash, gross, spent, adoptedShare: took.length / n,
    scorePer100k: (score.mean / Math.max(spent, floor)) * 1e5, cashPerCost: cash.mean / Math.max(spent, floor), relevant,
    goalsPer100k: config.goals.map((goal, i) => ((goal.op === '<=' ? -1 : 1) * goals[i]!.mean / Math.max(spent, floor)) * 1e5),
  };
}

/** A goal's worth per 100k (a relative change of its metric), in percent; 'no data' without it. */
export const goalPercent = (x: number | undefined): string => (x !== undefined && Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : 'no data');

const fmtMoney = (x: number) => (Math.abs(x) >= 1e6 ? `${(x / 1e6).toFixed(1)}M` : `${Math.round(x / 1e3)}k`);

/** Out of line: more than VALUE_PER_COST_SPREAD times the median, or less than its inverse (negative values included). */
function outOfLine(v: number, m: number): 'high' | 'low' | null {
  if (!(m > 0)) return null;
  return v > VALUE_PER_COST_SPREAD * m ? 'high' : v < m / VALUE_PER_COST_SPREAD ? 'low' : null;
}

/**
 * Poor value: below 1/VALUE_PER_COST_SPREAD of the median on the score, on cash and on each of the
 * scenario's goals, both ways: what a scenario asks of the player is value too (a security scenario's
 * scanner is bought for the vulnerabilities it keeps out of production). A median of zero or less
 * cannot be a yardstick, so that side is judged by the others: most practices cost more money than
 * they bring back, and a practice that also loses points must not pass for that. Where the median
 * practice loses points too, nothing is judged.
 */
function poorValue(p: PracticeValue, m: PracticeValueReport['medians']): boolean {
  if (!(m.added.scorePer100k > 0) && !(m.removed.scorePer100k > 0)) return false;
  for (const d of ['added', 'removed'] as const) {
    const pairs: [number, number][] = [[p[d].scorePer100k, m[d].scorePer100k], [p[d].cashPerCost, m[d].cashPerCost], ...m[d].goalsPer100k.map((g, i): [number, number] => [p[d].goalsPer100k[i]!, g])];
    for (const [v, med] of pairs) if (med > 0 && outOfLine(v, med) !== 'low') return false;
  }
  return true;
}

export function practiceWarnings(report: Omit<PracticeValueReport, 'warnings'>): string[] {
  const out: string[] = [];
  for (const u of report.unreachable) out.push(`practice ${u.practice} is offered but no company can take it up: ${u.why}`);
  const m = report.medians;
  for (const p of report.practices) {
    const took = Math.max(p.added.adoptedShare, p.removed.adoptedShare);
    if (p.added.relevant.length === 0 && p.removed.relevant.length === 0) {
      out.push(`practice ${p.practice} changes nothing beyond noise: neither added to the starting company nor removed from ${report.strategy}'s does it move the score by ${SCORE_RELEVANT * 100}%, a key or one of the scenario's goals by ${KEY_RELEVANT * 100}%, or the money besides its own price by ${CASH_RELEVANT * 100}% of the budget (95% intervals, ${report.seeds} seeds)${took < ADOPTED_SHARE ? `; the company took it up in only ${Math.round(took * 100)}% of games` : ''}; give it an effect the engine feels, or stop offering it`);
      continue;
    }
    const fmt = (v: number, key: 'scorePer100k' | 'cashPerCost') => (key === 'cashPerCost' ? v.toFixed(1) : Math.round(v).toString());
    const side = (key: 'scorePer100k' | 'cashPerCost') => {
      const a = outOfLine(p.added[key], m.added[key]);
      return a === outOfLine(p.removed[key], m.removed[key]) ? a : null;
    };
    const figures = (key: 'scorePer100k' | 'cashPerCost', unit: string) =>
      `added ${fmt(p.added[key], key)}, removed ${fmt(p.removed[key], key)}${unit} against medians of ${fmt(m.added[key], key)} and ${fmt(m.removed[key], key)}`;
    const cost = `it costs ${fmtMoney(p.costUpfront)} + ${fmtMoney(p.costPerTurn)} a turn`;
    for (const [what, key, unit] of [['score', 'scorePer100k', ' points per 100k'], ['cash', 'cashPerCost', ' per unit spent']] as const) {
      if (side(key) === 'high') out.push(`practice ${p.practice}: its ${what} per money spent is more than ${VALUE_PER_COST_SPREAD}× the other practices' (${figures(key, unit)}; ${cost}); raise its cost or soften its effect`);
    }
    if (poorValue(p, m)) {
      const goals = report.goals.flatMap((g, i) => (m.added.goalsPer100k[i]! > 0 || m.removed.goalsPer100k[i]! > 0
        ? [`goal ${g}: added ${goalPercent(p.added.goalsPer100k[i])}, removed ${goalPercent(p.removed.goalsPer100k[i])} per 100k against medians of ${goalPercent(m.added.goalsPer100k[i])} and ${goalPercent(m.removed.goalsPer100k[i])}`] : []));
      const what = goals.length ? "its score, its cash and its worth to each of the scenario's goals per money spent are all" : 'its score and its cash per money spent are both';
      out.push(`practice ${p.practice}: ${what} below 1/${VALUE_PER_COST_SPREAD} of the other practices' (${[figures('scorePer100k', ' points per 100k'), figures('cashPerCost', ' per unit spent'), ...goals].join('; ')}; ${cost}); lower its cost or strengthen its effect`);
    }
  }
  return out;
}

/** The table from every arm's records (all seeds, in seed order). */
export function practiceValueFromRecords(config: ScenarioConfig, options: PracticeValueOptions & { strategy: string }, records: Record<string, PracticeGame[]>): PracticeValueReport {
  const pool = offeredIds(config);
  const practices = measuredPractices(config).map((id): PracticeValue => {
    const def = practiceById(id)!;
    const { needs, eras } = needsOf(config, id);
    const price = practicePrice(config, def);
    const dependants = dependantsOf(id, pool).filter((p) => !config.practices.adopted.includes(p));
    const gone = new Set([id, ...dependants]);
    const blocksEras = ERAS.slice(eraIndex(config.era) + 1, eraIndex(config.maxEra) + 1).filter((e) => ERA_DEFS[e].requires.some((k) => gone.has(k)));
    const withKey = `with:${[...needs, id].sort().join('+')}`;
    return {
      practice: id, era: def.era, costUpfront: price.upfront, costPerTurn: price.perTurn, needs, entersEras: eras, dependants, blocksEras,
      added: direction(config, id, [id], records[withKey]!, records[`with:${needs.join('+')}`]!, `${id}:added`),
      removed: direction(config, id, [id, ...dependants], records['par']!, records[`without:${id}`]!, `${id}:removed`),
    };
  });
  // The rest a practice is compared with: those that do something (a practice within noise is warned
  // about on its own, and a crowd of them would drag the median to zero and make every useful one look cheap).
  const acting = practices.filter((p) => p.added.relevant.length + p.removed.relevant.length > 0);
  const compared = acting.length > 0 ? acting : practices;
  const med = (d: 'added' | 'removed', k: 'scorePer100k' | 'cashPerCost') => median(compared.map((p) => p[d][k]));
  const medians = (d: 'added' | 'removed'): Medians => ({
    scorePer100k: med(d, 'scorePer100k'), cashPerCost: med(d, 'cashPerCost'),
    goalsPer100k: config.goals.map((_, i) => median(compared.map((p) => p[d].goalsPer100k[i]!).filter(Number.isFinite))),
  });
  const base = {
    scenario: config.id, seeds: options.seeds, seedStart: options.seedStart, strategy: options.strategy, goals: config.goals.map(goalLabel), practices,
    unreachable: config.practices.offered === 'all' ? [] : config.practices.offered.filter((id) => !config.practices.adopted.includes(id))
      .flatMap((id) => { const why = unreachableWhy(config, id); return why ? [{ practice: id, why }] : []; }),
    medians: { added: medians('added'), removed: medians('removed') },
  };
  return { ...base, warnings: practiceWarnings(base) };
}

/** The whole table in this thread (tests, small runs); the CLI splits the seeds between workers. */
export function practiceValue(config: ScenarioConfig, options: PracticeValueOptions): PracticeValueReport {
  // Chosen on all the table's seeds: the two players often end within a few points of each other, and on
  // fewer seeds which one is par (and so every line of the table) turns on luck.
  const strategy = options.strategy ?? parStrategy(config, Array.from({ length: options.seeds }, (_, i) => options.seedStart + i));
  return practiceValueFromRecords(config, { ...options, strategy }, practiceRecords(config, strategy, options.seedStart, options.seedStart + options.seeds));
}
