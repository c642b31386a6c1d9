// Scheduled events the player is told about in advance: a countdown while they approach, and a
// fact when the warning is first given, so there is time to prepare (scale out, hold a release).
import { emit } from './context.ts';
import type { Ctx } from './context.ts';
import type { GameState } from './types.ts';

export interface EventAhead {
  event: string;
  /** The turn it comes up (1-based, like the scenario's `scheduled[].turn`). */
  turn: number;
  /** Turns from the one being played; 1 is the next. */
  inTurns: number;
}

/** What the player has been warned of and is still to come, soonest first. */
export function eventsAhead(s: GameState): EventAhead[] {
  const now = s.turn + 1;
  return s.scenario.events.scheduled
    .filter((x) => x.turn > now && x.turn - now <= (x.warnTurns ?? 0))
    .map((x) => ({ event: x.event, turn: x.turn, inTurns: x.turn - now }))
    .sort((a, b) => a.inTurns - b.inTurns);
}

/** Before turn `nextTurn`: the warnings that start now (at the first turn, all that are already due). */
export function announceAhead(ctx: Ctx, nextTurn: number): void {
  for (const x of ctx.s.scenario.events.scheduled) {
    const warn = x.warnTurns ?? 0;
    const inTurns = x.turn - nextTurn;
    if (inTurns > 0 && (inTurns === warn || (nextTurn === 1 && inTurns < warn))) emit(ctx, 'eventAhead', { event: x.event, count: inTurns });
  }
}
