// Built-in players for headless runs (balance reports, tests, the CLI). A strategy is a pure
// function of the state: it returns the commands for this turn, answers to pending events
// included. Commands that turn out illegal are simply refused by the engine.
import { ERA_DEFS } from './catalog/eras.ts';
import { HEALTHY_OPTIONS, TOXIC_OPTIONS } from './catalog/events.ts';
import { PRACTICES, practiceById, practicePrice } from './catalog/practices.ts';
import { applyCommand, checkCommand } from './commands.ts';
import { currentYear, expansionCost, practiceYear } from './world.ts';
import { createGame, playbookResponse, playTurnInPlace } from './engine.ts';
import type { ResponsePolicy } from './engine.ts';
import { eventDef } from './events.ts';
import { chance, intBelow, nextU32 } from './rng.ts';
import type { Command, GameState, PracticeDef, Responders, ScenarioConfig } from './types.ts';
import { ERAS, RESPONDERS } from './types.ts';
import { fightBrief } from './ops/fight.ts';
import { knobs } from './mechanisms.ts';

/** Reads the state it is given and returns commands; it must not keep or change the state. */
export type Strategy = (state: GameState) => Command[];

const has = (s: GameState, id: string): boolean => s.practices.adopted.includes(id);

function answers(s: GameState, table: Record<string, string>): Command[] {
  return s.pendingEvents.map((p) => {
    const def = eventDef(s, p.event);
    const wanted = table[p.event];
    const option = wanted && def?.options.some((o) => o.id === wanted) ? wanted : def?.options[0]?.id ?? '';
    return { type: 'chooseEventOption', event: p.id, option };
  });
}

function salaries(s: GameState): number {
  return (s.team.developers + s.team.testers + s.team.operations) * s.scenario.team.salaryPerTurn;
}

/**
 * Adopts practices in the given order as soon as they are unlocked, their prerequisites are in
 * place and the money allows (keeping three turns of salaries in reserve), saving for a core
 * capability rather than buying past it. Adoptions under way are
 * limited by their total dip, which bounds the depth of the J-curve.
 */
function adoptInOrder(s: GameState, order: readonly PracticeDef[], maxDip: number): Command[] {
  const out: Command[] = [];
  const offered = s.scenario.practices.offered;
  const adopted = new Set(s.practices.adopted);
  let dip = 0;
  for (const a of s.practices.adopting) dip += practiceById(a.id)!.dip;
  if (dip > maxDip) return out;
  const era = ERAS.indexOf(s.era);
  const year = currentYear(s);
  let budget = s.money.budget - 3 * salaries(s);
  for (const p of order) {
    if (adopted.has(p.id) || ERAS.indexOf(p.era) > era || practiceYear(p) > year || s.practices.adopting.some((a) => a.id === p.id)) continue;
    if (offered !== 'all' && !offered.includes(p.id)) continue;
    if (!p.requires.every((r) => adopted.has(r))) continue;
    const price = practicePrice(s.scenario, p);
    // A core capability the money does not reach yet is saved for: cheaper extras bought meanwhile
    // would keep it out of reach for turns. One dearer than all the cash is not waited for.
    if (price.upfront > budget && price.upfront <= s.money.budget && CORE.includes(p.id)) break;
    if (price.upfront > budget || dip + p.dip > maxDip) continue;
    budget -= price.upfront + 4 * price.perTurn;
    dip += p.dip;
    out.push({ type: 'adoptPractice', practice: p.id });
  }
  return out;
}

function nextEra(s: GameState): Command[] {
  const i = ERAS.indexOf(s.era);
  if (i >= ERAS.indexOf(s.scenario.maxEra)) return [];
  const next = ERAS[i + 1]!;
  return ERA_DEFS[next].requires.every((r) => has(s, r)) ? [{ type: 'advanceEra' }] : [];
}

/** Fastest release cadence the era allows; continuous once deploys are automated. */
function fastCadence(s: GameState, automatedNeeded: boolean): Command[] {
  const era = ERA_DEFS[s.era];
  const allowed = s.scenario.allowedPolicies;
  if (era.continuous && allowed.continuous && (!automatedNeeded || has(s, 'continuous-delivery'))) {
    return s.policies.cadence.kind === 'continuous' ? [] : [{ type: 'setPolicy', policy: 'cadence', value: { kind: 'continuous' } }];
  }
  const days = Math.max(era.minCadenceDays, allowed.minCadenceDays, has(s, 'continuous-integration') ? 7 : 30);
  const cur = s.policies.cadence;
  if (cur.kind === 'interval' && cur.days <= days) return [];
  return [{ type: 'setPolicy', policy: 'cadence', value: { kind: 'interval', days } }];
}

function leanPolicies(s: GameState): Command[] {
  const out: Command[] = [];
  if (has(s, 'lightweight-approval') && s.policies.approval === 'cab' && s.scenario.allowedPolicies.approvals.includes('lightweight')) {
    out.push({ type: 'setPolicy', policy: 'approval', value: 'lightweight' });
  }
  // A limit that binds: three quarters of the team, so people pair on what is open (the team grows).
  const limit = Math.max(2, Math.round(s.team.developers * 0.75));
  if (has(s, 'wip-limits') && s.policies.wipLimit !== limit && s.scenario.allowedPolicies.wipLimit) {
    out.push({ type: 'setPolicy', policy: 'wipLimit', value: limit });
  }
  const split = s.policies.capacitySplit;
  if (split.debt < 20) {
    out.push({ type: 'setPolicy', policy: 'capacitySplit', value: { features: 55, debt: 20, security: 10, operations: 15 } });
  }
  return out;
}

/** Opens a new market when the cash would still pay six turns of salaries afterwards. */
function grow(s: GameState): Command[] {
  const cost = expansionCost(s);
  const late = s.turn >= s.scenario.turns - 2;
  return !late && cost > 0 && checkCommand(s, { type: 'expandMarket' }) === null && s.money.budget - cost > 6 * salaries(s)
    ? [{ type: 'expandMarket' }] : [];
}

const eraOrder = (a: PracticeDef, b: PracticeDef): number => ERAS.indexOf(a.era) - ERAS.indexOf(b.era);

/** The capabilities DORA names first, then everything else, each era in turn. */
const CORE = [
  'peer-code-reviews', 'configuration-management', 'release-management', 'sprint-rituals', 'continuous-integration',
  'automated-testing', 'trunk-based-development', 'lightweight-approval', 'wip-limits', 'small-batches',
  'application-performance-management', 'central-logging-alerting', 'continuous-delivery', 'feature-flags',
  'infrastructure-as-code', 'continuous-deployment', 'testing-in-production', 'automated-recovery',
  'blameless-postmortems', 'continuous-unit-testing',
];
const coreRank = (p: PracticeDef): number => (CORE.includes(p.id) ? CORE.indexOf(p.id) : CORE.length);
const ALL_DEVOPS = PRACTICES.slice().sort((a, b) => coreRank(a) - coreRank(b) || eraOrder(a, b));

const CULTURE_TAGS = new Set(['culture', 'team', 'lean']);
const isCulture = (p: PracticeDef): boolean => p.tags.some((t) => CULTURE_TAGS.has(t));
const CULTURE_FIRST = PRACTICES.slice().sort((a, b) => Number(isCulture(b)) - Number(isCulture(a)) || coreRank(a) - coreRank(b));

const ERA_KEYS = new Set(Object.values(ERA_DEFS).flatMap((e) => e.requires));
const TOOLS = PRACTICES.filter((p) => !p.tags.includes('culture') || ERA_KEYS.has(p.id))
  .filter((p) => p.id !== 'lightweight-approval' && p.id !== 'blameless-postmortems')
  .sort((a, b) => coreRank(a) - coreRank(b));

export const doNothing: Strategy = () => [];

export const allDevOps: Strategy = (s) => [
  ...answers(s, HEALTHY_OPTIONS), ...nextEra(s), ...leanPolicies(s), ...fastCadence(s, true), ...adoptInOrder(s, ALL_DEVOPS, 0.25), ...grow(s),
];

/** Automation bought like a tool: CAB stays, blame stays, no postmortems, no lean policies. */
export const toolsWithoutCulture: Strategy = (s) => [
  ...answers(s, TOXIC_OPTIONS), ...nextEra(s), ...fastCadence(s, true), ...adoptInOrder(s, TOOLS, 0.25), ...grow(s),
];

export const cultureFirst: Strategy = (s) => [
  ...answers(s, HEALTHY_OPTIONS), ...nextEra(s), ...leanPolicies(s), ...fastCadence(s, true), ...adoptInOrder(s, CULTURE_FIRST, 0.25), ...grow(s),
];

/** Draws from a copy of the game's strategy stream, moved on by the turn number. */
export const random: Strategy = (s) => {
  const r = s.rng['strategy']!.slice();
  for (let k = 0; k <= s.turn; k++) nextU32(r);
  const out: Command[] = s.pendingEvents.map((p) => {
    const opts = eventDef(s, p.event)?.options ?? [];
    return { type: 'chooseEventOption', event: p.id, option: opts.length > 0 ? opts[intBelow(r, opts.length)]!.id : '' };
  });
  if (chance(r, 0.5)) out.push({ type: 'adoptPractice', practice: PRACTICES[intBelow(r, PRACTICES.length)]!.id });
  if (chance(r, 0.15)) out.push({ type: 'advanceEra' });
  if (chance(r, 0.1)) {
    out.push(chance(r, 0.3)
      ? { type: 'setPolicy', policy: 'cadence', value: { kind: 'continuous' } }
      : { type: 'setPolicy', policy: 'cadence', value: { kind: 'interval', days: [7, 14, 30, 90, 180][intBelow(r, 5)]! } });
  }
  if (chance(r, 0.05)) out.push({ type: 'hire', role: 'developer', count: 1 + intBelow(r, 3) });
  if (chance(r, 0.05)) out.push({ type: 'setPolicy', policy: 'approval', value: chance(r, 0.5) ? 'cab' : 'lightweight' });
  return out;
};

export const STRATEGIES: Record<string, Strategy> = { doNothing, allDevOps, toolsWithoutCulture, cultureFirst, random };

/** The built-in strategies that adopt every practice on offer: a player's score is held against the better of them (par). */
export const PAR_STRATEGIES = ['allDevOps', 'cultureFirst'] as const;

/**
 * Answers to a major incident, for headless games and the balance report: the playbook by the
 * on-call engineer (what happens when nobody decides), always the expert, always a war room, the
 * way back a look at the estimates says is fastest, and always a hotfix through the pipeline.
 */
export const RESPONSE_POLICIES: Record<string, ResponsePolicy> = {
  playbook: playbookResponse,
  expert: (s) => ({ action: s.fight!.actions[0]!, responders: 'expert' }),
  warRoom: (s) => ({ action: s.fight!.actions[0]!, responders: 'warRoom' }),
  fastest: (s) => {
    const brief = fightBrief(s, knobs(s));
    const actions = s.fight!.actions;
    if (!brief?.estimates) return { action: actions[0]!, responders: 'onCall' };
    let best = { action: actions[0]!, responders: 'onCall' as Responders, hours: Infinity };
    for (const r of RESPONDERS) {
      for (const a of actions) {
        const h = brief.estimates[`${a}.${r}`];
        if (h !== null && h !== undefined && h < best.hours) best = { action: a, responders: r, hours: h };
      }
    }
    return { action: best.action, responders: best.responders };
  },
  fixForward: (s) => ({ action: s.fight!.actions.includes('fixForward') ? 'fixForward' : s.fight!.actions[0]!, responders: 'onCall' }),
};

/**
 * Plays a whole game: each turn the strategy's commands, then the turn. The states in between are
 * this function's own (a strategy reads the state it is given and keeps nothing of it), so turns
 * are played in place instead of on a copy; the result is the same as with advanceTurn.
 */
export function runGame(scenario: ScenarioConfig, seed: number, strategy: Strategy, turns = scenario.turns, respond: ResponsePolicy = playbookResponse): GameState {
  let s = createGame(scenario, seed);
  for (let t = 0; t < turns && s.status === 'running'; t++) {
    for (const cmd of strategy(s)) {
      const r = applyCommand(s, cmd);
      if (r.ok) s = r.state;
    }
    playTurnInPlace(s, null, respond);
  }
  return s;
}
