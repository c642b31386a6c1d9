import type { LoadedScenario } from '../scenarios/load.ts';
import type { Say } from './scenario-words.ts';

/**
 * The words of a scenario's event (its own, or the built-in texts the loader supplies), falling back
 * to the ids for an event the scenario does not describe, so a dialog is never blank.
 */
export function eventText(say: Say, scenario: LoadedScenario | null, event: string) {
  const keys = scenario?.events[event];
  return {
    title: keys ? say(keys.title) : event,
    text: keys ? say(keys.text) : event,
    option: (id: string) => (keys?.options[id] ? say(keys.options[id]) : id),
  };
}
