// A speaker's clicker sends PageDown/PageUp (some send arrows or Space, and a blank-screen key:
// b or .). In a deck, those keys belong to the deck; with the setting on, the game passes them up
// even after it was clicked, so the deck and the game never go out of step.
import type { Bridge } from './bridge.ts';
import { clickerKeys } from './protocol.ts';

type ClickerKey = (typeof clickerKeys)[number];
const directions: Partial<Record<ClickerKey, 'next' | 'prev'>> = { PageDown: 'next', ArrowRight: 'next', ' ': 'next', PageUp: 'prev', ArrowLeft: 'prev' };

/** The clicker key a keydown stands for, letters in either case; null for any other key. */
export function clickerKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): ClickerKey | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  return (clickerKeys as readonly string[]).includes(key) ? (key as ClickerKey) : null;
}

export function forwardClickerKeys(self: Window, bridge: Bridge, enabled: () => boolean): void {
  self.addEventListener('keydown', (e) => {
    const key = enabled() ? clickerKey(e) : null;
    if (!key) return;
    // Typing in a field keeps every key; a control the keyboard reached keeps arrows and Space
    // (tabs, buttons); an open dialog keeps Escape. Page keys and b, ., f always go up.
    const target = e.target as Element | null;
    if (target?.closest('input:not([type="checkbox"]), select, textarea, [contenteditable]')) return;
    const steps = key === ' ' || key === 'ArrowRight' || key === 'ArrowLeft';
    if (steps && target?.closest('button, a, input, [role="tab"]')) return;
    if (key === 'Escape' && target?.closest('dialog, [role="dialog"]')) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    bridge.post({ type: 'key', key, direction: directions[key] ?? null });
  }, { capture: true });

  // A mouse click leaves the clicked button focused, and a focused button would take the next
  // Space or arrow for itself. After a pointer click the focus goes back to the page, so the
  // clicker's next key is passed up like any other. Keyboard users keep their focus.
  self.addEventListener('click', (e) => {
    if (!enabled() || e.detail === 0) return;
    const focused = self.document.activeElement;
    if (focused instanceof HTMLElement && focused.closest('button, input[type="checkbox"], a')) focused.blur();
  });
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
