// Player commands. Every command is validated against the state; an illegal or malformed one
// returns a reason (a code and parameters for the UI to translate) and never throws.
import { spend } from './business.ts';
import { ERA_DEFS } from './catalog/eras.ts';
import { practiceById, practicePrice, PRACTICES } from './catalog/practices.ts';
import { emit, makeCtx } from './context.ts';
import type { Ctx } from './context.ts';
import { resumeTurn, scheduleCut } from './engine.ts';
import { eventDef, raise, resolve, shockEvents } from './events.ts';
import { knobs, tuning } from './mechanisms.ts';
import { cultureBand, leave, roleCount } from './people.ts';
import { cloneSmall, cloneState } from './state.ts';
import { currentYear, eraAtLeast, eraTooEarly, expansionCost, practiceYear } from './world.ts';
import type { CommandResult, GameState, Policies, Reason, Role, SimEvent } from './types.ts';
import { ERAS, RESPONDERS, ROLES, WORK_CLASSES } from './types.ts';
import type { IncidentAction, Responders } from './types.ts';

type Obj = Record<string, unknown>;

function fail(code: string, params: Reason['params'] = {}): { ok: false; reason: Reason } {
  return { ok: false, reason: { code, params } };
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isInt(v: unknown, lo: number, hi: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;
}

function has(s: GameState, id: string): boolean {
  return s.practices.adopted.includes(id);
}

/**
 * What a valid command will do. `deep` marks changes that may touch the flow's arrays, the event
 * heap, incidents or the random streams; the others run on a copy that shares those arrays.
 */
interface Plan { apply: (ctx: Ctx) => void; deep: boolean }
type Check = Reason | Plan;

const plan = (apply: (ctx: Ctx) => void): Plan => ({ apply, deep: false });
const deepPlan = (apply: (ctx: Ctx) => void): Plan => ({ apply, deep: true });

function eraIndex(s: GameState): number {
  return ERAS.indexOf(s.era);
}

function adopt(s: GameState, cmd: Obj): Check {
  const id = cmd['practice'];
  if (typeof id !== 'string') return { code: 'invalidCommand', params: { field: 'practice' } };
  const def = practiceById(id);
  if (!def) return { code: 'unknownPractice', params: { practice: id } };
  const offered = s.scenario.practices.offered;
  if (offered !== 'all' && !offered.includes(id)) return { code: 'practiceNotOffered', params: { practice: id } };
  if (ERAS.indexOf(def.era) > eraIndex(s)) return { code: 'practiceLocked', params: { practice: id, era: def.era } };
  if (currentYear(s) < practiceYear(def)) return { code: 'practiceNotYet', params: { practice: id, year: practiceYear(def) } };
  if (has(s, id) || s.practices.adopting.some((a) => a.id === id)) return { code: 'alreadyAdopted', params: { practice: id } };
  const missing = def.requires.find((r) => !has(s, r));
  if (missing) return { code: 'missingPrerequisite', params: { practice: id, requires: missing } };
  const { upfront } = practicePrice(s.scenario, def);
  if (upfront > s.money.budget) return { code: 'insufficientFunds', params: { cost: upfront, budget: s.money.budget } };
  return plan((ctx) => {
    spend(ctx.s, upfront);
    ctx.s.practices.adopting = [...ctx.s.practices.adopting, { id, turnsLeft: def.adoptionTurns }];
    emit(ctx, 'adoptionStarted', { practice: id, turns: def.adoptionTurns, cost: upfront });
  });
}

function abandon(s: GameState, cmd: Obj): Check {
  const id = cmd['practice'];
  if (typeof id !== 'string') return { code: 'invalidCommand', params: { field: 'practice' } };
  const adopting = s.practices.adopting.some((a) => a.id === id);
  if (!has(s, id) && !adopting) return { code: 'notAdopted', params: { practice: id } };
  const dependant = PRACTICES.find((p) => p.requires.includes(id) && (has(s, p.id) || s.practices.adopting.some((a) => a.id === p.id)));
  if (dependant) return { code: 'requiredBy', params: { practice: id, by: dependant.id } };
  const policyNeeds = (id === 'wip-limits' && s.policies.wipLimit !== null) || (id === 'lightweight-approval' && s.policies.approval === 'lightweight');
  if (policyNeeds) return { code: 'requiredByPolicy', params: { practice: id } };
  return plan((ctx) => {
    ctx.s.practices.adopted = ctx.s.practices.adopted.filter((p) => p !== id);
    ctx.s.practices.adopting = ctx.s.practices.adopting.filter((a) => a.id !== id);
    emit(ctx, 'practiceAbandoned', { practice: id });
  });
}

function setPolicy(s: GameState, cmd: Obj): Check {
  const value = cmd['value'];
  const allowed = s.scenario.allowedPolicies;
  const era = ERA_DEFS[s.era];
  switch (cmd['policy']) {
    case 'cadence': {
      if (!isObj(value)) return { code: 'invalidPolicyValue', params: { policy: 'cadence' } };
      if (value['kind'] === 'continuous') {
        if (!allowed.continuous || !era.continuous) return { code: 'policyNotAllowed', params: { policy: 'cadence', era: s.era } };
        return deepPlan((ctx) => { ctx.s.policies.cadence = { kind: 'continuous' }; scheduleCut(ctx); policyEvent(ctx, s, 'cadence'); });
      }
      const days = value['days'];
      if (value['kind'] !== 'interval' || !isInt(days, 1, 730)) return { code: 'invalidPolicyValue', params: { policy: 'cadence' } };
      const min = Math.max(allowed.minCadenceDays, era.minCadenceDays);
      if (days < min) return { code: 'cadenceTooShort', params: { days, min, era: s.era } };
      return deepPlan((ctx) => { ctx.s.policies.cadence = { kind: 'interval', days }; scheduleCut(ctx); policyEvent(ctx, s, 'cadence'); });
    }
    case 'wipLimit': {
      if (value === null) return plan((ctx) => { ctx.s.policies.wipLimit = null; policyEvent(ctx, s, 'wipLimit'); });
      if (!isInt(value, 1, 10000)) return { code: 'invalidPolicyValue', params: { policy: 'wipLimit' } };
      if (!allowed.wipLimit) return { code: 'policyNotAllowed', params: { policy: 'wipLimit' } };
      if (!has(s, 'wip-limits')) return { code: 'practiceRequired', params: { policy: 'wipLimit', practice: 'wip-limits' } };
      return plan((ctx) => { ctx.s.policies.wipLimit = value; policyEvent(ctx, s, 'wipLimit'); });
    }
    case 'approval': {
      if (value !== 'cab' && value !== 'lightweight') return { code: 'invalidPolicyValue', params: { policy: 'approval' } };
      if (!allowed.approvals.includes(value)) return { code: 'policyNotAllowed', params: { policy: 'approval' } };
      if (value === 'lightweight' && !has(s, 'lightweight-approval')) {
        return { code: 'practiceRequired', params: { policy: 'approval', practice: 'lightweight-approval' } };
      }
      return plan((ctx) => { ctx.s.policies.approval = value; policyEvent(ctx, s, 'approval'); });
    }
    case 'capacitySplit': {
      if (!isObj(value)) return { code: 'invalidPolicyValue', params: { policy: 'capacitySplit' } };
      let sum = 0;
      for (const c of WORK_CLASSES) {
        const v = value[c];
        if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return { code: 'invalidPolicyValue', params: { policy: 'capacitySplit', class: c } };
        sum += v;
      }
      if (Math.abs(sum - 100) > 1e-6) return { code: 'splitMustSum100', params: { sum } };
      const split = { features: value['features'] as number, debt: value['debt'] as number, security: value['security'] as number, operations: value['operations'] as number };
      return plan((ctx) => { ctx.s.policies.capacitySplit = split; policyEvent(ctx, s, 'capacitySplit'); });
    }
    case 'incidentResponse': {
      if (value !== 'rollback' && value !== 'fixForward') return { code: 'invalidPolicyValue', params: { policy: 'incidentResponse' } };
      return plan((ctx) => { ctx.s.policies.incidentResponse = value; policyEvent(ctx, s, 'incidentResponse'); });
    }
    default:
      return { code: 'unknownPolicy', params: { policy: String(cmd['policy']) } };
  }
}

/** A policy as a fact carries it: days or 'continuous', items or 'none', the split as "60/20/10/10". */
function policyValue(p: Policies, policy: keyof Policies): string | number {
  switch (policy) {
    case 'cadence': return p.cadence.kind === 'continuous' ? 'continuous' : p.cadence.days;
    case 'wipLimit': return p.wipLimit ?? 'none';
    case 'capacitySplit': return WORK_CLASSES.map((c) => p.capacitySplit[c]).join('/');
    default: return p[policy];
  }
}

/** The fact names the value before as well, so the log can say what changed without replaying the game. */
function policyEvent(ctx: Ctx, before: GameState, policy: keyof Policies): void {
  emit(ctx, 'policySet', { policy, from: policyValue(before.policies, policy), value: policyValue(ctx.s.policies, policy) });
}

function staffing(s: GameState, cmd: Obj, hire: boolean): Check {
  const role = cmd['role'];
  const count = cmd['count'];
  if (typeof role !== 'string' || !ROLES.includes(role as Role)) return { code: 'invalidRole', params: { role: String(role) } };
  const r = role as Role;
  if (!isInt(count, 1, 1000)) return { code: 'invalidCount', params: { count: String(count) } };
  if (hire) {
    const cost = s.scenario.team.hireCost * count;
    if (cost > s.money.budget) return { code: 'insufficientFunds', params: { cost, budget: s.money.budget } };
    return plan((ctx) => {
      spend(ctx.s, cost);
      ctx.s.team.hiring = [...ctx.s.team.hiring, { role: r, count, turnsLeft: Math.max(1, s.scenario.team.hireDelayTurns) }];
      emit(ctx, 'hiring', { role: r, count, cost });
    });
  }
  const max = roleCount(s, r) - (r === 'developer' ? 1 : 0);
  if (count > max) return { code: 'notEnoughStaff', params: { role: r, count, max } };
  return plan((ctx) => {
    leave(ctx, r, count);
    // Layoffs hurt the people who stay.
    ctx.s.people.morale = Math.max(0, ctx.s.people.morale - 0.03 * count);
    ctx.s.people.culture = Math.max(0, ctx.s.people.culture - count);
    emit(ctx, 'fired', { role: r, count, culture: cultureBand(ctx.s.people.culture) });
  });
}

function choose(s: GameState, cmd: Obj): Check {
  const key = cmd['event'];
  const option = cmd['option'];
  if (typeof key !== 'string' || typeof option !== 'string') return { code: 'invalidCommand', params: { field: 'event' } };
  const pending = s.pendingEvents.find((p) => p.id === key) ?? s.pendingEvents.find((p) => p.event === key);
  if (!pending) return { code: 'noSuchPendingEvent', params: { event: key } };
  const def = eventDef(s, pending.event);
  if (!def?.options.some((o) => o.id === option)) return { code: 'unknownOption', params: { event: pending.event, option } };
  // An answer's effects may add work, open incidents or draw random numbers.
  return deepPlan((ctx) => { resolve(ctx, ctx.s.pendingEvents.find((p) => p.id === pending.id)!, option, false); });
}

/**
 * A workshop's facilitator brings one of the scenario's events into the game (never a player: the
 * team room refuses it from clients). It is raised at once, as if the turn had opened with it: the
 * team answers it this turn, or its first option is taken when the next turn starts. It does not wait
 * for a major incident to be over. A temptation brought this way counts as come (no random repeat).
 */
function injectEvent(s: GameState, cmd: Obj): Check {
  const event = cmd['event'];
  if (typeof event !== 'string') return { code: 'invalidCommand', params: { field: 'event' } };
  if (!shockEvents(s.scenario).includes(event)) return { code: 'eventNotInScenario', params: { event } };
  if (s.pendingEvents.some((p) => p.event === event)) return { code: 'eventAlreadyPending', params: { event } };
  return plan((ctx) => {
    const seen = ctx.s.seenEvents;
    if (ctx.s.scenario.events.randomPool.includes(event) && !seen.includes(event)) ctx.s.seenEvents = [...seen, event];
    emit(ctx, 'eventInjected', { event });
    raise(ctx, event, { injected: 1 });
  });
}

function advanceEra(s: GameState): Check {
  const i = eraIndex(s);
  if (i >= ERAS.indexOf(s.scenario.maxEra) || i >= ERAS.length - 1) return { code: 'noNextEra', params: { era: s.era } };
  const next = ERAS[i + 1]!;
  const early = eraTooEarly(s, next);
  if (early) return { code: 'eraNotYet', params: early };
  const missing = ERA_DEFS[next].requires.find((r) => !has(s, r));
  if (missing) return { code: 'eraRequires', params: { era: next, practice: missing } };
  return plan((ctx) => {
    ctx.s.era = next;
    emit(ctx, 'eraAdvanced', { era: next });
  });
}

/** A new market or product line: more users (revenue, load and attackers), bought with cash. */
function expandMarket(s: GameState): Check {
  const market = s.scenario.market;
  if (!(market.expansionCost > 0)) return { code: 'noMarketOnOffer', params: {} };
  if (!eraAtLeast(s, market.expansionEra)) return { code: 'marketLocked', params: { era: market.expansionEra } };
  const cost = expansionCost(s);
  if (cost > s.money.budget) return { code: 'insufficientFunds', params: { cost, budget: s.money.budget } };
  return plan((ctx) => {
    spend(ctx.s, cost);
    const b = ctx.s.business;
    b.users *= 1 + market.expansionUsers;
    b.expansions++;
    emit(ctx, 'marketExpanded', { cost, users: Math.round(b.users), markets: b.expansions });
  });
}

/** The response to the major incident the turn stopped at; it plays the rest of the turn. */
function respondIncident(s: GameState, cmd: Obj): Check {
  const fight = s.fight;
  if (!fight) return { code: 'noIncidentToFight', params: {} };
  const action = cmd['action'];
  const responders = cmd['responders'];
  if (typeof action !== 'string' || !fight.actions.includes(action as IncidentAction)) {
    return { code: 'responseNotPossible', params: { action: String(action) } };
  }
  if (typeof responders !== 'string' || !RESPONDERS.includes(responders as Responders)) {
    return { code: 'invalidCommand', params: { field: 'responders' } };
  }
  return deepPlan((ctx) => { resumeTurn(ctx, action as IncidentAction, responders as Responders); });
}

function validate(state: GameState, cmd: unknown): Check {
  if (!isObj(cmd) || typeof cmd['type'] !== 'string') return { code: 'invalidCommand', params: { field: 'type' } };
  if (state.status !== 'running') return { code: 'gameOver', params: { status: state.status } };
  if (cmd['type'] === 'respondIncident') return respondIncident(state, cmd);
  if (cmd['type'] === 'injectEvent') return injectEvent(state, cmd);
  // The turn stands still at a major incident until the company responds to it.
  if (state.fight) return { code: 'incidentWaiting', params: {} };
  switch (cmd['type']) {
    case 'adoptPractice': return adopt(state, cmd);
    case 'abandonPractice': return abandon(state, cmd);
    case 'setPolicy': return setPolicy(state, cmd);
    case 'hire': return staffing(state, cmd, true);
    case 'fire': return staffing(state, cmd, false);
    case 'chooseEventOption': return choose(state, cmd);
    case 'advanceEra': return advanceEra(state);
    case 'expandMarket': return expandMarket(state);
    default: return { code: 'unknownCommand', params: { type: cmd['type'] } };
  }
}

// Only a state that is not a game state makes validation throw (e.g. a corrupted save).
function safeValidate(state: GameState, cmd: unknown): Check {
  try {
    return validate(state, cmd);
  } catch {
    return { code: 'invalidState', params: {} };
  }
}

const isPlan = (c: Check): c is Plan => 'apply' in c;

/**
 * Why a command would be refused, or null if `applyCommand` would accept it. Copies and changes
 * nothing, so the UI can ask it for every card on every render.
 */
export function checkCommand(state: GameState, cmd: unknown): Reason | null {
  const c = safeValidate(state, cmd);
  return isPlan(c) ? null : c;
}

export function applyCommand(state: GameState, cmd: unknown): CommandResult {
  const c = safeValidate(state, cmd);
  if (!isPlan(c)) return { ok: false, reason: c };
  try {
    const events: SimEvent[] = [];
    const s = c.deep ? cloneState(state) : cloneSmall(state);
    c.apply(makeCtx(s, knobs(s), tuning(s), events));
    return { ok: true, state: s, events };
  } catch {
    return fail('invalidState');
  }
}
