import type { UiContext } from '../context.ts';
import { h } from '../dom.ts';

/**
 * Leaving a game, told truthfully: every move is saved as it is made, so the player may keep the
 * game for later (Continue on the title screen) or end it and delete the save. Escape stays.
 */
export function openQuitDialog(ctx: UiContext): void {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const dialog = h('dialog', { class: 'event-dialog', attrs: { 'aria-labelledby': 'quit-title', 'aria-describedby': 'quit-body' } });
  const close = () => { dialog.close(); dialog.remove(); };
  dialog.addEventListener('cancel', (e) => { e.preventDefault(); close(); });
  const stay = h('button', { class: 'btn primary', on: { click: close } }, t('quit.stay'));
  dialog.append(
    h('h2', { id: 'quit-title', text: t('quit.title') }),
    h('p', { id: 'quit-body', text: t('quit.body') }),
    h('div', { class: 'choices' },
      stay,
      h('button', { class: 'btn', on: { click: () => { close(); ctx.game.leave(); } } }, t('quit.keep')),
      h('button', { class: 'btn ghost', on: { click: () => { close(); ctx.game.quit(); } } }, t('quit.delete'))));
  document.body.append(dialog);
  dialog.showModal();
  stay.focus();
}
