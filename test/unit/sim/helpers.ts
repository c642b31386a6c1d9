import { loadShippedScenario } from '../../../src/cli/scenario-files.ts';
import { runGame, STRATEGIES, summarize } from '../../../src/sim/index.ts';
import type { GameState, MetricsSummary, ScenarioConfig, TurnMetrics } from '../../../src/sim/index.ts';

/** The shipped scenario players start with, as the game loads it from scenarios/our-devops-journey. */
export const journey: ScenarioConfig = loadShippedScenario('our-devops-journey');

export function play(strategy: string, seed: number, scenario: ScenarioConfig = journey): GameState {
  return runGame(scenario, seed, STRATEGIES[strategy]!);
}

/** Metrics pooled over several games: the turn histories are concatenated. */
export function pooled(states: GameState[], fromFraction = 0): MetricsSummary {
  const history: TurnMetrics[] = [];
  for (const s of states) history.push(...s.history.slice(Math.floor(s.history.length * fromFraction)));
  return summarize({ ...states[0]!, history });
}

/** A quiet world: no random events, spikes, hardware faults or vulnerabilities. */
export function quiet(base: ScenarioConfig, patch: Partial<ScenarioConfig>): ScenarioConfig {
  return {
    ...base,
    events: { randomChancePerTurn: 0, randomPool: [], scheduled: [], definitions: [] },
    traffic: { ...base.traffic, spikeChancePerTurn: 0, scheduledSpikes: [] },
    initial: { ...base.initial, vulnerabilities: 0, techDebt: 0 },
    tuning: { hardwareFaultsPerNodeYear: 0, ossVulnsPerTurn: 0, debtScale: 1e12 },
    ...patch,
  };
}
