import { h } from './dom.ts';

let counter = 0;

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
  anchor.addEventListener('blur', () => anchor.classList.remove('tip-hidden'));
  anchor.addEventListener('mouseleave', () => anchor.classList.remove('tip-hidden'));
  return anchor;
}
