import type { TFunction } from 'i18next';
import type { LoadedScenario } from '../scenarios/load.ts';

/**
 * The words of a scenario's event (its own, or the built-in texts the loader supplies), falling back
 * to the ids for an event the scenario does not describe, so a dialog is never blank.
 */
export function eventText(t: TFunction, ns: string, scenario: LoadedScenario | null, event: string, params: Record<string, unknown> = {}) {
  const keys = scenario?.events[event];
  return {
    title: keys ? t(keys.title, { ns, ...params }) : event,
    text: keys ? t(keys.text, { ns, ...params }) : event,
    option: (id: string) => (keys?.options[id] ? t(keys.options[id], { ns, ...params }) : id),
  };
}
