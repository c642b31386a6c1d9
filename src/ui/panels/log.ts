import type { TFunction } from 'i18next';
import type { SimEvent } from '../../sim/types.ts';
import { h } from '../dom.ts';
import { factText } from '../facts.ts';

/** The game's facts, newest first, one turn per group. */
export function renderLog(panel: HTMLElement, log: readonly SimEvent[], t: TFunction, lng: string): void {
  if (log.length === 0) {
    panel.replaceChildren(h('p', { class: 'empty', text: t('log.empty') }));
    return;
  }
  const turns = new Map<number, SimEvent[]>();
  for (let i = log.length - 1; i >= 0 && turns.size < 12; i--) {
    const e = log[i];
    const list = turns.get(e.turn) ?? [];
    list.push(e);
    turns.set(e.turn, list);
  }
  panel.replaceChildren(...[...turns].map(([turn, events]) => h('section', { class: 'log-turn' },
    h('h3', { class: 'sub', text: t('log.turn', { turn: turn + 1 }) }),
    h('ul', { class: 'log' }, ...events.map((e) => h('li', { class: `fact fact-${e.type}`, text: factText(t, lng, e) }))))));
}
