import type { i18n } from 'i18next';
import type { LoadedScenario } from '../../scenarios/load.ts';
import { summarize } from '../../sim/index.ts';
import type { GameState } from '../../sim/types.ts';
import { bandBadge } from '../band.ts';
import { h } from '../dom.ts';
import { scenarioWords } from '../scenario-words.ts';
import { fitText } from '../fit.ts';
import { turnDateText } from '../format.ts';
import { recentWindow } from '../../state/recent-window.ts';
import { doraKeys, keyText } from '../panels/dashboard.ts';

export interface PosterView {
  scenario: LoadedScenario;
  /** The game after the first `step` steps, as the engine played them. */
  state: GameState;
  step: number;
  steps: number;
}

/**
 * One still picture of a step for a speaker view, an overview grid or a thumbnail: no board, no
 * store, no controls, so it costs next to nothing to show a dozen of them.
 */
export function renderPoster(root: HTMLElement, i18n: i18n, view: PosterView): void {
  const t = i18n.t.bind(i18n);
  const lng = i18n.language;
  const { scenario: sc, state: s } = view;
  const say = scenarioWords(i18n, sc);
  const step = view.step > 0 ? sc.steps[view.step - 1] : undefined;
  const when = turnDateText(s, lng);

  let keys: HTMLElement;
  if (s.history.length === 0) keys = h('p', { class: 'poster-empty', text: t('poster.noTurnYet') });
  else {
    const [from, to] = recentWindow(s);
    const summary = summarize(s, from, to);
    keys = h('ul', { class: 'poster-keys', attrs: { 'aria-label': t('poster.keys') } },
      ...doraKeys.map((k) => h('li', { class: `poster-key band-${summary.bands[k.id] ?? 'none'}` },
        h('span', { class: 'key-name', text: t(`dora.${k.id}.name`) }),
        h('span', { class: 'key-value', text: keyText(t, lng, k, summary) }),
        bandBadge(t, summary.bands[k.id]))));
  }

  root.replaceChildren(h('main', { class: 'poster' },
    h('p', { class: 'poster-eyebrow', text: t('poster.eyebrow', { step: view.step, steps: view.steps, count: s.turn, date: when }) }),
    h('h1', { text: say(sc.meta.title) }),
    h('p', { class: 'poster-text', text: step ? say(step.text) : say(sc.meta.brief) }),
    keys));
  fitText(root);
}
