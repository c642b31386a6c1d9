// Wires a stepper to the host page: commands in, events out, and reveal's slide messages.
import type { LoadedScenario } from '../scenarios/load.ts';
import { runSteps, type Choices } from '../scenarios/steps.ts';
import { advanceTurn } from '../sim/index.ts';
import type { GameState } from '../sim/types.ts';
import type { SettingsStore } from '../state/settings.ts';
import type { Bridge } from './bridge.ts';
import type { OutPayload } from './protocol.ts';
import { doraSnapshot } from './metrics.ts';
import type { Mode } from './url.ts';
import { defaultInterval, type Stepper, type StepView } from './stepper.ts';

export interface CompanionOptions {
  bridge: Bridge;
  stepper: Stepper;
  settings: SettingsStore;
  mode: Mode;
  language: () => string;
  /** Seconds between steps while playing, unless a play command names its own. */
  interval?: number;
  autoplay: boolean;
  /** The speaker's notes for the step on screen, in the game's language (built by the UI layer). */
  notes?: (view: StepView) => Omit<Extract<OutPayload, { type: 'notes' }>, 'type'>;
}

export interface Companion {
  /** The language changed: the notes are told again in it. */
  languageChanged(): void;
}

export function connectCompanion({ bridge, stepper, settings, mode, language, interval, autoplay, notes }: CompanionOptions): Companion {
  const fields = (v: StepView) => ({ step: v.step, steps: v.steps, id: v.id, turn: v.turn, playing: v.playing, choices: v.choices });
  const metrics = () => {
    const state = stepper.state();
    return state ? doraSnapshot(state) : null;
  };
  let lastStep = stepper.view().step;
  let endedAt = -1;
  // reveal pauses a slide it leaves; coming back resumes only what was playing, at its speed.
  let resumeOnStart = autoplay;
  let speed = interval;
  const tellNotes = () => { if (notes) bridge.post({ type: 'notes', ...notes(stepper.view()) }); };

  stepper.subscribe((v) => {
    bridge.post({ type: 'step', ...fields(v) });
    // A change of playing alone is a step event too, but the step's facts are told once.
    if (v.step !== lastStep) {
      lastStep = v.step;
      for (const e of v.events) {
        if (e.type !== 'incident') continue;
        const p = e.params;
        // The engine counts turns from 0 while one is played; hosts count them as the screen does, from 1.
        bridge.post({
          type: 'incident', turn: e.turn + 1, incident: Number(p.incident), cause: String(p.cause), service: String(p.service),
          domain: String(p.domain), impact: Number(p.impact), recovery: String(p.recovery),
        });
      }
      const m = metrics();
      if (m) bridge.post({ type: 'metrics', turn: v.turn, ...m });
      tellNotes();
    }
    const over = v.step >= v.steps || v.status !== 'running';
    if (over && endedAt !== v.step) {
      endedAt = v.step;
      bridge.post({ type: 'ended', ...fields(v), status: v.status });
    } else if (!over) endedAt = -1;
  });

  // Ready first: the commands that waited for it run next, in order, and each is answered after it.
  bridge.post({ type: 'ready', scenario: stepper.scenario.id, mode, lang: language(), ...fields(stepper.view()) });
  tellNotes();
  bridge.attach({
    run(command) {
      switch (command.type) {
        case 'goto': stepper.goto(command.step); break;
        case 'next': stepper.next(); break;
        case 'prev': stepper.prev(); break;
        case 'play': resumeOnStart = true; speed = command.interval ?? speed; stepper.play(speed); break;
        case 'pause': resumeOnStart = false; stepper.pause(); break;
        case 'reset': resumeOnStart = false; stepper.pause(); stepper.goto(0); break;
        case 'choose':
          if (!stepper.choose(command.step, command.option)) console.warn(`DevOps Journey: choose ignored, step ${JSON.stringify(command.step)} has no vote with an option ${JSON.stringify(command.option)}.`);
          break;
        case 'setLanguage': settings.setState({ language: command.lang }); break;
        case 'getState': {
          const v = stepper.view();
          bridge.post({ type: 'state', scenario: stepper.scenario.id, lang: language(), ...fields(v), dora: metrics()?.dora ?? null, interval: speed ?? defaultInterval });
          break;
        }
      }
    },
    slide(event) {
      if (event === 'slide:stop') stepper.pause();
      else if (resumeOnStart && !stepper.view().playing) stepper.play(speed);
    },
  });
  if (autoplay) stepper.play(speed);
  return { languageChanged: tellNotes };
}

/** The game after `position` steps (or turns, for a scenario without steps), for a still picture. */
export function stateAt(scenario: LoadedScenario, position: number, seed: number, choices: Choices = {}): GameState {
  let state = runSteps(scenario, Math.min(position, scenario.steps.length), seed, choices).state;
  for (let i = scenario.steps.length; i < position && state.status === 'running'; i++) state = advanceTurn(state).state;
  return state;
}
