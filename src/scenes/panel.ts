import type * as Phaser from 'phaser';
import type { BoardLayout, Rect } from './layout.ts';
import type { Palette } from './palette.ts';
import { fitText } from './text.ts';

/**
 * The rounded card each area of the board sits on, with its title in the top-left corner.
 * Returns where the card's content starts, under the title whatever its size.
 */
export function drawPanel(g: Phaser.GameObjects.Graphics, title: Phaser.GameObjects.Text, text: string, r: Rect, pal: Palette, l: BoardLayout): number {
  const u = l.u;
  g.clear();
  g.fillStyle(pal.panel, 1);
  g.fillRoundedRect(r.x, r.y, r.w, r.h, 14 * u);
  g.lineStyle(pal.line, pal.panelLine, 1);
  g.strokeRoundedRect(r.x, r.y, r.w, r.h, 14 * u);
  title.setColor(pal.muted);
  const size = l.font(15);
  title.setVisible(fitText(title, text, size, size, r.w - 28 * u)).setPosition(r.x + 14 * u, r.y + 6 * u);
  return r.y + 8 * u + title.height;
}
