// The reference game that Node and the browser both play (see reference-game.ts), and the
// headless runner's in-place turns against the copying advanceTurn.
import { describe, expect, it } from 'vitest';
import { advanceTurn, applyCommand, createGame, defaultScenario, hashState, runGame, STRATEGIES } from '../../../src/sim/index.ts';
import { REFERENCE_TURNS, referenceGame } from './reference-game.ts';

describe('reference game', () => {
  it('plays every turn and gives the same hash each time', () => {
    const a = referenceGame();
    expect(a.turns).toBe(REFERENCE_TURNS);
    expect(a.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(referenceGame().hash).toBe(a.hash);
  });

  it('gives the same hash when the state goes through JSON before every step', () => {
    expect(referenceGame(true).hash).toBe(referenceGame().hash);
  });
});

describe('runGame', () => {
  it('plays turns in place yet ends in the same state as advanceTurn turn by turn, leaving the scenario alone', () => {
    const scenarioJson = JSON.stringify(defaultScenario);
    for (const name of ['doNothing', 'allDevOps', 'random']) {
      const strategy = STRATEGIES[name]!;
      let s = createGame(defaultScenario, 11);
      while (s.status === 'running') {
        for (const cmd of strategy(s)) {
          const r = applyCommand(s, cmd);
          if (r.ok) s = r.state;
        }
        s = advanceTurn(s).state;
      }
      expect(hashState(runGame(defaultScenario, 11, strategy)), name).toBe(hashState(s));
    }
    expect(JSON.stringify(defaultScenario)).toBe(scenarioJson);
  });
});
