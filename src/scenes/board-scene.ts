// The one scene of the board. It turns each state the store publishes into a draw model, hands it
// to the three views and plays the turn's events; it decides nothing about the game.
import * as Phaser from 'phaser';
import type { BoardSource } from '../state/board-source.ts';
import { selectBoard, selectTurnPlay } from '../state/board-model.ts';
import type { GameState, SimEvent } from '../sim/types.ts';
import { Baker } from './bake.ts';
import { labelSample, loadFonts } from './fonts.ts';
import { boardLayout } from './layout.ts';
import { palette } from './palette.ts';
import type { ThemeName } from './palette.ts';
import { PipelineView } from './pipeline.ts';
import { SystemsMapView } from './systems-map.ts';
import { TeamsView } from './teams.ts';
import type { Translate } from './text.ts';

/** How dense the canvas is and how small its labels may get; both follow the frame. */
export interface BoardDisplay {
  /** Canvas pixels per CSS pixel. */
  ratio(): number;
  /** Smallest label in CSS pixels. */
  minFont(): number;
}

export class BoardScene extends Phaser.Scene {
  private pipeline!: PipelineView;
  private systems!: SystemsMapView;
  private teams!: TeamsView;
  private baker!: Baker;
  private unsubscribe: (() => void) | null = null;
  private theme: ThemeName = 'default';
  private reducedMotion = false;
  private lastTurn = -1;
  private lastState: GameState | null = null;
  /** A translated label, to notice a language switch (the store does not tell the board). */
  private language = '';

  /** A drawing failed: the next state redraws everything. */
  private broken = false;
  private reported = false;

  constructor(
    private readonly source: BoardSource,
    private readonly t: Translate,
    private readonly display: BoardDisplay,
    private readonly onReady: () => void,
  ) {
    super({ key: 'board' });
  }

  /**
   * A drawing error must not end the talk: it is told once in the console, moving pieces are
   * dropped, and the next state the store publishes is drawn from scratch.
   */
  fault(error: unknown): void {
    this.broken = true;
    if (!this.reported) {
      this.reported = true;
      console.error('DevOps Journey: the board could not draw this picture; it draws again at the next change.', error);
    }
    try {
      this.stopMotion();
    } catch {
      // Already broken; the next state starts over.
    }
  }

  private safely(draw: () => void): void {
    try {
      draw();
    } catch (error) {
      this.fault(error);
    }
  }

  create(): void {
    this.theme = this.source.theme();
    this.reducedMotion = this.source.reducedMotion();
    this.baker = new Baker(this, this.scale.width, this.scale.height);
    this.pipeline = new PipelineView(this, this.baker, this.t);
    this.systems = new SystemsMapView(this, this.baker, this.t, (id) => this.source.systemName?.(id) ?? id);
    this.teams = new TeamsView(this, this.baker, this.t);
    this.safely(() => this.relayout());
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.unsubscribe = this.source.subscribe((state, events) => this.safely(() => this.show(state, events)));
    this.safely(() => this.show(this.source.getState(), []));
    this.language = this.t('board.pipeline.title');
    this.time.addEvent({ delay: 500, loop: true, callback: this.checkLanguage, callbackScope: this });
    const cleanUp = () => {
      this.unsubscribe?.();
      this.unsubscribe = null;
      this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize, this);
    };
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, cleanUp);
    this.events.once(Phaser.Scenes.Events.DESTROY, cleanUp);
    this.onReady();
  }

  /** Display preferences can change without a new game state; two comparisons a frame notice it. */
  update(): void {
    const theme = this.source.theme();
    const reduced = this.source.reducedMotion();
    if (theme !== this.theme || reduced !== this.reducedMotion) {
      this.theme = theme;
      this.reducedMotion = reduced;
      if (reduced) this.stopMotion();
      this.safely(() => this.relayout());
    }
    this.baker.flush();
    // Tests and tools wait for this before they compare two pictures of the same step.
    const settled = String(this.tweens.getTweens().length === 0 && !this.cameras.main.shakeEffect.isRunning);
    if (this.game.canvas.dataset.settled !== settled) this.game.canvas.dataset.settled = settled;
  }

  private onResize(): void {
    this.safely(() => this.relayout());
  }

  private checkLanguage(): void {
    const now = this.t('board.pipeline.title');
    if (now === this.language) return;
    this.language = now;
    this.safely(() => this.relayout());
    // Draw again once the new language's glyphs have arrived.
    void loadFonts(labelSample(this.t)).then(() => this.safely(() => this.relayout()));
  }

  private relayout(): void {
    const { width, height } = this.scale;
    const ratio = this.display.ratio();
    const base = palette(this.theme);
    // Strokes are in canvas pixels: a denser canvas needs them as much thicker.
    const pal = { ...base, line: base.line * ratio };
    this.cameras.main.setBackgroundColor(pal.bg);
    const l = boardLayout(width, height, { ratio, minFont: this.display.minFont() });
    this.baker.resize(width, height);
    this.systems.reducedMotion = this.reducedMotion;
    this.pipeline.layout(l, pal);
    this.systems.layout(l, pal);
    this.teams.layout(l, pal);
    this.tellLabelSize();
    delete this.game.canvas.dataset.settled;
  }

  /**
   * The smallest label on show, in CSS pixels, on the canvas element: canvas text is out of the
   * DOM's reach, and a room must be able to read it (the frame tests measure this).
   */
  private tellLabelSize(): void {
    let smallest = Infinity;
    const boxes: Phaser.Geom.Rectangle[] = [];
    for (const o of this.children.list) {
      if (o instanceof Phaser.GameObjects.Text && o.visible && o.alpha > 0 && o.text !== '') {
        smallest = Math.min(smallest, parseFloat(String(o.style.fontSize)));
        boxes.push(o.getBounds());
      }
    }
    if (Number.isFinite(smallest)) this.game.canvas.dataset.smallestLabel = (smallest / this.display.ratio()).toFixed(1);
    // Labels that cover each other by more than a sliver (a pixel either way) cannot be read.
    let overlaps = 0;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!, b = boxes[j]!;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > this.display.ratio() && h > this.display.ratio()) overlaps++;
      }
    }
    this.game.canvas.dataset.labelOverlaps = String(overlaps);
  }

  private show(state: GameState | null, events: readonly SimEvent[]): void {
    if (this.broken && state) {
      this.broken = false;
      this.lastState = null;
      this.relayout();
    }
    // The store also publishes changes that are not the game's (screens, dialogs).
    if (!state || state === this.lastState) return;
    this.lastState = state;
    const model = selectBoard(state);
    const newTurn = state.turn !== this.lastTurn && this.lastTurn >= 0;
    this.lastTurn = state.turn;
    this.systems.reducedMotion = this.reducedMotion;
    this.systems.draw(model);
    this.teams.draw(model);
    // A new state may start motion; the next frame says whether it did.
    delete this.game.canvas.dataset.settled;
    if (!newTurn || this.reducedMotion) {
      this.pipeline.draw(model);
      this.tellLabelSize();
      return;
    }
    const play = selectTurnPlay(state, events);
    this.pipeline.clearMotion();
    this.pipeline.draw(model, play.deploys.length > 0);
    this.pipeline.play(play, this.cameras.main, () => this.pipeline.draw(model));
    this.systems.play(play);
    this.tellLabelSize();
  }

  private stopMotion(): void {
    this.tweens.killAll();
    this.pipeline.clearMotion();
  }
}
