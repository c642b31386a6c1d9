// Preview links for trainers: ?scenario=<id>&turn=12[&play=<play>][&event=<event>] opens the scenario
// at the start of a turn, reached by its scripted play (or doing nothing), and can put a named event
// in front of the player, so every text can be seen in place without playing to it.
import type { LoadedScenario } from '../scenarios/load.ts';
import { playStrategy } from '../scenarios/plays.ts';
import { playbookResponse, STRATEGIES, type Strategy } from '../sim/index.ts';
import { eventDef } from '../sim/events.ts';
import { createGameStore, type Session } from '../state/game.ts';
import type { ScenarioRef } from '../state/save.ts';

export interface PreviewOptions {
  /** The turn the board shows (1 = the first); the turns before it are played. */
  turn?: number;
  /** A play of the scenario or a built-in strategy; by default the scenario's first play, or doing nothing. */
  play?: string;
  /** An event to put before the player at that turn, built in or the scenario's own. */
  event?: string;
}

/** The game at the previewed turn, and what in the link could not be followed. */
export function previewSession(scenario: LoadedScenario, ref: ScenarioRef, seed: number, o: PreviewOptions): { session: Session | null; warnings: string[] } {
  const warnings: string[] = [];
  const named = (name: string): Strategy | undefined => {
    const play = scenario.plays.find((p) => p.id === name);
    return play ? playStrategy(play) : Object.hasOwn(STRATEGIES, name) ? STRATEGIES[name] : undefined;
  };
  let strategy = scenario.plays[0] ? playStrategy(scenario.plays[0]) : STRATEGIES.doNothing!;
  if (o.play !== undefined) {
    const found = named(o.play);
    if (found) strategy = found;
    else warnings.push(`the scenario has no play ${JSON.stringify(o.play)}; plays: ${[...scenario.plays.map((p) => p.id), ...Object.keys(STRATEGIES)].join(', ')}`);
  }
  // A store of its own and without storage: a preview never overwrites the player's save.
  const scratch = createGameStore(() => scenario.config, undefined);
  scratch.open(ref, scenario.config, seed);
  scratch.begin();
  const target = Math.max(1, Math.min(o.turn ?? 1, scenario.config.turns));
  for (let guard = 0; guard < scenario.config.turns; guard++) {
    const state = scratch.getState().session?.state;
    if (!state || state.status !== 'running' || state.turn + 1 >= target) break;
    // A move the engine refuses is left out, as in the balance report.
    for (const command of strategy(state)) scratch.command(command);
    scratch.endTurn(playbookResponse);
  }
  let session = scratch.getState().session;
  if (session && o.event !== undefined) {
    const state = session.state;
    if (!Object.hasOwn(scenario.events, o.event) || !eventDef(state, o.event)) {
      warnings.push(`the scenario never raises an event ${JSON.stringify(o.event)}; its events: ${Object.keys(scenario.events).join(', ')}`);
    } else if (state.status === 'running' && !state.pendingEvents.some((p) => p.event === o.event)) {
      const shown = { ...state, pendingEvents: [{ id: `preview-${o.event}`, event: o.event, turn: state.turn, params: {} }, ...state.pendingEvents] };
      session = { ...session, state: shown, turnStart: shown };
    }
  }
  return { session, warnings };
}
