// The board's colours, taken from src/ui/theme.css so canvas and DOM read as one picture. Work kinds
// and service states use Okabe & Ito's colour-blind-safe hues and always come with a shape or glyph.
import type { WorkKind } from '../sim/types.ts';

export type ThemeName = 'default' | 'projector';

export interface Palette {
  name: ThemeName;
  bg: number;
  panel: number;
  panelLine: number;
  lane: number;
  text: string;
  muted: string;
  mutedColor: number;
  edge: number;
  good: number;
  warn: number;
  bad: number;
  accent: number;
  /** Fill of the glyph inside a badge (e.g. the "!" on an incident). */
  onBadge: number;
  kind: Record<WorkKind, number>;
  /** Outline that separates shapes from the lane behind them. */
  itemLine: number;
  /** Base stroke width; the projector wants heavier lines. */
  line: number;
}

const dark: Palette = {
  name: 'default',
  bg: 0x0f1b2d,
  panel: 0x13223a,
  panelLine: 0x34507a,
  lane: 0x1a2b47,
  text: '#f2f5fa',
  muted: '#c0cbdb',
  mutedColor: 0xc0cbdb,
  edge: 0x5a7aa6,
  good: 0x2bb58a,
  warn: 0xe69f00,
  bad: 0xff6b3d,
  accent: 0xffb000,
  onBadge: 0x0f1b2d,
  kind: { feature: 0x56b4e9, bug: 0xe69f00, security: 0xd58bbd, debt: 0xc0cbdb, followUp: 0xff6b3d },
  itemLine: 0x0f1b2d,
  line: 1.5,
};

const projector: Palette = {
  name: 'projector',
  bg: 0xffffff,
  panel: 0xf3f5f9,
  panelLine: 0x1d2b40,
  lane: 0xffffff,
  text: '#000000',
  muted: '#1d2b40',
  mutedColor: 0x1d2b40,
  edge: 0x4a5d78,
  good: 0x00734f,
  warn: 0x8a5a00,
  bad: 0xb3360a,
  accent: 0x0b4fa3,
  onBadge: 0xffffff,
  kind: { feature: 0x005a92, bug: 0x8a5a00, security: 0x8b2f6d, debt: 0x4a5d78, followUp: 0xb3360a },
  itemLine: 0xffffff,
  line: 2.5,
};

export function palette(theme: ThemeName): Palette {
  return theme === 'projector' ? projector : dark;
}

export const FONT = "'Atkinson Hyperlegible', system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans SC', 'Noto Sans', sans-serif";

export function css(color: number): string {
  return `#${color.toString(16).padStart(6, '0')}`;
}
