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

  constructor(private readonly source: BoardSource, private readonly t: Translate, private readonly onReady: () => void) {
    super({ key: 'board' });
  }

  create(): void {
    this.theme = this.source.theme();
    this.reducedMotion = this.source.reducedMotion();
    this.baker = new Baker(this, this.scale.width, this.scale.height);
    this.pipeline = new PipelineView(this, this.baker, this.t);
    this.systems = new SystemsMapView(this, this.baker, this.t, (id) => this.source.systemName?.(id) ?? id);
    this.teams = new TeamsView(this, this.baker, this.t);
    this.relayout();
    this.scale.on(Phaser.Scale.Events.RESIZE, this.relayout, this);
    this.unsubscribe = this.source.subscribe((state, events) => this.show(state, events));
    this.show(this.source.getState(), []);
    this.language = this.t('board.pipeline.title');
    this.time.addEvent({ delay: 500, loop: true, callback: this.checkLanguage, callbackScope: this });
    const cleanUp = () => {
      this.unsubscribe?.();
      this.unsubscribe = null;
      this.scale.off(Phaser.Scale.Events.RESIZE, this.relayout, this);
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
      this.relayout();
    }
    this.baker.flush();
  }

  private checkLanguage(): void {
    const now = this.t('board.pipeline.title');
    if (now === this.language) return;
    this.language = now;
    this.relayout();
    // Draw again once the new language's glyphs have arrived.
    void loadFonts(labelSample(this.t)).then(() => this.relayout());
  }

  private relayout(): void {
    const pal = palette(this.theme);
    const { width, height } = this.scale;
    this.cameras.main.setBackgroundColor(pal.bg);
    const l = boardLayout(width, height);
    this.baker.resize(width, height);
    this.systems.reducedMotion = this.reducedMotion;
    this.pipeline.layout(l, pal);
    this.systems.layout(l, pal);
    this.teams.layout(l, pal);
  }

  private show(state: GameState | null, events: readonly SimEvent[]): void {
    // The store also publishes changes that are not the game's (screens, dialogs).
    if (!state || state === this.lastState) return;
    this.lastState = state;
    const model = selectBoard(state);
    const newTurn = state.turn !== this.lastTurn && this.lastTurn >= 0;
    this.lastTurn = state.turn;
    this.systems.reducedMotion = this.reducedMotion;
    this.systems.draw(model);
    this.teams.draw(model);
    if (!newTurn || this.reducedMotion) {
      this.pipeline.draw(model);
      return;
    }
    const play = selectTurnPlay(state, events);
    this.pipeline.clearMotion();
    this.pipeline.draw(model, play.deploys.length > 0);
    this.pipeline.play(play, this.cameras.main, () => this.pipeline.draw(model));
    this.systems.play(play);
  }

  private stopMotion(): void {
    this.tweens.killAll();
    this.pipeline.clearMotion();
  }
}
