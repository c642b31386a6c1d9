// People and culture. Culture (Westrum) moves with the player's choices and with practices; it
// sets how fast bad news travels (detection), the mood of the team, and who stays. Overwork and
// pages burn people out; tired, unhappy people leave and take their knowledge with them.
import { spend } from './business.ts';
import { emit, rng } from './context.ts';
import type { Ctx } from './context.ts';
import { clamp } from './mathx.ts';
import { chance } from './rng.ts';
import type { CultureBand, GameState, Role } from './types.ts';
import { ROLES } from './types.ts';

export function cultureBand(score: number): CultureBand {
  return score < 34 ? 'pathological' : score < 67 ? 'bureaucratic' : 'generative';
}

export function roleCount(s: GameState, role: Role): number {
  return role === 'developer' ? s.team.developers : role === 'tester' ? s.team.testers : s.team.operations;
}

export function setRoleCount(s: GameState, role: Role, n: number): void {
  if (role === 'developer') s.team.developers = n;
  else if (role === 'tester') s.team.testers = n;
  else s.team.operations = n;
}

/** Hires whose start date has come join (ramping up); ramp-ups and temporary boosts age. */
export function startTurnPeople(ctx: Ctx): void {
  const s = ctx.s;
  const t = s.team;
  if (t.hiring.length === 0 && t.ramping.length === 0) return;
  const hiring: typeof t.hiring = [];
  const ramping: typeof t.ramping = [];
  for (const r of t.ramping) if (r.turnsLeft > 1) ramping.push({ ...r, turnsLeft: r.turnsLeft - 1 });
  for (const h of t.hiring) {
    if (h.turnsLeft > 1) {
      hiring.push({ ...h, turnsLeft: h.turnsLeft - 1 });
      continue;
    }
    setRoleCount(s, h.role, roleCount(s, h.role) + h.count);
    if (h.role === 'developer') s.flow.devIdle += h.count;
    ramping.push({ role: h.role, count: h.count, turnsLeft: Math.max(1, Math.round(ctx.m.onboardingTurns)) });
    emit(ctx, 'hired', { role: h.role, count: h.count });
  }
  t.hiring = hiring;
  t.ramping = ramping;
}

/** Developer productivity this turn: adoption dips, ramp-ups, morale, burnout and knowledge. */
export function productivity(ctx: Ctx, dip: number): number {
  const s = ctx.s;
  let boost = 0;
  for (const mod of s.team.productivityMods) boost += mod.delta;
  let ramping = 0;
  for (const r of s.team.ramping) if (r.role === 'developer') ramping += r.count;
  const devs = s.team.developers;
  // New hires work at half speed and take a mentor's time (Brooks).
  const rampFactor = devs > 0 ? 1 - (ramping * 0.75) / devs : 1;
  const moraleFactor = 0.75 + 0.35 * s.people.morale - 0.2 * s.people.burnout;
  const p = ctx.m.productivity * (1 - dip) * (1 + boost) * rampFactor * moraleFactor * (0.6 + 0.4 * s.people.knowledge);
  return p > 0.1 ? p : 0.1;
}

export function endTurnPeople(ctx: Ctx, utilisation: number, unplannedShare: number): number {
  const s = ctx.s;
  const p = s.people;
  const m = ctx.m;
  let crunch = 0;
  for (const mod of s.team.productivityMods) if (mod.delta > 0) crunch += mod.delta;
  if (s.team.productivityMods.length > 0) {
    s.team.productivityMods = s.team.productivityMods.filter((mod) => mod.turnsLeft > 1).map((mod) => ({ ...mod, turnsLeft: mod.turnsLeft - 1 }));
  }
  p.burnout = clamp(p.burnout + 0.3 * Math.max(0, utilisation - 0.85) + 0.15 * unplannedShare + crunch - 0.06, 0, 1);
  p.culture = clamp(p.culture + m.cultureDrift - 0.5 * Math.max(0, p.burnout - 0.5), 0, 100);
  const target = 0.35 + 0.45 * (p.culture / 100) - 0.35 * p.burnout;
  p.morale = clamp(p.morale + 0.3 * (target - p.morale) + m.moraleDrift, 0, 1);
  // What leavers took is relearnt at the pace a newcomer learns the system: 0.02 a turn with the usual
  // three-turn ramp-up, three times that where onboarding gets people going in one.
  p.knowledge = clamp(p.knowledge + 0.06 / Math.max(1, m.onboardingTurns), 0.3, 1);
  const r = rng(ctx, 'people');
  const rate = ctx.t.attritionPerTurn * (1 + 4 * Math.max(0, 0.6 - p.morale) + 2 * p.burnout);
  let leavers = 0;
  for (const role of ROLES) {
    const n = roleCount(s, role);
    let gone = 0;
    for (let k = 0; k < n; k++) if (chance(r, rate)) gone++;
    if (gone > 0) {
      const left = leave(ctx, role, gone);
      leavers += left;
      // Leavers are backfilled: the new people arrive later and need ramping up.
      if (left > 0) {
        s.team.hiring = [...s.team.hiring, { role, count: left, turnsLeft: Math.max(1, s.scenario.team.hireDelayTurns) + 1 }];
        spend(s, left * s.scenario.team.hireCost);
      }
    }
  }
  return leavers;
}

/** People leave: capacity and knowledge go with them. Returns how many actually left. */
export function leave(ctx: Ctx, role: Role, count: number): number {
  const s = ctx.s;
  const n = roleCount(s, role);
  // Keep at least one developer so the company still exists.
  const gone = Math.min(count, role === 'developer' ? n - 1 : n);
  if (gone <= 0) return 0;
  setRoleCount(s, role, n - gone);
  if (role === 'developer') {
    // A busy developer finishes the item at hand, so the idle pool may go negative for a while.
    s.flow.devIdle -= gone;
  }
  const total = s.team.developers + s.team.testers + s.team.operations + gone;
  s.people.knowledge = clamp(s.people.knowledge - 0.6 * gone / total, 0.3, 1);
  emit(ctx, 'left', { role, count: gone });
  return gone;
}
