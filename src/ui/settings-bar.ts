import { languages } from '../i18n/index.ts';
import type { Settings } from '../state/settings.ts';
import type { UiContext } from './context.ts';
import { h } from './dom.ts';

/** Language, theme and motion: reachable from every screen; the app re-renders when they change. */
export function settingsBar(ctx: UiContext): HTMLElement {
  const { i18n, settings } = ctx;
  const t = i18n.t.bind(i18n);
  const current = settings.getState();

  const select = <K extends keyof Settings>(key: K, label: string, options: [Settings[K], string][]) => {
    const id = `setting-${key}`;
    // With no saved choice the language was detected, and the list must show that one.
    const selected = key === 'language' ? i18n.language : current[key];
    const el = h('select', {
      id,
      on: {
        change: () => {
          const chosen = options[el.selectedIndex][0];
          settings.setState({ [key]: chosen } as Partial<Settings>);
        },
      },
    }, ...options.map(([value, text]) => h('option', { text, attrs: { selected: value === selected } })));
    return h('div', { class: 'setting' }, h('label', { attrs: { for: id }, text: label }), el);
  };

  return h('section', { class: 'settings-bar', attrs: { 'aria-label': t('settings.title') } },
    select('language', t('settings.language'), languages.map((l) => [l.code, l.nativeName])),
    select('theme', t('settings.theme'), [['default', t('settings.themeDefault')], ['projector', t('settings.themeProjector')]]),
    select('reducedMotion', t('settings.motion'), [
      ['system', t('settings.motionSystem')], ['on', t('settings.motionReduced')], ['off', t('settings.motionFull')],
    ]));
}
