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

/** Stacks every chart canvas into one PNG, on the page background so it reads on a slide. */
export function downloadCharts(box: HTMLElement, name: string): void {
  const canvases = Array.from(box.querySelectorAll('canvas'));
  if (canvases.length === 0) return;
  const width = Math.max(...canvases.map((c) => c.width));
  const height = canvases.reduce((a, c) => a + c.height, 0);
  const out = document.createElement('canvas');
  out.width = width;
  out.height = height;
  const ctx = out.getContext('2d');
  if (!ctx) return;
  ctx.fillStyle = getComputedStyle(document.body).backgroundColor;
  ctx.fillRect(0, 0, width, height);
  let y = 0;
  for (const c of canvases) {
    ctx.drawImage(c, 0, y);
    y += c.height;
  }
  download(out.toDataURL('image/png'), name);
}
