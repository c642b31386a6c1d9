// The debrief's reveal: every team's score and four keys over the game on one chart, each team's
// decisions marked on its line, and the decisions that set the best team apart from the worst.
import type { TFunction } from 'i18next';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Command } from '../../sim/types.ts';
import type { TeamSummary, TurnPoint } from '../../state/team-view.ts';
import { decisionText } from '../decisions.ts';
import { h } from '../dom.ts';
import { formatMetric } from '../format.ts';
import { ranked } from './dashboard.ts';

const measures = ['score', 'deployFrequency', 'leadTime', 'changeFailureRate', 'timeToRestore'] as const;
type Measure = typeof measures[number];
const metricOf: Record<Exclude<Measure, 'score'>, 'deployFrequency' | 'leadTimeMedian' | 'changeFailureRate' | 'restoreChangeMean'> = {
  deployFrequency: 'deployFrequency', leadTime: 'leadTimeMedian', changeFailureRate: 'changeFailureRate', timeToRestore: 'restoreChangeMean',
};
// Okabe–Ito, told apart by colour-blind eyes; dashes tell the teams apart beyond eight.
const colours = ['#e69f00', '#56b4e9', '#2bb58a', '#f0e442', '#0072b2', '#d55e00', '#cc79a7', '#c0cbdb'];

/** What a decision was, in a form two teams' decisions can be compared by (event answers aside). */
function signature(c: Command): string | null {
  return c.type === 'chooseEventOption' ? null : JSON.stringify(c);
}

export function separating(best: TeamSummary, worst: TeamSummary): { onlyBest: Command[]; onlyWorst: Command[] } {
  const of = (team: TeamSummary) => {
    const map = new Map<string, Command>();
    for (const d of team.decisions) {
      const key = signature(d.command);
      if (key) map.set(key, d.command);
    }
    return map;
  };
  const a = of(best);
  const b = of(worst);
  return { onlyBest: [...a].filter(([k]) => !b.has(k)).map(([, c]) => c), onlyWorst: [...b].filter(([k]) => !a.has(k)).map(([, c]) => c) };
}

export function reveal(host: HTMLElement, t: TFunction, lng: string, teams: TeamSummary[]): () => void {
  const order = ranked(teams).filter((team) => team.series.length > 0);
  const words = (c: Command) => decisionText(t, c, (event, option) => ({ event, option })) ?? c.type;
  let measure: Measure = 'score';
  let plot: uPlot | null = null;
  const chartBox = h('div', { class: 'room-reveal-chart' });
  const value = (p: TurnPoint, m: Measure) => (m === 'score' ? p.score : p[m]);
  const format = (m: Measure, v: number) => (m === 'score' ? String(Math.round(v)) : formatMetric(t, lng, metricOf[m], v));

  const draw = () => {
    plot?.destroy();
    const turns = Math.max(0, ...order.map((team) => team.series.length));
    const xs = Array.from({ length: turns }, (_, i) => i + 1);
    const data: uPlot.AlignedData = [xs, ...order.map((team) => xs.map((_, i) => (team.series[i] ? value(team.series[i]!, measure) : null)))];
    const css = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';
    plot = new uPlot({
      title: t(measure === 'score' ? 'workshop.revealScore' : `dora.${measure}.name`),
      width: Math.max(280, Math.min(1100, chartBox.clientWidth || 900)),
      height: 320,
      scales: { x: { time: false } },
      axes: [
        // Whole turns only: there is no turn 1.5.
        { stroke: css('--text'), grid: { stroke: css('--line'), width: 1 }, label: t('workshop.turn'), incrs: [1, 2, 5, 10, 20, 50] },
        { stroke: css('--text'), grid: { stroke: css('--line'), width: 1 }, size: 90, values: (_u, ticks) => ticks.map((v) => format(measure, v)) },
      ],
      series: [
        { label: t('workshop.turn') },
        ...order.map((team, i) => {
          const decided = new Set(team.decisions.map((d) => d.turn));
          return {
            label: t('workshop.teamName', { number: team.team + 1 }),
            stroke: colours[i % colours.length],
            width: 2.5,
            dash: i >= colours.length ? [8, 5] : undefined,
            // A dot where the team decided something during that turn.
            points: { show: true, size: 9, filter: (_u: uPlot, _s: number, _show: boolean) => xs.map((_, j) => j).filter((j) => decided.has(j)) },
            value: (_u: uPlot, v: number | null) => (v === null ? '—' : format(measure, v)),
          };
        }),
      ],
    }, data, chartBox);
  };

  const picker = h('div', { class: 'room-measures', attrs: { role: 'group', 'aria-label': t('workshop.measure') } },
    ...measures.map((m) => h('button', {
      class: 'btn small', attrs: { 'aria-pressed': m === measure ? 'true' : 'false', 'data-measure': m },
      text: t(m === 'score' ? 'workshop.revealScore' : `dora.${m}.name`),
      on: { click: (e) => {
        measure = m;
        for (const b of picker.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b === e.currentTarget));
        draw();
      } },
    })));

  const best = order[0];
  const worst = order[order.length - 1];
  const apart = best && worst && best !== worst ? separating(best, worst) : null;
  const list = (title: string, commands: Command[]) => h('div', {},
    h('h3', { text: title }),
    commands.length ? h('ul', {}, ...commands.map((c) => h('li', { text: words(c) }))) : h('p', { class: 'hint', text: t('workshop.nothingApart') }));

  host.replaceChildren(h('div', {},
    h('h2', { text: t('workshop.revealTitle') }),
    h('ol', { class: 'room-ranking' }, ...order.map((team) => h('li', {},
      h('strong', { text: t('workshop.teamName', { number: team.team + 1 }) }), ' ',
      h('span', { text: t('workshop.points', { count: Math.round(team.score) }) })))),
    picker,
    h('p', { class: 'hint', text: t('workshop.dotsAreDecisions') }),
    chartBox,
    apart ? h('section', { class: 'room-apart', attrs: { 'aria-labelledby': 'apart-heading' } },
      h('h2', { id: 'apart-heading', text: t('workshop.apart', { best: best!.team + 1, worst: worst!.team + 1 }) }),
      list(t('workshop.onlyBest', { number: best!.team + 1 }), apart.onlyBest),
      list(t('workshop.onlyWorst', { number: worst!.team + 1 }), apart.onlyWorst)) : null));
  if (order.length > 0) draw();
  else host.append(h('p', { class: 'hint', text: t('workshop.nothingToReveal') }));
  // A phone turned, or a projector's window resized: the chart follows its box.
  const resize = new ResizeObserver(() => plot?.setSize({ width: Math.max(280, Math.min(1100, chartBox.clientWidth)), height: 320 }));
  resize.observe(chartBox);
  return () => {
    resize.disconnect();
    plot?.destroy();
  };
}
