// Canvas text is decorative (the DOM carries every fact for screen readers), so labels stay short
// and come already translated from the embedding page.
import type * as Phaser from 'phaser';
import { FONT } from './palette.ts';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

export function label(scene: Phaser.Scene, size: number, bold = false): Phaser.GameObjects.Text {
  return scene.add.text(0, 0, '', {
    fontFamily: FONT,
    fontSize: `${Math.round(size)}px`,
    fontStyle: bold ? 'bold' : 'normal',
  });
}

/** Restyles a label for a new size or theme without recreating it. */
export function restyle(text: Phaser.GameObjects.Text, size: number, color: string): void {
  text.setFontSize(Math.round(size));
  text.setColor(color);
}

/** Shortens to `max` characters with an ellipsis; ids of services can be long. */
export function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, Math.max(1, max - 1))}…`;
}

/**
 * Sets a label that must stay within `maxWidth`: it shrinks, never below `floor`, then loses its
 * end to an ellipsis. Returns whether anything is left to show.
 */
export function fitText(text: Phaser.GameObjects.Text, s: string, size: number, floor: number, maxWidth: number): boolean {
  text.setFontSize(Math.round(size)).setText(s);
  if (maxWidth <= 0) return false;
  if (text.width > maxWidth) text.setFontSize(Math.round(Math.max(floor, (size * maxWidth) / text.width)));
  for (let keep = s.length - 1; text.width > maxWidth && keep >= 1; keep--) text.setText(clip(s, keep));
  return text.width <= maxWidth;
}
