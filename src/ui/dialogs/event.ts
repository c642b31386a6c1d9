import type { PendingEvent } from '../../sim/types.ts';
import type { ScenarioRef } from '../../state/save.ts';
import type { UiContext } from '../context.ts';
import { h } from '../dom.ts';
import { eventText } from '../event-text.ts';
import { scenarioWords } from '../scenario-words.ts';
import { eventDef } from '../../sim/events.ts';

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
    const options = (eventDef(ctx.game.getState().session!.state, pending.event)?.options ?? []).map((o) => o.id);
    const notice = options.length === 1;
    dialog.append(
      ...(notice ? [h('p', { class: 'kicker', text: t('event.notice') })] : []),
      h('h2', { id: 'event-title', text: words.title }),
      h('p', { id: 'event-body', text: words.text }),
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
