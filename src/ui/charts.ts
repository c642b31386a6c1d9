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
  /** A log scale, for series that differ by orders of magnitude (hours against months). */
  log?: boolean;
}

/** Whether positive values span more than two orders of magnitude: then only a log scale shows both. */
export function needsLog(series: readonly (readonly number[])[]): boolean {
  const positive = series.flat().filter((v) => v > 0);
  return positive.length > 1 && Math.max(...positive) / Math.min(...positive) > 100;
}

const css = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';

/**
 * A metric over the game with the player's decisions and the incidents drawn on the time axis:
 * decisions as ticks at the top, incidents as quiet marks in a lane of their own at the bottom, so
 * neither covers the curves. The legend shows the last turn's values until a turn is pointed at.
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
        const px = devicePixelRatio;
        for (const m of spec()?.markers ?? []) {
          const x = u.valToPos(m.turn, 'x', true);
          if (x < bbox.left || x > bbox.left + bbox.width) continue;
          if (m.kind === 'decision') {
            ctx.strokeStyle = css('--ok');
            ctx.lineWidth = 2 * px;
            ctx.beginPath();
            ctx.moveTo(x, bbox.top);
            ctx.lineTo(x, bbox.top + 10 * px);
            ctx.stroke();
          } else {
            ctx.globalAlpha = 0.55;
            ctx.fillStyle = css('--bad');
            ctx.fillRect(x - 3 * px, bbox.top + bbox.height - 6 * px, 6 * px, 6 * px);
            ctx.globalAlpha = 1;
          }
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
    scales: { x: { time: false }, ...(given.log ? { y: { distr: 3 } } : {}) },
    legend: { show: true },
    axes: [
      { stroke: text, grid: { stroke: line, width: 1 }, values: (_u, ticks) => ticks.map((v) => spec()?.turnLabel(v) ?? '') },
      { stroke: text, grid: { stroke: line, width: 1 }, size: 118, values: (_u, ticks) => ticks.map((v) => spec()?.format(v) ?? '') },
    ],
    series: [
      { label: given.turnName, value: (_u: uPlot, v: number | null, _si: number, idx: number | null) => spec()?.turnLabel(idx === null ? turns.length : v ?? turns.length) ?? '' },
      ...given.series.map((s, i) => ({
        label: s.label,
        stroke: colours[i % colours.length],
        width: 2.5,
        dash: s.dashed ? [8, 6] : undefined,
        // Without a pointed turn the legend reads the last one, so its values show without hovering.
        value: (_u: uPlot, v: number | null, _si: number, idx: number | null) => {
          const at = idx ?? turns.length - 1;
          const shown = idx === null ? given.series[i]!.values[at] : v;
          return shown === null || shown === undefined ? '—' : spec()?.format(shown) ?? '—';
        },
      })),
    ],
  }, [turns, ...given.series.map((s) => (given.log ? s.values.map((v) => (v > 0 ? v : null)) : s.values))], host);
  return {
    destroy() {
      plot.destroy();
      // V8 may keep the last destroyed chart's internals for its allocation feedback; emptied, they hold little.
      plot.root.replaceChildren();
      live = null;
    },
  };
}
