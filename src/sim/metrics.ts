// Measurement. Metrics are read off what happened in the turn (deploys, items, incidents, hours),
// then the turn's accumulators are reset. Per-item data is not kept: a turn keeps its lead times
// only until its median is taken, and the game keeps a log-spaced lead-time histogram.
import type { Ctx } from './context.ts';
import { doraBands } from './dora.ts';
import type { FlowAccumulators, GameState, MetricsSummary, OpsState, TurnMetrics } from './types.ts';

export const HISTOGRAM_BUCKETS = 48;
const BUCKET_BASE = 0.1;

/** Lower edge of each bucket: 0.1·√2^b hours, built by exact repeated multiplication. */
const EDGES: number[] = [];
for (let b = 0, edge = BUCKET_BASE; b < HISTOGRAM_BUCKETS; b++, edge *= Math.SQRT2) EDGES.push(edge);

/** Bucket b holds lead times in [0.1·√2^b, 0.1·√2^(b+1)) hours; found by bisection on the edges. */
export function bucketOf(hours: number): number {
  let lo = 0, hi = HISTOGRAM_BUCKETS - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (hours >= EDGES[mid]!) lo = mid; else hi = mid - 1;
  }
  return lo;
}

export function recordLead(ctx: Ctx, lead: number, cycle: number): void {
  const acc = ctx.s.flow.acc;
  acc.leadSum += lead;
  acc.leads.push(lead);
  acc.cycleSum += cycle;
  ctx.s.leadHistogram[bucketOf(lead)]!++;
}

export function emptyFlowAcc(): FlowAccumulators {
  return {
    deploys: 0, unplannedDeploys: 0, failedDeploys: 0, itemsDeployed: 0, leadSum: 0, leads: [], cycleSum: 0,
    wipArea: 0, busyHours: 0, idleHours: 0, queueWaitSum: 0, started: 0, newHours: 0, unplannedHours: 0, otherHours: 0,
    releaseCostHours: 0, vulnShipped: 0,
  };
}

export function emptyOpsAcc(): OpsState['acc'] {
  return {
    incidents: 0, changeIncidents: 0, restoreChangeSum: 0, restoreChangeCount: 0, restoreAllSum: 0,
    restoreAllCount: 0, badMinutes: 0, downtimeHours: 0, fights: 0,
  };
}

/** Moves the k-th smallest value to index k, smaller ones before it (quickselect). */
function select(a: number[], k: number): number {
  let lo = 0, hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo, j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!; a[i] = a[j]!; a[j] = t;
        i++; j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k]!;
}

/**
 * Median by selection rather than sorting: a large company deploys thousands of changes a turn.
 * Reorders `values`, which is the turn's own list of lead times and is dropped right after.
 */
function median(values: number[]): number {
  const n = values.length;
  if (n === 0) return 0;
  const mid = n >> 1;
  const upper = select(values, mid);
  if (n % 2) return upper;
  let lower = values[0]!;
  for (let i = 1; i < mid; i++) if (values[i]! > lower) lower = values[i]!;
  return (lower + upper) / 2;
}

/**
 * Share of the developer-hours present that were busy. A leaver finishes the item at hand, so
 * the hours present are busy plus idle, not the headcount at the end of the turn.
 */
export function utilisation(a: FlowAccumulators): number {
  const present = a.busyHours + a.idleHours;
  return present > 0 ? a.busyHours / present : 0;
}

/**
 * Share of the error budget left over the SLO's window, which reaches back from the turn's end
 * over this turn and earlier ones, a turn partly inside it counting pro rata (SRE book: 99.9%
 * over 30 days allows 43.2 bad minutes). Negative once the budget is overspent.
 */
function errorBudgetLeft(s: GameState, availability: number, turnMinutes: number): number {
  const window = s.scenario.slo.windowDays * 1440;
  const budget = (1 - s.scenario.slo.target) * window;
  if (!(budget > 0)) return 0;
  let bad = (1 - availability) * turnMinutes * (window < turnMinutes ? window / turnMinutes : 1);
  let covered = turnMinutes;
  for (let i = s.history.length - 1; i >= 0 && covered < window; i--) {
    const share = window - covered < turnMinutes ? (window - covered) / turnMinutes : 1;
    bad += (1 - s.history[i]!.availability) * turnMinutes * share;
    covered += turnMinutes;
  }
  return 1 - bad / budget;
}

export function headcount(s: GameState): number {
  return s.team.developers + s.team.testers + s.team.operations;
}

/** `availability`: the turn's, as endTurn settled revenue with it. */
export function closeTurnMetrics(ctx: Ctx, availability: number, revenue: number, cost: number, leavers: number): TurnMetrics {
  const s = ctx.s;
  const f = s.flow;
  const a = f.acc;
  const o = s.ops.acc;
  const hours = ctx.T1 - ctx.T0;
  const days = hours / 24;
  const minutes = hours * 60;
  const work = a.newHours + a.unplannedHours + a.otherHours;
  const m: TurnMetrics = {
    turn: s.turn,
    deploys: a.deploys,
    unplannedDeploys: a.unplannedDeploys,
    failedDeploys: a.failedDeploys,
    deployFrequency: a.deploys / days,
    itemsDeployed: a.itemsDeployed,
    leadTimeMean: a.itemsDeployed > 0 ? a.leadSum / a.itemsDeployed : 0,
    leadTimeMedian: median(a.leads),
    // After the median's selection the upper half holds the rest; the 90th percentile is among it.
    leadTimeP90: a.leads.length > 0 ? select(a.leads, Math.min(a.leads.length - 1, Math.floor(a.leads.length * 0.9))) : 0,
    cycleTimeMean: a.itemsDeployed > 0 ? a.cycleSum / a.itemsDeployed : 0,
    changeFailureRate: a.deploys > 0 ? a.failedDeploys / a.deploys : 0,
    restoreChangeMean: o.restoreChangeCount > 0 ? o.restoreChangeSum / o.restoreChangeCount : 0,
    restoreAllMean: o.restoreAllCount > 0 ? o.restoreAllSum / o.restoreAllCount : 0,
    incidents: o.incidents,
    changeIncidents: o.changeIncidents,
    reworkRate: a.deploys > 0 ? a.unplannedDeploys / a.deploys : 0,
    changeVolume: a.deploys > 0 ? a.itemsDeployed / a.deploys : 0,
    successRate: a.deploys > 0 ? 1 - a.failedDeploys / a.deploys : 1,
    throughput: a.itemsDeployed / days,
    wip: a.wipArea / hours,
    utilisation: utilisation(a),
    queueWaitMean: a.started > 0 ? a.queueWaitSum / a.started : 0,
    availability,
    errorBudgetLeft: errorBudgetLeft(s, availability, minutes),
    newWorkShare: work > 0 ? a.newHours / work : 0,
    unplannedWorkShare: work > 0 ? a.unplannedHours / work : 0,
    techDebt: s.ops.techDebt,
    securityDebt: s.ops.vulnKnown + s.ops.vulnUnknown,
    vulnShipped: a.vulnShipped,
    morale: s.people.morale,
    burnout: s.people.burnout,
    culture: s.people.culture,
    headcount: headcount(s),
    leavers,
    users: s.business.users,
    revenue,
    cost,
    budget: s.money.budget,
    backlog: f.backlog[0]!.length + f.backlog[1]!.length + f.backlog[2]!.length + f.backlog[3]!.length,
    releaseCostHours: a.releaseCostHours,
    // Set by the engine once the turn is in the history (score.ts reads a window that ends here).
    score: 0,
    freshFeatures: s.business.fresh,
    restoredChange: o.restoreChangeCount,
    restoredAll: o.restoreAllCount,
  };
  f.acc = emptyFlowAcc();
  s.ops.acc = emptyOpsAcc();
  return m;
}

function weightedMedian(values: number[], weights: number[]): number {
  const order = values.map((_, i) => i).filter((i) => weights[i]! > 0).sort((x, y) => values[x]! - values[y]!);
  let total = 0;
  for (const i of order) total += weights[i]!;
  let run = 0;
  for (const i of order) {
    run += weights[i]!;
    if (run >= total / 2) return values[i]!;
  }
  return 0;
}

/**
 * Metrics over turns [from, to) of the history (default: the whole game). Rates are recomputed
 * from totals; the median lead time is the item-weighted median of the per-turn medians.
 */
export function summarize(s: GameState, from = 0, to = s.history.length): MetricsSummary {
  const h = s.history.slice(Math.max(0, from), Math.max(0, to));
  let deploys = 0, unplanned = 0, failed = 0, items = 0, leadSum = 0, cycleSum = 0;
  let restoreChange = 0, restoredChange = 0, restoreAll = 0, restoredAll = 0;
  let wip = 0, util = 0, wait = 0, avail = 0, newShare = 0, revenue = 0, cost = 0;
  for (const t of h) {
    deploys += t.deploys; unplanned += t.unplannedDeploys; failed += t.failedDeploys; items += t.itemsDeployed;
    leadSum += t.leadTimeMean * t.itemsDeployed; cycleSum += t.cycleTimeMean * t.itemsDeployed;
    restoreChange += t.restoreChangeMean * t.restoredChange; restoredChange += t.restoredChange;
    restoreAll += t.restoreAllMean * t.restoredAll; restoredAll += t.restoredAll;
    wip += t.wip; util += t.utilisation; wait += t.queueWaitMean; avail += t.availability; newShare += t.newWorkShare;
    revenue += t.revenue; cost += t.cost;
  }
  const n = h.length || 1;
  const days = h.length * s.scenario.turnDays;
  const deployFrequency = days > 0 ? deploys / days : 0;
  const leadTimeMean = items > 0 ? leadSum / items : 0;
  const changeFailureRate = deploys > 0 ? failed / deploys : 0;
  const restoreChangeMean = restoredChange > 0 ? restoreChange / restoredChange : 0;
  const leadTimeMedian = weightedMedian(h.map((t) => t.leadTimeMedian), h.map((t) => t.itemsDeployed));
  return {
    turns: h.length,
    deploys,
    deployFrequency,
    leadTimeMean,
    leadTimeMedian,
    cycleTimeMean: items > 0 ? cycleSum / items : 0,
    changeFailureRate,
    restoreChangeMean,
    restoreAllMean: restoredAll > 0 ? restoreAll / restoredAll : 0,
    reworkRate: deploys > 0 ? unplanned / deploys : 0,
    changeVolume: deploys > 0 ? items / deploys : 0,
    throughput: days > 0 ? items / days : 0,
    wip: wip / n,
    utilisation: util / n,
    queueWaitMean: wait / n,
    availability: avail / n,
    newWorkShare: newShare / n,
    revenue,
    cost,
    // The typical change, as DORA asks about it and as every screen shows it: the median, which a
    // few changes that waited months do not drag up the way they drag up the mean.
    bands: doraBands(deployFrequency, leadTimeMedian, changeFailureRate, restoreChangeMean, restoredChange, deploys),
  };
}

/** Median lead time over the whole game from the histogram (geometric middle of the bucket). */
/** A quantile of every lead time of the game, read from its log-spaced histogram (bucket centres). */
export function gameLeadTimeQuantile(s: GameState, q: number): number {
  let total = 0;
  for (const c of s.leadHistogram) total += c;
  if (total === 0) return 0;
  let run = 0;
  for (let b = 0; b < s.leadHistogram.length; b++) {
    run += s.leadHistogram[b]!;
    if (run >= total * q) {
      return EDGES[b]! * Math.sqrt(Math.SQRT2);
    }
  }
  return 0;
}

export function gameLeadTimeMedian(s: GameState): number {
  return gameLeadTimeQuantile(s, 0.5);
}
