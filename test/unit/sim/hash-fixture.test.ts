// The reference game that Node and the browser both play (see reference-game.ts), and the
// headless runner's in-place turns against the copying advanceTurn.
import { describe, expect, it } from 'vitest';
import { advanceTurn, applyCommand, createGame, hashState, runGame, STRATEGIES } from '../../../src/sim/index.ts';
import { journey } from './helpers.ts';
import { REFERENCE_TURNS, referenceGame } from './reference-game.ts';

describe('reference game', () => {
  it('plays every turn and gives the same hash each time', () => {
    const a = referenceGame(journey);
    expect(a.turns).toBe(REFERENCE_TURNS);
    expect(a.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(referenceGame(journey).hash).toBe(a.hash);
  });

  it('gives the same hash when the state goes through JSON before every step', () => {
    expect(referenceGame(journey, true).hash).toBe(referenceGame(journey).hash);
  });
});

describe('runGame', () => {
  it('plays turns in place yet ends in the same state as advanceTurn turn by turn, leaving the scenario alone', () => {
    const scenarioJson = JSON.stringify(journey);
    for (const name of ['doNothing', 'allDevOps', 'random']) {
      const strategy = STRATEGIES[name]!;
      let s = createGame(journey, 11);
      while (s.status === 'running') {
        for (const cmd of strategy(s)) {
          const r = applyCommand(s, cmd);
          if (r.ok) s = r.state;
        }
        s = advanceTurn(s).state;
      }
      expect(hashState(runGame(journey, 11, strategy)), name).toBe(hashState(s));
    }
    expect(JSON.stringify(journey)).toBe(scenarioJson);
  });
});
