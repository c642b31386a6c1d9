import { h } from './dom.ts';

export interface Tab {
  id: string;
  label: string;
  /** Name a tutorial step can point at. */
  area?: string;
  render(panel: HTMLElement): void;
}

/**
 * The ARIA tabs pattern: one tab stop, arrow keys move between tabs, and the chosen tab survives a
 * re-render so a turn ending does not throw the player back to the first panel.
 */
export function tabs(name: string, list: Tab[], selected: string, onSelect: (id: string) => void): HTMLElement {
  const current = list.some((t) => t.id === selected) ? selected : list[0].id;
  const panel = h('div', {
    class: 'tab-panel',
    id: `${name}-panel`,
    attrs: { role: 'tabpanel', 'aria-labelledby': `${name}-tab-${current}`, tabindex: 0 },
  });
  const buttons = list.map((tab) => h('button', {
    class: 'tab',
    id: `${name}-tab-${tab.id}`,
    text: tab.label,
    attrs: {
      role: 'tab', type: 'button', 'aria-selected': String(tab.id === current), 'aria-controls': `${name}-panel`,
      tabindex: tab.id === current ? 0 : -1, 'data-area': tab.area,
    },
    on: { click: () => onSelect(tab.id) },
  }));
  const bar = h('div', { class: 'tab-list', attrs: { role: 'tablist' } }, ...buttons);
  bar.addEventListener('keydown', (e) => {
    const index = list.findIndex((t) => t.id === current);
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    const jump = e.key === 'Home' ? 0 : e.key === 'End' ? list.length - 1 : -1;
    if (step === 0 && jump < 0) return;
    e.preventDefault();
    const next = jump >= 0 ? jump : (index + step + list.length) % list.length;
    onSelect(list[next].id);
    document.getElementById(`${name}-tab-${list[next].id}`)?.focus();
  });
  list.find((t) => t.id === current)?.render(panel);
  return h('div', { class: 'tabs' }, bar, panel);
}
