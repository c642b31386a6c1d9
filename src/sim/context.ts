// What a turn's simulation carries around: the state being advanced (a private copy), the
// mechanisms in force, the turn's window and the facts emitted so far.
import type { GameState, Mechanisms, ServiceConfig, SimEvent, Tuning } from './types.ts';
import { heapPush } from './heap.ts';
import { WORK_CLASSES, WORK_KINDS } from './types.ts';
import { changeTargets } from './ops/systems.ts';

export const EV = {
  ARRIVE: 1, DEV_DONE: 2, DEV_FREE: 3, REVIEW_DONE: 4, CI_DONE: 5, CUT: 6, BATCH_DONE: 7,
  HOTFIX_DONE: 8, RESTORE: 9, HW_FAULT: 10, EXPLOIT: 11, FIGHT: 12, BATCH_PREPARED: 13, CAB_MEETING: 14,
  APPROVED_DONE: 15,
} as const;

export const STAGE = {
  FREE: -1, PENDING: 0, BACKLOG: 1, DEV: 2, REVIEW: 3, CI: 4, READY: 5, BATCH: 6, HOTFIX_READY: 7, HOTFIX_BATCH: 8,
} as const;

export const FLAG_DEFECT = 1;
export const FLAG_VULN = 2;
export const FLAG_GOOD = 4;
export const FLAG_HOTFIX = 8;
export const FLAG_DROP = 16;
export const FLAG_CHECKED = 32;
/** A slice of a feature: its defects, vulnerabilities and debt scale with its share of a feature. */
export const FLAG_SLICE = 64;
/** An urgent fix someone dropped their work for: the time it takes is paid back later (devTaxHours). */
export const FLAG_PREEMPT = 128;
/**
 * A slice whose feature went on in its next slice: the WIP limit counts features, not commits, so
 * the feature's place under it went on with the next slice (bit 11).
 */
export const FLAG_PASSED = 2048;
/** Bits 8-9: developers working the item together, less one (a WIP limit below the team's size). */
export const CREW_SHIFT = 8;
export const CREW_MASK = 3 << CREW_SHIFT;

/** Kind codes are indexes into WORK_KINDS. */
export const KIND_FEATURE = 0, KIND_BUG = 1, KIND_SECURITY = 2, KIND_DEBT = 3, KIND_FOLLOWUP = 4;
/** Backlog lane (index into WORK_CLASSES) of each kind; lane 4 is the expedite lane. */
export const CLASS_OF_KIND = [0, 3, 2, 1, 3];
export const EXPEDITE = 4;

export interface Ctx {
  s: GameState;
  m: Mechanisms;
  t: Tuning;
  T0: number;
  T1: number;
  now: number;
  /** Effective productivity of a developer this turn (dips, morale, ramp-up, knowledge). */
  prod: number;
  /** Share of capacity going into adopting practices this turn (the J-curve dip). */
  dip: number;
  /** Where facts go; null in a headless game nobody reads them from (they are only numbered). */
  events: SimEvent[] | null;
  /** The incident of the turn most worth a postmortem: id and impact-hours. */
  major: { id: number; weight: number } | null;
  systemVariety: number;
  teamVariety: number;
  /** Services a code change can break. */
  changeTargets: number[];
  /** Target share of developer hours per backlog lane (the capacity split as fractions). */
  laneShare: number[];
  /** Mean effort hours of an item, by kind code. */
  meanEffort: number[];
  /** Brooks: coordination overhead on every item, growing with the square root of team size. */
  coordination: number;
  /** The random streams the event loop draws from, looked up once per turn rather than per draw. */
  rArrivals: number[];
  rWork: number[];
  rDefects: number[];
  rOps: number[];
}

export function schedule(ctx: Ctx, time: number, type: number, ref: number): void {
  const f = ctx.s.flow;
  heapPush(f.heap, time, f.heapSeq++, type, ref);
}

export function emit(ctx: Ctx, type: string, params: SimEvent['params']): void {
  const s = ctx.s;
  if (ctx.events === null) s.seq++;
  else ctx.events.push({ id: `${s.turn}-${s.seq++}`, type, turn: s.turn, params });
}

export function rng(ctx: Ctx, stream: string): number[] {
  return ctx.s.rng[stream]!;
}

// A scenario's systems never change during a game; a state loaded from JSON just misses once.
const targetsOf = new WeakMap<ServiceConfig[], number[]>();

/** The team size and the knobs in force fix it for a turn. */
export function coordination(s: GameState, m: Mechanisms): number {
  return 1 + 0.015 * Math.sqrt(s.team.developers) * m.coordinationFactor;
}

export function makeCtx(s: GameState, m: Mechanisms, t: Tuning, events: SimEvent[] | null): Ctx {
  const hours = s.scenario.turnDays * 24;
  const systems = s.scenario.systems;
  let targets = targetsOf.get(systems);
  if (targets === undefined) {
    targets = changeTargets(systems);
    targetsOf.set(systems, targets);
  }
  return {
    s, m, t, T0: s.clock, T1: s.clock + hours, now: s.clock, prod: 1, dip: 0, events, major: null,
    systemVariety: 1, teamVariety: 1, changeTargets: targets,
    laneShare: WORK_CLASSES.map((c) => s.policies.capacitySplit[c] / 100),
    meanEffort: WORK_KINDS.map((k) => s.scenario.work.featureEffortHours * t.effortByKind[k]),
    coordination: coordination(s, m),
    rArrivals: s.rng['arrivals']!, rWork: s.rng['work']!, rDefects: s.rng['defects']!, rOps: s.rng['ops']!,
  };
}
