import type { UiContext } from '../context.ts';
import { h } from '../dom.ts';

export const shortcuts: [key: string, action: string][] = [
  ['N', 'help.keyEndTurn'],
  ['U', 'help.keyUndo'],
  ['1–5', 'help.keyTabs'],
  ['?', 'help.keyHelp'],
  ['Tab', 'help.keyTab'],
  ['Esc', 'help.keyEscape'],
];

/** The pause and help overlay: the game waits while it is open, since nothing moves between turns. */
export function openHelp(ctx: UiContext): void {
  if (document.querySelector('dialog.help-dialog')) return;
  const t = ctx.i18n.t.bind(ctx.i18n);
  const dialog = h('dialog', { class: 'help-dialog', attrs: { 'aria-labelledby': 'help-title' } },
    h('h2', { id: 'help-title', text: t('help.title') }),
    h('p', { text: t('help.paused') }),
    h('h3', { text: t('help.howToPlay') }),
    h('ol', { class: 'how' }, ...['help.step1', 'help.step2', 'help.step3', 'help.step4'].map((k) => h('li', { text: t(k) }))),
    h('h3', { text: t('help.keys') }),
    h('table', { class: 'keys' },
      h('tbody', {}, ...shortcuts.map(([key, action]) => h('tr', {}, h('th', { attrs: { scope: 'row' } }, h('kbd', { text: key })), h('td', { text: t(action) }))))),
    h('form', { attrs: { method: 'dialog' } }, h('button', { class: 'btn primary', text: t('help.resume') })));
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}
