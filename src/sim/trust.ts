// Settling in (DORA 2018's J-curve). Big automation does not pay the turn it lands: the team does
// not trust it yet, so the manual steps it replaced (regression testing, the release checklist)
// still run beside it, and a new suite on indebted legacy code fails for reasons that are not
// defects, each red run checked by hand. Trust grows a step each turn until the old steps stop.
import { practiceById } from './catalog/practices.ts';
import type { Ctx } from './context.ts';
import { UNPLANNED } from './catalog/tuning.ts';
import { knobsOf } from './mechanisms.ts';
import type { GameState, Mechanisms } from './types.ts';

/**
 * At a turn's start: trust grows in what was settling, and automation that has just landed
 * (`landed`) starts settling. Lists are replaced, never changed in place (states share them).
 */
export function settle(s: GameState, landed: readonly string[]): void {
  const settling = s.practices.settling;
  let next: GameState['practices']['settling'] | null = null;
  if (settling.length > 0) next = settling.filter((p) => p.turnsLeft > 1).map((p) => ({ id: p.id, turnsLeft: p.turnsLeft - 1 }));
  for (const id of landed) {
    const turns = practiceById(id)!.settleTurns;
    if (turns !== undefined && turns > 0) (next ??= settling.slice()).push({ id, turnsLeft: turns });
  }
  if (next !== null) s.practices.settling = next;
}

/** Share of the replaced manual work still done by hand: 1 the turn a practice lands, then less. */
export function distrust(s: GameState): number {
  let share = 0;
  for (const p of s.practices.settling) {
    const d = p.turnsLeft / practiceById(p.id)!.settleTurns!;
    if (d > share) share = d;
  }
  return share;
}

/** The knobs as they were without the practices still settling: the way the team still checks. */
function distrustedKnobs(s: GameState): Mechanisms {
  const settling = s.practices.settling;
  return knobsOf(s.era, s.practices.adopted.filter((id) => !settling.some((p) => p.id === id)));
}

// Each returns the effort hours of a manual step the release of `n` features still gets beside
// the automation that replaced it (0 once that automation is trusted, or when it is not new).

/** The release branch merged and checked by hand, as before the CI build. */
export function untrustedMerge(ctx: Ctx, n: number): number {
  const d = distrust(ctx.s);
  if (d === 0) return 0;
  const old = distrustedKnobs(ctx.s);
  return old.ci > 0 ? 0 : d * old.integrationHoursPerItem * n;
}

/**
 * The old regression pass, and a look at each false alarm of the new suite: tests written around
 * code that was never built to be tested fail on timing, shared data and environments, more so the
 * more indebted the code.
 */
export function untrustedTesting(ctx: Ctx, n: number): number {
  const d = distrust(ctx.s);
  if (d === 0) return 0;
  const old = distrustedKnobs(ctx.s);
  if (old.testAutomated > 0) return 0;
  const regression = old.manualTestHoursPerItem * n + old.regressionTestHours * (1 + ctx.s.scenario.systems.length / 20);
  return d * (regression + UNPLANNED.falseAlarmHours * n * (1 + ctx.s.ops.techDebt / ctx.t.debtScale));
}

/** Ops walk the old release checklist beside the automated deploy. */
export function untrustedRelease(ctx: Ctx, n: number): number {
  const d = distrust(ctx.s);
  if (d === 0) return 0;
  const old = distrustedKnobs(ctx.s);
  return old.autoDeploy > 0 ? 0 : d * (old.releaseFixedHours + old.releaseHoursPerItem * n);
}
