import type { UiContext } from './context.ts';
import { h } from './dom.ts';
import { openHelp } from './dialogs/help.ts';
import { renderBrief } from './screens/brief.ts';
import { renderDebrief } from './screens/debrief.ts';
import { finishTurn, initialGameView, renderGame, type GameView } from './screens/game.ts';
import { renderTitle } from './screens/title.ts';

const tabOrder = ['dashboard', 'practices', 'policies', 'team', 'log'];

/**
 * Renders the screen the store names, again after every change. The board's container lives
 * outside the re-rendered tree so the Phaser canvas survives turns and is only torn down on leaving.
 */
export function startApp(root: HTMLElement, ctx: UiContext, options: { mayMoveFocus?: () => boolean } = {}): () => void {
  const mayMoveFocus = options.mayMoveFocus ?? (() => true);
  let view: GameView = initialGameView;
  let unmountBoard: (() => void) | null = null;
  let boardHost: HTMLElement | null = null;
  let lastScreen = '';
  /** What the screen drawn last must release (charts, timers) before the next one is drawn. */
  let releaseScreen: () => void = () => {};
  const screenRoot = h('div', { class: 'screen' });
  const live = h('div', { class: 'visually-hidden', attrs: { 'aria-live': 'polite', role: 'status' } });
  root.replaceChildren(screenRoot, live);

  const render = () => {
    const { screen } = ctx.game.getState();
    if (screen !== 'board' && boardHost) {
      unmountBoard?.();
      unmountBoard = null;
      boardHost = null;
    }
    const focused = document.activeElement?.id;
    releaseScreen();
    releaseScreen = () => {};
    switch (screen) {
      case 'title': renderTitle(screenRoot, ctx); break;
      case 'brief': renderBrief(screenRoot, ctx); break;
      case 'debrief': releaseScreen = renderDebrief(screenRoot, ctx); break;
      case 'board': {
        if (!boardHost) {
          boardHost = h('div', { class: 'board-canvas', attrs: { 'aria-hidden': 'true' } });
          const host = boardHost;
          void ctx.mountBoard(host).then((unmount) => {
            if (boardHost === host) unmountBoard = unmount;
            else unmount();
          });
        }
        renderGame(screenRoot, ctx, view, (v) => { view = v; render(); }, boardHost);
        break;
      }
    }
    // A re-render replaces the DOM; keep keyboard users where they were, or move them to the new screen.
    const again = focused ? document.getElementById(focused) : null;
    if (again) again.focus();
    // In a slide deck's frame, focus stays with the deck until the viewer touches the game.
    else if (screen !== lastScreen && lastScreen !== '' && mayMoveFocus()) {
      const heading = screenRoot.querySelector<HTMLElement>('h1');
      heading?.setAttribute('tabindex', '-1');
      heading?.focus();
    }
    lastScreen = screen;
  };

  ctx.game.subscribe(render);
  render();

  document.addEventListener('keydown', (e) => {
    if (ctx.game.getState().screen !== 'board' || document.querySelector('dialog[open]')) return;
    const target = e.target as HTMLElement | null;
    if (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'n' || e.key === 'N') { e.preventDefault(); void finishTurn(ctx); }
    else if (e.key === 'u' || e.key === 'U') { e.preventDefault(); ctx.game.undo(); }
    else if (e.key === '?') { e.preventDefault(); openHelp(ctx); }
    else if (/^[1-5]$/.test(e.key)) {
      e.preventDefault();
      view = { ...view, tab: tabOrder[Number(e.key) - 1] };
      render();
      document.getElementById(`side-tab-${view.tab}`)?.focus();
    }
  });
  return render;
}
