// Public API of the simulation engine.
import { summarize } from './metrics.ts';
import type { GameMetrics, GameState, TurnMetrics } from './types.ts';

export { createGame, advanceTurn } from './engine.ts';
export { eventsAhead } from './ahead.ts';
export type { EventAhead } from './ahead.ts';
export { applyCommand, checkCommand } from './commands.ts';
export { shockEvents } from './events.ts';
export { hashState, canonicalJson } from './hash.ts';
export { summarize, gameLeadTimeMedian, gameLeadTimeQuantile } from './metrics.ts';
export { flowCounts } from './state.ts';
export { mechanisms } from './mechanisms.ts';
export { cultureBand } from './people.ts';
export { DORA_THRESHOLDS, BAND_RANK, deployFrequencyBand, leadTimeBand, changeFailureRateBand, timeToRestoreBand } from './dora.ts';
export { PRACTICES, practiceById, practicePrice } from './catalog/practices.ts';
export { ERA_DEFS } from './catalog/eras.ts';
export { BUILTIN_EVENTS } from './catalog/events.ts';
export { BASE_MECHANISMS, DEFAULT_TUNING } from './catalog/tuning.ts';
export { PAR_STRATEGIES, RESPONSE_POLICIES, STRATEGIES, runGame } from './strategies.ts';
export { playbookResponse } from './engine.ts';
export type { ResponsePolicy } from './engine.ts';
export { fightBrief } from './ops/fight.ts';
export type { FightBrief } from './ops/fight.ts';
export { gameScore, grade, scoreParts, scoreWindow } from './score.ts';
export type { Grade, ScoreParts } from './score.ts';
export { actAt, currentDate, currentYear, dateOfTurn, windowAvailability, DIFFICULTY, expansionCost, expansionSpent, marketSize, practiceYear, rivalPace } from './world.ts';
export type { Strategy } from './strategies.ts';
export type * from './types.ts';

export function getHistory(state: GameState): TurnMetrics[] {
  return state.history;
}

export function getMetrics(state: GameState): GameMetrics {
  const n = state.history.length;
  return {
    current: n > 0 ? state.history[n - 1]! : null,
    history: state.history,
    game: summarize(state),
    lastThird: summarize(state, n - Math.ceil(n / 3), n),
  };
}
