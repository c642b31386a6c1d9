// Where the three areas go. Wide containers get the pipeline across the top and the systems map
// beside the teams; narrow (phone portrait) ones stack all three.

export interface Rect { x: number; y: number; w: number; h: number }

export interface BoardLayout {
  portrait: boolean;
  /** Size unit in canvas pixels: 1 at 1280×720 CSS pixels and a ratio of 1, smaller in a small frame. */
  u: number;
  pad: number;
  /** Canvas pixels per CSS pixel: the canvas is drawn at the screen's density so text stays sharp. */
  ratio: number;
  /** A label's size in canvas pixels for its size at u = 1, never under the frame's smallest label. */
  font(base: number): number;
  pipeline: Rect;
  systems: Rect;
  teams: Rect;
}

export interface LayoutOptions {
  ratio?: number;
  /** Smallest label in CSS pixels (the presenter asks for type a room can read). */
  minFont?: number;
}

export function boardLayout(width: number, height: number, { ratio = 1, minFont = 0 }: LayoutOptions = {}): BoardLayout {
  const cssW = width / ratio;
  const cssH = height / ratio;
  // Upright, or a narrow phone board; a small but wide frame (a thumbnail, a slide) stays landscape.
  const portrait = cssW < cssH * 0.9 || (cssW < 480 && cssH > cssW * 0.75);
  // A frame in a slide can be a thumbnail: the unit shrinks with it rather than spilling out.
  const u = Math.max(0.3, Math.min(cssW / (portrait ? 420 : 1280), cssH / (portrait ? 840 : 720), 2.2)) * ratio;
  const font = (base: number) => Math.max(base * u, minFont * ratio);
  // A thumbnail-sized canvas keeps its margins in proportion, and no area is ever of negative size.
  const pad = Math.min(Math.round(12 * u), Math.floor(Math.min(width, height) / 10));
  const innerW = Math.max(0, width - 2 * pad);
  const innerH = Math.max(0, height - 2 * pad);
  if (portrait) {
    const h1 = Math.round(innerH * 0.42);
    const h3 = Math.round(innerH * 0.2);
    const h2 = Math.max(0, innerH - h1 - h3 - 2 * pad);
    return {
      portrait, u, pad, ratio, font,
      pipeline: { x: pad, y: pad, w: innerW, h: h1 },
      systems: { x: pad, y: pad * 2 + h1, w: innerW, h: h2 },
      teams: { x: pad, y: pad * 3 + h1 + h2, w: innerW, h: h3 },
    };
  }
  const top = Math.round(Math.max(0, innerH - pad) * 0.46);
  const bottom = Math.max(0, innerH - pad - top);
  const teamsW = Math.round(Math.min(innerW * 0.34, 520 * u));
  return {
    portrait, u, pad, ratio, font,
    pipeline: { x: pad, y: pad, w: innerW, h: top },
    systems: { x: pad, y: pad * 2 + top, w: Math.max(0, innerW - teamsW - pad), h: bottom },
    teams: { x: width - pad - teamsW, y: pad * 2 + top, w: teamsW, h: bottom },
  };
}

export function inset(r: Rect, dx: number, dy = dx): Rect {
  return { x: r.x + dx, y: r.y + dy, w: Math.max(0, r.w - 2 * dx), h: Math.max(0, r.h - 2 * dy) };
}
