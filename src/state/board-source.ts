import type { GameState, SimEvent } from '../sim/types.ts';

/**
 * What the Phaser board needs from the running game, and nothing more: the current engine state,
 * the facts of the last turn to animate, and the display preferences. The store implements it.
 */
export interface BoardSource {
  getState(): GameState | null;
  /** Called after every change; `events` holds the facts that produced it (empty for a command). */
  subscribe(listener: (state: GameState | null, events: readonly SimEvent[]) => void): () => void;
  reducedMotion(): boolean;
  theme(): 'default' | 'projector';
  /** The scenario's name of a system in the current language; the board shows the id without it. */
  systemName?(id: string): string;
}
