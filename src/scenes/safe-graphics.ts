// A canvas that is short or tiny can ask for shapes smaller than nothing: a circle of negative
// radius makes the 2D context throw (IndexSizeError), and a throw inside Phaser's frame stops its
// loop for good. Every Graphics of the board goes through this guard, so no size of frame can ask
// for an impossible shape; a shape that does not fit is simply not drawn.
import type * as Phaser from 'phaser';

const finite = (...n: number[]) => n.every(Number.isFinite);

export function guardGraphics(g: Phaser.GameObjects.Graphics): Phaser.GameObjects.Graphics {
  const { arc, fillRect, strokeRect, fillRoundedRect, strokeRoundedRect, fillTriangle, strokeTriangle, lineBetween } = g;
  g.arc = function (x, y, radius, start, end, anticlockwise, overshoot) {
    if (!finite(x, y, radius, start, end) || radius <= 0) return this;
    return arc.call(this, x, y, radius, start, end, anticlockwise, overshoot);
  };
  const rect = (draw: typeof fillRect) => function (this: Phaser.GameObjects.Graphics, x: number, y: number, w: number, h: number) {
    return finite(x, y, w, h) && w > 0 && h > 0 ? draw.call(this, x, y, w, h) : this;
  };
  g.fillRect = rect(fillRect);
  g.strokeRect = rect(strokeRect);
  const rounded = (draw: typeof fillRoundedRect) => function (this: Phaser.GameObjects.Graphics, x: number, y: number, w: number, h: number, radius?: number | Phaser.Types.GameObjects.Graphics.RoundedRectRadius) {
    if (!finite(x, y, w, h) || w <= 0 || h <= 0) return this;
    // Corners larger than half the shape fold back over it; keep them inside.
    const most = Math.min(w, h) / 2;
    const r = typeof radius === 'number' ? Math.max(0, Math.min(radius, most))
      : radius ? { tl: clampCorner(radius.tl, most), tr: clampCorner(radius.tr, most), bl: clampCorner(radius.bl, most), br: clampCorner(radius.br, most) } : Math.min(20, most);
    return draw.call(this, x, y, w, h, r);
  };
  g.fillRoundedRect = rounded(fillRoundedRect);
  g.strokeRoundedRect = rounded(strokeRoundedRect);
  g.fillTriangle = function (x0, y0, x1, y1, x2, y2) {
    return finite(x0, y0, x1, y1, x2, y2) ? fillTriangle.call(this, x0, y0, x1, y1, x2, y2) : this;
  };
  g.strokeTriangle = function (x0, y0, x1, y1, x2, y2) {
    return finite(x0, y0, x1, y1, x2, y2) ? strokeTriangle.call(this, x0, y0, x1, y1, x2, y2) : this;
  };
  g.lineBetween = function (x1, y1, x2, y2) {
    return finite(x1, y1, x2, y2) ? lineBetween.call(this, x1, y1, x2, y2) : this;
  };
  return g;
}

function clampCorner(r: number | undefined, most: number): number {
  return Math.max(0, Math.min(r ?? 20, most));
}
