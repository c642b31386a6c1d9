// A poster answers the same stepping commands as the presenter, so a deck's speaker view (which
// shows posters) follows the talk; it redraws a still picture and never runs a board or a timer.
import type { LoadedScenario } from '../scenarios/load.ts';
import type { GameState } from '../sim/types.ts';
import type { SettingsStore } from '../state/settings.ts';
import type { Bridge } from './bridge.ts';
import { stateAt } from './companion.ts';
import { doraSnapshot } from './metrics.ts';
import { resolveStep } from './stepper.ts';
import type { Choices } from '../scenarios/steps.ts';

export interface StillOptions {
  bridge: Bridge;
  scenario: LoadedScenario;
  seed: number;
  position: number;
  /** The options taken at the talk's votes (from the link). */
  choices: Choices;
  settings: SettingsStore;
  language: () => string;
  /** Draws the picture after `position` steps. */
  show(position: number, state: GameState): void;
}

export function connectStill({ bridge, scenario, seed, position: start, choices: initial, settings, language, show }: StillOptions): void {
  const count = scenario.steps.length || scenario.config.turns;
  let position = start;
  let choices: Record<string, string> = { ...initial };
  let state = stateAt(scenario, position, seed, choices);
  const fields = () => ({
    step: position, steps: count, id: position > 0 && scenario.steps.length > 0 ? scenario.steps[position - 1].id : null,
    turn: state.turn, playing: false, choices: { ...choices },
  });
  const go = (target: number | null, again = false) => {
    if (target === null) return;
    const to = Math.max(0, Math.min(count, target));
    if (to === position && !again) return;
    position = to;
    state = stateAt(scenario, position, seed, choices);
    show(position, state);
    bridge.post({ type: 'step', ...fields() });
    const m = doraSnapshot(state);
    if (m) bridge.post({ type: 'metrics', turn: state.turn, ...m });
  };
  bridge.post({ type: 'ready', scenario: scenario.id, mode: 'poster', lang: language(), ...fields() });
  bridge.attach({
    run(command) {
      switch (command.type) {
        case 'goto': go(resolveStep(scenario, command.step)); break;
        case 'next': go(position + 1); break;
        case 'prev': go(position - 1); break;
        case 'reset': go(0); break;
        case 'choose': {
          const index = scenario.steps.findIndex((s) => s.id === command.step);
          if (!scenario.steps[index]?.vote?.options.some((o) => o.id === command.option)) break;
          choices = { ...choices, [command.step]: command.option };
          go(position, true);
          break;
        }
        case 'setLanguage': settings.setState({ language: command.lang }); break;
        case 'getState':
          bridge.post({ type: 'state', scenario: scenario.id, lang: language(), ...fields(), dora: doraSnapshot(state)?.dora ?? null, interval: null });
          break;
        // A still does not play.
        case 'play': case 'pause': break;
      }
    },
    slide() {},
  });
}
