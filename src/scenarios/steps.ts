// Plays a talk or tutorial up to a step, so a speaker can open the game at a named step and get
// the same board every time, and so tests can prove every step's moves are legal.
import { advanceTurn, applyCommand, createGame } from '../sim/index.ts';
import type { Command, GameState, Reason } from '../sim/types.ts';
import type { LoadedScenario } from './load.ts';

export interface StepRun {
  state: GameState;
  /** Moves the engine refused, with its reason: a scenario bug, or a tutorial move the player has not made. */
  refused: { step: string; command: Command; reason: Reason }[];
}

/**
 * Starts a game and plays steps [0, upTo): each step's `do` moves, its `expect` move (what the
 * player is asked to do, made for them here), then its `advance` turns.
 */
export function runSteps(scenario: LoadedScenario, upTo = scenario.steps.length, seed = scenario.config.seed): StepRun {
  let state = createGame(scenario.config, seed);
  const refused: StepRun['refused'] = [];
  for (const step of scenario.steps.slice(0, upTo)) {
    for (const command of [...step.do, ...(step.expect ? [step.expect] : [])]) {
      const r = applyCommand(state, command);
      if (r.ok) state = r.state;
      else refused.push({ step: step.id, command, reason: r.reason });
    }
    for (let t = 0; t < step.advance && state.status === 'running'; t++) state = advanceTurn(state).state;
  }
  return { state, refused };
}

/** The index of a step by id (for ?step=<id>), or -1. */
export function stepIndex(scenario: LoadedScenario, id: string): number {
  return scenario.steps.findIndex((s) => s.id === id);
}
