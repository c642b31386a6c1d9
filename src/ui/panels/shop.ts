import type { TFunction } from 'i18next';
import { ArrowDown, ArrowUp, Check, Hourglass, Lock, X } from 'lucide';
import { ERA_DEFS, PRACTICES, checkCommand, currentYear, mechanisms, practicePrice, practiceYear } from '../../sim/index.ts';
import { ERAS } from '../../sim/types.ts';
import type { GameState, Habit, Knob, KnobOp, Mechanisms, PracticeDef, Reason } from '../../sim/types.ts';
import { factParams } from '../facts.ts';
import { h, icon } from '../dom.ts';
import { money, percent } from '../format.ts';
import { explained } from '../tooltip.ts';

export interface ShopView {
  habit: Habit | 'all';
  onlyAvailable: boolean;
}

type Status = { kind: 'adopted'; settling: number } | { kind: 'adopting'; turnsLeft: number } | { kind: 'available' } | { kind: 'locked'; reason: string };

/** The engine decides what may be adopted; asking it keeps every rule out of the UI. */
function statusOf(s: GameState, p: PracticeDef, t: TFunction, lng: string): Status {
  // Trust grows at each turn's start, so a practice that settled its last turn is trusted now.
  if (s.practices.adopted.includes(p.id)) return { kind: 'adopted', settling: (s.practices.settling.find((a) => a.id === p.id)?.turnsLeft ?? 1) - 1 };
  const adopting = s.practices.adopting.find((a) => a.id === p.id);
  if (adopting) return { kind: 'adopting', turnsLeft: adopting.turnsLeft };
  const refusal = checkCommand(s, { type: 'adoptPractice', practice: p.id });
  return refusal ? { kind: 'locked', reason: reasonText(refusal, t, lng) } : { kind: 'available' };
}

/** A refusal from the engine in words, with its parameters shown the way facts show them. */
export function reasonText(reason: Reason, t: TFunction, lng: string): string {
  return t(`reason.${reason.code}`, factParams(t, lng, reason.params));
}

// What was just bought stays in view at the top, with the turns it still needs.
const statusOrder: Record<Status['kind'], number> = { adopting: 0, available: 1, locked: 2, adopted: 3 };

const offered = (s: GameState) => {
  const list = s.scenario.practices.offered;
  // Nothing is on screen before it existed: a practice appears in the shop from its year on.
  const year = currentYear(s);
  return (list === 'all' ? PRACTICES : PRACTICES.filter((p) => list.includes(p.id) || s.practices.adopted.includes(p.id)))
    .filter((p) => practiceYear(p) <= year || s.practices.adopted.includes(p.id));
};

export function renderShop(
  panel: HTMLElement, s: GameState, t: TFunction, lng: string, view: ShopView,
  setView: (v: ShopView) => void, adopt: (id: string) => void, advance: () => void,
): void {
  const practices = offered(s);
  const habits = [...new Set(practices.map((p) => p.habit))];
  const now = mechanisms(s);
  const entries = practices
    .filter((p) => view.habit === 'all' || p.habit === view.habit)
    .map((p) => ({ p, status: statusOf(s, p, t, lng) }))
    .filter((e) => !view.onlyAvailable || e.status.kind === 'available' || e.status.kind === 'adopting')
    // What can be bought now comes first; what is already in place sinks to the bottom.
    .sort((a, b) => statusOrder[a.status.kind] - statusOrder[b.status.kind]);

  const habitSelect = h('select', {
    id: 'shop-habit',
    on: { change: () => setView({ ...view, habit: (habitSelect.value || 'all') as ShopView['habit'] }) },
  },
  h('option', { text: t('shop.allHabits'), attrs: { value: 'all', selected: view.habit === 'all' } }),
  ...habits.map((id) => h('option', { text: t(`habit.${id}`), attrs: { value: id, selected: view.habit === id } })));
  const only = h('input', {
    id: 'shop-only',
    attrs: { type: 'checkbox', checked: view.onlyAvailable },
    on: { change: () => setView({ ...view, onlyAvailable: only.checked }) },
  });

  panel.replaceChildren(
    eraBox(s, t, lng, advance),
    h('div', { class: 'shop-filters' },
      h('label', { attrs: { for: 'shop-habit' }, text: t('shop.habit') }), habitSelect,
      h('label', { class: 'check' }, only, t('shop.onlyAvailable'))),
    entries.length === 0
      ? h('p', { class: 'empty', text: t('shop.nothing') })
      : h('ul', { class: 'cards' }, ...entries.map(({ p, status }) => h('li', {}, card(p, status, s, now, t, lng, adopt)))));
}

/** The era the company is in, the next one, and what it takes to get there. */
function eraBox(s: GameState, t: TFunction, lng: string, advance: () => void): HTMLElement {
  const next = ERAS[ERAS.indexOf(s.era) + 1];
  const reachable = next && ERAS.indexOf(next) <= ERAS.indexOf(s.scenario.maxEra);
  if (!next || !reachable) {
    return h('section', { class: 'era-box' }, h('p', { text: t('shop.eraLast', { era: t(`era.${s.era}`) }) }));
  }
  const refusal = checkCommand(s, { type: 'advanceEra' });
  const done = new Set(s.practices.adopted);
  const state = (id: string): string => {
    if (done.has(id)) return t('shop.met');
    const adopting = s.practices.adopting.find((a) => a.id === id);
    return adopting ? t('shop.adopting', { count: adopting.turnsLeft }) : t('shop.unmet');
  };
  return h('section', { class: 'era-box', attrs: { 'aria-labelledby': 'era-heading' } },
    h('h3', { id: 'era-heading', text: t('shop.eraNow', { era: t(`era.${s.era}`), next: t(`era.${next}`) }) }),
    h('ul', { class: 'prereqs' }, ...ERA_DEFS[next].requires.map((id) => h('li', { class: done.has(id) ? 'met' : 'unmet' },
      icon(done.has(id) ? Check : s.practices.adopting.some((a) => a.id === id) ? Hourglass : X, 14), `${t(`practice.${id}.name`)} (${state(id)})`))),
    refusal
      ? h('p', { class: 'hint', text: reasonText(refusal, t, lng) })
      : h('button', { class: 'btn primary', on: { click: advance } }, t('shop.advanceEra', { era: t(`era.${next}`) })));
}

/** Which way a practice moves a knob from the value in force now (a "set" may go either way). */
function direction(op: KnobOp, current: number): number {
  const target = op[0] === 'set' ? op[1] : op[0] === 'mul' ? current * op[1] : current + op[1];
  return Math.sign(target - current);
}

function card(
  p: PracticeDef, status: Status, s: GameState, now: Mechanisms, t: TFunction, lng: string, adopt: (id: string) => void,
): HTMLElement {
  const titleId = `practice-${p.id}`;
  const price = practicePrice(s.scenario, p);
  const done = new Set([...s.practices.adopted]);
  const prereqs = p.requires.length === 0 ? null : h('ul', { class: 'prereqs', attrs: { 'aria-label': t('shop.requires') } },
    ...p.requires.map((id) => h('li', { class: done.has(id) ? 'met' : 'unmet' },
      icon(done.has(id) ? Check : X, 14),
      `${t(`practice.${id}.name`)} (${t(done.has(id) ? 'shop.met' : 'shop.unmet')})`)));
  const effects = h('ul', { class: 'effects', attrs: { 'aria-label': t('shop.changes') } },
    ...(Object.entries(p.effects) as [Knob, KnobOp][]).flatMap(([knob, op]) => {
      const dir = direction(op, now[knob]);
      if (dir === 0) return [];
      return [h('li', {}, icon(dir > 0 ? ArrowUp : ArrowDown, 14), t(`knob.${knob}`), ' ',
        h('span', { class: 'visually-hidden', text: t(dir > 0 ? 'shop.up' : 'shop.down') }))];
    }));
  const action = status.kind === 'available'
    ? h('button', { class: 'btn primary', attrs: { 'aria-describedby': titleId }, on: { click: () => adopt(p.id) } }, t('shop.adopt'))
    : h('p', { class: `status status-${status.kind}` },
        icon(status.kind === 'adopted' ? Check : status.kind === 'adopting' ? Hourglass : Lock, 16),
        status.kind === 'adopted' ? (status.settling > 0 ? t('shop.settling', { count: status.settling }) : t('shop.adopted'))
          : status.kind === 'adopting' ? t('shop.adopting', { count: status.turnsLeft })
            : status.reason);
  return h('article', { class: `card practice status-${status.kind}`, attrs: { 'aria-labelledby': titleId, 'data-practice': p.id } },
    h('header', {},
      h('h4', { id: titleId, text: t(`practice.${p.id}.name`) }),
      h('span', { class: 'pill', text: t(`habit.${p.habit}`) })),
    h('p', { class: 'why', text: t(`practice.${p.id}.why`) }),
    h('dl', { class: 'facts' },
      h('div', {}, h('dt', { text: t('shop.cost') }),
        h('dd', {}, explained(h('span', { text: t('shop.costValue', { upfront: money(lng, price.upfront), perTurn: money(lng, price.perTurn) }) }), t('shop.costExplain')))),
      h('div', {}, h('dt', { text: t('shop.adoption') }),
        h('dd', {}, explained(h('span', { text: t('shop.adoptionValue', { count: p.adoptionTurns, dip: percent(lng, p.dip) }) }), t('shop.adoptionExplain')))),
      p.settleTurns ? h('div', {}, h('dt', { text: t('shop.settle') }),
        h('dd', {}, explained(h('span', { text: t('shop.settleValue', { count: p.settleTurns }) }), t('shop.settleExplain')))) : null),
    prereqs,
    effects,
    action);
}
