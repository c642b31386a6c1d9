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
    const top = drawPanel(g, this.title, this.t('board.teams.title'), r, pal, l);
    ROLE_KEYS.forEach((key, i) => {
      restyle(this.roles[i]!, l.font(14), pal.text);
      restyle(this.extra[i]!, l.font(13), pal.muted);
      restyle(this.loads[i]!, l.font(13), pal.text);
      this.roles[i]!.setText(this.t(key));
    });
    restyle(this.moraleLabel, l.font(14), pal.text);
    this.moraleLabel.setText(this.t('board.team.morale'));
    this.area = { x: r.x + 14 * u, y: top, w: r.w - 28 * u, h: r.y + r.h - 8 * u - top };
    this.baker.invalidate();
    if (this.model) this.draw(this.model);
  }

  draw(model: BoardModel): void {
    this.model = model;
    const a = this.area;
    this.g.clear();
    if (a.w <= 0 || a.h <= 0) {
      for (const t of [...this.roles, ...this.extra, ...this.loads, this.moraleLabel]) t.setVisible(false);
      this.baker.invalidate();
      return;
    }
    if (this.portrait) this.drawColumns(model);
    else this.drawRows(model);
    this.baker.invalidate();
  }

  /**
   * Landscape: a row per role. A row tall enough for two lines shows the name and load above the
   * people and the bar; a short one keeps one line (name, bar, load) and leaves the people out,
   * so no label ever sits on a drawing.
   */
  private drawRows(model: BoardModel): void {
    const a = this.area;
    const u = this.u;
    const g = this.g;
    const lineH = this.roles[0]!.height;
    const moraleH = Math.max(this.moraleLabel.height * 1.2, Math.min(a.h * 0.26, 48 * u));
    const rowH = (a.h - moraleH) / 3;
    const twoLines = rowH >= lineH * 1.9;
    model.team.forEach((team, i) => {
      const y = a.y + rowH * i;
      const name = this.roles[i]!.setVisible(rowH >= lineH * 0.9);
      const load = this.loads[i]!.setText(this.t('board.team.load', { percent: Math.round(team.load * 100) }));
      const extra = this.extra[i]!.setText('');
      const barH = Math.max(4 * u, Math.min(9 * u, rowH * 0.3));
      if (twoLines) {
        name.setPosition(a.x, y + lineH / 2);
        load.setVisible(name.visible && name.width + load.width + 8 * u <= a.w).setPosition(a.x + a.w, y + lineH / 2);
        const peopleY = y + lineH + (rowH - lineH) / 2;
        const size = Math.max(0, Math.min((rowH - lineH) * 0.8, 20 * u));
        const barW = a.w * 0.3;
        this.people(team, extra, a.x, peopleY, size, a.w - barW - 10 * u);
        this.loadBar(a.x + a.w - barW, peopleY - barH / 2, barW, barH, team.load);
      } else {
        const mid = y + rowH / 2;
        name.setPosition(a.x, mid);
        load.setPosition(a.x + a.w, mid);
        const bx = a.x + name.width + 8 * u;
        const bw = a.x + a.w - load.width - 8 * u - bx;
        load.setVisible(name.visible && bw >= 0);
        if (bw >= 12 * u) this.loadBar(bx, mid - barH / 2, bw, barH, team.load);
      }
    });
    // Morale: the face's mouth follows the score; the bar repeats it as a length.
    const mood = Math.max(0, Math.min(1, model.morale));
    const faceColor = this.moodColor(mood);
    const y = a.y + a.h - moraleH / 2;
    const r = Math.min(moraleH * 0.42, 22 * u);
    drawFace(g, a.x + r, y, r, mood, faceColor);
    this.moraleLabel.setOrigin(0, 0.5).setPosition(a.x + r * 2 + 10 * u, y);
    const bx = this.moraleLabel.x + this.moraleLabel.width + 12 * u;
    this.moraleLabel.setVisible(bx <= a.x + a.w);
    if (a.x + a.w - bx >= 12 * u) this.bar(bx, y, a.x + a.w - bx, mood, faceColor);
  }

  /** Portrait: roles in three columns beside the morale face (a short panel has no room for three rows of text). */
  private drawColumns(model: BoardModel): void {
    const a = this.area;
    const u = this.u;
    const g = this.g;
    const colW = (a.w * 0.74) / 3 - 8 * u;
    const lineH = this.roles[0]!.height;
    model.team.forEach((team, i) => {
      const x = a.x + i * (colW + 8 * u);
      const name = this.roles[i]!.setPosition(x, a.y + lineH / 2);
      name.setVisible(name.width <= colW && a.h >= lineH);
      const load = this.loads[i]!.setText(this.t('board.team.loadShort', { percent: Math.round(team.load * 100) }));
      const rest = a.h - lineH;
      const size = Math.max(0, Math.min(rest * 0.45, 20 * u));
      const peopleY = a.y + lineH + size * 0.6;
      load.setPosition(x + colW, peopleY).setVisible(rest >= load.height);
      this.people(team, this.extra[i]!.setText(''), x, peopleY, size, colW - load.width - 6 * u);
      const barH = Math.max(4 * u, Math.min(9 * u, rest * 0.12));
      const by = a.y + a.h - barH - 2 * u;
      if (by > peopleY + size / 2) this.loadBar(x, by, colW, barH, team.load);
    });
    const mood = Math.max(0, Math.min(1, model.morale));
    const faceColor = this.moodColor(mood);
    const x0 = a.x + a.w * 0.74 + 12 * u;
    const w = a.x + a.w - x0;
    const labelH = this.moraleLabel.height;
    const r = Math.max(0, Math.min(w * 0.3, (a.h - labelH) * 0.35));
    drawFace(g, x0 + w / 2, a.y + r + 2 * u, r, mood, faceColor);
    this.moraleLabel.setOrigin(0.5, 0.5).setPosition(x0 + w / 2, a.y + 2 * r + 4 * u + labelH / 2);
    this.moraleLabel.setVisible(this.moraleLabel.width <= w + 8 * u && a.h >= labelH);
  }

  /** As many people as fit in `room`, hollow for those still joining, then "+N" for the rest. */
  private people(team: BoardModel['team'][number], extra: Phaser.GameObjects.Text, x: number, y: number, size: number, room: number): void {
    if (size < 3 * this.u) return;
    const pitch = size * 0.95;
    const everyone = team.people + team.joining;
    if (everyone * pitch > room) {
      // Measure the widest possible "+N" first so the count never runs into the bar.
      extra.setText(this.t('board.more', { count: everyone }));
      room -= extra.width + 4 * this.u;
    }
    const shown = Math.min(everyone, Math.max(0, Math.floor(room / pitch)));
    for (let p = 0; p < shown; p++) drawPerson(this.g, x + size / 2 + p * pitch, y, size, this.pal.kind.feature, p >= team.people);
    extra.setText(everyone > shown ? this.t('board.more', { count: everyone - shown }) : '');
    extra.setPosition(x + shown * pitch + 4 * this.u, y).setVisible(true);
  }

  private loadBar(x: number, y: number, w: number, h: number, load: number): void {
    const g = this.g;
    const pal = this.pal;
    const color = load >= 0.9 ? pal.bad : load >= 0.75 ? pal.warn : pal.good;
    g.fillStyle(pal.lane, 1);
    g.fillRoundedRect(x, y, w, h, h / 2);
    if (load > 0) {
      g.fillStyle(color, 1);
      g.fillRoundedRect(x, y, Math.max(h, w * Math.min(1, load)), h, h / 2);
    }
    g.lineStyle(Math.max(1, pal.line * 0.8), pal.panelLine, 1);
    g.strokeRoundedRect(x, y, w, h, h / 2);
  }

  private moodColor(mood: number): number {
    return mood < 0.35 ? this.pal.bad : mood < 0.55 ? this.pal.warn : this.pal.good;
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
