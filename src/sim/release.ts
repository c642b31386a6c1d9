// Releases: the batch phases a set of ready changes goes through together (manual integration,
// test environment, testing, approval, release work, deploy), the emergency lane for hotfixes, and
// what a deploy does in production. The release pipeline handles one batch at a time, so a slow,
// costly release makes the next batch bigger: the batch size emerges from the release cost.
import {
  EV, FLAG_DEFECT, FLAG_GOOD, FLAG_VULN, KIND_BUG, KIND_DEBT, KIND_FEATURE, KIND_FOLLOWUP, KIND_SECURITY, STAGE, emit, schedule,
} from './context.ts';
import { freshness } from './world.ts';
import type { Ctx } from './context.ts';
import { UNPLANNED } from './catalog/tuning.ts';
import { addWork, check, freeItem, markWip, sliceShare, tryStart } from './flow.ts';
import { recordLead } from './metrics.ts';
import { anyOf } from './mechanisms.ts';
import { openChangeIncidents, restoreByFix } from './ops/incidents.ts';
import { erlang2, exponential, uniform } from './rng.ts';
import { doubt } from './trust.ts';
import type { Mechanisms } from './types.ts';

/** Calendar hours for `effort` hours of work by `people` (machines when automated). */
function phaseHours(ctx: Ctx, effort: number, people: number): number {
  if (effort <= 0) return 0;
  return effort / ((people > 0 ? people : 1) * ctx.t.workShare);
}

export function tryCut(ctx: Ctx): void {
  const f = ctx.s.flow;
  if (!f.pipelineBusy && f.ready.length > 0) startBatch(ctx);
}

export function onCut(ctx: Ctx, time: number): void {
  const s = ctx.s;
  const f = s.flow;
  const cadence = s.policies.cadence;
  if (cadence.kind !== 'interval' || time !== f.nextCutAt) return; // superseded by a policy change
  f.nextCutAt = time + cadence.days * 24;
  schedule(ctx, f.nextCutAt, EV.CUT, -1);
  if (f.pipelineBusy) f.cutPending = true;
  else if (f.ready.length > 0) startBatch(ctx);
}

function startBatch(ctx: Ctx): void {
  const s = ctx.s;
  const f = s.flow;
  const m = ctx.m;
  const batch = f.ready;
  f.ready = [];
  f.batch = batch;
  f.pipelineBusy = true;
  f.cutPending = false;
  for (const slot of batch) f.items.stage[slot] = STAGE.BATCH;
  // Merging, testing and releasing take time by the amount of change, not by the count of commits:
  // a feature shipped in four slices is tested once over, not four times.
  const n = changeSize(ctx, batch);
  let hours = 0;
  let effort = 0;
  if (m.ci === 0) {
    // Merging long-lived branches: the pain grows faster than the batch and with each branch's
    // age. Beyond the base merge it is rework: conflicts, and code written twice.
    let aged = 0;
    for (const slot of batch) aged += sliceShare(ctx, slot) * (1 + UNPLANNED.mergeAgeFactor * (ctx.now - f.items.committedAt[slot]!) / 168);
    const base = m.integrationHoursPerItem * n;
    const merge = m.integrationHoursPerItem * aged * (1 + n / 200);
    effort += merge;
    f.devTaxHours += merge;
    f.acc.otherHours += base;
    f.acc.unplannedHours += merge - base;
    hours += phaseHours(ctx, merge, s.team.developers);
    for (const slot of batch) check(ctx, slot, m.integrateDetect, 0);
  } else {
    const merge = untrustedMerge(ctx, n);
    effort += merge;
    f.devTaxHours += merge;
    f.acc.otherHours += merge;
    hours += phaseHours(ctx, merge, s.team.developers);
  }
  hours += m.testEnvWaitHours;
  if (m.testAutomated > 0) {
    // A suite's run time varies (shared environments, flaky tests run again).
    hours += m.automatedTestHours > 0 ? erlang2(ctx.rWork, m.automatedTestHours) : 0;
    effort += m.manualTestHoursPerItem * n;
    if (m.vulnDetectManual > 0) for (const slot of batch) check(ctx, slot, 0, m.vulnDetectManual);
    const doubt = untrustedTesting(ctx, n);
    effort += doubt;
    hours += phaseHours(ctx, doubt, s.team.testers > 0 ? s.team.testers : s.team.developers);
  } else {
    const test = manualTestEffort(ctx, m, n);
    effort += test;
    hours += phaseHours(ctx, test, s.team.testers > 0 ? s.team.testers : s.team.developers);
    for (const slot of batch) check(ctx, slot, m.manualTestDetect, anyOf(m.vulnDetectDesign * 0.5, m.vulnDetectManual));
  }
  if (s.policies.approval === 'cab') {
    // The board approves what is ready at its meeting; the pipeline prepares the next release meanwhile.
    effort += m.cabPrepHours;
    for (const slot of batch) check(ctx, slot, m.cabDetect, 0);
    f.acc.releaseCostHours += effort;
    schedule(ctx, ctx.now + hours, EV.BATCH_PREPARED, -1);
    return;
  }
  hours += m.approvalHours;
  const out = releaseWork(ctx, n);
  f.acc.releaseCostHours += effort + out.effort;
  schedule(ctx, ctx.now + hours + out.hours, EV.BATCH_DONE, -1);
}

/** The amount of change in a batch, in whole features (a slice counts for its share). */
function changeSize(ctx: Ctx, batch: number[]): number {
  let size = 0;
  for (const slot of batch) size += sliceShare(ctx, slot);
  return size;
}

/** Testing a release of `n` features by hand: each feature, then the regression pass over the system. */
function manualTestEffort(ctx: Ctx, m: Mechanisms, n: number): number {
  return m.manualTestHoursPerItem * n + m.regressionTestHours * (1 + ctx.s.scenario.systems.length / 20);
}

/** Releasing `n` features: the fixed work of any release and each feature's share. */
function releaseEffort(m: Mechanisms, n: number): number {
  return m.releaseFixedHours + m.releaseHoursPerItem * n;
}

// While automation settles in (trust.ts), the manual step it replaced still runs beside it, at the
// team's doubt's share of that step's effort with the knobs as they were without it.

/** The release branch merged and checked by hand, as before the CI build. */
function untrustedMerge(ctx: Ctx, n: number): number {
  const d = doubt(ctx.s, 'ci');
  return d === null ? 0 : d.share * d.old.integrationHoursPerItem * n;
}

/**
 * The old regression pass, and a look at each false alarm of the new suite: tests written around
 * code that was never built to be tested fail on timing, shared data and environments, more so the
 * more indebted the code.
 */
function untrustedTesting(ctx: Ctx, n: number): number {
  const d = doubt(ctx.s, 'testAutomated');
  if (d === null) return 0;
  return d.share * (manualTestEffort(ctx, d.old, n) + UNPLANNED.falseAlarmHours * n * (1 + ctx.s.ops.techDebt / ctx.t.debtScale));
}

/** Ops walk the old release checklist beside the automated deploy. */
function untrustedRelease(ctx: Ctx, n: number): number {
  const d = doubt(ctx.s, 'autoDeploy');
  return d === null ? 0 : d.share * releaseEffort(d.old, n);
}

/** Release work, the hand-over to ops, the wait for a deploy window and the deploy itself. */
function releaseWork(ctx: Ctx, n: number): { hours: number; effort: number } {
  const m = ctx.m;
  const release = releaseEffort(m, n);
  let hours = (m.autoDeploy > 0 ? release : phaseHours(ctx, release, ctx.s.team.operations))
    + m.handoverHours + uniform(ctx.rWork) * m.deployWindowHours + m.deployHours;
  let effort = release + m.deployHours * (m.autoDeploy > 0 ? 0 : 2);
  const checklist = m.autoDeploy > 0 ? untrustedRelease(ctx, n) : 0;
  hours += phaseHours(ctx, checklist, ctx.s.team.operations);
  effort += checklist;
  return { hours, effort };
}

/** A prepared release waits for the board, which meets every `cabIntervalDays`. */
export function onBatchPrepared(ctx: Ctx): void {
  const f = ctx.s.flow;
  for (const slot of f.batch) f.approving.push(slot);
  f.batch = [];
  f.pipelineBusy = false;
  if (f.meetingAt < 0) {
    const period = ctx.m.cabIntervalDays * 24;
    f.meetingAt = (Math.floor(ctx.now / period) + 1) * period;
    schedule(ctx, f.meetingAt + ctx.m.approvalHours, EV.CAB_MEETING, -1);
  }
  nextBatch(ctx);
}

/** The board approves every release waiting for it; they go out together. */
export function onCabMeeting(ctx: Ctx): void {
  const f = ctx.s.flow;
  f.meetingAt = -1;
  if (f.approving.length === 0) return;
  const start = f.approved.length === 0;
  for (const slot of f.approving) f.approved.push(slot);
  f.approving = [];
  // A release still going out takes the newly approved changes along.
  if (!start) return;
  const out = releaseWork(ctx, changeSize(ctx, f.approved));
  f.acc.releaseCostHours += out.effort;
  schedule(ctx, ctx.now + out.hours, EV.APPROVED_DONE, -1);
}

export function onApprovedDone(ctx: Ctx): void {
  const f = ctx.s.flow;
  const batch = f.approved;
  f.approved = [];
  deploy(ctx, batch, false);
}

function nextBatch(ctx: Ctx): void {
  const f = ctx.s.flow;
  if (f.ready.length > 0 && (f.cutPending || ctx.s.policies.cadence.kind === 'continuous')) startBatch(ctx);
  f.cutPending = false;
}

export function onBatchDone(ctx: Ctx): void {
  const f = ctx.s.flow;
  const batch = f.batch;
  f.batch = [];
  f.pipelineBusy = false;
  deploy(ctx, batch, false);
  nextBatch(ctx);
}

/**
 * The emergency lane. An outage is worked round the clock, handed from one person to the next, so
 * its phases run at full pace where a planned release runs at a working week's.
 */
export function tryHotfix(ctx: Ctx): void {
  const s = ctx.s;
  const f = s.flow;
  const m = ctx.m;
  if (f.hotfixBusy || f.hotfixReady.length === 0) return;
  const batch = f.hotfixReady;
  f.hotfixReady = [];
  f.hotfixBatch = batch;
  f.hotfixBusy = true;
  const n = batch.length;
  for (const slot of batch) f.items.stage[slot] = STAGE.HOTFIX_BATCH;
  let hours = 0;
  if (m.testAutomated > 0) {
    hours += m.automatedTestHours;
  } else {
    // Emergency testing: a smoke test under pressure, half as effective.
    const testers = s.team.testers > 0 ? s.team.testers : 1;
    hours += m.testEnvWaitHours * 0.25 + (m.manualTestHoursPerItem * n * 2 + 16) / testers;
    for (const slot of batch) check(ctx, slot, m.manualTestDetect * 0.5, 0);
  }
  hours += s.policies.approval === 'cab' ? m.emergencyApprovalHours : m.approvalHours;
  const release = m.releaseFixedHours * 0.25 + m.releaseHoursPerItem * n;
  hours += m.autoDeploy > 0 ? release : release / (s.team.operations > 0 ? s.team.operations : 1);
  hours += m.handoverHours * 0.25 + m.deployHours;
  f.acc.releaseCostHours += release + m.deployHours;
  schedule(ctx, ctx.now + hours, EV.HOTFIX_DONE, -1);
}

export function onHotfixDone(ctx: Ctx): void {
  const f = ctx.s.flow;
  const batch = f.hotfixBatch;
  f.hotfixBatch = [];
  f.hotfixBusy = false;
  deploy(ctx, batch, true);
  tryHotfix(ctx);
}

/** `hotfix`: the emergency lane's deploy. */
function deploy(ctx: Ctx, batch: number[], hotfix: boolean): void {
  const s = ctx.s;
  const f = s.flow;
  const it = f.items;
  const m = ctx.m;
  const sc = s.scenario;
  const d = ctx.rDefects;
  const deployId = f.deploySeq++;
  let breaking = 0;
  // The draws that decided whether escaped defects broke production, so a presenter can show the dice.
  let escaped = 0;
  let lowestRoll = 1;
  const breakChance = m.breakProb * (1 - s.people.learning);
  let features = 0;
  let followUps = 0;
  for (const slot of batch) {
    const kind = it.kind[slot]!;
    const flags = it.flags[slot]!;
    recordLead(ctx, ctx.now - it.committedAt[slot]!, ctx.now - it.startedAt[slot]!);
    if (kind === KIND_FEATURE) {
      features++;
      s.ops.techDebt += m.debtPerItem * sliceShare(ctx, slot);
      if (flags & FLAG_GOOD) {
        const fresh = freshness(ctx, it.arrivedAt[slot]!);
        s.business.featureValue += sc.work.featureValuePerTurn * m.featureValueFactor * fresh;
        s.business.fresh += fresh;
      }
    } else if (kind === KIND_DEBT) {
      s.ops.techDebt = Math.max(0, s.ops.techDebt - ctx.t.debtPaydownPerItem);
    } else if (kind === KIND_SECURITY) {
      if (s.ops.vulnKnown > 0) s.ops.vulnKnown--;
    } else if (kind === KIND_FOLLOWUP) {
      followUps++;
      // A rushed fix adds debt.
      if (hotfix) s.ops.techDebt += m.debtPerItem * 0.5;
    }
    if (flags & FLAG_DEFECT) {
      // Same draw as chance(): none when nothing can break.
      const roll = breakChance > 0 ? uniform(d) : 1;
      escaped++;
      lowestRoll = Math.min(lowestRoll, roll);
      if (roll < breakChance) breaking++;
      // Not every escaped defect breaks production; the rest surface later as bug reports.
      else addWork(ctx, KIND_BUG, ctx.now + exponential(d, 24 * 30), 0);
    }
    if (flags & FLAG_VULN) {
      s.ops.vulnUnknown++;
      f.acc.vulnShipped++;
    }
    const incident = it.incident[slot]!;
    markWip(ctx, -1);
    f.deployed++;
    freeItem(f, slot);
    if (incident >= 0) restoreByFix(ctx, incident);
  }
  const acc = f.acc;
  acc.deploys++;
  // Rework (DORA): a deploy that happens only because of an incident. A fix that rides a planned
  // release is not one; a continuous deploy that carries nothing but incident fixes is.
  const unplanned = hotfix || followUps === batch.length;
  if (unplanned) acc.unplannedDeploys++;
  acc.itemsDeployed += batch.length;
  if (m.deployDowntimeHours > 0) {
    s.ops.acc.badMinutes += m.deployDowntimeHours * 60;
    s.ops.acc.downtimeHours += m.deployDowntimeHours;
  }
  // The environment's own roll: a flag cannot switch such a failure off, only a rollback or a fix.
  const envRoll = m.envDriftRisk > 0 ? uniform(d) : 1;
  const envBroke = envRoll < m.envDriftRisk;
  if (breaking > 0 || envBroke) acc.failedDeploys++;
  // An environment that differs breaks whatever the deploy carries; a flag cannot switch that off.
  if (breaking > 0 || envBroke) openChangeIncidents(ctx, deployId, breaking + (envBroke ? 1 : 0), !envBroke && features > 0 && m.featureFlags > 0);
  emit(ctx, 'deploy', {
    deploy: deployId, items: batch.length, unplanned, failed: breaking > 0 || envBroke,
    escaped, breakChance: Math.round(breakChance * 1e4) / 1e4, lowestRoll: Math.round(lowestRoll * 1e4) / 1e4,
    envChance: Math.round(m.envDriftRisk * 1e4) / 1e4, envRoll: Math.round(envRoll * 1e4) / 1e4,
  });
  tryStart(ctx);
}
