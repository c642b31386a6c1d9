// Graphics replay and re-tessellate their whole command list every frame; a Snapdeal-sized map
// and full piles would cost most of a frame that way. The views draw into off-list Graphics and
// the baker copies them into one texture when something changed, so a frame draws a single quad.
import type * as Phaser from 'phaser';
import { guardGraphics } from './safe-graphics.ts';

export class Baker {
  private readonly rt: Phaser.GameObjects.RenderTexture;
  private readonly layers: Phaser.GameObjects.Graphics[] = [];
  private dirty = true;

  constructor(private readonly scene: Phaser.Scene, width: number, height: number) {
    this.rt = scene.add.renderTexture(0, 0, Math.max(2, width), Math.max(2, height)).setOrigin(0, 0).setDepth(0);
  }

  /** A Graphics that is drawn into the baked texture, in creation order, never on its own. */
  graphics(): Phaser.GameObjects.Graphics {
    const g = guardGraphics(this.scene.make.graphics({}, false));
    this.layers.push(g);
    return g;
  }

  resize(width: number, height: number): void {
    this.rt.resize(Math.max(2, width), Math.max(2, height));
    this.dirty = true;
  }

  invalidate(): void {
    this.dirty = true;
  }

  /** Called once a frame; does nothing unless a view redrew since the last bake. */
  flush(): void {
    if (!this.dirty) return;
    this.dirty = false;
    this.rt.clear();
    for (const g of this.layers) this.rt.draw(g, 0, 0);
    this.rt.render();
  }
}
