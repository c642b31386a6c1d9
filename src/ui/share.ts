import { Download, Link, Share2 } from 'lucide';
import { bundleText, linkPayload, QR_MAX_CHARACTERS } from '../scenarios/bundle.ts';
import type { ScenarioRef } from '../state/save.ts';
import type { UiContext } from './context.ts';
import { h, icon } from './dom.ts';
import { downloadText } from './export.ts';
import { number } from './format.ts';

/** A trainer's way to pass a scenario on: one file, or one link that carries it (collapsed for players). */
export function shareBox(ctx: UiContext, ref: ScenarioRef): HTMLElement | null {
  const files = ctx.scenarios.files(ref);
  if (!files) return null;
  const t = ctx.i18n.t.bind(ctx.i18n);
  const lng = ctx.i18n.language;
  const link = `${location.origin}${location.pathname}#${linkPayload(files)}`;
  const field = h('input', { class: 'share-link', id: 'share-link', attrs: { type: 'text', readonly: '', value: link } }) as HTMLInputElement;
  const status = h('p', { class: 'hint', attrs: { role: 'status' } });
  const tooLong = link.length > QR_MAX_CHARACTERS;
  return h('details', { class: 'share' },
    h('summary', {}, icon(Share2, 16), t('brief.share')),
    h('p', { class: 'hint', text: t('brief.shareHelp') }),
    h('div', { class: 'row' },
      h('button', { class: 'btn', on: { click: () => downloadText(bundleText(files), `${ref.id}.scenario.json`, 'application/json') } }, icon(Download), t('brief.download')),
      h('button', {
        class: 'btn',
        on: {
          click: () => {
            field.select();
            // Clipboard access can be refused (no HTTPS, a frame); the selected field is then copied by hand.
            void navigator.clipboard?.writeText(link).then(() => { status.textContent = t('brief.copied'); }, () => {});
          },
        },
      }, icon(Link), t('brief.copyLink'))),
    h('label', { attrs: { for: 'share-link' }, text: t('brief.linkLabel') }),
    field,
    h('p', { class: tooLong ? 'notice warn' : 'hint', text: t(tooLong ? 'brief.qrTooLong' : 'brief.qrOk', { length: number(lng, link.length, 0), max: number(lng, QR_MAX_CHARACTERS, 0) }) }),
    status);
}
