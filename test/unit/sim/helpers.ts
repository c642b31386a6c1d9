import { loadShippedScenario } from '../../../src/cli/scenario-files.ts';
import { runGame, STRATEGIES, summarize } from '../../../src/sim/index.ts';
import type { GameState, MetricsSummary, ScenarioConfig, TurnMetrics } from '../../../src/sim/index.ts';

/** The shipped scenario players start with, as the game loads it from scenarios/our-devops-journey. */
export const journey: ScenarioConfig = loadShippedScenario('our-devops-journey');

/**
 * The same company with the game's stakes switched off: the published checks measure how a company
 * works, so one that would lose the customers' trust or its market keeps running long enough for
 * its steady state to be measured (bankruptcy still ends it).
 */
export const company: ScenarioConfig = { ...journey, stakes: { trustAvailability: 0, disruptedUsers: 0 } };

export function play(strategy: string, seed: number, scenario: ScenarioConfig = company): GameState {
  return runGame(scenario, seed, STRATEGIES[strategy]!);
}

/** Metrics pooled over several games: the turn histories are concatenated. */
export function pooled(states: GameState[], fromFraction = 0): MetricsSummary {
  const history: TurnMetrics[] = [];
  for (const s of states) history.push(...s.history.slice(Math.floor(s.history.length * fromFraction)));
  return summarize({ ...states[0]!, history });
}

/** A quiet world: no random events, spikes, hardware faults, vulnerabilities or acts. */
export function quiet(base: ScenarioConfig, patch: Partial<ScenarioConfig>): ScenarioConfig {
  return {
    ...base,
    events: { randomChancePerTurn: 0, randomPool: [], repeatRandom: false, scheduled: [], definitions: [] },
    traffic: { ...base.traffic, spikeChancePerTurn: 0, scheduledSpikes: [] },
    initial: { ...base.initial, vulnerabilities: 0, techDebt: 0 },
    tuning: { hardwareFaultsPerNodeYear: 0, ossVulnsPerTurn: 0, debtScale: 1e12 },
    // One act: the market neither grows nor speeds up, no rival, no new attackers.
    acts: [{ turn: 1, year: base.startYear, users: 1, rival: 1, shelfLifeDays: 3650, attackers: 1 }],
    market: { ...base.market, rivalFeaturesPerTurn: 0 },
    ...patch,
  };
}

/** An agile company in 2005: CI, reviews, a release every two weeks, tested by hand; its debt stays. */
const agileBase = quiet(journey, {
  era: 'agile',
  turns: 16,
  practices: {
    adopted: ['peer-code-reviews', 'configuration-management', 'release-management', 'sprint-rituals', 'continuous-integration', 'lightweight-approval'],
    offered: 'all',
  },
  policies: { ...journey.policies, cadence: { kind: 'interval', days: 14 }, approval: 'lightweight' },
});
export const agile: ScenarioConfig = {
  ...agileBase,
  acts: [{ ...agileBase.acts[0]!, year: 2005 }],
  initial: { ...agileBase.initial, techDebt: journey.initial.techDebt },
  tuning: { hardwareFaultsPerNodeYear: 0, ossVulnsPerTurn: 0 },
};
