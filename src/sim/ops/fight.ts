// Major incidents the player fights. When the team notices one, the turn stops; the player
// chooses how to restore service and who works on it, and the turn goes on from that moment.
// Every choice acts through the engine's mechanisms: the diagnosis the responders need (Cynefin
// domain; Ashby's variety), the way back (undo the deploy, switch the flag off, a hotfix through
// the pipeline, a patch by hand, capacity, a new machine, the standby site) and what it costs
// (developer hours taken from planned work, money, a tired expert, what the team learns).
// Minor incidents, and major ones beyond the turn's fights, follow the team's playbook.
import { EV, FLAG_HOTFIX, KIND_FEATURE, KIND_FOLLOWUP, emit, schedule } from '../context.ts';
import type { Ctx } from '../context.ts';
import { spend } from '../business.ts';
import { addWork } from '../flow.ts';
import { exponential } from '../rng.ts';
import type { Cynefin, Fight, GameState, Incident, IncidentAction, IncidentCause, Mechanisms, Responders } from '../types.ts';
import { RESPONDERS } from '../types.ts';

const DOMAINS = ['obvious', 'complicated', 'complex', 'chaotic'] as const;
/** Mean hours to find the cause, by Cynefin domain, before the team's and the system's variety. */
const DIAGNOSIS_HOURS = [1, 6, 24, 72];

/** Ashby: the system's variety over the team's, kept within [0.5, 3]. */
export function gapBetween(systemVariety: number, teamVariety: number): number {
  const gap = systemVariety / teamVariety;
  return gap < 0.5 ? 0.5 : gap > 3 ? 3 : gap;
}

/** Mean hours the on-call engineer needs to find the cause in a Cynefin domain (by index). */
export function diagnosisMean(domain: number, diagnosisFactor: number, gap: number, knowledge: number): number {
  return DIAGNOSIS_HOURS[domain]! * diagnosisFactor * gap / knowledge;
}

/**
 * Diagnosis time of each kind of responders against the on-call engineer's, by Cynefin domain.
 * The expert has seen this system fail before, which helps least in a failure nobody has seen;
 * a war room brings many perspectives, which help most where cause and effect are unclear.
 */
export const RESPONDER_DIAGNOSIS: Record<Responders, readonly number[]> = {
  onCall: [1, 1, 1, 1],
  expert: [0.35, 0.35, 0.5, 0.8],
  warRoom: [0.8, 0.6, 0.45, 0.35],
};

/** Share of the developers who sit in a war room while the cause is sought. */
const WAR_ROOM_SHARE = 0.5;
/** Switching traffic to a standby site, once someone decides to. */
const FAILOVER_HOURS = 0.5;
const FLAG_HOURS = 0.1;

const domainIndex = (inc: Incident): number => DOMAINS.indexOf(inc.domain);

/** The team's usual way back: what the engine does for every incident nobody fights. */
export function playbook(ctx: Ctx, inc: Incident, flaggable: boolean): IncidentAction {
  switch (inc.cause) {
    case 'change':
      if (flaggable) return 'flag';
      return ctx.m.rollback > 0 && ctx.s.policies.incidentResponse === 'rollback' ? 'rollback' : 'fixForward';
    case 'security': return 'fixForward';
    case 'capacity': return 'scale';
    case 'hardware': return 'replace';
  }
}

/** What this company can do about the incident: its playbook first, then the other ways it has. */
export function actionsFor(ctx: Ctx, inc: Incident): IncidentAction[] {
  const m = ctx.m;
  const all: IncidentAction[] = [playbook(ctx, inc, inc.flaggable === true)];
  if (inc.cause === 'change') {
    if (inc.flaggable) all.push('flag');
    if (m.rollback > 0) all.push('rollback');
    all.push('fixForward', 'workaround');
  } else if (inc.cause === 'security') {
    all.push('fixForward', 'workaround');
  } else if (inc.cause === 'capacity') {
    all.push('scale');
    if (inc.until !== undefined) all.push('shed');
    if (m.failover > 0) all.push('failover');
  } else {
    all.push('replace');
    if (m.failover > 0) all.push('failover');
  }
  return [...new Set(all)];
}

/**
 * Developers drop what they do to respond. With the on-call engineer alone, more people join the
 * wider the gap between the system's variety and the team's; the expert works alone; a war room
 * takes half the developers for the whole diagnosis. Machines and capacity are ops' work.
 */
function staff(ctx: Ctx, inc: Incident, responders: Responders, diagnosis: number, gap: number): void {
  const s = ctx.s;
  const code = inc.cause === 'change' || inc.cause === 'security';
  let hours = 0;
  if (responders === 'onCall') {
    if (code) hours = ctx.t.responseEffortHours + diagnosis * gap;
  } else if (responders === 'expert') {
    hours = ctx.t.responseEffortHours + diagnosis;
    // Nights and weekends fall on the one person everyone calls.
    s.people.burnout = Math.min(1, s.people.burnout + 0.03);
  } else {
    hours = ctx.t.responseEffortHours + diagnosis * s.team.developers * WAR_ROOM_SHARE;
    // Everyone who was in the room now knows this part of the system.
    s.people.knowledge = Math.min(1, s.people.knowledge + 0.01);
  }
  s.flow.devTaxHours += hours;
  s.flow.acc.unplannedHours += hours;
}

/** Extra node-hours a capacity incident needs until its spike ends, if ops add machines now. */
function scaleNodeHours(s: GameState, inc: Incident, from: number): number {
  const reach = s.ops.reach[inc.service]!;
  const short = reach > 0 ? Math.min(0.9, inc.impact / reach) : 0;
  const end = inc.until ?? from + s.scenario.traffic.spikeHours;
  return s.ops.nodes[inc.service]! * (short / (1 - short)) * Math.max(0, end - from);
}

/**
 * The fix of a broken change is as big as the changes the company ships: a whole feature's
 * rework where work ships whole, a slice's where it ships in small batches.
 */
export function fixSize(ctx: Ctx, inc: Incident): number {
  if (inc.cause !== 'change') return 1;
  const share = ctx.m.sliceHours / ctx.meanEffort[KIND_FEATURE]!;
  return share < 1 ? share : 1;
}

/** Sets how service comes back: when (or through which hotfix), with its follow-up work. */
export function restore(ctx: Ctx, inc: Incident, action: IncidentAction, responders: Responders, diagnosis: number, gap: number): void {
  const m = ctx.m;
  const s = ctx.s;
  const d = diagnosis * RESPONDER_DIAGNOSIS[responders][domainIndex(inc)]!;
  staff(ctx, inc, responders, d, gap);
  inc.recovery = action;
  if (responders !== 'onCall') inc.responders = responders;
  const t = inc.detectAt;
  let followUp = true;
  switch (action) {
    // Knowing which deploy broke it is most of the diagnosis.
    case 'flag': inc.restoreAt = t + d * 0.25 + FLAG_HOURS; break;
    case 'rollback': inc.restoreAt = t + d * 0.25 + m.rollbackHours; break;
    case 'fixForward': fixForward(ctx, inc, t + d); return;
    case 'workaround': inc.restoreAt = t + d + exponential(ctx.rOps, m.workaroundHours); break;
    case 'scale': {
      const scaled = t + d * 0.5 + m.provisionHours;
      inc.restoreAt = inc.until !== undefined && inc.until < scaled ? inc.until : scaled;
      followUp = false;
      if (inc.diagnosis !== undefined) {
        // A fought spike is scaled out on purpose: the machines are paid for until it ends.
        const turnHours = s.scenario.turnDays * 24;
        spend(s, scaleNodeHours(s, inc, inc.restoreAt) / turnHours * s.scenario.nodeCostPerTurn * m.infraCostFactor);
      }
      break;
    }
    case 'shed': inc.restoreAt = inc.until ?? t; followUp = false; break;
    case 'replace': inc.restoreAt = t + d + m.nodeReplaceHours; followUp = false; break;
    case 'failover': inc.restoreAt = t + d * 0.25 + FAILOVER_HOURS; followUp = false; break;
  }
  if (followUp) addWork(ctx, KIND_FOLLOWUP, inc.restoreAt, 0, -1, fixSize(ctx, inc));
  schedule(ctx, inc.restoreAt, EV.RESTORE, inc.id);
}

/**
 * Fix forward. A severe incident gets an emergency hotfix through the pipeline; for a minor one
 * ops patch the live system by hand and the real fix rides the next planned release, unless
 * releases are continuous anyway.
 */
function fixForward(ctx: Ctx, inc: Incident, at: number): void {
  const expedite = inc.impact >= 0.1 || inc.cause === 'security' || ctx.s.policies.cadence.kind === 'continuous';
  if (expedite) {
    addWork(ctx, KIND_FOLLOWUP, at, FLAG_HOTFIX, inc.id, fixSize(ctx, inc));
  } else {
    inc.recovery = 'workaround';
    inc.restoreAt = at + exponential(ctx.rOps, ctx.m.workaroundHours);
    addWork(ctx, KIND_FOLLOWUP, inc.restoreAt, 0, -1, fixSize(ctx, inc));
    schedule(ctx, inc.restoreAt, EV.RESTORE, inc.id);
  }
}

/**
 * Whether the player has anything to decide. A spike that outlasts nobody's provisioning, with no
 * standby to fail over to, just runs its course: the lesson is in the summary, not a dialog.
 */
function hasChoice(ctx: Ctx, inc: Incident): boolean {
  if (inc.cause !== 'capacity') return true;
  return ctx.m.failover > 0 || inc.until === undefined || inc.detectAt + ctx.m.provisionHours < inc.until;
}

/**
 * A new incident's way back: a major one (while the turn has fights left) waits for the player
 * from the moment the team notices it; any other follows the playbook at once.
 */
export function decide(ctx: Ctx, inc: Incident, diagnosis: number, gap: number, flaggable: boolean): void {
  const s = ctx.s;
  const rules = s.scenario.incidents;
  if (inc.impact >= rules.majorImpact && s.ops.acc.fights < rules.fightsPerTurn && hasChoice(ctx, inc)) {
    s.ops.acc.fights++;
    inc.recovery = 'pending';
    inc.diagnosis = diagnosis;
    if (flaggable) inc.flaggable = true;
    schedule(ctx, inc.detectAt, EV.FIGHT, inc.id);
    return;
  }
  restore(ctx, inc, playbook(ctx, inc, flaggable), 'onCall', diagnosis, gap);
}

/** The team has noticed a major incident: the turn stops here until the player responds. */
export function onFight(ctx: Ctx, id: number): void {
  const s = ctx.s;
  const inc = s.ops.open.find((i) => i.id === id);
  if (!inc || inc.recovery !== 'pending') return;
  const fight: Fight = {
    incident: id, at: ctx.now, actions: actionsFor(ctx, inc),
    turn: {
      prod: ctx.prod, dip: ctx.dip, coordination: ctx.coordination, systemVariety: ctx.systemVariety,
      teamVariety: ctx.teamVariety, major: ctx.major === null ? null : [ctx.major.id, ctx.major.weight],
    },
  };
  s.fight = fight;
  emit(ctx, 'incidentFight', {
    incident: id, cause: inc.cause, service: s.scenario.systems[inc.service]!.id, impact: inc.impact,
  });
}

/** The player's response: the way back and the responders, from the moment the team noticed. */
export function respondToFight(ctx: Ctx, action: IncidentAction, responders: Responders, gap: number): void {
  const s = ctx.s;
  const fight = s.fight!;
  delete s.fight;
  const inc = s.ops.open.find((i) => i.id === fight.incident)!;
  restore(ctx, inc, action, responders, inc.diagnosis ?? 0, gap);
  emit(ctx, 'incidentResponse', {
    incident: inc.id, service: s.scenario.systems[inc.service]!.id, action, responders,
    ...(inc.restoreAt >= 0 ? { restoreHours: inc.restoreAt - inc.startAt } : {}),
  });
}

/** What the team knows about the incident it fights; more the better it can see its systems. */
export interface FightBrief {
  incident: number;
  cause: IncidentCause;
  service: string;
  /** Services whose requests pass through the failing one, itself first. */
  affected: string[];
  /** 0: users complain; 1: monitoring measures the failing requests; 2: tracing shows the kind of failure. */
  sees: 0 | 1 | 2;
  /** Share of requests failing, when measured. */
  impact: number | null;
  /** Hours from the start of the failure to the moment someone noticed. */
  noticedAfter: number;
  /** The deploy that started it and how long ago, when the team can tell. */
  deploy: { id: number; hoursAgo: number } | null;
  domain: Cynefin | null;
  actions: IncidentAction[];
  /** Mean hours to restore for each way back and each kind of responders, when the team can tell; null for a hotfix (as fast as the pipeline). */
  estimates: Record<string, number | null> | null;
  /** Developer hours each kind of responders takes from planned work, when the diagnosis can be estimated. */
  devHours: Record<Responders, number> | null;
}

function gapOf(f: Fight): number {
  return gapBetween(f.turn.systemVariety, f.turn.teamVariety);
}

function meanDiagnosis(s: GameState, m: Mechanisms, f: Fight, inc: Incident, responders: Responders): number {
  const d = diagnosisMean(domainIndex(inc), m.diagnosisFactor, gapOf(f), s.people.knowledge);
  return d * RESPONDER_DIAGNOSIS[responders][domainIndex(inc)]!;
}

/** Mean hours from now to restored for a way back, given the mean diagnosis; null through the pipeline. */
function meanRestore(m: Mechanisms, inc: Incident, at: number, action: IncidentAction, d: number): number | null {
  const waited = at - inc.detectAt;
  const left = inc.until !== undefined ? inc.until - at : Infinity;
  switch (action) {
    case 'flag': return d * 0.25 + FLAG_HOURS - waited;
    case 'rollback': return d * 0.25 + m.rollbackHours - waited;
    case 'fixForward': return null;
    case 'workaround': return d + m.workaroundHours - waited;
    case 'scale': return Math.min(d * 0.5 + m.provisionHours - waited, left);
    case 'shed': return left;
    case 'replace': return d + m.nodeReplaceHours - waited;
    case 'failover': return d * 0.25 + FAILOVER_HOURS - waited;
  }
}

/** Services that depend on `service`, directly or not, with it first. */
function dependants(s: GameState, service: number): string[] {
  const systems = s.scenario.systems;
  const out = [systems[service]!.id];
  for (let i = 0; i < out.length; i++) {
    for (const sys of systems) if (sys.dependsOn.includes(out[i]!) && !out.includes(sys.id)) out.push(sys.id);
  }
  return out;
}

export function fightBrief(s: GameState, m: Mechanisms): FightBrief | null {
  const f = s.fight;
  const inc = f ? s.ops.open.find((i) => i.id === f.incident) : undefined;
  if (!f || !inc) return null;
  const sees = m.observability >= 2.5 ? 2 : m.observability >= 1.5 ? 1 : 0;
  let estimates: FightBrief['estimates'] = null;
  let devHours: FightBrief['devHours'] = null;
  if (sees === 2) {
    estimates = {};
    devHours = { onCall: 0, expert: 0, warRoom: 0 };
    const code = inc.cause === 'change' || inc.cause === 'security';
    for (const r of RESPONDERS) {
      const d = meanDiagnosis(s, m, f, inc, r);
      for (const a of f.actions) {
        const h = meanRestore(m, inc, f.at, a, d);
        estimates[`${a}.${r}`] = h === null ? null : Math.max(0.1, h);
      }
      devHours[r] = r === 'onCall' ? (code ? d * gapOf(f) : 0) : r === 'expert' ? d : d * s.team.developers * WAR_ROOM_SHARE;
    }
  }
  return {
    incident: inc.id, cause: inc.cause, service: s.scenario.systems[inc.service]!.id, affected: dependants(s, inc.service),
    sees, impact: sees >= 1 ? inc.impact : null, noticedAfter: inc.detectAt - inc.startAt,
    deploy: sees === 2 && inc.cause === 'change' && inc.deploy >= 0 ? { id: inc.deploy, hoursAgo: f.at - inc.startAt } : null,
    domain: sees === 2 ? inc.domain : null, actions: f.actions, estimates, devHours,
  };
}
