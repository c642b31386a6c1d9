// The world around the company: the calendar in acts, the market that moves on while work waits,
// a rival that ships, and the ways a game is lost. The company's clock (hours) never jumps; the
// calendar does, between acts, and the years it skips arrive at once as the next act opens.
import { ERA_DEFS } from './catalog/eras.ts';
import { emit } from './context.ts';
import type { Ctx } from './context.ts';
import type { Act, Difficulty, GameState, PracticeDef, ScenarioConfig, TurnMetrics } from './types.ts';
import { ERAS } from './types.ts';

/** What the difficulty changes: money at the start and how fast the rival ships. */
export const DIFFICULTY: Record<Difficulty, { budget: number; rival: number }> = {
  easy: { budget: 1.5, rival: 0.75 },
  normal: { budget: 1, rival: 1 },
  hard: { budget: 0.7, rival: 1.3 },
};

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

/** The act in force at `turn` (1-based: the turn being played). */
export function actAt(sc: ScenarioConfig, turn: number): Act {
  let act = sc.acts[0]!;
  for (const a of sc.acts) if (a.turn <= turn) act = a;
  return act;
}

/** The calendar date a turn starts on (1-based turn; months 0–11, days 1–31; years of 365 days). */
export function dateOfTurn(sc: ScenarioConfig, turn: number): { year: number; month: number; day: number } {
  const act = actAt(sc, turn);
  // Turns of about a month (or a quarter) step through calendar months, so every turn shows a new one.
  const months = Math.round(sc.turnDays / 30.4375);
  if (months >= 1 && Math.abs(sc.turnDays - months * 30.4375) <= 3 * months) {
    const m = (turn - act.turn) * months;
    return { year: act.year + Math.floor(m / 12), month: m % 12, day: 1 };
  }
  const days = (turn - act.turn) * sc.turnDays;
  const years = Math.floor(days / 365);
  const dayOfYear = days - years * 365;
  let month = 0;
  while (month < 11 && DAYS_BEFORE_MONTH[month + 1]! <= dayOfYear) month++;
  return { year: act.year + years, month, day: dayOfYear - DAYS_BEFORE_MONTH[month]! + 1 };
}

/** The date of the turn about to be played (or of the last one, once the game is over). */
export function currentDate(s: GameState): { year: number; month: number; day: number } {
  return dateOfTurn(s.scenario, s.turn < s.scenario.turns ? s.turn + 1 : s.scenario.turns);
}

export function currentYear(s: GameState): number {
  return currentDate(s).year;
}

/** Availability over the SLO window that ends with a turn, read back from its error budget. */
export function windowAvailability(s: GameState, t: TurnMetrics): number {
  return 1 - (1 - t.errorBudgetLeft) * (1 - s.scenario.slo.target);
}

/** The first year a practice is on offer: its own, or its era's. */
export function practiceYear(def: PracticeDef): number {
  return def.since ?? ERA_DEFS[def.era].year;
}

/** How much the market has grown by a turn: the acts' user growth so far. */
export function marketSize(sc: ScenarioConfig, turn: number): number {
  let size = 1;
  for (const a of sc.acts) if (a.turn > 1 && a.turn <= turn) size *= a.users;
  return size;
}

/** The rival's good features a turn in the act in force. */
export function rivalPace(s: GameState, turn: number): number {
  return s.scenario.market.rivalFeaturesPerTurn * actAt(s.scenario, turn).rival * DIFFICULTY[s.scenario.difficulty].rival;
}

/**
 * What a good feature still earns when it ships: the market moves on while it waits, so its worth
 * falls with the days since it was asked for, to a tenth after the act's shelf life.
 */
export function freshness(ctx: Ctx, arrivedAt: number): number {
  const life = actAt(ctx.s.scenario, ctx.s.turn + 1).shelfLifeDays * 24;
  const f = 1 - (ctx.now - arrivedAt) / life;
  return f > 0.1 ? f : 0.1;
}

/** Start of a turn that opens an act: the skipped years' users arrive, and the world says so. */
export function openAct(ctx: Ctx): void {
  const s = ctx.s;
  const turn = s.turn + 1;
  if (turn === 1) return;
  const act = actAt(s.scenario, turn);
  if (act.turn !== turn) return;
  const before = dateOfTurn(s.scenario, turn - 1).year;
  s.business.users *= act.users;
  emit(ctx, 'actOpened', { year: act.year, years: act.year - before, users: act.users, rival: act.rival });
}

/** Whether the calendar has reached the next era's year; the reason's parameters when not. */
export function eraTooEarly(s: GameState, next: (typeof ERAS)[number]): { era: string; year: number } | null {
  const year = ERA_DEFS[next].year;
  return currentYear(s) < year ? { era: next, year } : null;
}

/**
 * End of a turn: the pace of the company against the rival's moves users, and the game is lost
 * when customers stop trusting the service or the rival has taken the market.
 */
export function settleMarket(ctx: Ctx, windowAvailability: number): void {
  const s = ctx.s;
  const b = s.business;
  const sc = s.scenario;
  b.pace += (b.fresh - b.pace) / 6;
  b.fresh = 0;
  const rival = rivalPace(s, s.turn + 1);
  if (rival > 0) {
    const gap = 1 - b.pace / rival;
    if (gap > 0) b.users *= 1 - sc.market.churnPerTurn * (gap < 1 ? gap : 1);
  }
  if (s.status !== 'running') return;
  if (windowAvailability < sc.stakes.trustAvailability) {
    s.status = 'lostTrust';
    emit(ctx, 'lostTrust', { availability: windowAvailability, threshold: sc.stakes.trustAvailability });
  } else {
    // The share of a market that grew in the skipped years: holding the old headcount is losing.
    const floor = sc.stakes.disruptedUsers * sc.business.users * marketSize(sc, s.turn + 1);
    if (b.users < floor) {
      s.status = 'disrupted';
      emit(ctx, 'disrupted', { users: b.users, threshold: floor });
    }
  }
}

/** Each new market costs half as much again as the one before. */
const EXPANSION_GROWTH = 1.5;

/** Price of the next new market. */
export function expansionCost(s: GameState): number {
  let cost = s.scenario.market.expansionCost;
  for (let k = 0; k < s.business.expansions; k++) cost *= EXPANSION_GROWTH;
  return cost;
}

/** What the markets opened so far cost, together. */
export function expansionSpent(s: GameState): number {
  let cost = s.scenario.market.expansionCost;
  let total = 0;
  for (let k = 0; k < s.business.expansions; k++, cost *= EXPANSION_GROWTH) total += cost;
  return total;
}

export function eraAtLeast(s: GameState, era: (typeof ERAS)[number]): boolean {
  return ERAS.indexOf(s.era) >= ERAS.indexOf(era);
}
