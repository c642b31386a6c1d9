// The systems map: services in layers by dependency depth (entry points left), edges for calls,
// node size by node count. Edges and nodes live in two Graphics redrawn only when the model
// changes, so a Snapdeal-sized map costs nothing per frame; only a few incident halos move.
import { drawPanel } from './panel.ts';
import type * as Phaser from 'phaser';
import type { BoardModel, TurnPlay } from '../state/board-model.ts';
import { dashedCircle, dashedLine, drawAlertBadge } from './glyphs.ts';
import type { Baker } from './bake.ts';
import type { BoardLayout, Rect } from './layout.ts';
import { css } from './palette.ts';
import type { Palette } from './palette.ts';
import { clip, label, restyle } from './text.ts';
import type { Translate } from './text.ts';

/** Halos animated at once; beyond that the badge alone marks an incident. */
const MAX_HALOS = 12;
/** Below this many services every node is named; above, only the struck ones. */
const LABEL_ALL = 16;
const MAX_LABELS = 16;

export class SystemsMapView {
  private readonly panel: Phaser.GameObjects.Graphics;
  private readonly edges: Phaser.GameObjects.Graphics;
  private readonly nodes: Phaser.GameObjects.Graphics;
  private readonly badges: Phaser.GameObjects.Graphics;
  private readonly title: Phaser.GameObjects.Text;
  private readonly legend: Phaser.GameObjects.Text[];
  private readonly names: Phaser.GameObjects.Text[] = [];
  private readonly halos: Phaser.GameObjects.Arc[] = [];
  private area: Rect = { x: 0, y: 0, w: 0, h: 0 };
  private u = 1;
  private nameSize = 12;
  private pal!: Palette;
  private model: BoardModel | null = null;
  reducedMotion = false;
  // Pixel positions and radii, reused between draws.
  private px = new Float32Array(0);
  private py = new Float32Array(0);
  private pr = new Float32Array(0);

  constructor(private readonly scene: Phaser.Scene, private readonly baker: Baker, private readonly t: Translate, private readonly name: (id: string) => string = (id) => id) {
    this.panel = baker.graphics();
    this.edges = baker.graphics();
    this.nodes = baker.graphics();
    this.badges = baker.graphics();
    this.title = label(scene, 15, true);
    this.legend = ['ok', 'incident', 'degraded'].map(() => label(scene, 13).setOrigin(0, 0.5));
    for (let i = 0; i < MAX_LABELS; i++) this.names.push(label(scene, 12).setOrigin(0.5, 0).setDepth(4).setVisible(false));
    for (let i = 0; i < MAX_HALOS; i++) {
      this.halos.push(scene.add.circle(0, 0, 10).setDepth(2).setVisible(false));
    }
  }

  layout(l: BoardLayout, pal: Palette): void {
    this.pal = pal;
    this.u = l.u;
    const u = l.u;
    const r = l.systems;
    const g = this.panel;
    const top = drawPanel(g, this.title, this.t('board.systems.title'), r, pal, l);
    this.nameSize = l.font(12);

    // Legend: each status with its own mark, so colour is never the only cue. What does not fit
    // the panel's width is left out rather than drawn over its edge.
    const keys = ['board.legend.ok', 'board.legend.incident', 'board.legend.degraded'];
    this.legend.forEach((text, i) => restyle(text.setText(this.t(keys[i]!)), l.font(13), pal.muted));
    const mark = Math.max(7 * u, this.legend[0]!.height * 0.3);
    const legendH = Math.max(2 * mark, this.legend[0]!.height);
    const ly = r.y + r.h - 6 * u - legendH / 2;
    let x = r.x + 16 * u;
    let room = true;
    this.legend.forEach((text, i) => {
      const cx = x + mark;
      room = room && cx + mark + 5 * u + text.width <= r.x + r.w - 8 * u;
      text.setVisible(room);
      if (!room) return;
      if (i === 0) {
        g.fillStyle(pal.good, 1);
        g.fillCircle(cx, ly, mark);
      } else if (i === 1) {
        drawAlertBadge(g, cx, ly, mark, pal.bad, pal.onBadge, true);
      } else {
        g.fillStyle(pal.warn, 0.9);
        g.fillCircle(cx, ly, mark * 0.7);
        g.lineStyle(Math.max(2, pal.line), pal.warn, 1);
        dashedCircle(g, cx, ly, mark, 6);
      }
      text.setPosition(cx + mark + 5 * u, ly);
      x = text.x + text.width + 16 * u;
    });
    this.area = { x: r.x + 14 * u, y: top, w: r.w - 28 * u, h: ly - legendH / 2 - 4 * u - top };
    this.baker.invalidate();
    if (this.model) this.draw(this.model);
  }

  private place(model: BoardModel): void {
    const n = model.services.length;
    if (this.px.length !== n) {
      this.px = new Float32Array(n);
      this.py = new Float32Array(n);
      this.pr = new Float32Array(n);
    }
    const a = this.area;
    const u = this.u;
    const layers = Math.max(1, model.layers);
    const colW = a.w / layers;
    let maxNodes = 1;
    for (const s of model.services) if (s.nodes > maxNodes) maxNodes = s.nodes;
    const minPitch = 10 * u;
    // Where every service is named, a name sits under its node: the node leaves it room in its row.
    const nameRoom = n <= LABEL_ALL ? this.nameSize * 1.3 + 3 * u : 0;
    model.services.forEach((s, i) => {
      // Crowded layers fold into zig-zag sub-columns instead of shrinking nodes to dust.
      const perLine = Math.max(1, Math.floor(a.h / minPitch));
      const subcols = Math.min(Math.max(1, Math.floor(colW / minPitch)), Math.ceil(s.layerSize / perLine));
      const rows = Math.ceil(s.layerSize / subcols);
      const pitchY = a.h / rows;
      const subW = Math.min(colW * 0.8 / subcols, pitchY * 2.2);
      const row = Math.floor(s.order / subcols);
      const sub = s.order % subcols;
      this.px[i] = a.x + (s.layer + 0.5) * colW + (sub - (subcols - 1) / 2) * subW;
      this.py[i] = a.y + (row + 0.5) * pitchY;
      const rMax = Math.max(2.5, Math.min(28 * u, pitchY * 0.42, (pitchY - nameRoom) * 0.5, (subcols > 1 ? subW : colW * 0.5) * 0.45));
      const rMin = Math.max(2.5, rMax * 0.38);
      this.pr[i] = rMin + (rMax - rMin) * Math.sqrt(s.nodes / maxNodes);
    });
  }

  draw(model: BoardModel): void {
    this.model = model;
    if (this.area.w <= 0) return;
    this.place(model);
    const pal = this.pal;
    const u = this.u;
    const { px, py, pr } = this;
    const e = this.edges;
    const many = model.edges.length > 150;
    e.clear();
    e.lineStyle(Math.max(1, pal.line * (many ? 0.6 : 1)), pal.edge, many ? 0.35 : 0.7);
    for (const edge of model.edges) {
      if (edge.broken) continue;
      e.lineBetween(px[edge.from]! + pr[edge.from]!, py[edge.from]!, px[edge.to]! - pr[edge.to]!, py[edge.to]!);
    }
    // Broken edges last and on top: the failure's path through the graph.
    e.lineStyle(many ? Math.max(1.5, pal.line * 0.8) : Math.max(2, pal.line * 1.4), pal.warn, many ? 0.85 : 1);
    const dash = (many ? 4 : 6) * u;
    for (const edge of model.edges) {
      if (!edge.broken) continue;
      dashedLine(e, px[edge.from]! + pr[edge.from]!, py[edge.from]!, px[edge.to]! - pr[edge.to]!, py[edge.to]!, dash, dash * 0.7);
    }

    const g = this.nodes;
    const b = this.badges;
    g.clear();
    b.clear();
    let halo = 0;
    let named = 0;
    const labelAll = model.services.length <= LABEL_ALL;
    for (const h of this.halos) {
      this.scene.tweens.killTweensOf(h);
      h.setVisible(false);
    }
    for (const t of this.names) t.setVisible(false);
    model.services.forEach((s, i) => {
      const x = px[i]!;
      const y = py[i]!;
      const r = pr[i]!;
      if (s.entry) {
        // Users come in from the left.
        g.fillStyle(pal.mutedColor, 0.9);
        const c = Math.max(3, r * 0.45);
        g.fillTriangle(x - r - c * 2.2, y - c, x - r - c * 2.2, y + c, x - r - c * 0.6, y);
      }
      if (s.status === 'ok') {
        g.fillStyle(pal.good, 0.9);
        g.fillCircle(x, y, r);
      } else if (s.status === 'degraded') {
        g.fillStyle(pal.warn, 0.9);
        g.fillCircle(x, y, r * 0.78);
        g.lineStyle(Math.max(2, pal.line * 1.2), pal.warn, 1);
        dashedCircle(g, x, y, r, r > 8 ? 10 : 6);
      } else {
        g.fillStyle(pal.bad, 1);
        g.fillCircle(x, y, r);
        const br = Math.max(7 * u, Math.min(12 * u, r * 0.7));
        drawAlertBadge(b, x + r * 0.7, y - r * 0.7, br, pal.bad, pal.onBadge, s.detected);
        b.lineStyle(Math.max(1.5, pal.line), pal.onBadge, 1);
        b.strokeCircle(x + r * 0.7, y - r * 0.7, br);
        if (halo < MAX_HALOS) this.halo(this.halos[halo++]!, x, y, r);
      }
      if ((labelAll || s.status === 'incident') && named < MAX_LABELS) {
        const t = this.names[named++]!;
        restyle(t, this.nameSize, pal.text);
        // A halo of the panel colour keeps names legible where edges and rings cross them.
        t.setStroke(css(pal.panel), Math.max(3, 4 * u));
        t.setText(clip(this.name(s.id), 14)).setPosition(x, y + r + 3 * u);
        // A name that would leave the map, or sit on the legend, is left to the DOM's list.
        t.setVisible(t.y + t.height <= this.area.y + this.area.h + 4 * u);
      }
    });
    this.baker.invalidate();
  }

  private halo(h: Phaser.GameObjects.Arc, x: number, y: number, r: number): void {
    const pal = this.pal;
    h.setPosition(x, y).setRadius(Math.max(1, r + 3 * this.u)).setFillStyle().setStrokeStyle(Math.max(2, pal.line * 1.5), pal.bad, 1);
    h.setVisible(true).setScale(1).setAlpha(0.9);
    if (this.reducedMotion) {
      h.setScale(1.3);
      return;
    }
    // A few pulses draw the eye, then the ring rests as reduced motion shows it: a step looks the
    // same however long it has been on screen, and a screenshot of it is the same every time.
    this.scene.tweens.add({
      targets: h, scale: 1.9, alpha: 0, duration: 1300, ease: 'Sine.easeOut', repeat: 2,
      onComplete: () => h.setScale(1.3).setAlpha(0.9),
    });
  }

  /** A one-off flash on services struck during the turn, even if already restored. */
  play(turn: TurnPlay): void {
    if (this.reducedMotion || !this.model) return;
    for (const i of turn.struck) {
      if (i >= this.px.length || this.model.services[i]!.status === 'incident') continue;
      const ring = this.scene.add.circle(this.px[i]!, this.py[i]!, Math.max(1, this.pr[i]! + 3 * this.u)).setDepth(5);
      ring.setFillStyle().setStrokeStyle(Math.max(2, this.pal.line * 1.5), this.pal.bad, 1);
      this.scene.tweens.add({
        targets: ring, scale: 2.4, alpha: 0, duration: 900, repeat: 1, ease: 'Sine.easeOut',
        onComplete: () => ring.destroy(),
      });
    }
  }
}
