// The teams: a row of people per role (hollow while they are still joining), how loaded the role
// is, and the company's morale as a face whose mouth bends, not only a colour.
import { drawPanel } from './panel.ts';
import type * as Phaser from 'phaser';
import type { BoardModel } from '../state/board-model.ts';
import { drawFace, drawPerson } from './glyphs.ts';
import type { Baker } from './bake.ts';
import type { BoardLayout, Rect } from './layout.ts';
import type { Palette } from './palette.ts';
import { label, restyle } from './text.ts';
import type { Translate } from './text.ts';

const ROLE_KEYS = ['board.team.developer', 'board.team.tester', 'board.team.operations'];

export class TeamsView {
  private readonly panel: Phaser.GameObjects.Graphics;
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly title: Phaser.GameObjects.Text;
  private readonly roles: Phaser.GameObjects.Text[];
  private readonly extra: Phaser.GameObjects.Text[];
  private readonly loads: Phaser.GameObjects.Text[];
  private readonly moraleLabel: Phaser.GameObjects.Text;
  private area: Rect = { x: 0, y: 0, w: 0, h: 0 };
  private u = 1;
  private portrait = false;
  private pal!: Palette;
  private model: BoardModel | null = null;

  constructor(scene: Phaser.Scene, private readonly baker: Baker, private readonly t: Translate) {
    this.panel = baker.graphics();
    this.g = baker.graphics();
    this.title = label(scene, 15, true);
    this.roles = ROLE_KEYS.map(() => label(scene, 14, true).setOrigin(0, 0.5));
    this.extra = ROLE_KEYS.map(() => label(scene, 13, true).setOrigin(0, 0.5));
    this.loads = ROLE_KEYS.map(() => label(scene, 13, true).setOrigin(1, 0.5));
    this.moraleLabel = label(scene, 14, true).setOrigin(0, 0.5);
  }

  layout(l: BoardLayout, pal: Palette): void {
    this.pal = pal;
    this.u = l.u;
    this.portrait = l.portrait;
    const u = l.u;
    const r = l.teams;
    const g = this.panel;
    drawPanel(g, this.title, this.t('board.teams.title'), r, pal, u);
    ROLE_KEYS.forEach((key, i) => {
      restyle(this.roles[i]!, 14 * u, pal.text);
      restyle(this.extra[i]!, 13 * u, pal.muted);
      restyle(this.loads[i]!, 13 * u, pal.text);
      this.roles[i]!.setText(this.t(key));
    });
    restyle(this.moraleLabel, 14 * u, pal.text);
    this.moraleLabel.setText(this.t('board.team.morale'));
    const top = r.y + 14 * u + 15 * u * 1.3;
    this.area = { x: r.x + 14 * u, y: top, w: r.w - 28 * u, h: r.y + r.h - 10 * u - top };
    this.baker.invalidate();
    if (this.model) this.draw(this.model);
  }

  draw(model: BoardModel): void {
    this.model = model;
    const a = this.area;
    if (a.w <= 0) return;
    const g = this.g;
    const pal = this.pal;
    const u = this.u;
    g.clear();
    // Portrait: roles in three columns beside the morale face (a short panel has no room for three
    // rows of text); landscape: rows, face underneath.
    const rowsH = this.portrait ? a.h : a.h * 0.72;
    const rowH = this.portrait ? a.h : rowsH / 3;
    const colW = this.portrait ? (a.w * 0.74) / 3 - 8 * u : a.w;
    model.team.forEach((team, i) => {
      const x = this.portrait ? a.x + i * (colW + 8 * u) : a.x;
      const y = this.portrait ? a.y : a.y + rowH * i;
      const name = this.roles[i]!;
      name.setPosition(x, y + rowH * 0.22);
      // People: as many as fit, hollow for those still joining, then a count.
      const size = Math.min(rowH * (this.portrait ? 0.22 : 0.34), 20 * u);
      const pitch = size * 0.95;
      const peopleX = x + size / 2;
      const peopleY = y + rowH * 0.52;
      const everyone = team.people + team.joining;
      const extra = this.extra[i]!;
      const barW = this.portrait ? colW : colW * 0.3;
      // In a column the load reads, shorter, beside the people, so they stop short of it.
      const load = this.loads[i]!.setText(this.t(this.portrait ? 'board.team.loadShort' : 'board.team.load', { percent: Math.round(team.load * 100) }));
      let room = this.portrait ? colW - load.width - 6 * u : colW - barW - 10 * u;
      if (everyone * pitch > room) {
        // Measure the widest possible "+N" first so the count never runs into the bar.
        extra.setText(this.t('board.more', { count: everyone }));
        room -= extra.width + 4 * u;
      }
      const shown = Math.min(everyone, Math.max(1, Math.floor(room / pitch)));
      for (let p = 0; p < shown; p++) {
        drawPerson(g, peopleX + p * pitch, peopleY, size, pal.kind.feature, p >= team.people);
      }
      extra.setText(everyone > shown ? this.t('board.more', { count: everyone - shown }) : '');
      extra.setPosition(peopleX + shown * pitch - pitch / 2 + 4 * u, peopleY);
      // Load bar on the right of the row, or under the people in a column.
      const barH = Math.max(6, 9 * u);
      const bx = x + colW - barW;
      const by = this.portrait ? y + rowH * 0.8 - barH / 2 : peopleY - barH / 2;
      const color = team.load >= 0.9 ? pal.bad : team.load >= 0.75 ? pal.warn : pal.good;
      g.fillStyle(pal.lane, 1);
      g.fillRoundedRect(bx, by, barW, barH, barH / 2);
      if (team.load > 0) {
        g.fillStyle(color, 1);
        g.fillRoundedRect(bx, by, Math.max(barH, barW * team.load), barH, barH / 2);
      }
      g.lineStyle(Math.max(1, pal.line * 0.8), pal.panelLine, 1);
      g.strokeRoundedRect(bx, by, barW, barH, barH / 2);
      load.setPosition(x + colW, this.portrait ? peopleY : y + rowH * 0.22);
    });
    // Morale: the face's mouth follows the score; the bar repeats it as a length.
    const mood = Math.max(0, Math.min(1, model.morale));
    const faceColor = mood < 0.35 ? pal.bad : mood < 0.55 ? pal.warn : pal.good;
    if (this.portrait) {
      const x0 = a.x + a.w * 0.74 + 12 * u;
      const w = a.x + a.w - x0;
      const r = Math.min(w * 0.3, a.h * 0.22);
      drawFace(g, x0 + w / 2, a.y + a.h * 0.42, r, mood, faceColor);
      this.moraleLabel.setOrigin(0.5, 0.5).setPosition(x0 + w / 2, a.y + a.h * 0.42 + r + 12 * u);
      this.bar(x0 + w * 0.1, a.y + a.h * 0.42 + r + 24 * u, w * 0.8, mood, faceColor);
    } else {
      const y = a.y + rowsH + (a.h - rowsH) / 2;
      const r = Math.min((a.h - rowsH) * 0.4, 22 * u);
      drawFace(g, a.x + r, y, r, mood, faceColor);
      this.moraleLabel.setOrigin(0, 0.5).setPosition(a.x + r * 2 + 10 * u, y);
      const bx = this.moraleLabel.x + this.moraleLabel.width + 12 * u;
      this.bar(bx, y, a.x + a.w - bx, mood, faceColor);
    }
    this.baker.invalidate();
  }

  private bar(x: number, y: number, w: number, value: number, color: number): void {
    const g = this.g;
    const h = Math.max(6, 9 * this.u);
    g.fillStyle(this.pal.lane, 1);
    g.fillRoundedRect(x, y - h / 2, w, h, h / 2);
    g.fillStyle(color, 1);
    g.fillRoundedRect(x, y - h / 2, Math.max(h, w * value), h, h / 2);
    g.lineStyle(Math.max(1, this.pal.line * 0.8), this.pal.panelLine, 1);
    g.strokeRoundedRect(x, y - h / 2, w, h, h / 2);
  }
}
