// The reference game that Node and the browser both play (see reference-game.ts).
import { describe, expect, it } from 'vitest';
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
