import { openEventDialog } from './dialogs/event.ts';
import type { UiContext } from './context.ts';

/** A preview link that names an event opens its dialog at once; the answer is played like the player's. */
export async function openPendingDialog(ctx: UiContext): Promise<void> {
  const session = ctx.game.getState().session;
  const pending = session?.state.status === 'running' ? session.state.pendingEvents[0] : undefined;
  if (!session || !pending) return;
  const option = await openEventDialog(ctx, session.ref, pending);
  if (option !== null) ctx.game.command({ type: 'chooseEventOption', event: pending.event, option });
}
