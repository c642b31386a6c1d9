import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface Marker {
  turn: number;
  kind: 'decision' | 'incident';
  label: string;
}

export interface ChartSpec {
  title: string;
  /** One or two series over turns; the second (if any) is the "do nothing" run of the same seed. */
  series: { label: string; values: number[]; dashed?: boolean }[];
  format(value: number): string;
  markers: Marker[];
  turnLabel(turn: number): string;
  /** Legend name of the x axis. */
  turnName: string;
}

const css = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';

/**
 * A metric over the game with the player's decisions and the incidents drawn on the time axis:
 * decisions as solid ticks at the top, incidents as dashed lines, so they differ in shape too.
 * destroy() releases it; the callbacks uPlot keeps reach the spec (and through it the screen) only
 * until then, since the engine may hold on to a destroyed chart's internals.
 */
export function chart(host: HTMLElement, given: ChartSpec, width: number): { destroy(): void } {
  let live: ChartSpec | null = given;
  const spec = (): ChartSpec | null => live;
  const turns = given.series[0].values.map((_, i) => i + 1);
  const text = css('--text');
  const line = css('--line');
  const colours = [css('--accent'), css('--muted')];
  const markerPlugin: uPlot.Plugin = {
    hooks: {
      draw: (u) => {
        const { ctx, bbox } = u;
        ctx.save();
        for (const m of spec()?.markers ?? []) {
          const x = u.valToPos(m.turn, 'x', true);
          if (x < bbox.left || x > bbox.left + bbox.width) continue;
          ctx.strokeStyle = m.kind === 'decision' ? css('--ok') : css('--bad');
          ctx.lineWidth = 2 * devicePixelRatio;
          ctx.setLineDash(m.kind === 'incident' ? [4 * devicePixelRatio, 4 * devicePixelRatio] : []);
          ctx.beginPath();
          ctx.moveTo(x, m.kind === 'decision' ? bbox.top : bbox.top + bbox.height * 0.15);
          ctx.lineTo(x, m.kind === 'decision' ? bbox.top + 10 * devicePixelRatio : bbox.top + bbox.height);
          ctx.stroke();
        }
        ctx.restore();
      },
    },
  };
  const plot = new uPlot({
    title: given.title,
    width,
    height: 220,
    plugins: [markerPlugin],
    scales: { x: { time: false } },
    legend: { show: true },
    axes: [
      { stroke: text, grid: { stroke: line, width: 1 }, values: (_u, ticks) => ticks.map((v) => spec()?.turnLabel(v) ?? '') },
      { stroke: text, grid: { stroke: line, width: 1 }, size: 118, values: (_u, ticks) => ticks.map((v) => spec()?.format(v) ?? '') },
    ],
    series: [
      { label: given.turnName },
      ...given.series.map((s, i) => ({
        label: s.label,
        stroke: colours[i % colours.length],
        width: 2.5,
        dash: s.dashed ? [8, 6] : undefined,
        value: (_u: uPlot, v: number | null) => (v === null ? '—' : spec()?.format(v) ?? '—'),
      })),
    ],
  }, [turns, ...given.series.map((s) => s.values)], host);
  return {
    destroy() {
      plot.destroy();
      // V8 may keep the last destroyed chart's internals for its allocation feedback; emptied, they hold little.
      plot.root.replaceChildren();
      live = null;
    },
  };
}
