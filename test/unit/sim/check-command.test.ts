// checkCommand gives the UI applyCommand's verdict without copying or changing anything.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advanceTurn, applyCommand, checkCommand, createGame, hashState, PRACTICES, STRATEGIES } from '../../../src/sim/index.ts';
import type { GameState } from '../../../src/sim/index.ts';
import { journey } from './helpers.ts';

/** States along a few random games, so commands meet eras, adoptions and pending events. */
function states(): GameState[] {
  const out: GameState[] = [];
  for (const seed of [1, 2, 3]) {
    let s = createGame({ ...journey, turns: 16 }, seed);
    while (s.status === 'running') {
      out.push(s);
      for (const cmd of STRATEGIES['random']!(s)) { const r = applyCommand(s, cmd); if (r.ok) s = r.state; }
      s = advanceTurn(s).state;
    }
    out.push(s);
  }
  return out;
}

const practice = fc.oneof(fc.constantFrom(...PRACTICES.map((p) => p.id)), fc.string());
const commandArb = fc.oneof(
  practice.map((p) => ({ type: 'adoptPractice', practice: p })),
  practice.map((p) => ({ type: 'abandonPractice', practice: p })),
  fc.record({
    type: fc.constant('setPolicy'),
    policy: fc.constantFrom('cadence', 'wipLimit', 'approval', 'capacitySplit', 'incidentResponse', 'other'),
    value: fc.oneof(
      fc.constant({ kind: 'continuous' }), fc.integer({ min: -5, max: 400 }).map((days) => ({ kind: 'interval', days })),
      fc.constantFrom('cab', 'lightweight', 'rollback', 'fixForward', null), fc.integer({ min: 0, max: 50 }),
      fc.constantFrom({ features: 55, debt: 20, security: 10, operations: 15 }, { features: 50, debt: 10, security: 10, operations: 10 }),
      fc.anything(),
    ),
  }),
  fc.record({ type: fc.constantFrom('hire', 'fire'), role: fc.constantFrom('developer', 'tester', 'operations', 'wizard'), count: fc.integer({ min: -1, max: 40 }) }),
  fc.record({ type: fc.constant('chooseEventOption'), event: fc.string(), option: fc.string() }),
  fc.constant({ type: 'advanceEra' }),
  fc.anything(),
);

describe('checkCommand', () => {
  const pool = states();

  it('accepts exactly what applyCommand accepts, with the same reason otherwise', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: pool.length - 1 }), commandArb, (i, cmd) => {
        const s = pool[i]!;
        const reason = checkCommand(s, cmd);
        const r = applyCommand(s, cmd);
        expect(reason === null).toBe(r.ok);
        if (!r.ok) expect(reason).toEqual(r.reason);
      }),
      { numRuns: 2000 },
    );
  });

  it('answers pending events as applyCommand does', () => {
    for (const s of pool) {
      for (const p of s.pendingEvents) {
        for (const option of ['blameless', 'skip', 'scapegoat', 'secret', 'transparent', 'crunch', 'nope']) {
          const cmd = { type: 'chooseEventOption', event: p.id, option };
          expect(checkCommand(s, cmd) === null).toBe(applyCommand(s, cmd).ok);
        }
      }
    }
  });

  it('changes nothing', () => {
    const s = pool[5]!;
    const before = hashState(s);
    for (const p of PRACTICES) checkCommand(s, { type: 'adoptPractice', practice: p.id });
    expect(hashState(s)).toBe(before);
  });
});
