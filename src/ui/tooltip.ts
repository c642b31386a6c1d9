import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import { h } from './dom.ts';

let counter = 0;

/** Places a shown tip next to its anchor, flipped and shifted so that it stays inside the viewport. */
function place(anchor: HTMLElement, tip: HTMLElement): void {
  void computePosition(anchor, tip, {
    strategy: 'fixed', placement: 'bottom',
    middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
  }).then(({ x, y }) => {
    tip.style.left = `${x}px`;
    tip.style.top = `${y}px`;
  });
}

/**
 * Wraps a shown number so that hovering or focusing it reveals what it means (WCAG 1.4.13: the tip
 * stays while hovered, and Escape hides it without moving focus).
 */
export function explained(content: HTMLElement | string, explanation: string): HTMLElement {
  const id = `tip-${++counter}`;
  const tip = h('span', { class: 'tip', id, attrs: { role: 'tooltip' }, text: explanation });
  const anchor = h('span', { class: 'explained', attrs: { tabindex: 0, 'aria-describedby': id } }, content, tip);
  anchor.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') anchor.classList.add('tip-hidden');
  });
  anchor.addEventListener('mouseenter', () => place(anchor, tip));
  anchor.addEventListener('focus', () => place(anchor, tip));
  anchor.addEventListener('blur', () => anchor.classList.remove('tip-hidden'));
  anchor.addEventListener('mouseleave', () => anchor.classList.remove('tip-hidden'));
  return anchor;
}
