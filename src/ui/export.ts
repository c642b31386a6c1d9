import type { Session } from '../state/game.ts';
import type { TurnMetrics } from '../sim/types.ts';

export function metricsCsv(history: readonly TurnMetrics[]): string {
  if (history.length === 0) return '';
  const keys = Object.keys(history[0]) as (keyof TurnMetrics)[];
  return [keys.join(','), ...history.map((m) => keys.map((k) => String(m[k])).join(','))].join('\n') + '\n';
}

export function metricsJson(session: Session, history: readonly TurnMetrics[]): string {
  // A trainer's file is named as one: only the shipped scenario is exported under its bare id.
  const from = session.ref.kind === 'builtin' ? 'shipped' : 'file';
  return JSON.stringify({ scenario: session.ref.id, from, seed: session.seed, decisions: session.turns, history }, null, 2);
}

function download(url: string, name: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
}

export function downloadText(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  download(url, name);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Every chart in one PNG that reads on its own on a slide: the scenario's name on top, then each
 * chart with its title, its axes (drawn on its canvas) and its legend, on the page's background.
 */
export function downloadCharts(box: HTMLElement, name: string, heading: string): void {
  const figures = Array.from(box.querySelectorAll('figure')).filter((f) => f.querySelector('canvas'));
  if (figures.length === 0) return;
  const px = devicePixelRatio || 1;
  const style = getComputedStyle(document.body);
  const font = style.fontFamily;
  const line = 22 * px;
  const parts = figures.map((f) => ({
    title: f.querySelector('.u-title')?.textContent ?? '',
    canvas: f.querySelector('canvas')!,
    legend: Array.from(f.querySelectorAll('.u-legend .u-series')).map((row) => ({
      text: (row.textContent ?? '').replace(/\s+/g, ' ').trim(),
      colour: (row.querySelector('.u-marker') as HTMLElement | null)?.style.borderColor || style.color,
    })),
  }));
  const width = Math.max(...parts.map((p) => p.canvas.width)) + 32 * px;
  const height = 48 * px + parts.reduce((a, p) => a + line * 1.4 + p.canvas.height + line * Math.max(1, p.legend.length) + 16 * px, 0);
  const out = document.createElement('canvas');
  out.width = width;
  out.height = height;
  const ctx = out.getContext('2d');
  if (!ctx) return;
  ctx.fillStyle = style.backgroundColor;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = style.color;
  ctx.textBaseline = 'top';
  ctx.font = `700 ${24 * px}px ${font}`;
  ctx.fillText(heading, 16 * px, 12 * px);
  let y = 48 * px;
  for (const p of parts) {
    ctx.fillStyle = style.color;
    ctx.font = `700 ${17 * px}px ${font}`;
    ctx.fillText(p.title, 16 * px, y);
    y += line * 1.4;
    ctx.drawImage(p.canvas, 16 * px, y);
    y += p.canvas.height;
    ctx.font = `${14 * px}px ${font}`;
    for (const entry of p.legend) {
      ctx.fillStyle = entry.colour;
      ctx.fillRect(16 * px, y + 5 * px, 12 * px, 12 * px);
      ctx.fillStyle = style.color;
      ctx.fillText(entry.text, 34 * px, y + 3 * px);
      y += line;
    }
    y += 16 * px;
  }
  download(out.toDataURL('image/png'), name);
}
