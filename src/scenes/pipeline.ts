// The delivery pipeline: one lane per stage, items piling up where work waits, the release batch
// as one crate across its phases, and on a new turn the deploys travelling into production.
import { drawPanel } from './panel.ts';
import type * as Phaser from 'phaser';
import { BOARD_COLUMNS, RECENT_DEPLOY_TURNS } from '../state/board-model.ts';
import type { BoardModel, TurnPlay } from '../state/board-model.ts';
import { WORK_KINDS } from '../sim/types.ts';
import type { WorkKind } from '../sim/types.ts';
import { dashedLine, drawAlertBadge, drawItem } from './glyphs.ts';
import type { Baker } from './bake.ts';
import type { BoardLayout, Rect } from './layout.ts';
import type { Palette } from './palette.ts';
import { guardGraphics } from './safe-graphics.ts';
import { fitText, label, restyle } from './text.ts';
import type { Translate } from './text.ts';

interface Cell {
  lane: Rect;
  pile: Rect;
}

const RELEASE_FROM = BOARD_COLUMNS.indexOf('test');
const RELEASE_TO = BOARD_COLUMNS.indexOf('deploy');
const RUN = BOARD_COLUMNS.indexOf('run');
/** A deploy of at least this many items is a big-bang release and lands as one heavy block. */
const HEAVY_DEPLOY = 10;
/** Most packets animated in one turn; continuous delivery can make hundreds of deploys. */
const MAX_PACKETS = 28;
/** Pile drawing order: the rare, urgent kinds on top where the eye lands. */
const PILE_ORDER: WorkKind[] = ['feature', 'debt', 'bug', 'security', 'followUp'];

export class PipelineView {
  private readonly panel: Phaser.GameObjects.Graphics;
  private readonly piles: Phaser.GameObjects.Graphics;
  private readonly title: Phaser.GameObjects.Text;
  private readonly names: Phaser.GameObjects.Text[];
  private readonly totals: Phaser.GameObjects.Text[];
  private readonly more: Phaser.GameObjects.Text[];
  private readonly crateText: Phaser.GameObjects.Text;
  private readonly hotfixText: Phaser.GameObjects.Text;
  private readonly packets: Phaser.GameObjects.Graphics[] = [];
  private cells: Cell[] = [];
  private crateZone: Rect = { x: 0, y: 0, w: 0, h: 0 };
  /** Bars of the last turns' deploys under the run pile; empty in portrait. */
  private spark: Rect = { x: 0, y: 0, w: 0, h: 0 };
  private item = 12;
  private portrait = false;
  private u = 1;
  private font: (base: number) => number = (base) => base;
  private pal!: Palette;
  private model: BoardModel | null = null;
  /** While the turn's deploys are still travelling, the run lane shows the previous tally. */
  private shownRun = 0;

  constructor(private readonly scene: Phaser.Scene, private readonly baker: Baker, private readonly t: Translate) {
    this.panel = baker.graphics();
    this.piles = baker.graphics();
    this.title = label(scene, 16, true);
    this.names = BOARD_COLUMNS.map(() => label(scene, 16, true).setOrigin(0.5, 0));
    this.totals = BOARD_COLUMNS.map(() => label(scene, 22, true).setOrigin(0.5, 0));
    this.more = BOARD_COLUMNS.map(() => label(scene, 14, true).setOrigin(0.5, 1));
    this.crateText = label(scene, 16, true).setOrigin(0.5, 0.5).setAlign('center');
    this.hotfixText = label(scene, 14, true).setOrigin(0.5, 0.5).setAlign('center');
  }

  layout(l: BoardLayout, pal: Palette): void {
    this.pal = pal;
    this.portrait = l.portrait;
    this.u = l.u;
    this.font = l.font;
    const u = l.u;
    const r = l.pipeline;
    const g = this.panel;
    const top = drawPanel(g, this.title, this.t('board.pipeline.title'), r, pal, l);
    BOARD_COLUMNS.forEach((column, i) => {
      restyle(this.names[i]!, l.font(this.portrait ? 13 : 15), pal.text);
      restyle(this.totals[i]!, l.font(this.portrait ? 15 : 22), pal.text);
      restyle(this.more[i]!, l.font(13), pal.muted);
      this.names[i]!.setText(this.t(`board.stage.${column}`));
    });
    // A lane's head holds its name over its count; the pile starts under them, whatever their size.
    const nameH = this.names[0]!.height;
    const header = 5 * u + nameH + this.totals[0]!.height + 4 * u;
    const inner: Rect = { x: r.x + 12 * u, y: top, w: r.w - 24 * u, h: r.y + r.h - 10 * u - top };
    this.cells = this.portrait ? this.rowCells(inner) : this.columnCells(inner, header);

    BOARD_COLUMNS.forEach((column, i) => {
      const lane = this.cells[i]!.lane;
      g.fillStyle(pal.lane, 1);
      g.fillRoundedRect(lane.x, lane.y, lane.w, lane.h, 9 * u);
      if (i === RUN) {
        g.lineStyle(pal.line, pal.good, 0.9);
        g.strokeRoundedRect(lane.x, lane.y, lane.w, lane.h, 9 * u);
      }
      const name = this.names[i]!;
      const total = this.totals[i]!;
      const text = this.t(`board.stage.${column}`);
      const size = l.font(this.portrait ? 13 : 15);
      if (this.portrait) {
        name.setOrigin(0, 0.5).setPosition(lane.x + 8 * u, lane.y + lane.h / 2);
        name.setVisible(fitText(name, text, size, l.font(0), lane.w * 0.3 - 8 * u) && lane.h >= name.height * 0.8);
        total.setOrigin(1, 0.5).setPosition(lane.x + lane.w * 0.42 - 4 * u, lane.y + lane.h / 2);
      } else {
        name.setOrigin(0.5, 0).setPosition(lane.x + lane.w / 2, lane.y + 4 * u);
        name.setVisible(fitText(name, text, size, l.font(0), lane.w - 4 * u) && lane.h >= header);
        total.setOrigin(0.5, 0).setPosition(lane.x + lane.w / 2, lane.y + 5 * u + nameH);
      }
      // Chevrons between lanes say which way work flows.
      if (i < RUN) {
        const next = this.cells[i + 1]!.lane;
        g.fillStyle(pal.mutedColor, 0.8);
        const c = 4 * u;
        if (this.portrait) {
          const cx = lane.x + 18 * u;
          const cy = (lane.y + lane.h + next.y) / 2;
          g.fillTriangle(cx - c, cy - c * 0.5, cx + c, cy - c * 0.5, cx, cy + c * 0.7);
        } else {
          const cx = (lane.x + lane.w + next.x) / 2;
          const cy = lane.y + 16 * u;
          g.fillTriangle(cx - c * 0.5, cy - c, cx - c * 0.5, cy + c, cx + c * 0.7, cy);
        }
      }
    });
    // The release phases share one track where the batch crate rides: two faint rails.
    const z = this.crateZone;
    g.lineStyle(pal.line, pal.panelLine, 0.8);
    if (this.portrait) {
      dashedLine(g, z.x + z.w * 0.3, z.y, z.x + z.w * 0.3, z.y + z.h, 5 * u, 5 * u);
      dashedLine(g, z.x + z.w * 0.7, z.y, z.x + z.w * 0.7, z.y + z.h, 5 * u, 5 * u);
    } else {
      dashedLine(g, z.x, z.y + z.h * 0.3, z.x + z.w, z.y + z.h * 0.3, 5 * u, 5 * u);
      dashedLine(g, z.x, z.y + z.h * 0.7, z.x + z.w, z.y + z.h * 0.7, 5 * u, 5 * u);
    }
    restyle(this.crateText, l.font(15), pal.text);
    restyle(this.hotfixText, l.font(13), pal.text);
    this.baker.invalidate();
    if (this.model) this.draw(this.model);
  }

  private columnCells(inner: Rect, header: number): Cell[] {
    const u = this.u;
    const gap = 10 * u;
    const w = (inner.w - gap * (BOARD_COLUMNS.length - 1)) / BOARD_COLUMNS.length;
    // The crate holds its label: never lower than a line of it, nor more than a quarter of the lane.
    const crateH = Math.min(Math.max(54 * u, this.font(15) * 1.6), inner.h * 0.3);
    this.item = Math.max(8, Math.min(17 * u, w / 6.2));
    const cells = BOARD_COLUMNS.map((_, i) => {
      const lane = { x: inner.x + i * (w + gap), y: inner.y, w, h: inner.h };
      let bottom = lane.y + lane.h - 8 * u;
      if (i >= RELEASE_FROM && i <= RELEASE_TO) bottom -= crateH + 2 * u;
      if (i === RUN) bottom -= crateH + 2 * u;
      return { lane, pile: { x: lane.x + 6 * u, y: lane.y + header, w: w - 12 * u, h: bottom - lane.y - header } };
    });
    const a = cells[RELEASE_FROM]!.lane;
    const b = cells[RELEASE_TO]!.lane;
    this.crateZone = { x: a.x + 5 * u, y: a.y + a.h - crateH - 5 * u, w: b.x + b.w - a.x - 10 * u, h: crateH };
    const run = cells[RUN]!.lane;
    this.spark = { x: run.x + 8 * u, y: run.y + run.h - crateH - 5 * u, w: run.w - 16 * u, h: crateH };
    return cells;
  }

  private rowCells(inner: Rect): Cell[] {
    const u = this.u;
    const gap = 5 * u;
    const h = (inner.h - gap * (BOARD_COLUMNS.length - 1)) / BOARD_COLUMNS.length;
    const crateW = inner.w * 0.22;
    this.item = Math.max(7, Math.min(13 * u, h * 0.42));
    const cells = BOARD_COLUMNS.map((_, i) => {
      const lane = { x: inner.x, y: inner.y + i * (h + gap), w: inner.w, h };
      const right = i >= RELEASE_FROM && i <= RELEASE_TO ? lane.x + lane.w - crateW - 8 * u : lane.x + lane.w - 6 * u;
      const x = lane.x + lane.w * 0.42 + 4 * u;
      return { lane, pile: { x, y: lane.y + 3 * u, w: right - x, h: h - 6 * u } };
    });
    const a = cells[RELEASE_FROM]!.lane;
    const b = cells[RELEASE_TO]!.lane;
    this.crateZone = { x: a.x + a.w - crateW - 4 * u, y: a.y + 3 * u, w: crateW, h: b.y + b.h - a.y - 6 * u };
    this.spark = { x: 0, y: 0, w: 0, h: 0 };
    return cells;
  }

  draw(model: BoardModel, holdRun = false): void {
    this.model = model;
    if (!holdRun) this.shownRun = model.run.lastTurn;
    this.piles.clear();
    model.columns.forEach((col, i) => {
      const cell = this.cells[i];
      if (!cell) return;
      const total = this.totals[i]!;
      const width = this.portrait ? cell.lane.w * 0.12 : cell.lane.w - 4 * this.u;
      const size = this.font(this.portrait ? 15 : 22);
      total.setVisible(fitText(total, String(i === RUN ? this.shownRun : col.total), size, this.font(0), width));
      if (i === RUN) {
        this.drawRun(cell, this.shownRun, this.more[i]!);
        return;
      }
      this.drawPile(cell, col.counts, this.more[i]!);
    });
    this.drawCrates(model);
    this.drawSpark(model);
    this.baker.invalidate();
  }

  /** Recent deploys as bars, one per turn: a single tall spike twice a year, or a steady comb. */
  private drawSpark(model: BoardModel): void {
    const z = this.spark;
    if (z.w <= 0 || model.deploys.length === 0) return;
    const g = this.piles;
    const pal = this.pal;
    const slots = RECENT_DEPLOY_TURNS;
    const pitch = z.w / slots;
    const bw = Math.max(2, pitch * 0.6);
    let max = 1;
    for (const d of model.deploys) if (d.deploys > max) max = d.deploys;
    g.lineStyle(Math.max(1, pal.line * 0.7), pal.panelLine, 1);
    g.lineBetween(z.x, z.y + z.h, z.x + z.w, z.y + z.h);
    model.deploys.forEach((d, i) => {
      if (d.deploys === 0) return;
      const x = z.x + (slots - model.deploys.length + i) * pitch + (pitch - bw) / 2;
      const h = Math.max(3, (z.h - 4) * Math.sqrt(d.deploys / max));
      g.fillStyle(pal.good, 1);
      g.fillRect(x, z.y + z.h - h, bw, h);
      if (d.failed > 0) {
        // Failed deploys cap the bar with a notch of the incident colour.
        g.fillStyle(pal.bad, 1);
        g.fillTriangle(x - 1, z.y + z.h - h, x + bw + 1, z.y + z.h - h, x + bw / 2, z.y + z.h - h + bw);
      }
    });
  }

  /** Items fill the lane from the bottom up, so a queue visibly piles up. */
  private gridOf(cell: Cell): { cols: number; rows: number; pitch: number } {
    const pitch = this.item * 1.25;
    // A pile with no room for a row draws nothing: the lane's count still tells.
    const cols = Math.max(0, Math.floor(cell.pile.w / pitch));
    const rows = Math.max(0, Math.floor(cell.pile.h / pitch));
    return { cols, rows, pitch };
  }

  private slot(cell: Cell, n: number, cols: number, rows: number, pitch: number): { x: number; y: number } {
    const p = cell.pile;
    const used = cols * pitch;
    if (this.portrait) {
      // Rows: fill left to right, then the next line down.
      const col = Math.floor(n / rows);
      const row = n % rows;
      return { x: p.x + pitch / 2 + col * pitch, y: p.y + p.h / 2 + (row - (rows - 1) / 2) * pitch };
    }
    const col = n % cols;
    const row = Math.floor(n / cols);
    return { x: p.x + (p.w - used) / 2 + pitch / 2 + col * pitch, y: p.y + p.h - pitch / 2 - row * pitch };
  }

  private drawPile(cell: Cell, counts: number[], more: Phaser.GameObjects.Text): void {
    const { cols, rows, pitch } = this.gridOf(cell);
    const total = counts.reduce((a, b) => a + b, 0);
    const cap = capped(total, cols, rows, this.portrait);
    const shown = proportional(counts, cap);
    let n = 0;
    for (const kind of PILE_ORDER) {
      const k = WORK_KINDS.indexOf(kind);
      for (let j = 0; j < shown[k]!; j++) {
        const { x, y } = this.slot(cell, n++, cols, rows, pitch);
        drawItem(this.piles, kind, x, y, this.item, this.pal.kind[kind], this.pal.itemLine);
      }
    }
    this.placeMore(cell, more, total - cap);
  }

  /** The hidden remainder sits in the row kept free at the far end of the pile. */
  private placeMore(cell: Cell, more: Phaser.GameObjects.Text, hidden: number): void {
    const { rows } = this.gridOf(cell);
    // "+N" takes the pile's last free row; a pile without one leaves the count to the lane's total.
    if (hidden <= 0 || rows < (this.portrait ? 1 : 2)) {
      more.setVisible(false);
      return;
    }
    const p = cell.pile;
    more.setVisible(fitText(more, this.t('board.more', { count: hidden }), this.font(13), this.font(0), this.portrait ? p.w * 0.4 : p.w));
    if (this.portrait) more.setOrigin(1, 0.5).setPosition(p.x + p.w, p.y + p.h / 2);
    else more.setOrigin(0.5, 0.5).setPosition(p.x + p.w / 2, p.y + this.item * 0.62);
  }

  private drawRun(cell: Cell, items: number, more: Phaser.GameObjects.Text): void {
    const { cols, rows, pitch } = this.gridOf(cell);
    const cap = capped(items, cols, rows, this.portrait);
    const g = this.piles;
    const s = this.item * 0.9;
    g.fillStyle(this.pal.good, 1);
    for (let n = 0; n < cap; n++) {
      const { x, y } = this.slot(cell, n, cols, rows, pitch);
      g.fillRoundedRect(x - s / 2, y - s / 2, s, s, s * 0.2);
    }
    this.placeMore(cell, more, items - cap);
  }

  private drawCrates(model: BoardModel): void {
    const pal = this.pal;
    const u = this.u;
    const z = this.crateZone;
    const regular = model.batches.find((b) => !b.hotfix);
    const hotfix = model.batches.find((b) => b.hotfix);
    this.crateText.setVisible(false);
    this.hotfixText.setVisible(false);
    const along = this.portrait ? z.h : z.w;
    let offset = 0;
    if (regular) {
      // A crate grows with its batch: a year of work fills the whole release track.
      const len = Math.max(along * 0.28, along * Math.min(1, Math.sqrt(regular.total / 80)));
      const r = this.portrait ? { x: z.x, y: z.y, w: z.w, h: len - 4 * u } : { x: z.x, y: z.y, w: len - 4 * u, h: z.h };
      this.crate(r, regular.counts, pal.accent);
      this.crateText.setVisible(true).setWordWrapWidth(Math.max(20, r.w - 10 * u), true)
        .setText(this.t('board.batch', { count: regular.total })).setPosition(r.x + r.w / 2, r.y + r.h / 2);
      this.crateText.setVisible(fits(this.crateText, r));
      offset = len;
    }
    if (hotfix) {
      const len = Math.min(along - offset, along * 0.3);
      if (len > 12 * u) {
        const r = this.portrait
          ? { x: z.x, y: z.y + offset, w: z.w, h: len }
          : { x: z.x + offset, y: z.y, w: len, h: z.h };
        this.crate(r, hotfix.counts, pal.bad);
        this.hotfixText.setVisible(true).setWordWrapWidth(Math.max(20, r.w - 8 * u), true)
          .setText(this.t('board.hotfix', { count: hotfix.total })).setPosition(r.x + r.w / 2, r.y + r.h / 2);
        this.hotfixText.setVisible(fits(this.hotfixText, r));
      }
    }
  }

  /** A crate: solid body, a band of the kinds it carries, and a heavy outline. */
  private crate(r: Rect, counts: number[], edge: number): void {
    const g = this.piles;
    const u = this.u;
    const pal = this.pal;
    g.fillStyle(pal.panel, 1);
    g.fillRoundedRect(r.x, r.y, r.w, r.h, 7 * u);
    const total = counts.reduce((a, b) => a + b, 0) || 1;
    const band = 6 * u;
    let x = r.x + 6 * u;
    const span = r.w - 12 * u;
    for (const kind of PILE_ORDER) {
      const k = WORK_KINDS.indexOf(kind);
      const w = (span * counts[k]!) / total;
      if (w <= 0) continue;
      g.fillStyle(pal.kind[kind], 1);
      g.fillRect(x, r.y + r.h - band - 5 * u, w, band);
      x += w;
    }
    g.lineStyle(pal.line * 2, edge, 1);
    g.strokeRoundedRect(r.x, r.y, r.w, r.h, 7 * u);
  }

  /** Animates the turn's deploys; `done` runs once everything has landed. */
  play(turn: TurnPlay, camera: Phaser.Cameras.Scene2D.Camera, done: () => void): void {
    const deploys = turn.deploys;
    if (deploys.length === 0 || this.cells.length === 0) {
      done();
      return;
    }
    const scene = this.scene;
    const u = this.u;
    const run = this.cells[RUN]!.lane;
    const pile = this.cells[RUN]!.pile;
    const runAt = { x: run.x + run.w / 2, y: this.portrait ? run.y + run.h / 2 : pile.y + pile.h * 0.6 };
    const heavy = deploys.length <= 3 && deploys.some((d) => d.items >= HEAVY_DEPLOY);
    if (heavy) {
      const big = deploys.reduce((a, d) => (d.items > a.items ? d : a));
      const g = this.packet();
      const side = Math.min(this.portrait ? run.h * 1.4 : Math.min(run.w * 0.8, pile.h * 0.6), (18 + 6 * Math.sqrt(big.items)) * u);
      this.drawPacket(g, side, big.failed, big.items);
      const z = this.crateZone;
      g.setPosition(z.x + z.w / 2, z.y + z.h / 2).setAlpha(1);
      // It is carried over the run lane, then let go: it falls the height of the pile.
      const hangY = this.portrait ? run.y - side * 0.7 : pile.y + side / 2;
      const landY = this.portrait ? runAt.y : pile.y + pile.h - side / 2;
      scene.tweens.chain({
        targets: g,
        tweens: [
          { x: runAt.x, y: hangY, duration: 650, ease: 'Sine.easeInOut' },
          { y: landY, duration: 380, ease: 'Quad.easeIn' },
          { scaleY: 0.82, scaleX: 1.12, duration: 90, yoyo: true, ease: 'Quad.easeOut' },
          { alpha: 0, duration: 350, delay: 250 },
        ],
        onComplete: () => { g.setVisible(false).setScale(1); done(); },
      });
      scene.time.delayedCall(650 + 380, () => camera.shake(220, 0.006 * Math.min(2, big.items / 40 + 0.5)));
      return;
    }
    // Many small deploys: a stream of small parcels from the first lane to production.
    const from = this.cells[BOARD_COLUMNS.indexOf('develop')]!.lane;
    const count = Math.min(MAX_PACKETS, deploys.length);
    const step = deploys.length / count;
    const spread = Math.min(1600, count * 110);
    let left = count;
    for (let i = 0; i < count; i++) {
      const d = deploys[Math.floor(i * step)]!;
      const g = this.packet();
      const side = Math.min(this.item * 1.6, (8 + 3 * Math.sqrt(d.items)) * u);
      this.drawPacket(g, side, d.failed, 0);
      const jitter = ((i * 37) % 11) / 10 - 0.5;
      const sx = this.portrait ? from.x + from.w * (0.8 + jitter * 0.2) : from.x + from.w / 2;
      const sy = this.portrait ? from.y + from.h / 2 : from.y + from.h * (0.55 + jitter * 0.3);
      g.setPosition(sx, sy).setAlpha(0);
      scene.tweens.add({
        targets: g,
        x: runAt.x,
        y: this.portrait ? runAt.y : runAt.y + jitter * run.h * 0.3,
        delay: (i * spread) / count,
        duration: 1100,
        ease: 'Sine.easeInOut',
        onStart: () => g.setAlpha(1),
        onComplete: () => {
          scene.tweens.add({ targets: g, alpha: 0, duration: 200, onComplete: () => g.setVisible(false) });
          if (--left === 0) done();
        },
      });
    }
  }

  private packet(): Phaser.GameObjects.Graphics {
    let g = this.packets.find((p) => !p.visible);
    if (!g) {
      g = guardGraphics(this.scene.add.graphics());
      this.packets.push(g);
    }
    g.setVisible(true).setDepth(10).setScale(1).setAlpha(1);
    return g;
  }

  private drawPacket(g: Phaser.GameObjects.Graphics, side: number, failed: boolean, items: number): void {
    const pal = this.pal;
    g.clear();
    g.fillStyle(items > 0 ? pal.accent : pal.good, 1);
    g.fillRoundedRect(-side / 2, -side / 2, side, side, side * 0.18);
    g.lineStyle(pal.line * (items > 0 ? 2 : 1), pal.itemLine, 1);
    g.strokeRoundedRect(-side / 2, -side / 2, side, side, side * 0.18);
    if (items > 0) {
      // Straps across a heavy crate.
      g.lineStyle(Math.max(2, side / 14), pal.itemLine, 0.7);
      g.lineBetween(-side / 2, -side / 6, side / 2, -side / 6);
      g.lineBetween(-side / 2, side / 6, side / 2, side / 6);
    }
    if (failed) drawAlertBadge(g, side / 2, -side / 2, Math.max(6, side * 0.28), pal.bad, pal.onBadge, true);
  }

  clearMotion(): void {
    for (const p of this.packets) {
      this.scene.tweens.killTweensOf(p);
      p.setVisible(false);
    }
  }
}

/** A crate's label shows only if it sits inside the crate, above the band of kinds. */
function fits(text: Phaser.GameObjects.Text, r: Rect): boolean {
  return text.width <= r.w && text.height <= r.h * 0.8;
}

/** How many items to draw: all that fit, less the row (or column) that shows "+N". */
function capped(total: number, cols: number, rows: number, portrait: boolean): number {
  const capacity = cols * rows;
  if (total <= capacity) return total;
  return Math.max(0, capacity - (portrait ? Math.min(rows * 3, capacity - 1) : cols));
}

/** Scales counts down to `cap` items, largest remainder first, so the mix stays representative. */
export function proportional(counts: number[], cap: number): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total <= cap) return counts.slice();
  const exact = counts.map((c) => (c * cap) / total);
  const out = exact.map(Math.floor);
  let left = cap - out.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    out[i]!++;
    left--;
  }
  return out;
}
