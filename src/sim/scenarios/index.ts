import type { ScenarioConfig } from '../types.ts';
import { defaultScenario } from './default.ts';
import { snapdealScenario } from './snapdeal.ts';

export { defaultScenario, snapdealScenario };

export const BUILTIN_SCENARIOS: Record<string, ScenarioConfig> = {
  [defaultScenario.id]: defaultScenario,
  [snapdealScenario.id]: snapdealScenario,
};
