// The debrief's reveal: every team's score and four keys over the game in one figure of five panels
// on one turn axis, each team's decisions marked on its lines, and the decisions that set the best
// team apart from the worst.
import type { TFunction } from 'i18next';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Command } from '../../sim/types.ts';
import type { TeamSummary, TurnPoint } from '../../state/team-view.ts';
import { needsLog } from '../charts.ts';
import { decisionText } from '../decisions.ts';
import { h } from '../dom.ts';
import { formatMetric } from '../format.ts';
import { ranked } from './dashboard.ts';

export const measures = ['score', 'deployFrequency', 'leadTime', 'changeFailureRate', 'timeToRestore'] as const;
type Measure = typeof measures[number];
const metricOf: Record<Exclude<Measure, 'score'>, 'deployFrequency' | 'leadTimeMedian' | 'changeFailureRate' | 'restoreChangeMean'> = {
  deployFrequency: 'deployFrequency', leadTime: 'leadTimeMedian', changeFailureRate: 'changeFailureRate', timeToRestore: 'restoreChangeMean',
};
// Okabe–Ito, told apart by colour-blind eyes; dashes tell the teams apart beyond eight.
const colours = ['#e69f00', '#56b4e9', '#2bb58a', '#f0e442', '#0072b2', '#d55e00', '#cc79a7', '#c0cbdb'];
const dashOf = (i: number) => (i >= colours.length ? [8, 5] : undefined);
/** Below this many teams the legend stays in view while the panels scroll. */
const stickyLegendTeams = 6;

/** What a decision was, in a form two teams' decisions can be compared by (event answers and shocks aside). */
function signature(c: Command): string | null {
  return c.type === 'chooseEventOption' || c.type === 'injectEvent' ? null : JSON.stringify(c);
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

/** A team's colour in the legend (set through the style object: the page's policy refuses style attributes). */
function swatch(i: number): HTMLElement {
  const el = h('span', { class: `room-swatch${dashOf(i) ? ' dashed' : ''}`, attrs: { 'aria-hidden': 'true' } });
  el.style.setProperty('--swatch', colours[i % colours.length]!);
  return el;
}

const value = (p: TurnPoint, m: Measure) => (m === 'score' ? p.score : p[m]);

/**
 * Each panel's values per team over the turns, and whether it needs a log scale: lead time and time to
 * restore may differ by orders of magnitude between teams (hours against months).
 */
export function panelData(order: readonly TeamSummary[], m: Measure, turns: number): { values: (number | null)[][]; log: boolean } {
  const values = order.map((team) => Array.from({ length: turns }, (_, i) => (team.series[i] ? value(team.series[i]!, m) : null)));
  const log = (m === 'leadTime' || m === 'timeToRestore') && needsLog(values.map((v) => v.filter((x): x is number => x !== null)));
  return { values: log ? values.map((v) => v.map((x) => (x !== null && x > 0 ? x : null))) : values, log };
}

let syncs = 0;

export function reveal(host: HTMLElement, t: TFunction, lng: string, teams: TeamSummary[]): () => void {
  const order = ranked(teams).filter((team) => team.series.length > 0);
  const words = (c: Command) => decisionText(t, c, (event, option) => ({ event, option })) ?? c.type;
  const css = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';
  const title = (m: Measure) => t(m === 'score' ? 'workshop.revealScore' : `dora.${m}.name`);
  const format = (m: Measure, v: number) => (m === 'score' ? String(Math.round(v)) : formatMetric(t, lng, metricOf[m], v));
  const turns = Math.max(0, ...order.map((team) => team.series.length));
  const xs = Array.from({ length: turns }, (_, i) => i + 1);
  // A decision taken while planning turn n is marked on turn n; shocks the same way, once for all.
  const decided = order.map((team) => new Set(team.decisions.filter((d) => d.command.type !== 'injectEvent').map((d) => d.turn)));
  const shocks = [...new Set(order.flatMap((team) => team.decisions.filter((d) => d.command.type === 'injectEvent').map((d) => d.turn + 1)))];
  const teamName = (team: TeamSummary) => t('workshop.teamName', { number: team.team + 1 });

  // One legend for the five panels; pointing at a panel shows that turn's values in it.
  const legendCaption = h('p', { class: 'room-reveal-legend-caption', text: t('workshop.legendFinal') });
  const legendValues = order.map((team) => h('span', { class: 'room-reveal-value', text: t('workshop.points', { count: Math.round(team.score) }) }));
  const legend = h('div', { class: `room-reveal-legend${order.length <= stickyLegendTeams ? ' is-sticky' : ''}` },
    legendCaption,
    h('ul', { attrs: { 'aria-label': t('workshop.legend') } }, ...order.map((team, i) => h('li', {},
      swatch(i),
      h('strong', { text: teamName(team) }), ' ', legendValues[i]!))));
  const showFinal = () => {
    legendCaption.textContent = t('workshop.legendFinal');
    order.forEach((team, i) => { legendValues[i]!.textContent = t('workshop.points', { count: Math.round(team.score) }); });
  };
  const showTurn = (m: Measure, idx: number, data: (number | null)[][]) => {
    legendCaption.textContent = t('workshop.legendAt', { turn: idx + 1, measure: title(m) });
    data.forEach((v, i) => { const x = v[idx]; legendValues[i]!.textContent = x === null || x === undefined ? '—' : format(m, x); });
  };

  const panels = measures.map((m) => {
    const { values, log } = panelData(order, m, turns);
    const box = h('div', { class: 'room-reveal-plot' });
    const section = h('section', { class: 'room-reveal-panel', attrs: { 'aria-labelledby': `reveal-${m}`, 'data-measure': m } },
      h('h3', { id: `reveal-${m}` }, title(m), log ? h('span', { class: 'hint', text: ` · ${t('workshop.logScale')}` }) : null),
      box);
    return { m, values, log, box, section, plot: null as uPlot | null };
  });
  const figure = h('div', { class: 'room-reveal-figure', attrs: { role: 'group', 'aria-label': t('workshop.revealFigure') } }, ...panels.map((p) => p.section));

  const sync = uPlot.sync(`reveal-${++syncs}`);
  let pointed: Measure | null = null;
  const width = () => Math.max(260, figure.clientWidth || 900);
  const height = (w: number) => (w < 600 ? 150 : 170);
  const shockPlugin: uPlot.Plugin = {
    hooks: {
      draw: (u) => {
        if (shocks.length === 0) return;
        const { ctx, bbox } = u;
        ctx.save();
        ctx.strokeStyle = css('--bad');
        ctx.lineWidth = 1.5 * devicePixelRatio;
        ctx.setLineDash([4 * devicePixelRatio, 4 * devicePixelRatio]);
        for (const turn of shocks) {
          const x = u.valToPos(turn, 'x', true);
          ctx.beginPath();
          ctx.moveTo(x, bbox.top);
          ctx.lineTo(x, bbox.top + bbox.height);
          ctx.stroke();
        }
        ctx.restore();
      },
    },
  };

  // How wide each panel's value labels are; every panel leaves room for the widest.
  const labelWidths = new Map<Measure, number>();
  const labelRoom = (u: uPlot, values: string[] | null, axis: number, cycle: number, m: Measure): number => {
    const a = u.axes[axis]!;
    if (cycle <= 1) {
      const longest = (values ?? []).reduce((acc, v) => (v.length > acc.length ? v : acc), '');
      u.ctx.font = (a.font as unknown as [string])[0];
      const room = (a.ticks?.size ?? 10) + (a.gap ?? 5) + (longest ? u.ctx.measureText(longest).width / devicePixelRatio : 0) + 4;
      labelWidths.set(m, Math.ceil(room));
    }
    return Math.max(...labelWidths.values());
  };

  const draw = () => {
    const w = width();
    labelWidths.clear();
    const text = css('--text');
    const grid = { stroke: css('--line'), width: 1 };
    // The page's own fonts: the canvas has no other way to Chinese glyphs.
    const family = getComputedStyle(host).fontFamily;
    const font = { font: `13px ${family}`, labelFont: `bold 13px ${family}` };
    panels.forEach((p, k) => {
      p.plot?.destroy();
      p.plot = new uPlot({
        width: w,
        height: height(w),
        legend: { show: false },
        plugins: [shockPlugin],
        cursor: { sync: { key: sync.key }, drag: { x: false, y: false } },
        scales: { x: { time: false, range: [1, Math.max(2, turns)] }, y: p.log ? { distr: 3 } : {} },
        axes: [
          // Whole turns only: there is no turn 1.5. The turn axis is named under the last panel.
          { ...font, stroke: text, grid, incrs: [1, 2, 5, 10, 20, 50], ...(k === panels.length - 1 ? { label: t('workshop.turn') } : {}) },
          // The same width on every panel (the widest labels') keeps the turns of all five in line.
          { ...font, stroke: text, grid, size: (u, values, axis, cycle) => labelRoom(u, values, axis, cycle, p.m), values: (_u, ticks) => ticks.map((v) => format(p.m, v)) },
        ],
        series: [
          {},
          ...order.map((team, i) => ({
            label: teamName(team),
            stroke: colours[i % colours.length],
            width: 2.5,
            dash: dashOf(i),
            // A dot where the team decided something while planning that turn.
            points: { show: true, size: 8, filter: () => xs.map((_, j) => j).filter((j) => decided[i]!.has(j)) },
          })),
        ],
        hooks: {
          setCursor: [(u) => {
            if (pointed !== p.m) return;
            if (u.cursor.idx === null || u.cursor.idx === undefined) showFinal();
            else showTurn(p.m, u.cursor.idx, p.values);
          }],
        },
      }, [xs, ...p.values], p.box);
    });
    // uPlot lays out on its next tick; once every panel has measured its labels, all take the widest room.
    requestAnimationFrame(() => { for (const p of panels) p.plot?.setSize({ width: w, height: height(w) }); });
  };
  for (const p of panels) {
    p.box.addEventListener('pointerenter', () => { pointed = p.m; });
    p.box.addEventListener('pointerleave', () => { pointed = null; showFinal(); });
  }

  const best = order[0];
  const worst = order[order.length - 1];
  const apart = best && worst && best !== worst ? separating(best, worst) : null;
  const list = (heading: string, commands: Command[]) => h('div', {},
    h('h3', { text: heading }),
    commands.length ? h('ul', {}, ...commands.map((c) => h('li', { text: words(c) }))) : h('p', { class: 'hint', text: t('workshop.nothingApart') }));

  host.replaceChildren(h('div', { class: 'room-reveal-body' },
    h('h2', { text: t('workshop.revealTitle') }),
    h('ol', { class: 'room-ranking' }, ...order.map((team) => h('li', {},
      h('strong', { text: teamName(team) }), ' ',
      h('span', { text: t('workshop.points', { count: Math.round(team.score) }) })))),
    order.length > 0 ? h('p', { class: 'hint', text: t('workshop.dotsAreDecisions') + (shocks.length > 0 ? ` ${t('workshop.linesAreShocks')}` : '') }) : null,
    order.length > 0 ? legend : null,
    order.length > 0 ? figure : h('p', { class: 'hint', text: t('workshop.nothingToReveal') }),
    apart ? h('section', { class: 'room-apart', attrs: { 'aria-labelledby': 'apart-heading' } },
      h('h2', { id: 'apart-heading', text: t('workshop.apart', { best: best!.team + 1, worst: worst!.team + 1 }) }),
      list(t('workshop.onlyBest', { number: best!.team + 1 }), apart.onlyBest),
      list(t('workshop.onlyWorst', { number: worst!.team + 1 }), apart.onlyWorst)) : null));
  if (order.length > 0) draw();
  // A phone turned, or a projector's window resized: the panels follow the figure's width.
  let drawnWidth = width();
  const resize = new ResizeObserver(() => {
    const w = width();
    if (w === drawnWidth) return;
    drawnWidth = w;
    for (const p of panels) p.plot?.setSize({ width: w, height: height(w) });
  });
  resize.observe(figure);
  return () => {
    resize.disconnect();
    for (const p of panels) {
      p.plot?.destroy();
      p.plot = null;
    }
  };
}
