import { CircleCheck, CircleX, Download, Home, Image } from 'lucide';
import { gameWon, goalResults } from '../../scenarios/goals.ts';
import { lessonsInGame } from '../../scenarios/lesson-check.ts';
import { getMetrics, summarize } from '../../sim/index.ts';
import type { GameState, MetricKey, MetricsSummary, TurnMetrics } from '../../sim/types.ts';
import { playBaseline } from '../../state/baseline.ts';
import { parOf } from '../../state/par.ts';
import { lossText, scorecard } from '../scorecard.ts';
import { recentWindow } from '../../state/recent-window.ts';
import type { UiContext } from '../context.ts';
import { bandBadge } from '../band.ts';
import { chart, needsLog, type Marker } from '../charts.ts';
import { h, icon } from '../dom.ts';
import { formatMetric } from '../format.ts';
import { doraKeys, keyText } from '../panels/dashboard.ts';
import { decisionText } from '../decisions.ts';
import { eventText } from '../event-text.ts';
import { scenarioWords } from '../scenario-words.ts';
import { downloadCharts, downloadText, metricsCsv, metricsJson } from '../export.ts';

const charted: MetricKey[] = [
  'deployFrequency', 'leadTimeMedian', 'changeFailureRate', 'restoreChangeMean',
  'availability', 'unplannedWorkShare', 'morale', 'budget',
];

const doraName: Partial<Record<MetricKey, string>> = {
  deployFrequency: 'dora.deployFrequency.name', leadTimeMedian: 'dora.leadTime.name',
  changeFailureRate: 'dora.changeFailureRate.name', restoreChangeMean: 'dora.timeToRestore.name',
};

const rollingKeys: Partial<Record<MetricKey, (m: MetricsSummary) => number>> = {
  deployFrequency: (m) => m.deployFrequency,
  leadTimeMedian: (m) => m.leadTimeMedian,
  changeFailureRate: (m) => m.changeFailureRate,
  restoreChangeMean: (m) => m.restoreChangeMean,
};

/**
 * A metric turn by turn; the four keys over a rolling window like the dashboard's, since one
 * month of a twice-yearly release is mostly "no deploy" and says little.
 */
function series(g: GameState, key: MetricKey): number[] {
  const rolling = rollingKeys[key];
  if (!rolling) return g.history.map((m: TurnMetrics) => m[key]);
  return g.history.map((_, i) => rolling(summarize(g, ...recentWindow(g, i + 1))));
}

/**
 * The end of the game: bands reached, every metric over time with the decisions and incidents,
 * questions. Returns the teardown of its charts, which listen to the window until destroyed.
 */
export function renderDebrief(root: HTMLElement, ctx: UiContext): () => void {
  const session = ctx.game.getState().session;
  if (!session) return () => {};
  const t = ctx.i18n.t.bind(ctx.i18n);
  const lng = ctx.i18n.language;
  const s = session.state;
  const baseline: GameState = playBaseline(session.scenario, session.seed);
  const loaded = ctx.scenarios.get(session.ref);
  const say = scenarioWords(ctx.i18n, loaded);

  const loss = lossText(t, lng, s);
  const mine = getMetrics(s).lastThird;
  const theirs = getMetrics(baseline).lastThird;

  const choice = (event: string, option: string) => {
    const words = eventText(say, loaded, event);
    return { event: words.title, option: words.option(option) };
  };
  const markers: Marker[] = [
    ...session.turns.flatMap((commands, turn) => commands.map((c) => ({ turn: turn + 1, kind: 'decision' as const, label: decisionText(t, c, choice) }))),
    ...s.history.filter((m) => m.incidents > 0).map((m) => ({ turn: m.turn + 1, kind: 'incident' as const, label: t('debrief.incidents', { count: m.incidents }) })),
  ];

  const results = loaded ? goalResults(s, loaded.goals) : [];
  const goals = results.length === 0 ? null : h('section', { attrs: { 'aria-labelledby': 'goals-heading' } },
    h('h2', { id: 'goals-heading', text: t('debrief.goals', { met: results.filter((r) => r.met).length, total: results.length }) }),
    h('ul', { class: 'goal-results' }, ...results.map((r) => {
      const goal = loaded!.goals.find((g) => g.id === r.id)!;
      return h('li', { class: r.met ? 'met' : 'unmet' },
        icon(r.met ? CircleCheck : CircleX, 18),
        h('span', { text: `${say(goal.text)}: ${t(r.met ? 'debrief.met' : 'debrief.unmet')} (${formatMetric(t, lng, goal.metric, r.value)})` }));
    })));

  const strategyNames: Record<string, string> = {
    doNothing: 'strategy.doNothing', allDevOps: 'strategy.allDevOps', toolsWithoutCulture: 'strategy.toolsWithoutCulture',
    cultureFirst: 'strategy.cultureFirst', random: 'strategy.random',
  };
  const side = (name: string) => (Object.hasOwn(strategyNames, name) ? t(strategyNames[name]!) : t('strategy.play', { id: name }));
  const lessons = loaded && loaded.lessons.length > 0 && s.status !== 'running' ? lessonsInGame(loaded, session.seed, s) : [];
  const lessonsBox = lessons.length === 0 ? null : h('section', { attrs: { 'aria-labelledby': 'lessons-heading' } },
    h('h2', { id: 'lessons-heading', text: t('debrief.lessons') }),
    h('ul', { class: 'goal-results lessons' }, ...lessons.map((l) => {
      const metric = loaded!.lessons.find((x) => x.id === l.id)!.metric;
      const show = (v: number) => formatMetric(t, lng, metric, v);
      return h('li', { class: l.held ? 'met' : 'unmet' },
        icon(l.held ? CircleCheck : CircleX, 18),
        h('div', {},
          h('p', { class: 'strong', text: say(l.text) }),
          h('p', { text: t(l.held ? 'debrief.lessonHeld' : 'debrief.lessonNotHeld', { better: side(l.better.name), betterValue: show(l.better.value), worse: side(l.worse.name), worseValue: show(l.worse.value) }) }),
          h('p', { class: 'hint', text: t('debrief.lessonYou', { value: show(l.you), metric: t(`metric.${metric}.name`) }) })));
    })));

  const bands = h('table', { class: 'bands' },
    h('caption', { text: t('debrief.bandsCaption') }),
    h('thead', {}, h('tr', {},
      h('th', { attrs: { scope: 'col' }, text: t('debrief.key') }),
      h('th', { attrs: { scope: 'col' }, text: t('debrief.you') }),
      h('th', { attrs: { scope: 'col' }, text: t('debrief.doNothing') }))),
    h('tbody', {}, ...doraKeys.map((k) => h('tr', {},
      h('th', { attrs: { scope: 'row' }, text: t(`dora.${k.id}.name`) }),
      h('td', {}, h('span', { text: keyText(t, lng, k, mine) }), ' ', bandBadge(t, mine.bands[k.id])),
      h('td', {}, h('span', { text: keyText(t, lng, k, theirs) }), ' ', bandBadge(t, theirs.bands[k.id]))))));

  const chartsBox = h('div', { class: 'charts' });
  const decisions = h('ol', { class: 'decisions' }, ...session.turns.flatMap((commands, turn) =>
    commands.map((c) => h('li', {}, h('span', { class: 'turn', text: t('log.turn', { turn: turn + 1 }) }), ' ', decisionText(t, c, choice)))));
  const questions = (loaded?.debrief ?? []).map((key) => say(key));

  root.replaceChildren(h('main', { class: 'debrief-screen' },
    h('header', { class: 'debrief-head' },
      h('p', { class: 'eyebrow', text: say(loaded?.meta.title ?? '') }),
      h('h1', { text: t(`debrief.outcome.${s.status === 'ended' && gameWon(s) ? 'won' : s.status}`) }),
      h('p', { class: 'lead', text: t('debrief.lead', { turns: s.history.length }) }),
      loss ? h('p', { class: 'loss', attrs: { role: 'status' }, text: loss }) : null),
    scorecard(t, lng, s, parOf(session.scenario, session.seed)),
    goals,
    lessonsBox,
    bands,
    h('section', { attrs: { 'aria-labelledby': 'charts-heading' } },
      h('h2', { id: 'charts-heading', text: t('debrief.charts') }),
      h('p', { class: 'hint', text: t('debrief.chartsHint') }),
      chartsBox),
    h('section', { attrs: { 'aria-labelledby': 'decisions-heading' } },
      h('h2', { id: 'decisions-heading', text: t('debrief.decisions') }),
      session.turns.some((c) => c.length > 0) ? decisions : h('p', { text: t('debrief.noDecisions') })),
    questions.length > 0
      ? h('section', { attrs: { 'aria-labelledby': 'questions-heading' } },
          h('h2', { id: 'questions-heading', text: t('debrief.questionsHeading') }),
          h('ol', { class: 'questions' }, ...questions.map((q) => h('li', { text: q }))))
      : null,
    h('div', { class: 'row export' },
      h('button', { class: 'btn', on: { click: () => downloadCharts(chartsBox, `${session.ref.id}-charts.png`, say(loaded?.meta.title ?? session.ref.id)) } }, icon(Image), t('debrief.exportPng')),
      h('button', { class: 'btn', on: { click: () => downloadText(metricsCsv(s.history), `${session.ref.id}-metrics.csv`, 'text/csv') } }, icon(Download), t('debrief.exportCsv')),
      h('button', { class: 'btn', on: { click: () => downloadText(metricsJson(session, s.history), `${session.ref.id}-metrics.json`, 'application/json') } }, icon(Download), t('debrief.exportJson')),
      h('button', { class: 'btn primary', on: { click: () => ctx.game.quit() } }, icon(Home), t('debrief.again')))));

  const charts: { destroy(): void }[] = [];
  for (const key of charted) {
    const host = h('figure', { class: 'chart' });
    chartsBox.append(host);
    const values = series(s, key);
    const show = (v: number | undefined) => (v === undefined ? '—' : formatMetric(t, lng, key, v));
    // The canvas is a picture; this caption gives the same story to a screen reader.
    host.append(h('figcaption', { class: 'visually-hidden', text: t('debrief.chartSummary', {
      name: t(`metric.${key}.name`), first: show(values[0]), last: show(values[values.length - 1]),
      baseline: show(series(baseline, key)[Math.min(baseline.history.length, values.length) - 1]),
    }) }));
    // Each chart fills its own grid cell; the cell's width is known once it is in the page.
    const width = Math.max(260, host.clientWidth - 16);
    const theirValues = series(baseline, key).slice(0, s.history.length);
    charts.push(chart(host, {
      // The four keys go by one name everywhere: the dashboard's.
      title: t(doraName[key] ?? `metric.${key}.name`),
      series: [
        { label: t('debrief.you'), values },
        { label: t('debrief.doNothing'), values: theirValues, dashed: true },
      ],
      log: needsLog([values, theirValues]),
      format: (v) => formatMetric(t, lng, key, v),
      markers,
      turnLabel: (turn) => t('debrief.turnShort', { turn }),
      turnName: t('debrief.turnName'),
    }, width));
  }
  return () => charts.splice(0).forEach((c) => c.destroy());
}
