// A speaker's clicker sends PageDown/PageUp (some send arrows or Space). In a deck, those keys
// belong to the deck; with the setting on, the game passes them up even after it was clicked.
import type { Bridge } from './bridge.ts';

const directions = { PageDown: 'next', ArrowRight: 'next', ' ': 'next', PageUp: 'prev', ArrowLeft: 'prev' } as const;
type ClickerKey = keyof typeof directions;

export function forwardClickerKeys(self: Window, bridge: Bridge, enabled: () => boolean): void {
  self.addEventListener('keydown', (e) => {
    if (!enabled() || e.ctrlKey || e.metaKey || e.altKey || !Object.hasOwn(directions, e.key)) return;
    const key = e.key as ClickerKey;
    const target = e.target as Element | null;
    // Arrows and Space also work tabs, lists and buttons: those keep them. Page keys never do.
    if (key !== 'PageDown' && key !== 'PageUp' && target?.closest('button, input, select, textarea, a, [role="tab"], [contenteditable]')) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    bridge.post({ type: 'key', key, direction: directions[key] });
  }, { capture: true });
}

/**
 * Whether the game may move keyboard focus. In a frame it must not until the viewer has touched
 * it: focus taken by a frame is focus the speaker's clicker no longer sends to the deck.
 */
export function focusPolicy(self: Window, embedded: boolean): () => boolean {
  let touched = !embedded;
  const touch = () => { touched = true; };
  self.addEventListener('pointerdown', touch, { capture: true, once: true });
  self.addEventListener('keydown', touch, { capture: true, once: true });
  return () => touched;
}
