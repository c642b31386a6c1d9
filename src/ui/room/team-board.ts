// One team's shared board on an attendee's screen: where the team stands, what it may do now, and
// the button that ends its turn. Every member sees the same view; any of them may act.
import type { TFunction } from 'i18next';
import type { FightBrief } from '../../sim/index.ts';
import { RESPONDERS } from '../../sim/types.ts';
import type { LoadedScenario } from '../../scenarios/load.ts';
import type { PracticeOffer, TeamView } from '../../state/team-view.ts';
import { bandBadge } from '../band.ts';
import { h } from '../dom.ts';
import { eventText } from '../event-text.ts';
import { money } from '../format.ts';
import { reasonText } from '../panels/shop.ts';
import type { Say } from '../scenario-words.ts';

export interface TeamActions {
  command(command: { type: string } & Record<string, unknown>): void;
  endTurn(): void;
}

const order: Record<PracticeOffer['status'], number> = { open: 0, adopting: 1, adopted: 2 };

export function teamBoard(t: TFunction, lng: string, say: Say, scenario: LoadedScenario | null, view: TeamView, act: TeamActions): HTMLElement {
  const s = view.summary;
  const running = s.status === 'running';
  const stand = h('dl', { class: 'room-facts' },
    h('div', {}, h('dt', { text: t('workshop.turn') }), h('dd', { text: t('workshop.turnOf', { turn: Math.min(s.turn + 1, s.turns), turns: s.turns }) })),
    h('div', {}, h('dt', { text: t('workshop.score') }), h('dd', { text: String(Math.round(s.score)) })),
    h('div', {}, h('dt', { text: t('workshop.budget') }), h('dd', { text: money(lng, view.budget) })),
    view.secondsLeft !== null ? h('div', {}, h('dt', { text: t('workshop.timeLeft') }), h('dd', { class: 'room-clock', attrs: { 'data-seconds': view.secondsLeft }, text: clock(view.secondsLeft) })) : null);
  const bands = s.bands
    ? h('ul', { class: 'room-bands', attrs: { 'aria-label': t('workshop.keys') } },
        ...(['deployFrequency', 'leadTime', 'changeFailureRate', 'timeToRestore'] as const).map((k) =>
          h('li', {}, h('span', { class: 'room-band-name', text: t(`dora.${k}.name`) }), bandBadge(t, s.bands![k]))))
    : null;

  const choices = view.pending.map((p) => {
    const words = eventText(say, scenario, p.event);
    return h('section', { class: 'room-event notice warn', attrs: { 'aria-label': words.title } },
      p.shock ? h('p', { class: 'eyebrow room-shock', text: t('workshop.shockArrived') }) : null,
      h('h3', { text: words.title }),
      h('p', { text: words.text }),
      h('div', { class: 'room-choices' }, ...p.options.map((o) => h('button', {
        class: 'btn', text: words.option(o), attrs: { disabled: !running || view.paused },
        on: { click: () => act.command({ type: 'chooseEventOption', event: p.id, option: o }) },
      }))));
  });

  const fight = view.fight ? fightPanel(t, view.fight, scenario, say, running && !view.paused, act) : null;

  const practices = [...view.practices].sort((a, b) => order[a.status] - order[b.status] || Number(a.refused !== null) - Number(b.refused !== null));
  const shop = h('ul', { class: 'room-practices', attrs: { 'aria-label': t('workshop.practices') } }, ...practices.map((p) => {
    const name = t(`practice.${p.id}.name`);
    const note = p.status === 'adopted' ? t('workshop.adopted') : p.status === 'adopting' ? t('workshop.adopting') : p.refused ? reasonText(p.refused, t, lng) : money(lng, p.cost);
    return h('li', { class: `room-practice is-${p.status}` },
      h('span', { class: 'room-practice-name', text: name }),
      h('span', { class: 'room-practice-note', text: note }),
      p.status === 'open' ? h('button', {
        class: 'btn small', text: t('workshop.adopt'), attrs: { disabled: p.refused !== null || !running || view.paused, 'aria-label': t('workshop.adoptNamed', { name }) },
        on: { click: () => act.command({ type: 'adoptPractice', practice: p.id }) },
      }) : null);
  }));

  const end = running
    ? h('button', {
        class: 'btn primary large', attrs: { disabled: view.paused || s.ready || view.fight !== null },
        text: view.pacing === 'together' ? (s.ready ? t('workshop.waitingOthers') : t('workshop.ready')) : t('workshop.endTurn'),
        on: { click: () => act.endTurn() },
      })
    : h('p', { class: 'notice', text: t('workshop.gameOver', { score: Math.round(s.score) }) });

  return h('div', { class: 'room-board' },
    view.paused ? h('p', { class: 'notice warn', attrs: { role: 'status' }, text: t('workshop.paused') }) : null,
    stand, bands, fight, ...choices,
    h('h3', { text: t('workshop.practices') }), shop,
    h('div', { class: 'room-end' }, end));
}

/** A major incident stopped the turn: the team picks how to restore it and who works on it. */
function fightPanel(t: TFunction, brief: FightBrief, scenario: LoadedScenario | null, say: Say, enabled: boolean, act: TeamActions): HTMLElement {
  const service = scenario?.systemNames[brief.service] ? say(scenario.systemNames[brief.service]!) : brief.service;
  const radios = <T extends string>(name: string, legend: string, values: readonly T[], label: (v: T) => string, hint: (v: T) => string) =>
    h('fieldset', { class: 'room-fight-choice' }, h('legend', { text: legend }), ...values.map((v, i) => h('label', {},
      h('input', { attrs: { type: 'radio', name, value: v, checked: i === 0 } }),
      h('span', {}, h('strong', { text: label(v) }), ' ', h('span', { class: 'hint', text: hint(v) })))));
  const form = h('form', {
    class: 'room-fight notice bad', attrs: { 'aria-labelledby': 'room-fight-title' },
    on: {
      submit: (e) => {
        e.preventDefault();
        const pick = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
        act.command({ type: 'respondIncident', action: pick('action') ?? brief.actions[0], responders: pick('responders') ?? 'onCall' });
      },
    },
  },
  h('p', { class: 'eyebrow', text: t('fight.eyebrow') }),
  h('h3', { id: 'room-fight-title', text: t(`fight.title.${brief.cause}`, { service }) }),
  radios('action', t('fight.how'), brief.actions, (a) => t(`fight.action.${a}`), (a) => (a === brief.actions[0] ? `${t('fight.playbook')} · ` : '') + t(`fight.actionHint.${a}`)),
  radios('responders', t('fight.who'), RESPONDERS, (r) => t(`fight.responders.${r}`), (r) => t(`fight.respondersHint.${r}`)),
  h('button', { class: 'btn primary', attrs: { type: 'submit', disabled: !enabled }, text: t('fight.respond') }));
  return form;
}

export function clock(seconds: number): string {
  const m = Math.floor(seconds / 60);
  return `${m}:${String(seconds % 60).padStart(2, '0')}`;
}
