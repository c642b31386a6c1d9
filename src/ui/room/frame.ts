// The page around every workshop screen: the title, the room's code, the settings.
import type { UiContext } from '../context.ts';
import { h } from '../dom.ts';
import { settingsBar } from '../settings-bar.ts';

export function roomFrame(ctx: UiContext, title: string, code: string | null, body: HTMLElement): HTMLElement {
  const t = ctx.i18n.t.bind(ctx.i18n);
  return h('main', { class: 'room-screen' },
    h('header', { class: 'room-header' },
      h('h1', { text: title }),
      code ? h('p', { class: 'room-code-small' }, t('workshop.codeIs'), ' ', h('strong', { text: code })) : null,
      h('a', { class: 'room-home', attrs: { href: './' }, text: t('workshop.backToGame') })),
    body,
    settingsBar(ctx));
}
