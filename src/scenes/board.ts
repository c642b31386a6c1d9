// The board's entry point. src/main.ts loads this module with a dynamic import(), so Phaser lands
// in its own chunk and the title screen never waits for it.
import * as Phaser from 'phaser';
import { labelSample, loadFonts } from './fonts.ts';
import type { BoardSource } from '../state/board-source.ts';
import { BoardScene } from './board-scene.ts';
import { palette } from './palette.ts';
import type { Translate } from './text.ts';

export type { Translate } from './text.ts';

export interface BoardOptions {
  /** Translates the few short canvas labels; keys are under `board.*`. */
  t?: Translate;
  /** Canvas pixels per CSS pixel; default the screen's devicePixelRatio. */
  ratio?: () => number;
  /** Smallest canvas label in CSS pixels; default none beyond the board's own scale. */
  minFont?: () => number;
}

export interface BoardHandle {
  destroy(): void;
}

declare global {
  interface Window {
    /** Only with ?bench or in development: frame-rate probes for the Playwright measurement. */
    __board?: { fps(): number; measure(ms: number): Promise<number> };
  }
}

export async function mountBoard(container: HTMLElement, source: BoardSource, options: BoardOptions = {}): Promise<BoardHandle> {
  const t = options.t ?? ((key: string) => key);
  const ratio = () => Math.min(3, Math.max(1, options.ratio?.() ?? window.devicePixelRatio ?? 1));
  const minFont = options.minFont ?? (() => 0);
  await loadFonts(labelSample(t));
  return new Promise((resolve) => {
    let game: Phaser.Game | null = null;
    const phaserListeners = new PhaserGlobals();
    let scene: BoardScene | null = null;
    let observer: ResizeObserver | null = null;
    const ready = () => {
      const g = game!;
      g.events.once(Phaser.Core.Events.DESTROY, () => freePooledCanvases(g));
      observer = new ResizeObserver(() => fit(g, container, ratio()));
      observer.observe(container);
      const bench = import.meta.env.DEV || new URLSearchParams(location.search).has('bench');
      if (bench) window.__board = { fps: () => g.loop.actualFps, measure: (ms) => measureFps(g, ms) };
      resolve({
        destroy() {
          if (bench) delete window.__board;
          observer?.disconnect();
          g.destroy(true);
          phaserListeners.release();
        },
      });
    };
    const r = ratio();
    scene = new BoardScene(source, t, { ratio, minFont }, ready);
    game = new Phaser.Game({
      type: rendererType(),
      parent: container,
      // A canvas of its own, not one from Phaser's page-wide pool: the listeners Phaser leaves on
      // its game canvas would otherwise pass, with the canvas, from each game to the next.
      canvas: document.createElement('canvas'),
      backgroundColor: palette(source.theme()).bg,
      // The canvas holds ratio × the frame's CSS pixels and is shown at the frame's size (fit below).
      scale: { mode: Phaser.Scale.NONE, width: pixels(container.clientWidth, r), height: pixels(container.clientHeight, r), zoom: 1 / r },
      // The board takes no input: the embedding page (a slide deck, the DOM UI) keeps the keyboard,
      // and a phone can still scroll the page with a finger on the canvas.
      autoFocus: false,
      input: {
        keyboard: false, touch: false, gamepad: false,
        mouse: { preventDefaultDown: false, preventDefaultUp: false, preventDefaultMove: false, preventDefaultWheel: false },
      },
      disableContextMenu: true,
      audio: { noAudio: true },
      banner: false,
      render: { antialias: true, antialiasGL: true },
      scene,
      callbacks: { postBoot: () => phaserListeners.catch() },
    });
    // Phaser's loop stops for good when a frame throws; a failed frame is the scene's to recover
    // from. The game starts its loop with this.step once its textures are in, after this line.
    const step = game.step.bind(game);
    game.step = (time: number, delta: number) => {
      try {
        step(time, delta);
      } catch (error) {
        scene?.fault(error);
      }
    };
  });
}

const pixels = (css: number, ratio: number) => Math.max(2, Math.round(css * ratio));

/** Sizes the canvas to its frame at the given density; the scene lays out again on Phaser's resize event. */
function fit(game: Phaser.Game, container: HTMLElement, ratio: number): void {
  const w = pixels(container.clientWidth, ratio);
  const h = pixels(container.clientHeight, ratio);
  if (w !== game.scale.width || h !== game.scale.height || game.scale.zoom !== 1 / ratio) {
    game.scale.zoom = 1 / ratio;
    game.scale.resize(w, h);
  }
  // Out of the flow: the frame's size decides the canvas's, never the other way round.
  Object.assign(game.canvas.style, { position: 'absolute', left: '0', top: '0', width: '100%', height: '100%' });
}

/**
 * WebGL when the GPU really does the work. A software WebGL (no GPU, a blocklisted driver, a VM or
 * remote desktop, a CI browser) is several times slower than the browser's 2D canvas at filling
 * pixels, so there the board uses Phaser's canvas renderer instead.
 */
function rendererType(): number {
  const probe = document.createElement('canvas');
  const gl = probe.getContext('webgl', { failIfMajorPerformanceCaveat: true });
  if (!gl) return Phaser.CANVAS;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(name) ? Phaser.CANVAS : Phaser.WEBGL;
}

/** Frames actually drawn per second over `ms` of wall time. */
export function measureFps(game: Phaser.Game, ms: number): Promise<number> {
  const startFrame = game.loop.frame;
  const start = performance.now();
  return new Promise((resolve) => {
    setTimeout(() => {
      const seconds = (performance.now() - start) / 1000;
      resolve((game.loop.frame - startFrame) / seconds);
    }, ms);
  });
}

/**
 * Phaser's visibility handler, set up right after postBoot, adds a document listener that holds the
 * whole game and is never removed, and takes over window.onblur/onfocus: every board mounted would
 * stay in memory. They are caught as they are added and released with the game.
 */
class PhaserGlobals {
  private added: [string, EventListenerOrEventListenerObject, boolean | AddEventListenerOptions | undefined][] = [];
  private handlers: { blur: Window['onblur']; focus: Window['onfocus'] } | null = null;

  catch(): void {
    const original = document.addEventListener;
    const added = this.added;
    document.addEventListener = function (this: Document, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
      added.push([type, listener, options]);
      original.call(this, type, listener, options);
    } as typeof document.addEventListener;
    // The handler runs in the same task as postBoot; the first microtask after it puts things back.
    queueMicrotask(() => {
      document.addEventListener = original;
      this.handlers = { blur: window.onblur, focus: window.onfocus };
    });
  }

  release(): void {
    for (const [type, listener, options] of this.added.splice(0)) document.removeEventListener(type, listener, options);
    if (this.handlers && window.onblur === this.handlers.blur) window.onblur = null;
    if (this.handlers && window.onfocus === this.handlers.focus) window.onfocus = null;
    this.handlers = null;
  }
}

/**
 * Phaser keeps 2D canvases in one pool for the whole page, each tagged with its owner. Owners that a
 * scene's shutdown does not reach keep theirs tagged, and through the tag the game and the page it
 * was mounted in. Everything this game owned goes back to the pool with it.
 */
function freePooledCanvases(game: Phaser.Game): void {
  const ownedBy = (owner: unknown): boolean => {
    if (!owner || typeof owner !== 'object') return false;
    const o = owner as { game?: unknown; scene?: { game?: unknown }; manager?: { game?: unknown } };
    return owner === game || o.game === game || o.scene?.game === game || o.manager?.game === game;
  };
  // The pool is exported at run time but missing from Phaser's type declarations.
  const pool = (Phaser.Display.Canvas.CanvasPool as unknown as { pool: { parent: unknown; canvas: HTMLCanvasElement }[] }).pool;
  for (const entry of pool) {
    if (ownedBy(entry.parent)) Phaser.Display.Canvas.CanvasPool.remove(entry.canvas);
  }
}
