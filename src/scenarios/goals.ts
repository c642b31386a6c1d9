// Whether a finished game met its scenario's goals. The engine measures; winning is the scenario's
// business, so the rule lives here, shared by the balance report and the debrief.
import { summarize } from '../sim/index.ts';
import type { GameState, GoalConfig, MetricKey, MetricsSummary } from '../sim/types.ts';

type SummaryKey = Exclude<keyof MetricsSummary, 'bands' | 'turns'>;
// Rates and means the engine recomputes from totals; counts and money (deploys, revenue, cost) are
// read per turn instead, so that a goal says "a month" whatever the game's length.
const SUMMARISED = new Set<string>([
  'deployFrequency', 'leadTimeMean', 'leadTimeMedian', 'cycleTimeMean', 'changeFailureRate', 'restoreChangeMean',
  'restoreAllMean', 'reworkRate', 'changeVolume', 'throughput', 'wip', 'utilisation', 'queueWaitMean', 'availability',
  'newWorkShare',
] satisfies SummaryKey[]);

export function windowOf(state: GameState, over: GoalConfig['window']): [number, number] {
  const n = state.history.length;
  if (over === 'final') return [Math.max(0, n - 1), n];
  if (over === 'lastThird') return [n - Math.ceil(n / 3), n];
  return [0, n];
}

/** A metric over a window: rates recomputed from totals where the engine summarises them, else the mean per turn. */
export function metricOver(state: GameState, metric: MetricKey, over: GoalConfig['window']): number {
  const [from, to] = windowOf(state, over);
  if (SUMMARISED.has(metric)) return summarize(state, from, to)[metric as SummaryKey];
  const turns = state.history.slice(from, to);
  return turns.length ? turns.reduce((a, t) => a + t[metric], 0) / turns.length : 0;
}

export function goalMet(state: GameState, goal: GoalConfig): boolean {
  const v = metricOver(state, goal.metric, goal.window);
  return goal.op === '>=' ? v >= goal.value : v <= goal.value;
}

/** Won: the game ran to its end (no bankruptcy) and every goal holds. */
export function gameWon(state: GameState): boolean {
  return state.status === 'ended' && state.scenario.goals.every((g) => goalMet(state, g));
}

/**
 * The first turn after which every goal held on the turns played so far (each goal's window taken
 * over those turns), or null if that never happened: how late in the game the goals are met.
 */
export function firstTurnAllGoalsMet(state: GameState): number | null {
  if (state.scenario.goals.length === 0) return null;
  for (let t = 1; t <= state.history.length; t++) {
    const upTo = { ...state, history: state.history.slice(0, t) };
    if (state.scenario.goals.every((g) => goalMet(upTo, g))) return t;
  }
  return null;
}

/** Each goal of a loaded scenario with its value at the end, for the debrief. */
export function goalResults(
  state: GameState,
  goals: readonly { id: string; metric: MetricKey; atLeast?: number; atMost?: number; over: GoalConfig['window'] }[],
): { id: string; value: number; met: boolean }[] {
  return goals.map((g) => {
    const value = metricOver(state, g.metric, g.over);
    return { id: g.id, value, met: (g.atLeast === undefined || value >= g.atLeast) && (g.atMost === undefined || value <= g.atMost) };
  });
}
