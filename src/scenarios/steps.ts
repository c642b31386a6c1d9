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

/** The option chosen at each step that holds a vote: step id → option id. A step not named takes its first option. */
export type Choices = Readonly<Record<string, string>>;

/** The option a step's vote takes with these choices (an unknown option counts as none), or null for a step without a vote. */
export function chosenOption(scenario: LoadedScenario, index: number, choices: Choices): string | null {
  const step = scenario.steps[index];
  if (!step?.vote) return null;
  const named = Object.hasOwn(choices, step.id) ? choices[step.id] : undefined;
  return step.vote.options.some((o) => o.id === named) ? named! : step.vote.options[0].id;
}

/**
 * The moves step `index` makes before its turns: the option chosen at the step before it (a vote
 * asks the room while its step is on screen, and the answer is played as the talk steps on), then
 * the step's own `do`, then its `expect`.
 */
export function stepMoves(scenario: LoadedScenario, index: number, choices: Choices = {}): Command[] {
  const step = scenario.steps[index];
  if (!step) return [];
  const asked = index > 0 ? scenario.steps[index - 1].vote : undefined;
  const option = asked && asked.options.find((o) => o.id === chosenOption(scenario, index - 1, choices));
  return [...(option?.do ?? []), ...step.do, ...(step.expect ? [step.expect] : [])];
}

/**
 * Starts a game and plays steps [0, upTo): each step's moves (stepMoves), then its `advance` turns.
 */
export function runSteps(scenario: LoadedScenario, upTo = scenario.steps.length, seed = scenario.config.seed, choices: Choices = {}): StepRun {
  let state = createGame(scenario.config, seed);
  const refused: StepRun['refused'] = [];
  scenario.steps.slice(0, upTo).forEach((step, index) => {
    for (const command of stepMoves(scenario, index, choices)) {
      const r = applyCommand(state, command);
      if (r.ok) state = r.state;
      else refused.push({ step: step.id, command, reason: r.reason });
    }
    for (let t = 0; t < step.advance && state.status === 'running'; t++) state = advanceTurn(state).state;
  });
  return { state, refused };
}

/** The index of a step by id (for ?step=<id>), or -1. */
export function stepIndex(scenario: LoadedScenario, id: string): number {
  return scenario.steps.findIndex((s) => s.id === id);
}
