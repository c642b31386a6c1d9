import type { TFunction } from 'i18next';
import { Siren } from 'lucide';
import { fightBrief, mechanisms } from '../../sim/index.ts';
import type { FightBrief } from '../../sim/index.ts';
import type { GameState, IncidentAction, Responders, SimEvent } from '../../sim/types.ts';
import { RESPONDERS } from '../../sim/types.ts';
import type { UiContext } from '../context.ts';
import { h, icon } from '../dom.ts';
import { duration, percent } from '../format.ts';
import { scenarioNames } from '../scenario-names.ts';
import { scenarioWords } from '../scenario-words.ts';

/** What the team knows, in sentences: less without monitoring, more with tracing. */
function knowledge(t: TFunction, lng: string, b: FightBrief, name: (id: string) => string): HTMLElement {
  const items = [
    t('fight.noticed', { hours: duration(t, lng, b.noticedAfter) }),
    b.impact === null ? t('fight.impactUnknown') : t('fight.impact', { share: percent(lng, b.impact) }),
    t('fight.affected', { count: b.affected.length, services: b.affected.map(name).join(', ') }),
    b.cause === 'change'
      ? (b.deploy ? t('fight.deploy', { id: b.deploy.id, hours: duration(t, lng, b.deploy.hoursAgo) }) : t('fight.deployUnknown'))
      : t(`fight.cause.${b.cause}`),
    b.domain ? t('fight.domain', { domain: t(`cynefin.${b.domain}`), hint: t(`fight.domainHint.${b.domain}`) }) : t('fight.domainUnknown'),
  ];
  return h('ul', { class: 'fight-knows' }, ...items.map((text) => h('li', { text })));
}

function radios<T extends string>(name: string, legend: string, values: readonly T[], label: (v: T) => string, hint: (v: T) => string, first: T): HTMLFieldSetElement {
  return h('fieldset', { class: 'fight-choice' },
    h('legend', { text: legend }),
    ...values.map((v) => h('label', { class: 'fight-option' },
      h('input', { attrs: { type: 'radio', name, value: v, checked: v === first } }),
      h('span', {}, h('strong', { text: label(v) }), h('span', { class: 'choice-hint', text: hint(v) })))));
}

function picked<T extends string>(form: HTMLElement, name: string, fallback: T): T {
  const el = form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`);
  return (el?.value as T | undefined) ?? fallback;
}

/** The outcome of the response, read from the facts the rest of the turn produced. */
function outcome(t: TFunction, lng: string, s: GameState, incident: number, events: readonly SimEvent[]): string {
  const restored = events.find((e) => e.type === 'incidentRestored' && e.params.incident === incident);
  if (restored) return t('fight.restored', { hours: duration(t, lng, Number(restored.params.hours)) });
  const open = s.ops.open.find((i) => i.id === incident);
  return open ? t('fight.stillDown', { hours: duration(t, lng, s.clock - open.startAt) }) : t('fight.restoredLater');
}

/**
 * A major incident stopped the turn: what the team knows and the responses the company can take,
 * as a modal. Responding plays the rest of the turn; the dialog then shows how it went. Escape
 * leaves it for now (the turn waits, and the End turn button reopens it).
 */
export function openIncidentDialog(ctx: UiContext): Promise<boolean> {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const lng = ctx.i18n.language;
  const session = ctx.game.getState().session;
  const s = session?.state;
  const brief = s ? fightBrief(s, mechanisms(s)) : null;
  if (!session || !s || !brief) return Promise.resolve(false);
  const loaded = ctx.scenarios.get(session.ref);
  const name = scenarioNames(scenarioWords(ctx.i18n, loaded), loaded ?? null).service;
  return new Promise((resolve) => {
    const dialog = h('dialog', { class: 'event-dialog incident-dialog', attrs: { 'aria-labelledby': 'incident-title', 'aria-describedby': 'incident-knows' } });
    let responded = false;
    const close = () => {
      dialog.close();
      dialog.remove();
      resolve(responded);
    };
    dialog.addEventListener('cancel', (e) => { e.preventDefault(); close(); });
    const estimate = h('p', { class: 'fight-estimate', attrs: { 'aria-live': 'polite' } });
    const form = h('form', { class: 'fight-form', attrs: { method: 'dialog' } },
      radios<IncidentAction>('action', t('fight.how'), brief.actions, (a) => t(`fight.action.${a}`), (a) => (a === brief.actions[0] ? `${t('fight.playbook')} · ` : '') + t(`fight.actionHint.${a}`), brief.actions[0]!),
      radios<Responders>('responders', t('fight.who'), RESPONDERS, (r) => t(`fight.responders.${r}`), (r) => {
        const cost = brief.devHours ? ` · ${t('fight.devHours', { hours: duration(t, lng, brief.devHours[r]) })}` : '';
        return t(`fight.respondersHint.${r}`) + cost;
      }, 'onCall'),
      estimate);
    const update = () => {
      const key = `${picked(form, 'action', brief.actions[0]!)}.${picked<Responders>(form, 'responders', 'onCall')}`;
      const hours = brief.estimates?.[key];
      estimate.textContent = brief.estimates === null ? t('fight.noEstimate')
        : hours === null || hours === undefined ? t('fight.estimatePipeline') : t('fight.estimate', { hours: duration(t, lng, hours) });
    };
    form.addEventListener('change', update);
    update();
    const respond = h('button', { class: 'btn primary', attrs: { type: 'submit' } }, t('fight.respond'));
    form.append(h('div', { class: 'choices' }, respond));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const action = picked(form, 'action', brief.actions[0]!);
      const responders = picked<Responders>(form, 'responders', 'onCall');
      const result = ctx.game.command({ type: 'respondIncident', action, responders });
      if (!result.ok) return;
      responded = true;
      const after = ctx.game.getState().session;
      const text = after ? outcome(t, lng, after.state, brief.incident, after.lastEvents) : '';
      const done = h('button', { class: 'btn primary', on: { click: close } }, t('fight.continue'));
      form.replaceWith(h('div', { class: 'fight-outcome', attrs: { role: 'status' } },
        h('p', { class: 'lead', text }),
        h('p', { text: t('fight.chose', { action: t(`fight.action.${action}`), responders: t(`fight.responders.${responders}`) }) }),
        h('div', { class: 'choices' }, done)));
      ctx.announce(text);
      done.focus();
    });
    dialog.append(
      h('p', { class: 'eyebrow' }, icon(Siren, 18), t('fight.eyebrow')),
      h('h2', { id: 'incident-title', text: t(`fight.title.${brief.cause}`, { service: name(brief.service) }) }),
      h('section', { id: 'incident-knows', attrs: { 'aria-label': t('fight.knows') } }, h('h3', { text: t('fight.knows') }), knowledge(t, lng, brief, name)),
      form);
    document.body.append(dialog);
    dialog.showModal();
    dialog.querySelector<HTMLInputElement>('input:checked')?.focus();
  });
}
