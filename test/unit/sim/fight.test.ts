// Major incidents the player fights: the turn stops, the company's practices decide what it can
// do, and the response changes the time to restore through the engine's own mechanisms.
import { describe, expect, it } from 'vitest';
import {
  advanceTurn, applyCommand, checkCommand, createGame, fightBrief, hashState, mechanisms, RESPONSE_POLICIES, runGame, STRATEGIES,
} from '../../../src/sim/index.ts';
import type { Command, GameState, IncidentAction, Responders, ScenarioConfig, SimEvent } from '../../../src/sim/index.ts';
import { company } from './helpers.ts';

const ELITE = [
  'continuous-integration', 'automated-testing', 'configuration-management', 'continuous-delivery', 'feature-flags',
  'application-performance-management', 'usage-monitoring', 'release-management',
];
const elite: ScenarioConfig = { ...company, practices: { ...company.practices, adopted: ELITE } };

/** Plays turns until the game stops at a major incident; null if it never does within the game. */
function firstFight(scenario: ScenarioConfig, seed: number): GameState | null {
  let s = createGame(scenario, seed);
  while (s.status === 'running') {
    s = advanceTurn(s, null).state;
    if (s.fight) return s;
  }
  return null;
}

/** Every stop at a major incident over a game, the playbook answering each to go on. */
function allFights(scenario: ScenarioConfig, seed: number): GameState[] {
  const out: GameState[] = [];
  let s = createGame(scenario, seed);
  while (s.status === 'running') {
    s = advanceTurn(s, null).state;
    while (s.fight) {
      out.push(s);
      s = respond(s, s.fight.actions[0]!, 'onCall').state;
    }
  }
  return out;
}

function respond(s: GameState, action: IncidentAction, responders: Responders): { state: GameState; events: SimEvent[] } {
  const r = applyCommand(s, { type: 'respondIncident', action, responders });
  if (!r.ok) throw new Error(r.reason.code);
  return r;
}

/** Hours from the failure to restored service for the fought incident, whenever it comes back. */
function restoreHours(paused: GameState, action: IncidentAction, responders: Responders): number {
  const id = paused.fight!.incident;
  let { state, events } = respond(paused, action, responders);
  for (let turn = 0; turn < 6; turn++) {
    const restored = events.find((e) => e.type === 'incidentRestored' && e.params.incident === id);
    if (restored) return Number(restored.params.hours);
    if (state.status !== 'running') break;
    ({ state, events } = advanceTurn(state));
  }
  return Infinity;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('a major incident', () => {
  const paused = firstFight(company, 3)!;

  it('stops the turn when the team notices it, and only a response moves the game on', () => {
    expect(paused).not.toBeNull();
    const inc = paused.ops.open.find((i) => i.id === paused.fight!.incident)!;
    expect(inc.impact).toBeGreaterThanOrEqual(company.incidents.majorImpact);
    expect(paused.fight!.at).toBe(inc.detectAt);
    const turn = paused.turn;
    expect(advanceTurn(paused, null).state).toBe(paused);
    const other: Command = { type: 'hire', role: 'developer', count: 1 };
    expect(checkCommand(paused, other)?.code).toBe('incidentWaiting');
    expect(checkCommand(paused, { type: 'respondIncident', action: 'teleport', responders: 'onCall' })?.code).toBe('responseNotPossible');
    expect(checkCommand(paused, { type: 'respondIncident', action: paused.fight!.actions[0], responders: 'everyone' })?.code).toBe('invalidCommand');
    const after = respond(paused, paused.fight!.actions[0]!, 'onCall').state;
    expect(after.fight).toBeUndefined();
    expect(after.turn).toBe(turn + 1);
    expect(checkCommand(after, { type: 'respondIncident', action: 'rollback', responders: 'onCall' })?.code).toBe('noIncidentToFight');
  });

  it('gives the same game whether a person answers after a save and reload or a policy answers in place', () => {
    for (const [name, policy] of Object.entries(RESPONSE_POLICIES)) {
      for (const seed of [3, 8]) {
        let s = createGame(elite, seed);
        while (s.status === 'running') {
          s = JSON.parse(JSON.stringify(advanceTurn(s, null).state)) as GameState;
          while (s.fight) {
            const r = policy(s);
            s = JSON.parse(JSON.stringify(respond(s, r.action, r.responders).state)) as GameState;
          }
        }
        expect(hashState(s), `${name} ${seed}`).toBe(hashState(runGame(elite, seed, STRATEGIES.doNothing!, elite.turns, policy)));
      }
    }
  });

  it('offers only what the company can do: no rollback without release automation, no flag without feature flags', () => {
    const waterfall = firstFight(company, 3)!;
    expect(waterfall.fight!.actions).not.toContain('flag');
    expect(waterfall.fight!.actions).not.toContain('rollback');
    let flags = 0;
    let rollbacks = 0;
    const flagged: ScenarioConfig = { ...company, practices: { ...company.practices, adopted: ['continuous-integration', 'feature-flags', 'release-management'] } };
    for (const s of [1, 2, 3, 4, 5].flatMap((seed) => allFights(flagged, seed))) {
      const inc = s.ops.open.find((i) => i.id === s.fight!.incident)!;
      if (inc.cause === 'change') {
        rollbacks += s.fight!.actions.includes('rollback') ? 1 : 0;
        flags += s.fight!.actions.includes('flag') ? 1 : 0;
      } else {
        expect(s.fight!.actions).not.toContain('rollback');
      }
    }
    expect(rollbacks).toBeGreaterThan(0);
    expect(flags).toBeGreaterThan(0);
  });

  it('shows the team less without monitoring and tracing: no measured impact, no domain, no estimate', () => {
    const blind = fightBrief(paused, mechanisms(paused))!;
    expect(blind.sees).toBe(0);
    expect(blind.impact).toBeNull();
    expect(blind.domain).toBeNull();
    expect(blind.estimates).toBeNull();
    const s = firstFight(elite, 3)!;
    const seen = fightBrief(s, mechanisms(s))!;
    expect(seen.sees).toBe(2);
    expect(seen.impact).toBeGreaterThan(0);
    expect(seen.domain).not.toBeNull();
    expect(Object.keys(seen.estimates!).length).toBe(seen.actions.length * 3);
  });

  it('is a choice: the expert restores familiar failures faster than the on-call engineer, a war room costs planned work, and a rollback beats a hotfix through a slow pipeline', () => {
    const onCall: number[] = [], expert: number[] = [], rollback: number[] = [], hotfix: number[] = [];
    const taxOnCall: number[] = [], taxWarRoom: number[] = [];
    const rollbackCompany: ScenarioConfig = { ...company, practices: { ...company.practices, adopted: ['release-management'] } };
    for (const s of [1, 2, 3, 4, 5, 6].flatMap((seed) => allFights(rollbackCompany, seed))) {
      const inc = s.ops.open.find((i) => i.id === s.fight!.incident)!;
      const action = s.fight!.actions[0]!;
      if (inc.cause !== 'capacity' && (inc.domain === 'obvious' || inc.domain === 'complicated')) {
        onCall.push(restoreHours(s, action, 'onCall'));
        expert.push(restoreHours(s, action, 'expert'));
      }
      taxOnCall.push(respond(s, action, 'onCall').state.history.at(-1)!.unplannedWorkShare);
      taxWarRoom.push(respond(s, action, 'warRoom').state.history.at(-1)!.unplannedWorkShare);
      if (s.fight!.actions.includes('rollback') && s.fight!.actions.includes('fixForward')) {
        rollback.push(restoreHours(s, 'rollback', 'onCall'));
        hotfix.push(restoreHours(s, 'fixForward', 'onCall'));
      }
    }
    expect(onCall.length).toBeGreaterThan(8);
    expect(median(expert)).toBeLessThan(median(onCall));
    expect(rollback.length).toBeGreaterThan(8);
    expect(median(rollback)).toBeLessThan(median(hotfix));
    // Half the developers in the room: the turn's share of unplanned work grows.
    expect(median(taxWarRoom)).toBeGreaterThan(median(taxOnCall));
  });

  it('comes at most as often as the scenario says, and never when its threshold is out of reach', () => {
    for (let seed = 1; seed <= 5; seed++) {
      let s = createGame(company, seed);
      while (s.status === 'running') {
        const r = advanceTurn(s, null);
        expect(r.events.filter((e) => e.type === 'incidentFight').length).toBeLessThanOrEqual(1);
        s = r.state.fight ? respond(r.state, r.state.fight.actions[0]!, 'onCall').state : r.state;
      }
    }
    const never: ScenarioConfig = { ...company, incidents: { majorImpact: 1.01, fightsPerTurn: 1 } };
    expect(firstFight(never, 3)).toBeNull();
    expect(firstFight({ ...company, incidents: { majorImpact: 0.2, fightsPerTurn: 0 } }, 3)).toBeNull();
  });
});
