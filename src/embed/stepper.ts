// Steps a talk forward and back. Back is a replay from the seed, never an undo, so step n is the
// same picture whichever way the speaker reached it. Scenarios without steps step by turns.
import type { LoadedScenario } from '../scenarios/load.ts';
import { stepIndex, stepMoves, type Choices } from '../scenarios/steps.ts';
import { createGameStore, type GameStore } from '../state/game.ts';
import type { ScenarioRef } from '../state/save.ts';
import { playbookResponse } from '../sim/index.ts';
import type { GameState, SimEvent } from '../sim/types.ts';
import type { StepFields } from './protocol.ts';

export interface StepView extends StepFields {
  /** What the engine reported while the current step was played: the deploys, incidents and draws. */
  events: SimEvent[];
  status: string;
}

export interface Stepper {
  readonly scenario: LoadedScenario;
  view(): StepView;
  /** The game on screen now. */
  state(): GameState | null;
  goto(step: number | string): void;
  /**
   * Takes `option` at the vote of step `step` (an id). A step already played after it is replayed
   * with the choice, so the picture always matches the choices; false when there is no such vote.
   */
  choose(step: string, option: string): boolean;
  next(): void;
  prev(): void;
  play(intervalSeconds?: number): void;
  pause(): void;
  /** Called on every change of step or of playing. */
  subscribe(listener: (view: StepView) => void): () => void;
}

/** Seconds between steps while playing, unless the link or the host says otherwise. */
export const defaultInterval = 4;

/**
 * Where a goto leads: a number as is, a step's id to its position. "3" from a host that sends
 * text is step 3, unless a step is called "3"; an unknown id leads nowhere and says so.
 */
export function resolveStep(scenario: LoadedScenario, target: number | string): number | null {
  if (typeof target === 'number') return target;
  const index = stepIndex(scenario, target);
  if (index >= 0) return index + 1;
  if (/^\d+$/.test(target)) return Number(target);
  console.warn(`DevOps Journey: goto ignored, the scenario has no step ${JSON.stringify(target)}.`);
  return null;
}

export function createStepper(game: GameStore, scenario: LoadedScenario, ref: ScenarioRef, seed: number, initial: Choices = {}): Stepper {
  const count = scenario.steps.length || scenario.config.turns;
  let position = 0;
  // Only real options of real votes are kept: a link's stale choice is dropped, not replayed.
  let choices: Record<string, string> = {};
  const validChoice = (step: string, option: string) => scenario.steps.find((s) => s.id === step)?.vote?.options.some((o) => o.id === option) ?? false;
  for (const [step, option] of Object.entries(initial)) if (validChoice(step, option)) choices[step] = option;
  let events: SimEvent[] = [];
  let timer: ReturnType<typeof setInterval> | null = null;
  const listeners = new Set<(view: StepView) => void>();

  const view = (): StepView => {
    const state = game.getState().session?.state;
    return {
      step: position,
      steps: count,
      id: position > 0 && scenario.steps.length > 0 ? scenario.steps[position - 1].id : null,
      turn: state?.turn ?? 0,
      playing: timer !== null,
      choices: { ...choices },
      events,
      status: state?.status ?? 'running',
    };
  };
  const changed = () => { const v = view(); listeners.forEach((l) => l(v)); };

  /** Plays position `index` (0-based) on the scratch store; returns what the engine reported. */
  const playOne = (scratch: GameStore, index: number): SimEvent[] => {
    const out: SimEvent[] = [];
    const step = scenario.steps[index];
    for (const command of stepMoves(scenario, index, choices)) {
      // A refused move is the scenario's bug; the checker reports it, the talk goes on without it.
      if (scratch.command(command).ok) out.push(...(scratch.getState().session?.lastEvents ?? []));
    }
    for (let t = 0; t < (step ? step.advance : 1); t++) {
      if (scratch.getState().session?.state.status !== 'running') break;
      out.push(...scratch.endTurn(playbookResponse));
    }
    return out;
  };

  // The work happens on a store of its own with no storage, and the game store changes once: the
  // screen never flashes through the brief or the steps between, and a talk never overwrites a save.
  const scratchFrom = () => createGameStore(() => scenario.config, undefined);
  const publish = (scratch: GameStore) => {
    const session = scratch.getState().session;
    game.setState({ screen: session && session.state.status !== 'running' ? 'debrief' : 'board', session });
  };

  const goto = (target: number | string) => {
    const n = resolveStep(scenario, target);
    if (n === null) return;
    const to = Math.max(0, Math.min(count, n));
    const scratch = scratchFrom();
    scratch.open(ref, scenario.config, seed);
    scratch.begin();
    let last: SimEvent[] = [];
    for (let i = 0; i < to; i++) last = playOne(scratch, i);
    position = to;
    events = last;
    publish(scratch);
    changed();
  };

  const next = () => {
    const session = game.getState().session;
    if (position >= count || !session || session.state.status !== 'running') {
      pause();
      return;
    }
    const scratch = scratchFrom();
    scratch.setState({ screen: 'board', session });
    events = playOne(scratch, position);
    position++;
    publish(scratch);
    if (position >= count || game.getState().session?.state.status !== 'running') stopTimer();
    changed();
  };

  const stopTimer = () => {
    if (timer !== null) clearInterval(timer);
    timer = null;
  };
  const pause = () => {
    if (timer === null) return;
    stopTimer();
    changed();
  };

  return {
    scenario,
    view,
    state: () => game.getState().session?.state ?? null,
    goto,
    choose: (step, option) => {
      if (!validChoice(step, option)) return false;
      choices = { ...choices, [step]: option };
      // Steps after the vote's own were played with the old choice: play them again.
      if (position > stepIndex(scenario, step) + 1) goto(position);
      else changed();
      return true;
    },
    next,
    prev: () => { if (position > 0) goto(position - 1); },
    play: (intervalSeconds = defaultInterval) => {
      stopTimer();
      if (position >= count) return;
      timer = setInterval(next, intervalSeconds * 1000);
      changed();
    },
    pause,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
