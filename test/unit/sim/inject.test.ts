// Issue #15: a workshop's facilitator brings one of the scenario's events into every team's game. It
// is an engine command, so a team's replay (scenario, seed, commands) gives the same game.
import { describe, expect, it } from 'vitest';
import { advanceTurn, applyCommand, checkCommand, createGame, hashState, shockEvents } from '../../../src/sim/index.ts';
import type { Command, GameState } from '../../../src/sim/index.ts';
import { loadShippedScenario } from '../../../src/cli/scenario-files.ts';
import { journey } from './helpers.ts';

function apply(state: GameState, command: Command): GameState {
  const result = applyCommand(state, command);
  if (!result.ok) throw new Error(`refused: ${result.reason.code}`);
  return result.state;
}

describe('shocks a facilitator may bring in', () => {
  it('are the events the scenario schedules, draws or defines, without the postmortem', () => {
    expect(shockEvents(journey).sort()).toEqual(['deadline-crunch', 'eliminate-loyalty', 'fake-promises', 'hire-crony', 'launch-day', 'play-favourites', 'regulator-audit', 'unlimited-vacation']);
    expect(shockEvents(loadShippedScenario('keep-it-simple')).sort()).toEqual(['big-everything', 'web-two']);
    expect(shockEvents(loadShippedScenario('snapdeal-iac'))).toEqual([]);
  });

  it('refuses an event the scenario does not have, and one that already waits for an answer', () => {
    const s = createGame(journey, 7);
    expect(checkCommand(s, { type: 'injectEvent', event: 'postmortem' })).toMatchObject({ code: 'eventNotInScenario' });
    expect(checkCommand(s, { type: 'injectEvent', event: 'salary-secrecy' })).toMatchObject({ code: 'eventNotInScenario' });
    expect(checkCommand(s, { type: 'injectEvent' })).toMatchObject({ code: 'invalidCommand' });
    const once = apply(s, { type: 'injectEvent', event: 'deadline-crunch' });
    expect(checkCommand(once, { type: 'injectEvent', event: 'deadline-crunch' })).toMatchObject({ code: 'eventAlreadyPending' });
  });

  it('raises the event at once for the team to answer, and takes its first option if nobody does', () => {
    const s = createGame({ ...journey, events: { ...journey.events, randomChancePerTurn: 0 } }, 7);
    const result = applyCommand(s, { type: 'injectEvent', event: 'deadline-crunch' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.events.map((e) => e.type)).toEqual(['eventInjected', 'eventPending']);
    const pending = result.state.pendingEvents.find((p) => p.event === 'deadline-crunch')!;
    expect(pending.params).toEqual({ injected: 1 });
    expect(result.state.seenEvents).toContain('deadline-crunch');
    // Answered this turn: the team's choice.
    const answered = apply(result.state, { type: 'chooseEventOption', event: pending.id, option: 'crunch' });
    expect(answered.pendingEvents).toEqual([]);
    // Not answered: the next turn opens by taking the first option.
    const next = advanceTurn(result.state);
    expect(next.events.find((e) => e.type === 'eventResolved' && e.params.event === 'deadline-crunch')).toMatchObject({ params: { option: 'holdScope', byDefault: true } });
  });

  it('does not wait for a major incident to be answered, and replays to the same hash', () => {
    let s = createGame(journey, 3);
    const commands: Command[][] = [[]];
    for (let turn = 0; turn < 30 && !s.fight; turn++) {
      s = advanceTurn(s, null).state;
      commands.push([]);
    }
    expect(s.fight).toBeDefined();
    const shock: Command = { type: 'injectEvent', event: 'launch-day' };
    expect(checkCommand(s, shock)).toBeNull();
    s = apply(s, shock);
    commands[commands.length - 1]!.push(shock);
    // The same commands from the same seed give the same game.
    let replay = createGame(journey, 3);
    commands.forEach((cmds, i) => {
      if (i > 0) replay = advanceTurn(replay, null).state;
      for (const c of cmds) replay = apply(replay, c);
    });
    expect(hashState(replay)).toBe(hashState(s));
  });
});
