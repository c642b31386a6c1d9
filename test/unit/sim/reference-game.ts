// A fixed game used to compare engines: the same scenario, seed and commands must give the same
// state hash in Node and in a browser. Imports only the engine, so a browser bundle can load it;
// the scenario comes in as a parameter: the Node side (hash-fixture.test.ts, determinism.spec.ts)
// loads the shipped our-devops-journey from disk and hands the same JSON to the browser.
import { advanceTurn, applyCommand, BUILTIN_EVENTS, createGame, hashState } from '../../../src/sim/index.ts';
import type { Command, GameState, ScenarioConfig } from '../../../src/sim/index.ts';

export const REFERENCE_SEED = 20240607;
export const REFERENCE_TURNS = 24;

/** Commands given before each turn (by turn index); some are refused, which is part of the test. */
const PLAN: Record<number, Command[]> = {
  0: [{ type: 'adoptPractice', practice: 'peer-code-reviews' }, { type: 'adoptPractice', practice: 'configuration-management' }],
  2: [{ type: 'adoptPractice', practice: 'release-management' }, { type: 'adoptPractice', practice: 'blameless-postmortems' }],
  3: [{ type: 'setPolicy', policy: 'capacitySplit', value: { features: 60, debt: 20, security: 5, operations: 15 } }],
  4: [{ type: 'hire', role: 'developer', count: 2 }, { type: 'advanceEra' }],
  5: [{ type: 'advanceEra' }],
  6: [
    { type: 'adoptPractice', practice: 'continuous-integration' }, { type: 'adoptPractice', practice: 'sprint-rituals' },
    { type: 'adoptPractice', practice: 'lightweight-approval' },
  ],
  8: [{ type: 'setPolicy', policy: 'approval', value: 'lightweight' }, { type: 'setPolicy', policy: 'cadence', value: { kind: 'interval', days: 30 } }],
  10: [{ type: 'adoptPractice', practice: 'automated-testing' }, { type: 'adoptPractice', practice: 'wip-limits' }],
  12: [{ type: 'setPolicy', policy: 'wipLimit', value: 16 }, { type: 'setPolicy', policy: 'incidentResponse', value: 'fixForward' }],
  14: [{ type: 'adoptPractice', practice: 'continuous-delivery' }, { type: 'setPolicy', policy: 'cadence', value: { kind: 'interval', days: 14 } }],
  16: [{ type: 'fire', role: 'tester', count: 1 }, { type: 'advanceEra' }],
  18: [{ type: 'setPolicy', policy: 'cadence', value: { kind: 'continuous' } }, { type: 'adoptPractice', practice: 'feature-flags' }],
  20: [{ type: 'expandMarket' }, { type: 'adoptPractice', practice: 'ai-assisted-coding' }],
};

/** Pending events are answered in rotation, so both healthy and toxic options get exercised. */
function answers(s: GameState): Command[] {
  return s.pendingEvents.map((p, i) => {
    const options = BUILTIN_EVENTS.find((d) => d.id === p.event)?.options ?? [];
    const option = options.length > 0 ? options[(s.turn + i) % options.length]!.id : '';
    return { type: 'chooseEventOption', event: p.id, option };
  });
}

/**
 * Plays the reference game of `scenario` and returns the final state's hash. With `roundTrip`, the
 * state goes through JSON before every command and turn, as a save and reload would.
 */
export function referenceGame(scenario: ScenarioConfig, roundTrip = false): { hash: string; turns: number } {
  const load = (s: GameState): GameState => (roundTrip ? (JSON.parse(JSON.stringify(s)) as GameState) : s);
  // Stakes off: a lost game would stop early and leave the later turns' commands untested.
  let s = createGame({ ...scenario, stakes: { trustAvailability: 0, disruptedUsers: 0 } }, REFERENCE_SEED);
  let turns = 0;
  for (let t = 0; t < REFERENCE_TURNS && s.status === 'running'; t++) {
    for (const cmd of [...answers(s), ...(PLAN[t] ?? [])]) {
      const r = applyCommand(load(s), cmd);
      if (r.ok) s = r.state;
    }
    s = advanceTurn(load(s)).state;
    turns++;
  }
  return { hash: hashState(s), turns };
}
