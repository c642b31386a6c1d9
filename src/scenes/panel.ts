import type * as Phaser from 'phaser';
import type { Rect } from './layout.ts';
import type { Palette } from './palette.ts';
import { restyle } from './text.ts';

/** The rounded card each area of the board sits on, with its title in the top-left corner. */
export function drawPanel(g: Phaser.GameObjects.Graphics, title: Phaser.GameObjects.Text, text: string, r: Rect, pal: Palette, u: number): void {
  g.clear();
  g.fillStyle(pal.panel, 1);
  g.fillRoundedRect(r.x, r.y, r.w, r.h, 14 * u);
  g.lineStyle(pal.line, pal.panelLine, 1);
  g.strokeRoundedRect(r.x, r.y, r.w, r.h, 14 * u);
  restyle(title, 15 * u, pal.muted);
  title.setText(text).setPosition(r.x + 14 * u, r.y + 8 * u);
}
