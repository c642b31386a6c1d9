import type { TFunction } from 'i18next';
import { UserMinus, UserPlus } from 'lucide';
import { cultureBand } from '../../sim/index.ts';
import type { Command, GameState, Role } from '../../sim/types.ts';
import { ROLES } from '../../sim/types.ts';
import { h, icon } from '../dom.ts';
import { money, number, percent } from '../format.ts';
import { explained } from '../tooltip.ts';

const roleCount = (s: GameState, r: Role) => (r === 'developer' ? s.team.developers : r === 'tester' ? s.team.testers : s.team.operations);

export function renderTeam(panel: HTMLElement, s: GameState, t: TFunction, lng: string, send: (c: Command) => string | null): void {
  // A refusal (no money, nobody left to let go) is told right under the buttons, read out at once.
  const feedback = h('p', { class: 'feedback refusal', attrs: { role: 'alert' } });
  const run = (c: Command) => {
    feedback.textContent = send(c) ?? '';
    if (feedback.textContent) feedback.scrollIntoView({ block: 'nearest' });
  };
  const people = s.people;
  const incoming = (r: Role) => s.team.hiring.filter((x) => x.role === r).reduce((a, x) => a + x.count, 0);

  panel.replaceChildren(
    h('dl', { class: 'metric-list' },
      ...([
        ['team.morale', percent(lng, people.morale), 'team.moraleExplain'],
        ['team.burnout', percent(lng, people.burnout), 'team.burnoutExplain'],
        ['team.culture', `${t(`culture.${cultureBand(people.culture)}`)} (${number(lng, people.culture, 0)})`, 'team.cultureExplain'],
        ['team.salary', money(lng, s.scenario.team.salaryPerTurn), 'team.salaryExplain'],
      ] as const).map(([label, value, explain]) => h('div', { class: 'metric-row' },
        h('dt', { text: t(label) }), h('dd', {}, explained(h('span', { text: value }), t(explain)))))),
    h('table', { class: 'roles' },
      h('caption', { class: 'visually-hidden', text: t('team.roles') }),
      h('thead', {}, h('tr', {},
        h('th', { text: t('team.role'), attrs: { scope: 'col' } }),
        h('th', { text: t('team.count'), attrs: { scope: 'col' } }),
        h('th', { text: t('team.incoming'), attrs: { scope: 'col' } }),
        h('th', { text: t('team.actions'), attrs: { scope: 'col' } }))),
      h('tbody', {}, ...ROLES.map((r) => h('tr', {},
        h('th', { text: t(`role.${r}`), attrs: { scope: 'row' } }),
        h('td', { text: number(lng, roleCount(s, r), 0) }),
        h('td', { text: number(lng, incoming(r), 0) }),
        h('td', { class: 'actions' },
          h('button', {
            class: 'btn small', attrs: { 'aria-label': t('team.hireOne', { role: t(`roleOne.${r}`) }) },
            on: { click: () => run({ type: 'hire', role: r, count: 1 }) },
          }, icon(UserPlus, 16), t('team.hire')),
          h('button', {
            class: 'btn small ghost', attrs: { 'aria-label': t('team.fireOne', { role: t(`roleOne.${r}`) }) },
            on: { click: () => run({ type: 'fire', role: r, count: 1 }) },
          }, icon(UserMinus, 16), t('team.fire'))))))),
    feedback,
    h('p', { class: 'hint', text: t('team.hireHint', { count: s.scenario.team.hireDelayTurns, turns: s.scenario.team.hireDelayTurns, cost: money(lng, s.scenario.team.hireCost) }) }));
}
