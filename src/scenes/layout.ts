// Where the three areas go. Wide containers get the pipeline across the top and the systems map
// beside the teams; narrow (phone portrait) ones stack all three.

export interface Rect { x: number; y: number; w: number; h: number }

export interface BoardLayout {
  portrait: boolean;
  /** Size unit: 1 at 1280×720, larger on big screens, never so small that text becomes unreadable. */
  u: number;
  pad: number;
  pipeline: Rect;
  systems: Rect;
  teams: Rect;
}

export function boardLayout(width: number, height: number): BoardLayout {
  const portrait = width < 480 || width < height * 0.9;
  const u = Math.max(0.8, Math.min(width / (portrait ? 420 : 1280), height / (portrait ? 840 : 720), 2.2));
  const pad = Math.round(12 * u);
  const innerW = width - 2 * pad;
  const innerH = height - 2 * pad;
  if (portrait) {
    const h1 = Math.round(innerH * 0.42);
    const h3 = Math.round(innerH * 0.2);
    const h2 = innerH - h1 - h3 - 2 * pad;
    return {
      portrait, u, pad,
      pipeline: { x: pad, y: pad, w: innerW, h: h1 },
      systems: { x: pad, y: pad * 2 + h1, w: innerW, h: h2 },
      teams: { x: pad, y: pad * 3 + h1 + h2, w: innerW, h: h3 },
    };
  }
  const top = Math.round((innerH - pad) * 0.46);
  const bottom = innerH - pad - top;
  const teamsW = Math.round(Math.min(innerW * 0.34, 520 * u));
  return {
    portrait, u, pad,
    pipeline: { x: pad, y: pad, w: innerW, h: top },
    systems: { x: pad, y: pad * 2 + top, w: innerW - teamsW - pad, h: bottom },
    teams: { x: width - pad - teamsW, y: pad * 2 + top, w: teamsW, h: bottom },
  };
}

export function inset(r: Rect, dx: number, dy = dx): Rect {
  return { x: r.x + dx, y: r.y + dy, w: Math.max(0, r.w - 2 * dx), h: Math.max(0, r.h - 2 * dy) };
}
