import type { Room } from 'colyseus.js';
import type { TeamView } from '../../../src/state/team-view.ts';

/** The next board the room sends that passes the test (messages arriving together are all seen). */
export function nextView(room: Room, test: (v: TeamView) => boolean = () => true): Promise<TeamView> {
  return new Promise((resolve) => {
    const stop = room.onMessage('view', (v: TeamView) => {
      if (!test(v)) return;
      stop();
      resolve(v);
    });
  });
}

/**
 * Ends the team's turn as a player would: a major incident stops it, and the team answers with the
 * company's playbook by the on-call engineer, which plays the rest of the turn.
 */
export async function finishTurn(room: Room, from: TeamView): Promise<TeamView> {
  const turn = from.summary.turn;
  let view = from;
  for (;;) {
    if (view.summary.turn > turn || view.summary.status !== 'running') return view;
    const next = nextView(room);
    if (view.fight) room.send('command', { command: { type: 'respondIncident', action: view.fight.actions[0], responders: 'onCall' } });
    else room.send('endTurn');
    view = await next;
  }
}
