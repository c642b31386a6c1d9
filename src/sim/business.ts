// Money, users and revenue. Every change of the budget goes through earn() or spend(), so the
// budget always equals the starting budget plus income minus expenses. Revenue comes from the
// product that already runs plus the good features actually in production, scaled by users and
// lost while the service is down.
import type { Ctx } from './context.ts';
import { emit } from './context.ts';
import type { GameState } from './types.ts';

export function earn(s: GameState, amount: number): void {
  s.money.budget += amount;
  s.money.income += amount;
}

export function spend(s: GameState, amount: number): void {
  s.money.budget -= amount;
  s.money.expenses += amount;
}

/** Costs that are due at the start of a turn: people, practices, infrastructure. */
export function turnCosts(ctx: Ctx, practiceCosts: number, extraNodeHours: number): number {
  const s = ctx.s;
  const sc = s.scenario;
  const people = s.team.developers + s.team.testers + s.team.operations;
  let nodes = 0;
  // Failover keeps a standby beside every service that runs on one node.
  for (const n of s.ops.nodes) nodes += n === 1 && ctx.m.failover > 0 ? 2 : n;
  const turnHours = sc.turnDays * 24;
  const infra = (nodes + extraNodeHours / turnHours) * sc.nodeCostPerTurn * ctx.m.infraCostFactor;
  const total = people * sc.team.salaryPerTurn + practiceCosts + infra;
  spend(s, total);
  return total;
}

/** Revenue of the turn, less the cost of its downtime; returns the revenue. */
export function settleTurn(ctx: Ctx, availability: number, downtimeHours: number): number {
  const s = ctx.s;
  const sc = s.scenario;
  const b = s.business;
  const userFactor = b.users / sc.business.users;
  const revenue = (sc.business.baseRevenuePerTurn + b.featureValue) * userFactor * availability;
  earn(s, revenue);
  const downtime = downtimeHours * sc.business.downtimeCostPerHour;
  spend(s, downtime);
  // Features keep users coming; outages send them away; old features lose their pull.
  const pull = b.featureValue / (sc.business.baseRevenuePerTurn + b.featureValue + 1);
  b.users *= 1 + sc.business.userGrowthPerTurn * (0.5 + pull) - 0.25 * (1 - availability);
  b.featureValue *= 1 - ctx.t.featureValueDecay;
  if (s.money.budget < 0 && s.status === 'running') {
    s.status = 'bankrupt';
    emit(ctx, 'bankrupt', { budget: s.money.budget });
  }
  return revenue;
}
