import type { GameState } from '../sim/types.ts';

/**
 * The turns that make up "recent": about six months up to turn `end`, so a twice-yearly release
 * still shows. The dashboard, the debrief's rolling charts and the embed API all read this window,
 * so a host hears the same numbers the audience sees.
 */
export function recentWindow(s: GameState, end: number = s.history.length): [number, number] {
  const turns = Math.max(1, Math.ceil(182 / s.scenario.turnDays));
  return [Math.max(0, end - turns), end];
}
