import type { LoadedScenario } from '../scenarios/load.ts';
import { eventText } from './event-text.ts';
import type { Say } from './scenario-words.ts';

/** The scenario's own names for what facts carry as ids: its services, events and their options. */
export interface ScenarioNames {
  service(id: string): string;
  event(id: string): string;
  option(event: string, option: string): string;
}

export function scenarioNames(say: Say, scenario: LoadedScenario | null): ScenarioNames {
  return {
    service: (id) => {
      const key = scenario?.systemNames[id];
      return key ? say(key) || id : id;
    },
    event: (id) => eventText(say, scenario, id).title,
    option: (event, option) => eventText(say, scenario, event).option(option),
  };
}
