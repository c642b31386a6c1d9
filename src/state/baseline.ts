import { STRATEGIES, runGame } from '../sim/index.ts';
import type { GameState, ScenarioConfig } from '../sim/types.ts';

/** The same scenario and seed played by nobody: the yardstick the debrief compares the player with. */
export function playBaseline(scenario: ScenarioConfig, seed: number): GameState {
  return runGame(scenario, seed, STRATEGIES.doNothing);
}
