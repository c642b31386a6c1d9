// Settling in (DORA 2018's J-curve). Big automation does not pay the turn it lands: the team does
// not trust it yet, so the manual steps it replaced (regression testing, the release checklist)
// still run beside it, and a new suite on indebted legacy code fails for reasons that are not
// defects, each red run checked by hand. Trust grows a step each turn until the old steps stop.
import { practiceById } from './catalog/practices.ts';
import { knobsOf } from './mechanisms.ts';
import type { GameState, Knob, Mechanisms } from './types.ts';

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

/**
 * The team's doubt in the step `knob` switches on, while a practice that switched it on is still
 * settling: its share of the old manual work (1 the turn the practice lands, then less) and the
 * knobs as they were without it. Null when the step is trusted, or was automated before.
 */
export function doubt(s: GameState, knob: Knob): { share: number; old: Mechanisms } | null {
  let share = 0;
  let settling: string[] | null = null;
  for (const p of s.practices.settling) {
    const def = practiceById(p.id)!;
    if (def.effects[knob] === undefined) continue;
    const d = p.turnsLeft / def.settleTurns!;
    if (d > share) share = d;
    (settling ??= []).push(p.id);
  }
  if (settling === null) return null;
  const without = settling;
  const old = knobsOf(s.era, s.practices.adopted.filter((id) => !without.includes(id)));
  return old[knob] > 0 ? null : { share, old };
}
