import { ArrowLeft, Play } from 'lucide';
import { scenarioNs, type UiContext } from '../context.ts';
import { h, icon } from '../dom.ts';
import { formatMetric } from '../format.ts';
import { DIFFICULTIES, type Difficulty } from '../../sim/types.ts';

/** Easy, normal or hard, before the first turn; the scenario's own is chosen at first. */
function difficultyPicker(ctx: UiContext, current: Difficulty): HTMLElement {
  const t = ctx.i18n.t.bind(ctx.i18n);
  return h('fieldset', { class: 'difficulty' },
    h('legend', { text: t('brief.difficulty') }),
    ...DIFFICULTIES.map((d) => h('label', {},
      h('input', { attrs: { type: 'radio', name: 'difficulty', value: d, checked: d === current }, on: { change: () => ctx.game.setDifficulty(d) } }),
      h('span', { class: 'choice-name', text: t(`difficulty.${d}.name`) }),
      h('span', { class: 'hint', text: t(`difficulty.${d}.hint`) }))));
}

/** The scenario's brief and goals, read before the first turn. */
export function renderBrief(root: HTMLElement, ctx: UiContext): void {
  const session = ctx.game.getState().session;
  if (!session) return;
  const t = ctx.i18n.t.bind(ctx.i18n);
  const lng = ctx.i18n.language;
  const ns = scenarioNs(session.ref.id);
  const sc = session.scenario;
  const loaded = ctx.scenarios.get(session.ref);
  const start = h('button', { class: 'btn primary large', on: { click: () => ctx.game.begin() } }, icon(Play), t('brief.start'));
  root.replaceChildren(h('main', { class: 'brief-screen' },
    h('article', { class: 'brief' },
      h('p', { class: 'eyebrow', text: t('brief.eyebrow', { year: sc.startYear }) }),
      h('h1', { text: t(loaded?.meta.title ?? '', { ns }) }),
      ...t(loaded?.meta.brief ?? '', { ns }).split(/\n\s*\n/).map((para) => h('p', { class: 'lead', text: para.trim() })),
      h('h2', { text: t('brief.goals') }),
      h('ul', { class: 'goals' }, ...(loaded?.goals ?? []).map((g) => h('li', {},
        h('span', { class: 'goal-text', text: t(g.text, { ns }) }), ' ',
        h('span', { class: 'hint', text: t('brief.goal', {
          metric: t(`metric.${g.metric}.name`),
          op: t(g.atLeast !== undefined ? 'op.atLeast' : 'op.atMost'),
          value: formatMetric(t, lng, g.metric, g.atLeast ?? g.atMost ?? 0),
          window: t(`window.${g.over}`),
        }) })))),
      h('p', { class: 'meta', text: t('brief.length', { turns: sc.turns, days: sc.turnDays }) }),
      difficultyPicker(ctx, sc.difficulty),
      h('div', { class: 'row' },
        h('button', { class: 'btn ghost', on: { click: () => ctx.game.quit() } }, icon(ArrowLeft), t('brief.back')),
        start))));
  start.focus();
}
