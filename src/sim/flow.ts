// Work items from arrival to "ready for release": backlog lanes, developers as parallel servers,
// review and per-item continuous integration. Time is in calendar hours; a developer works
// `workShare` of them (40 of 168), so effort hours become calendar hours by dividing by it.
import {
  CLASS_OF_KIND, CREW_MASK, CREW_SHIFT, EV, EXPEDITE, FLAG_CHECKED, FLAG_DEFECT, FLAG_DROP, FLAG_GOOD, FLAG_HOTFIX, FLAG_PASSED, FLAG_PREEMPT, FLAG_SLICE, FLAG_VULN,
  KIND_BUG, KIND_DEBT, KIND_FEATURE, KIND_FOLLOWUP, STAGE, schedule,
} from './context.ts';
import type { Ctx } from './context.ts';
import { UNPLANNED } from './catalog/tuning.ts';
import { anyOf } from './mechanisms.ts';
import { chance, erlang2, exponential } from './rng.ts';
import type { FlowState } from './types.ts';
import { varietyGap } from './ops/incidents.ts';
import { tryCut, tryHotfix } from './release.ts';

export function allocItem(f: FlowState, kind: number, effort: number, arrivedAt: number, flags: number): number {
  const it = f.items;
  let slot: number;
  if (it.free.length > 0) {
    slot = it.free.pop()!;
  } else {
    slot = it.kind.length;
    it.kind.push(0); it.effort.push(0); it.arrivedAt.push(0); it.startedAt.push(0);
    it.committedAt.push(0); it.flags.push(0); it.incident.push(-1); it.next.push(-1); it.stage.push(0);
  }
  it.kind[slot] = kind;
  it.effort[slot] = effort;
  it.arrivedAt[slot] = arrivedAt;
  it.startedAt[slot] = -1;
  it.committedAt[slot] = -1;
  it.flags[slot] = flags;
  it.incident[slot] = -1;
  it.next[slot] = -1;
  it.stage[slot] = STAGE.PENDING;
  return slot;
}

export function freeItem(f: FlowState, slot: number): void {
  f.items.stage[slot] = STAGE.FREE;
  f.items.free.push(slot);
}

/** A work item that will arrive at `at` (now or later); returns its slot. */
/** A build takes its mean time give or take: queues for agents, slow and retried tests. */
function buildHours(ctx: Ctx): number {
  return ctx.m.ciHours > 0 ? erlang2(ctx.rWork, ctx.m.ciHours) : 0;
}

/** `size`: the item's mean effort against its kind's (a fix of a small change is small). */
export function addWork(ctx: Ctx, kind: number, at: number, flags = 0, incident = -1, size = 1): number {
  const f = ctx.s.flow;
  const effort = erlang2(ctx.rWork, ctx.meanEffort[kind]! * size);
  const slot = allocItem(f, kind, effort, at, flags);
  f.items.incident[slot] = incident;
  schedule(ctx, at, EV.ARRIVE, slot);
  return slot;
}

/** Hours of the next arrival of a kind after `from`; never (a JSON-safe far future) at rate 0. */
function nextArrival(ctx: Ctx, kind: number, from: number): number {
  const w = ctx.s.scenario.work;
  const perTurn = kind === KIND_FEATURE ? w.featuresPerTurn : w.bugsPerTurn;
  if (!(perTurn > 0)) return Number.MAX_VALUE;
  return from + exponential(ctx.rArrivals, (ctx.T1 - ctx.T0) / perTurn);
}

/** Draws the first arrival of each stream at the start of the first turn. */
export function startArrivals(ctx: Ctx): void {
  const f = ctx.s.flow;
  if (f.nextFeatureAt >= 0) return;
  f.nextFeatureAt = nextArrival(ctx, KIND_FEATURE, ctx.T0);
  f.nextBugAt = nextArrival(ctx, KIND_BUG, ctx.T0);
}

/** The arrival due at `ctx.now` of the given kind; the stream's next arrival is drawn. */
export function arriveNext(ctx: Ctx, kind: number): void {
  const s = ctx.s;
  const f = s.flow;
  const a = ctx.rArrivals;
  const good = s.scenario.work.goodIdeaShare * ctx.m.goodIdeaFactor;
  const flags = kind === KIND_FEATURE && chance(a, good < 1 ? good : 1) ? FLAG_GOOD : 0;
  const effort = erlang2(ctx.rWork, ctx.meanEffort[kind]!);
  const next = nextArrival(ctx, kind, ctx.now);
  if (kind === KIND_FEATURE) f.nextFeatureAt = next; else f.nextBugAt = next;
  onArrive(ctx, allocItem(f, kind, effort, ctx.now, flags));
}

function markBusy(ctx: Ctx, delta: number): void {
  const f = ctx.s.flow;
  const dt = ctx.now - f.busyMark;
  f.acc.busyHours += f.devBusy * dt;
  if (f.devIdle > 0) f.acc.idleHours += f.devIdle * dt;
  f.busyMark = ctx.now;
  f.devBusy += delta;
  f.devIdle -= delta;
}

export function flushBusy(ctx: Ctx): void {
  markBusy(ctx, 0);
}

export function markWip(ctx: Ctx, delta: number): void {
  const f = ctx.s.flow;
  f.acc.wipArea += f.inProgress * (ctx.now - f.wipMark);
  f.wipMark = ctx.now;
  f.inProgress += delta;
}

export function onArrive(ctx: Ctx, slot: number): void {
  const f = ctx.s.flow;
  const it = f.items;
  f.arrived++;
  it.stage[slot] = STAGE.BACKLOG;
  if (it.kind[slot] === KIND_BUG) {
    // A bug report is reproduced before it can be queued: fast with good diagnostics, slow without.
    const triage = UNPLANNED.triageHours * ctx.m.diagnosisFactor * varietyGap(ctx) / ctx.s.people.knowledge;
    f.devTaxHours += triage;
    f.acc.unplannedHours += triage;
  }
  const lane = it.flags[slot]! & FLAG_HOTFIX ? EXPEDITE : CLASS_OF_KIND[it.kind[slot]!]!;
  const queue = f.backlog[lane]!;
  if (lane === EXPEDITE && f.devIdle <= 0) {
    // Someone drops what they were doing for the fix. Nobody works two jobs at once, so the fix
    // does not add a busy developer: its hours are owed instead, and the team's next free hours
    // go to paying them back before any new work starts.
    it.flags[slot] = it.flags[slot]! | FLAG_PREEMPT;
    f.devTaxHours += startItem(ctx, slot) * ctx.prod;
    return;
  }
  queue.push(slot);
  if (lane !== EXPEDITE && queue.length > ctx.s.scenario.work.backlogCap) {
    // The oldest request is abandoned: the market moved on.
    const old = queue.shift()!;
    f.dropped++;
    freeItem(f, old);
  }
  tryStart(ctx);
}

/**
 * Lane whose share of developer hours lags its target the most, among lanes with work. There is
 * always some code to improve, so a developer with nothing else to do takes debt work while that
 * lane is below its share (slack used for improvement), even when little debt is measured.
 */
function pickLane(ctx: Ctx): number {
  const f = ctx.s.flow;
  const share = ctx.laneShare;
  const hours = f.classHours;
  const total = hours[0]! + hours[1]! + hours[2]! + hours[3]!;
  const debtWork = ctx.s.ops.techDebt > ctx.t.debtPaydownPerItem;
  let best = -1;
  let bestGap = -Infinity;
  for (let c = 0; c < 4; c++) {
    const target = share[c]!;
    if (target <= 0 || (f.backlog[c]!.length === 0 && !(c === 1 && debtWork))) continue;
    const gap = target - (total > 0 ? hours[c]! / total : 0);
    if (gap > bestGap) { bestGap = gap; best = c; }
  }
  if (best >= 0) return best;
  return share[1]! > (total > 0 ? hours[1]! / total : 0) ? 1 : -1;
}

/** Overheads on an item's own work: bad code to work around, reviewing, coordinating. */
function overhead(ctx: Ctx): number {
  return (1 + ctx.s.ops.techDebt / ctx.t.debtScale) * (1 + ctx.m.reviewEffort) * ctx.coordination;
}

const MAX_CREW = 4;
/** Extra speed each further developer on an item brings. */
const SWARM_SPEED = 0.9;

function crewOf(flags: number): number {
  return ((flags & CREW_MASK) >> CREW_SHIFT) + 1;
}

export function tryStart(ctx: Ctx): void {
  const s = ctx.s;
  const f = s.flow;
  const wipLimit = s.policies.wipLimit;
  while (f.devIdle > 0) {
    if (f.devTaxHours > 0) {
      // Integration, rework and incident response come before new work.
      const chunk = f.devTaxHours < 20 ? f.devTaxHours : 20;
      f.devTaxHours -= chunk;
      markBusy(ctx, 1);
      schedule(ctx, ctx.now + chunk / ctx.t.workShare / ctx.prod, EV.DEV_FREE, -1);
      continue;
    }
    let slot = -1;
    let crew = 1;
    if (f.backlog[EXPEDITE]!.length > 0) {
      slot = f.backlog[EXPEDITE]!.shift()!;
    } else {
      if (wipLimit !== null && f.atTeam >= wipLimit) return;
      if (wipLimit !== null) {
        // Pull, not push: with fewer open items than idle people, they pair or mob on what is open.
        const open = wipLimit - f.atTeam;
        crew = Math.floor(f.devIdle / open);
        crew = crew < 1 ? 1 : crew > MAX_CREW ? MAX_CREW : crew;
      }
      const lane = pickLane(ctx);
      if (lane < 0) return;
      if (lane === 1 && f.backlog[1]!.length === 0) {
        slot = allocItem(f, KIND_DEBT, ctx.meanEffort[KIND_DEBT]!, ctx.now, 0);
        f.arrived++;
      } else {
        slot = f.backlog[lane]!.shift()!;
      }
      f.items.flags[slot] = (f.items.flags[slot]! & ~CREW_MASK) | ((crew - 1) << CREW_SHIFT);
    }
    startItem(ctx, slot);
  }
}

/** Share of a typical feature in a slice; 1 for a change that was not sliced. */
export function sliceShare(ctx: Ctx, slot: number): number {
  const it = ctx.s.flow.items;
  if (!(it.flags[slot]! & FLAG_SLICE)) return 1;
  return it.effort[slot]! / ctx.meanEffort[KIND_FEATURE]!;
}

/**
 * `continued`: the next slice of a feature, taken up by its developer without queueing. Returns
 * the effort hours the item will take at this turn's productivity.
 */
function startItem(ctx: Ctx, slot: number, continued = false): number {
  const f = ctx.s.flow;
  const it = f.items;
  const kind = it.kind[slot]!;
  it.stage[slot] = STAGE.DEV;
  it.startedAt[slot] = ctx.now;
  if (!continued) {
    f.acc.queueWaitSum += ctx.now - it.arrivedAt[slot]!;
    f.acc.started++;
  }
  markWip(ctx, 1);
  if (!continued) f.atTeam++;
  const crew = crewOf(it.flags[slot]!);
  if (!(it.flags[slot]! & FLAG_PREEMPT)) markBusy(ctx, crew);
  let drop = false;
  if (kind === KIND_FEATURE && !(it.flags[slot]! & (FLAG_GOOD | FLAG_SLICE)) && chance(ctx.rWork, ctx.m.ideaValidation)) {
    // An experiment shows the idea does not pay; it is dropped after a first slice.
    it.flags[slot] = it.flags[slot]! | FLAG_DROP;
    drop = true;
  }
  const slice = ctx.m.sliceHours;
  if (kind === KIND_FEATURE && !drop && !(it.flags[slot]! & FLAG_HOTFIX) && it.effort[slot]! > slice) {
    // Small batches: the developer commits the feature in slices that each ship on their own (hidden
    // until complete), so this item becomes the first slice and the rest follows it. The feature
    // earns its value when its last slice runs.
    const flags = it.flags[slot]!;
    // The rest keeps the request's arrival: the market judges the feature, not the slice.
    const rest = allocItem(f, kind, it.effort[slot]! - slice, it.arrivedAt[slot]!, (flags & (FLAG_GOOD | CREW_MASK)) | FLAG_SLICE);
    it.flags[slot] = (flags & ~FLAG_GOOD) | FLAG_SLICE;
    it.effort[slot] = slice;
    it.next[slot] = rest;
  }
  const extra = overhead(ctx);
  let hours = it.effort[slot]! * ctx.m.effortFactor * extra / ctx.prod;
  // A pair or a mob finishes sooner, though not in half the time: they talk it through.
  const speed = 1 + SWARM_SPEED * (crew - 1);
  if (drop) hours *= 0.2;
  if (!(it.flags[slot]! & FLAG_HOTFIX)) f.classHours[CLASS_OF_KIND[kind]!]! += hours;
  // Only the item's own work counts for its kind; time spent learning adopted practices (the dip)
  // and the overheads are other work, as a time-tracking survey would record them.
  const own = hours * (1 - ctx.dip) / extra;
  if (kind === KIND_FEATURE) f.acc.newHours += own;
  else if (kind === KIND_BUG || kind === KIND_FOLLOWUP) f.acc.unplannedHours += own;
  else f.acc.otherHours += own;
  f.acc.otherHours += hours - own;
  // A fix that restores service is worked round the clock, handed from one person to the next,
  // like any outage response; other work goes at the pace of a working week.
  const pace = it.flags[slot]! & FLAG_HOTFIX ? 1 : ctx.t.workShare;
  schedule(ctx, ctx.now + hours / pace / speed, EV.DEV_DONE, slot);
  return hours;
}

export function onDevFree(ctx: Ctx): void {
  markBusy(ctx, -1);
  tryStart(ctx);
}

export function onDevDone(ctx: Ctx, slot: number): void {
  const s = ctx.s;
  const f = s.flow;
  const it = f.items;
  if (it.flags[slot]! & FLAG_PREEMPT) it.flags[slot] = it.flags[slot]! & ~FLAG_PREEMPT;
  else markBusy(ctx, -crewOf(it.flags[slot]!));
  if (it.flags[slot]! & FLAG_DROP) {
    markWip(ctx, -1);
    f.atTeam--;
    f.dropped++;
    freeItem(f, slot);
    tryStart(ctx);
    return;
  }
  const rest = it.next[slot]!;
  if (rest >= 0) {
    it.next[slot] = -1;
    it.flags[slot] = it.flags[slot]! | FLAG_PASSED;
    f.arrived++;
    startItem(ctx, rest, true);
  }
  const d = ctx.rDefects;
  const hotfix = (it.flags[slot]! & FLAG_HOTFIX) !== 0;
  const debtMult = 1 + s.ops.techDebt / ctx.t.debtScale;
  // Defects and vulnerabilities come with the amount of code changed.
  const share = sliceShare(ctx, slot);
  const pDefect = ctx.m.defectIntro * debtMult * (1 - s.people.learning) * (hotfix ? 2 : 1) * share;
  if (chance(d, pDefect < 0.95 ? pDefect : 0.95)) it.flags[slot] = it.flags[slot]! | FLAG_DEFECT;
  const pVuln = ctx.m.vulnIntro * (it.kind[slot] === KIND_FEATURE ? 1 : 0.5) * share;
  if (chance(d, pVuln)) it.flags[slot] = it.flags[slot]! | FLAG_VULN;
  if (ctx.m.reviewLatencyHours > 0) {
    it.stage[slot] = STAGE.REVIEW;
    const latency = exponential(ctx.rWork, ctx.m.reviewLatencyHours * (hotfix ? 0.25 : 1));
    if (ctx.m.ci > 0) {
      // Review and the build after it are delays no one queues for, so one event settles both: the
      // commit time is known now, and the item shows as in review until its build is done.
      it.committedAt[slot] = ctx.now + latency;
      schedule(ctx, ctx.now + latency + buildHours(ctx), EV.CI_DONE, slot);
    } else {
      schedule(ctx, ctx.now + latency, EV.REVIEW_DONE, slot);
    }
  } else {
    commit(ctx, slot);
  }
  tryStart(ctx);
}

/**
 * A check catches the item's defect or vulnerability; the fix costs developer hours, more the
 * older the change is at the check (`age`, by default since its commit, or its start before that).
 */
export function check(ctx: Ctx, slot: number, defectRate: number, vulnRate: number, age = -1): boolean {
  const it = ctx.s.flow.items;
  const d = ctx.rDefects;
  let caught = false;
  if (it.flags[slot]! & FLAG_DEFECT && chance(d, defectRate)) {
    it.flags[slot] = it.flags[slot]! & ~FLAG_DEFECT;
    caught = true;
  }
  if (it.flags[slot]! & FLAG_VULN && chance(d, vulnRate)) {
    it.flags[slot] = it.flags[slot]! & ~FLAG_VULN;
    caught = true;
  }
  if (caught) {
    if (age < 0) age = ctx.now - (it.committedAt[slot]! >= 0 ? it.committedAt[slot]! : it.startedAt[slot]!);
    const late = 1 + age / UNPLANNED.reworkAgeHours;
    const hours = ctx.t.reworkHours * (late < UNPLANNED.reworkLateCap ? late : UNPLANNED.reworkLateCap);
    ctx.s.flow.devTaxHours += hours;
    ctx.s.flow.acc.unplannedHours += hours;
  }
  return caught;
}

export function onReviewDone(ctx: Ctx, slot: number): void {
  check(ctx, slot, ctx.m.reviewDetect, ctx.m.vulnDetectDesign);
  commit(ctx, slot);
  tryStart(ctx);
}

function commit(ctx: Ctx, slot: number): void {
  const it = ctx.s.flow.items;
  it.committedAt[slot] = ctx.now;
  if (ctx.m.ci > 0) {
    it.stage[slot] = STAGE.CI;
    schedule(ctx, ctx.now + buildHours(ctx), EV.CI_DONE, slot);
  } else {
    markReady(ctx, slot);
  }
}

export function onCiDone(ctx: Ctx, slot: number): void {
  const m = ctx.m;
  const it = ctx.s.flow.items;
  if (it.stage[slot] === STAGE.REVIEW) {
    check(ctx, slot, m.reviewDetect, m.vulnDetectDesign, it.committedAt[slot]! - it.startedAt[slot]!);
    it.stage[slot] = STAGE.CI;
    tryStart(ctx);
  }
  if (!(it.flags[slot]! & FLAG_CHECKED)) {
    it.flags[slot] = it.flags[slot]! | FLAG_CHECKED;
    const defectRate = anyOf(m.unitTestDetect, m.integrateDetect, m.testAutomated > 0 ? m.automatedTestDetect : 0);
    const vulnRate = anyOf(m.vulnDetectSecUnit, m.vulnDetectSast, m.testAutomated > 0 ? anyOf(m.vulnDetectDast, m.vulnDetectIast) : 0);
    if (check(ctx, slot, defectRate, vulnRate)) {
      // A red build: fix, then run the pipeline again.
      schedule(ctx, ctx.now + ctx.t.reworkHours / ctx.t.workShare / 4 + buildHours(ctx), EV.CI_DONE, slot);
      return;
    }
  }
  markReady(ctx, slot);
}

function markReady(ctx: Ctx, slot: number): void {
  const f = ctx.s.flow;
  if (!(f.items.flags[slot]! & FLAG_PASSED)) f.atTeam--;
  if (f.items.flags[slot]! & FLAG_HOTFIX) {
    f.items.stage[slot] = STAGE.HOTFIX_READY;
    f.hotfixReady.push(slot);
    tryHotfix(ctx);
  } else {
    f.items.stage[slot] = STAGE.READY;
    f.ready.push(slot);
    if (ctx.s.policies.cadence.kind === 'continuous') tryCut(ctx);
  }
}
