import type { PendingEvent, SimEvent } from '../../sim/types.ts';
import { duration } from '../format.ts';
import type { ScenarioRef } from '../../state/save.ts';
import type { UiContext } from '../context.ts';
import { h } from '../dom.ts';
import { eventText } from '../event-text.ts';
import { scenarioNames } from '../scenario-names.ts';
import { scenarioWords } from '../scenario-words.ts';
import { eventDef } from '../../sim/events.ts';

/** A postmortem names its incident: what failed, where, and for how long. */
function incidentLine(ctx: UiContext, log: readonly SimEvent[], pending: PendingEvent, name: (id: string) => string): string | null {
  const id = pending.params.incident;
  if (id === undefined) return null;
  const t = ctx.i18n.t.bind(ctx.i18n);
  const opened = log.find((e) => e.type === 'incident' && e.params.incident === id);
  const restored = log.find((e) => e.type === 'incidentRestored' && e.params.incident === id);
  if (!opened || !restored) return null;
  return t('event.aboutIncident', {
    cause: t(`cause.${String(opened.params.cause)}`), service: name(String(opened.params.service)),
    hours: duration(t, ctx.i18n.language, Number(restored.params.hours)),
  });
}

/**
 * An event or incident that asks for a decision, as a modal dialog: focus moves into it, Escape
 * postpones (the turn does not end), and the choice goes back to the caller. An event with one
 * option is a notice: it shows as news with an OK, answers null, and the engine plays it itself.
 */
export function openEventDialog(ctx: UiContext, ref: ScenarioRef, pending: PendingEvent): Promise<string | null> {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const loaded = ctx.scenarios.get(ref);
  const words = eventText(scenarioWords(ctx.i18n, loaded), loaded, pending.event);
  return new Promise((resolve) => {
    const dialog = h('dialog', { class: 'event-dialog', attrs: { 'aria-labelledby': 'event-title', 'aria-describedby': 'event-body' } });
    const close = (value: string | null) => {
      dialog.close();
      dialog.remove();
      resolve(value);
    };
    dialog.addEventListener('cancel', (e) => { e.preventDefault(); close(null); });
    const session = ctx.game.getState().session!;
    const options = (eventDef(session.state, pending.event)?.options ?? []).map((o) => o.id);
    const notice = options.length === 1;
    const about = incidentLine(ctx, session.log, pending, scenarioNames(scenarioWords(ctx.i18n, loaded), loaded ?? null).service);
    dialog.append(
      ...(notice ? [h('p', { class: 'kicker', text: t('event.notice') })] : []),
      h('h2', { id: 'event-title', text: words.title }),
      h('p', { id: 'event-body', text: words.text }),
      ...(about ? [h('p', { class: 'event-about', text: about })] : []),
      ...(notice
        ? [h('div', { class: 'row' }, h('button', { class: 'btn primary', on: { click: () => close(null) } }, t('event.ok')))]
        : [h('div', { class: 'choices', attrs: { role: 'group', 'aria-label': t('event.choose') } },
          // No option is styled as the default: the choice is the lesson, so none is nudged.
          ...options.map((o) => h('button', {
            class: 'btn choice',
            on: { click: () => close(o) },
          }, words.option(o)))),
        h('p', { class: 'hint', text: t('event.escapeHint') })]));
    document.body.append(dialog);
    dialog.showModal();
  });
}

/** Whether a pending event asks for a choice (two options or more) rather than telling news. */
export function isDecision(ctx: UiContext, pending: PendingEvent): boolean {
  const state = ctx.game.getState().session?.state;
  return state !== undefined && (eventDef(state, pending.event)?.options.length ?? 0) > 1;
}
