// Incidents: when they start, when someone notices (monitoring, and a culture that reports bad
// news), how long diagnosis takes (Cynefin domain; Ashby: the team's variety against the system's)
// and how service comes back (ops/fight.ts: the playbook, or the player's response to a major one).
import { EV, KIND_FOLLOWUP, emit, schedule } from '../context.ts';
import type { Ctx } from '../context.ts';
import { decide, diagnosisMean, fixSize, gapBetween } from './fight.ts';
import { addWork } from '../flow.ts';
import { chance, exponential, uniform } from '../rng.ts';
import type { Cynefin, Incident, IncidentCause } from '../types.ts';

const DOMAINS: readonly Cynefin[] = ['obvious', 'complicated', 'complex', 'chaotic'];

/** Pathological cultures hide bad news: detection takes up to twice as long. */
export function cultureDelay(culture: number): number {
  return 2 - culture / 100;
}

export function varietyGap(ctx: Ctx): number {
  return gapBetween(ctx.systemVariety, ctx.teamVariety);
}

function sampleDomain(ctx: Ctx, simple: boolean): number {
  const gap = varietyGap(ctx);
  const w0 = 4 / gap, w1 = 3, w2 = simple ? 0.3 : 1.5 * gap, w3 = simple ? 0 : 0.3 * gap * gap;
  let u = uniform(ctx.rOps) * (w0 + w1 + w2 + w3);
  if ((u -= w0) < 0) return 0;
  if ((u -= w1) < 0) return 1;
  if ((u -= w2) < 0) return 2;
  return 3;
}

/** Users who hit a total outage report it within about this many hours; a partial one, slower. */
const USER_REPORT_HOURS = 4;
/** Below this share of failing requests few users notice, and fewer call: only monitoring tells. */
const USER_VISIBLE = 0.2;

/**
 * Mean hours until someone notices: monitoring (slowed by a culture that hides bad news), or the
 * users who hit the failure and complain, whichever comes first (two exponential clocks: their
 * rates add). Without monitoring a big failure is still noticed within hours; a small one waits
 * for monitoring and a culture that reports bad news.
 */
function detectionMean(monitoringHours: number, impact: number): number {
  return impact < USER_VISIBLE ? monitoringHours : 1 / (1 / monitoringHours + impact / USER_REPORT_HOURS);
}

function diagnosisHours(ctx: Ctx, domain: number): number {
  return exponential(ctx.rOps, diagnosisMean(domain, ctx.m.diagnosisFactor, varietyGap(ctx), ctx.s.people.knowledge));
}

function open(ctx: Ctx, cause: IncidentCause, service: number, startAt: number, impact: number, domain: number, deploy: number): Incident {
  const s = ctx.s;
  const inc: Incident = {
    id: s.ops.nextIncident++, cause, service, domain: DOMAINS[domain < 0 ? 0 : domain]!, startAt, detectAt: startAt,
    restoreAt: -1, impact: impact > 1 ? 1 : impact, recovery: 'fixForward', deploy,
  };
  s.ops.open.push(inc);
  s.ops.acc.incidents++;
  if (cause === 'change') s.ops.acc.changeIncidents++;
  return inc;
}

function finishOpen(ctx: Ctx, inc: Incident): void {
  emit(ctx, 'incident', {
    incident: inc.id, cause: inc.cause, service: ctx.s.scenario.systems[inc.service]!.id, domain: inc.domain,
    impact: inc.impact, recovery: inc.recovery,
  });
}

/**
 * A failed deploy breaks one thing per broken change (at most five), and its environment failure
 * one more: each an incident of its own (users meet different symptoms), but found together and
 * undone together. The worst is worked on; the others are restored with it, by the same
 * rollback, flag or fix. `flaggable`: the deploy carried a feature behind a flag and no
 * environment failure, so switching the flag off helps.
 */
export function openChangeIncidents(ctx: Ctx, deploy: number, broken: number, flaggable: boolean): void {
  const s = ctx.s;
  const m = ctx.m;
  const o = ctx.rOps;
  const all: Incident[] = [];
  for (let i = 0; i < broken && i < 5; i++) {
    const service = ctx.changeTargets[Math.floor(uniform(o) * ctx.changeTargets.length)]!;
    // Most broken changes hurt one feature area; a few take the whole service down.
    const u = uniform(o);
    const impact = (0.01 + 0.3 * u * u) * s.ops.reach[service]! * m.blastRadius;
    all.push(open(ctx, 'change', service, ctx.now, impact, -1, deploy));
  }
  let worst = all[0]!;
  for (const inc of all) if (inc.impact > worst.impact) worst = inc;
  const domain = sampleDomain(ctx, false);
  worst.domain = DOMAINS[domain]!;
  worst.detectAt = ctx.now + exponential(o, detectionMean(m.detectionHours * cultureDelay(s.people.culture), worst.impact));
  for (const inc of all) {
    if (inc === worst) continue;
    inc.with = worst.id;
    inc.domain = worst.domain;
    inc.detectAt = worst.detectAt;
  }
  decide(ctx, worst, diagnosisHours(ctx, domain), varietyGap(ctx), flaggable);
  for (const inc of all) {
    if (inc !== worst) inc.recovery = worst.recovery === 'pending' ? 'fixForward' : worst.recovery;
    finishOpen(ctx, inc);
  }
}

export function onHardwareFault(ctx: Ctx, service: number): void {
  const s = ctx.s;
  const m = ctx.m;
  // Another node takes the load: a sibling, or for a single node the standby failover keeps (paid in turnCosts).
  if (m.failover > 0) {
    s.ops.absorbedFaults++;
    return;
  }
  const inc = open(ctx, 'hardware', service, ctx.now, s.ops.reach[service]! / s.ops.nodes[service]!, sampleDomain(ctx, true), -1);
  const o = ctx.rOps;
  if (m.autoRecovery > 0) {
    inc.recovery = 'auto';
    inc.detectAt = ctx.now + 0.02;
    inc.restoreAt = ctx.now + 0.1 + exponential(o, 0.1);
    schedule(ctx, inc.restoreAt, EV.RESTORE, inc.id);
  } else {
    // A dead machine is noticed far sooner than a subtle bug.
    inc.detectAt = ctx.now + exponential(o, m.detectionHours * cultureDelay(s.people.culture) * 0.1);
    decide(ctx, inc, diagnosisHours(ctx, DOMAINS.indexOf(inc.domain)), varietyGap(ctx), false);
  }
  finishOpen(ctx, inc);
}

/** Load beyond a service's capacity during a spike; it lasts until the spike ends or ops scale out. */
export function openCapacityIncident(ctx: Ctx, service: number, at: number, impact: number, spikeHours: number): void {
  const m = ctx.m;
  const o = ctx.rOps;
  const inc = open(ctx, 'capacity', service, at, impact, sampleDomain(ctx, true), -1);
  // Users notice saturation at once; monitoring mostly tells ops sooner.
  inc.detectAt = at + exponential(o, m.detectionHours * cultureDelay(ctx.s.people.culture) * 0.25);
  inc.until = at + spikeHours;
  decide(ctx, inc, diagnosisHours(ctx, DOMAINS.indexOf(inc.domain)), varietyGap(ctx), false);
  finishOpen(ctx, inc);
}

export function onExploit(ctx: Ctx): void {
  const s = ctx.s;
  const o = ctx.rOps;
  if (s.ops.vulnUnknown + s.ops.vulnKnown <= 0) return;
  if (s.ops.vulnUnknown > 0 && chance(o, s.ops.vulnUnknown / (s.ops.vulnUnknown + s.ops.vulnKnown))) {
    s.ops.vulnUnknown--;
    s.ops.vulnKnown++;
  }
  const service = ctx.changeTargets[Math.floor(uniform(o) * ctx.changeTargets.length)]!;
  const domain = sampleDomain(ctx, false);
  // Most exploits are quiet (data taken through one endpoint, few requests fail, nobody calls);
  // a few are loud (defacement, ransomware, a flood) and users report them within hours.
  const u = uniform(o);
  const inc = open(ctx, 'security', service, ctx.now, (0.02 + 0.6 * u * u) * s.ops.reach[service]!, domain, -1);
  inc.detectAt = ctx.now + exponential(o, detectionMean(ctx.m.detectionHours * cultureDelay(s.people.culture) * 2, inc.impact));
  decide(ctx, inc, diagnosisHours(ctx, domain), varietyGap(ctx), false);
  finishOpen(ctx, inc);
}

export function onRestore(ctx: Ctx, id: number): void {
  const open = ctx.s.ops.open;
  for (let i = 0; i < open.length; i++) {
    const inc = open[i]!;
    if (inc.id === id) {
      if (inc.restoreAt >= 0 && inc.restoreAt <= ctx.now) close(ctx, i);
      return;
    }
  }
}

/** A fix-forward deploy restores the incident it was made for. */
export function restoreByFix(ctx: Ctx, id: number): void {
  const s = ctx.s;
  const open = s.ops.open;
  for (let i = 0; i < open.length; i++) {
    const inc = open[i]!;
    if (inc.id === id) {
      if (inc.cause === 'security' && s.ops.vulnKnown > 0) s.ops.vulnKnown--;
      inc.restoreAt = ctx.now > inc.detectAt ? ctx.now : inc.detectAt;
      close(ctx, i);
      return;
    }
  }
}

function close(ctx: Ctx, index: number): void {
  const s = ctx.s;
  const inc = s.ops.open[index]!;
  s.ops.open.splice(index, 1);
  for (let i = s.ops.open.length - 1; i >= 0; i--) {
    const other = s.ops.open[i]!;
    if (other.with === inc.id) {
      // Undone with the worst; each broken change still needs its own fix before it ships again.
      other.restoreAt = inc.restoreAt;
      addWork(ctx, KIND_FOLLOWUP, inc.restoreAt, 0, -1, fixSize(ctx, other));
      close(ctx, i);
      i = s.ops.open.length;
    }
  }
  const acc = s.ops.acc;
  const duration = inc.restoreAt - inc.startAt;
  acc.restoreAllSum += duration;
  acc.restoreAllCount++;
  if (inc.cause === 'change') {
    acc.restoreChangeSum += duration;
    acc.restoreChangeCount++;
  }
  const from = inc.startAt > ctx.T0 ? inc.startAt : ctx.T0;
  if (inc.restoreAt > from) addOutage(ctx, inc.impact, inc.restoreAt - from);
  const weight = inc.impact * duration;
  if (weight >= 0.05 && (ctx.major === null || weight > ctx.major.weight)) ctx.major = { id: inc.id, weight };
  emit(ctx, 'incidentRestored', { incident: inc.id, cause: inc.cause, hours: duration });
}

export function addOutage(ctx: Ctx, impact: number, hours: number): void {
  ctx.s.ops.acc.badMinutes += impact * hours * 60;
  ctx.s.ops.acc.downtimeHours += impact * hours;
}

/** Outage time of incidents still open at the end of the turn. */
export function accrueOpenIncidents(ctx: Ctx): void {
  for (const inc of ctx.s.ops.open) {
    const from = inc.startAt > ctx.T0 ? inc.startAt : ctx.T0;
    if (ctx.T1 > from) addOutage(ctx, inc.impact, ctx.T1 - from);
  }
}

/** An incident an event forces on a service (or on a random changeable one). */
export function forcedIncident(ctx: Ctx, cause: IncidentCause, service: number, severity: number): void {
  const s = ctx.s;
  const o = ctx.rOps;
  const target = service >= 0 ? service : ctx.changeTargets[Math.floor(uniform(o) * ctx.changeTargets.length)]!;
  const domain = sampleDomain(ctx, cause === 'hardware' || cause === 'capacity');
  const inc = open(ctx, cause, target, ctx.now, severity * s.ops.reach[target]!, domain, -1);
  inc.detectAt = ctx.now + exponential(o, detectionMean(ctx.m.detectionHours * cultureDelay(s.people.culture), inc.impact));
  const diagnosis = diagnosisHours(ctx, domain);
  if ((cause === 'hardware' || cause === 'capacity') && ctx.m.autoRecovery > 0) {
    inc.recovery = 'auto';
    inc.restoreAt = inc.detectAt + diagnosis + 0.1;
    schedule(ctx, inc.restoreAt, EV.RESTORE, inc.id);
  } else {
    decide(ctx, inc, diagnosis, varietyGap(ctx), false);
  }
  finishOpen(ctx, inc);
}
