// Small shapes drawn into a shared Graphics: each work kind has its own silhouette so that the
// board never relies on colour alone.
import type * as Phaser from 'phaser';
import type { WorkKind } from '../sim/types.ts';

type G = Phaser.GameObjects.Graphics;

/** A work item centred on (x, y) inside a box of side `s`. */
export function drawItem(g: G, kind: WorkKind, x: number, y: number, s: number, fill: number, line: number): void {
  const h = s / 2;
  g.fillStyle(fill, 1);
  g.lineStyle(Math.max(1, s / 10), line, 0.9);
  switch (kind) {
    case 'feature':
      g.fillRoundedRect(x - h * 0.85, y - h * 0.85, s * 0.85, s * 0.85, s * 0.18);
      break;
    case 'bug':
      g.fillTriangle(x, y - h, x + h, y + h * 0.8, x - h, y + h * 0.8);
      g.strokeTriangle(x, y - h, x + h, y + h * 0.8, x - h, y + h * 0.8);
      break;
    case 'security':
      g.beginPath();
      g.moveTo(x, y - h); g.lineTo(x + h, y); g.lineTo(x, y + h); g.lineTo(x - h, y);
      g.closePath();
      g.fillPath();
      g.strokePath();
      break;
    case 'debt':
      g.fillCircle(x, y, h * 0.85);
      g.strokeCircle(x, y, h * 0.85);
      break;
    case 'followUp': {
      const t = s * 0.3;
      g.fillRect(x - t / 2, y - h, t, s);
      g.fillRect(x - h, y - t / 2, s, t);
      break;
    }
  }
}

/** An exclamation mark inside a round badge: the incident sign. */
export function drawAlertBadge(g: G, x: number, y: number, r: number, fill: number, mark: number, solid: boolean): void {
  if (solid) {
    g.fillStyle(fill, 1);
    g.fillCircle(x, y, r);
  } else {
    g.fillStyle(mark, 1);
    g.fillCircle(x, y, r);
    g.lineStyle(Math.max(1.5, r / 5), fill, 1);
    g.strokeCircle(x, y, r - r / 10);
  }
  g.fillStyle(solid ? mark : fill, 1);
  const w = r * 0.32;
  g.fillRoundedRect(x - w / 2, y - r * 0.62, w, r * 0.78, w / 2);
  g.fillCircle(x, y + r * 0.45, w * 0.6);
}

/** A dashed line; Phaser's Graphics has no dash style. */
export function dashedLine(g: G, x1: number, y1: number, x2: number, y2: number, dash: number, gap: number): void {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len = Math.hypot(dx, dy);
  if (len === 0) return;
  const ux = dx / len;
  const uy = dy / len;
  for (let d = 0; d < len; d += dash + gap) {
    const e = Math.min(len, d + dash);
    g.lineBetween(x1 + ux * d, y1 + uy * d, x1 + ux * e, y1 + uy * e);
  }
}

/** A dashed ring, for services degraded by a failing dependency. */
export function dashedCircle(g: G, x: number, y: number, r: number, segments: number): void {
  // Tiny services on a dense map can ask for a ring smaller than nothing; the canvas arc throws on that.
  if (!(r > 0)) return;
  const step = (Math.PI * 2) / segments;
  for (let i = 0; i < segments; i++) {
    g.beginPath();
    g.arc(x, y, r, i * step, i * step + step * 0.55);
    g.strokePath();
  }
}

/** A person: round head over rounded shoulders. Hollow when they have not started yet. */
export function drawPerson(g: G, x: number, y: number, s: number, color: number, hollow: boolean): void {
  const head = s * 0.2;
  const bodyW = s * 0.7;
  const bodyH = s * 0.38;
  if (hollow) {
    g.lineStyle(Math.max(1, s / 14), color, 1);
    g.strokeCircle(x, y - s * 0.22, head);
    g.strokeRoundedRect(x - bodyW / 2, y + s * 0.06, bodyW, bodyH, { tl: bodyH / 2, tr: bodyH / 2, bl: 2, br: 2 });
  } else {
    g.fillStyle(color, 1);
    g.fillCircle(x, y - s * 0.22, head);
    g.fillRoundedRect(x - bodyW / 2, y + s * 0.06, bodyW, bodyH, { tl: bodyH / 2, tr: bodyH / 2, bl: 2, br: 2 });
  }
}

/** A face whose mouth bends with `mood` (0 … 1): a shape, not just a colour, tells morale. */
export function drawFace(g: G, x: number, y: number, r: number, mood: number, color: number): void {
  g.lineStyle(Math.max(2, r / 7), color, 1);
  g.strokeCircle(x, y, r);
  g.fillStyle(color, 1);
  g.fillCircle(x - r * 0.35, y - r * 0.25, r * 0.11);
  g.fillCircle(x + r * 0.35, y - r * 0.25, r * 0.11);
  const bend = (mood - 0.5) * 2; // -1 frown … +1 smile
  g.lineStyle(Math.max(2, r / 7), color, 1);
  g.beginPath();
  const steps = 8;
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const mx = x - r * 0.45 + t * r * 0.9;
    const my = y + r * 0.35 + bend * r * 0.25 * (1 - (2 * t - 1) ** 2) - bend * r * 0.08;
    if (i === 0) g.moveTo(mx, my); else g.lineTo(mx, my);
  }
  g.strokePath();
}
