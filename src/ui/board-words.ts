import type { TFunction } from 'i18next';
import { flowCounts } from '../sim/index.ts';
import type { GameState } from '../sim/types.ts';
import { h } from './dom.ts';
import { number, percent } from './format.ts';

const places = ['backlog', 'develop', 'review', 'integrate', 'ready', 'release', 'hotfix'] as const;

/**
 * The board in words: what the canvas shows, as text for screen readers and for anyone who
 * prefers reading to watching. Collapsed by default so it does not crowd the screen.
 */
export function boardInWords(s: GameState, t: TFunction, lng: string): HTMLElement {
  const counts = flowCounts(s);
  const systems = s.scenario.systems;
  const incidents = s.ops.open.map((i) => t('words.incident', {
    service: systems[i.service]?.id ?? '?', cause: t(`cause.${i.cause}`), domain: t(`cynefin.${i.domain}`),
  }));
  return h('details', { class: 'board-words' },
    h('summary', { text: t('words.summary') }),
    h('p', { text: t('words.pipeline', { list: places.map((p) => `${t(`stage.${p}`)} ${number(lng, counts[p] ?? 0, 0)}`).join(', ') }) }),
    h('p', { text: t('words.systems', { count: systems.length, nodes: number(lng, s.ops.nodes.reduce((a, n) => a + n, 0), 0) }) }),
    h('p', { text: incidents.length === 0 ? t('words.noIncident') : incidents.join(' ') }),
    h('p', { text: t('words.team', { developers: s.team.developers, testers: s.team.testers, operations: s.team.operations, morale: percent(lng, s.people.morale) }) }));
}
