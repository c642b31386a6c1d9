// Whether each decision of a scenario is a real choice: every option of every event that can ask
// the player is forced in turn, on the same seeds, while the best built-in strategy plays the rest
// of the game. An option that comes out best on nearly every seed is no choice at all.
import { BUILTIN_EVENTS, gameScore, runGame, scoreParts, STRATEGIES, type Strategy } from '../sim/index.ts';
import type { Command, EventDef, GameState, ScenarioConfig } from '../sim/types.ts';
import { median } from './balance.ts';

/** An option is dominant when it scores best on at least this share of the seeds its event came up in. */
export const DOMINANT_SHARE = 0.9;

export const SCORE_PARTS = ['keyMean', 'availability', 'revenue', 'morale'] as const;
export type ScorePart = (typeof SCORE_PARTS)[number];

export interface OptionReport {
  option: string;
  /** Median game score when this option is always taken. */
  score: number;
  /** Median, over the seeds, of each part of the score averaged over the game's turns. */
  parts: Record<ScorePart, number>;
  /** Share of seeds (where the event came up) on which this option scored strictly best. */
  bestShare: number;
}

export interface DecisionReport {
  event: string;
  /** Seeds on which the event came up at least once; the others say nothing about it. */
  seenIn: number;
  options: OptionReport[];
  /** Share of seeds on which every option scored the same. */
  tieShare: number;
}

export interface ChoiceReport {
  /** The built-in strategy that plays everything but the forced answer. */
  base: string;
  decisions: DecisionReport[];
  warnings: string[];
}

export function eventDefIn(config: ScenarioConfig, id: string): EventDef | undefined {
  return config.events.definitions.find((d) => d.id === id) ?? BUILTIN_EVENTS.find((d) => d.id === id);
}

/** Events that can ask this scenario's player to choose (one option is a notice, not a decision). */
export function decisionsOf(config: ScenarioConfig): string[] {
  const ids = new Set([...config.events.scheduled.filter((x) => x.turn <= config.turns).map((x) => x.event), ...config.events.randomPool, 'postmortem']);
  return [...ids].filter((id) => (eventDefIn(config, id)?.options.length ?? 0) > 1);
}

/** The strategy `base` with every pending `event` answered `option`; `seen` learns whether it came up. */
export function forcing(base: Strategy, event: string, option: string, seen: { yes: boolean }): Strategy {
  return (s: GameState) => {
    const mine = s.pendingEvents.filter((p) => p.event === event);
    if (mine.length > 0) seen.yes = true;
    const ids = new Set(mine.flatMap((p) => [p.id, p.event]));
    const out: Command[] = base(s).filter((c) => c.type !== 'chooseEventOption' || !ids.has(c.event));
    for (const p of mine) out.push({ type: 'chooseEventOption', event: p.id, option });
    return out;
  };
}

function partsOf(end: GameState): Record<ScorePart, number> {
  const sum = { keyMean: 0, availability: 0, revenue: 0, morale: 0 };
  const n = end.history.length;
  for (let i = 0; i < n; i++) {
    const p = scoreParts(end, i);
    for (const k of SCORE_PARTS) sum[k] += p[k] / n;
  }
  return sum;
}

const DETERMINISTIC = Object.keys(STRATEGIES).filter((name) => name !== 'random');

/** The built-in strategy with the best median score on these seeds (the one a good player resembles). */
export function bestStrategy(config: ScenarioConfig, seeds: number[]): string {
  let best = DETERMINISTIC[0]!;
  let bestScore = -Infinity;
  for (const name of DETERMINISTIC) {
    const m = median(seeds.map((seed) => gameScore(runGame(config, seed, STRATEGIES[name]!).history)));
    if (m > bestScore) [best, bestScore] = [name, m];
  }
  return best;
}

export function decisionReport(config: ScenarioConfig, event: string, base: string, seeds: number[]): DecisionReport {
  const options = eventDefIn(config, event)!.options.map((o) => o.id);
  const scores = options.map(() => [] as number[]);
  const parts = options.map(() => [] as Record<ScorePart, number>[]);
  const best = options.map(() => 0);
  let seenIn = 0;
  let ties = 0;
  for (const seed of seeds) {
    const seen = { yes: false };
    // Until the event first comes up every option plays the same game, so one game tells whether it does.
    const first = runGame(config, seed, forcing(STRATEGIES[base]!, event, options[0]!, seen));
    if (!seen.yes) continue;
    const ends = [first, ...options.slice(1).map((o) => runGame(config, seed, forcing(STRATEGIES[base]!, event, o, seen)))];
    seenIn++;
    const points = ends.map((e) => gameScore(e.history));
    points.forEach((p, i) => { scores[i]!.push(p); parts[i]!.push(partsOf(ends[i]!)); });
    const top = Math.max(...points);
    const winners = points.filter((p) => p === top).length;
    if (winners === points.length) ties++;
    else if (winners === 1) best[points.indexOf(top)]!++;
  }
  return {
    event, seenIn, tieShare: seenIn ? ties / seenIn : 0,
    options: options.map((option, i) => ({
      option,
      score: median(scores[i]!),
      parts: Object.fromEntries(SCORE_PARTS.map((k) => [k, median(parts[i]!.map((p) => p[k]))])) as Record<ScorePart, number>,
      bestShare: seenIn ? best[i]! / seenIn : 0,
    })),
  };
}

export function choiceWarnings(decisions: DecisionReport[]): string[] {
  const out: string[] = [];
  for (const d of decisions) {
    if (d.seenIn === 0) continue;
    const top = [...d.options].sort((a, b) => b.bestShare - a.bestShare)[0]!;
    if (top.bestShare >= DOMINANT_SHARE) {
      out.push(`event '${d.event}': '${top.option}' scores best on ${pct(top.bestShare)} of the ${d.seenIn} seeds it came up in, so it is no real choice; give it a cost now or the others a gain`);
    } else if (d.tieShare >= DOMINANT_SHARE) {
      out.push(`event '${d.event}': its options make no difference to the score on ${pct(d.tieShare)} of seeds; give them effects the engine feels`);
    }
  }
  return out;
}

/** The base strategy is picked on the first seeds: which one plays best rarely depends on many. */
export function choiceBalance(config: ScenarioConfig, seeds: number[], base = bestStrategy(config, seeds.slice(0, 12))): ChoiceReport {
  const decisions = decisionsOf(config).map((e) => decisionReport(config, e, base, seeds));
  return { base, decisions, warnings: choiceWarnings(decisions) };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
