// Invariants under arbitrary play (fast-check): nothing negative, no item lost, money conserved,
// junk commands refused without throwing, determinism.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advanceTurn, applyCommand, createGame, flowCounts, hashState, PRACTICES, STRATEGIES } from '../../../src/sim/index.ts';
import type { Command, GameState } from '../../../src/sim/index.ts';
import { journey, quiet } from './helpers.ts';

const short = { ...journey, turns: 14 };

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.constantFrom(...PRACTICES.map((p) => p.id)).map((practice): Command => ({ type: 'adoptPractice', practice })),
  fc.constantFrom(...PRACTICES.map((p) => p.id)).map((practice): Command => ({ type: 'abandonPractice', practice })),
  fc.integer({ min: 1, max: 200 }).map((days): Command => ({ type: 'setPolicy', policy: 'cadence', value: { kind: 'interval', days } })),
  fc.constant<Command>({ type: 'setPolicy', policy: 'cadence', value: { kind: 'continuous' } }),
  fc.constantFrom<Command>({ type: 'setPolicy', policy: 'approval', value: 'lightweight' }, { type: 'setPolicy', policy: 'approval', value: 'cab' }),
  fc.integer({ min: 1, max: 40 }).map((n): Command => ({ type: 'setPolicy', policy: 'wipLimit', value: n })),
  fc.constantFrom<'developer' | 'tester' | 'operations'>('developer', 'tester', 'operations')
    .chain((role) => fc.integer({ min: 1, max: 4 }).map((count): Command => ({ type: 'hire', role, count }))),
  fc.integer({ min: 1, max: 3 }).map((count): Command => ({ type: 'fire', role: 'developer', count })),
  fc.constant<Command>({ type: 'advanceEra' }),
);

function checkInvariants(s: GameState): void {
  const f = s.flow;
  expect(f.inProgress).toBeGreaterThanOrEqual(0);
  expect(f.devTaxHours).toBeGreaterThanOrEqual(0);
  expect(f.devBusy).toBeGreaterThanOrEqual(0);
  expect(s.ops.vulnKnown).toBeGreaterThanOrEqual(0);
  expect(s.ops.vulnUnknown).toBeGreaterThanOrEqual(0);
  expect(s.ops.techDebt).toBeGreaterThanOrEqual(0);
  for (const q of f.backlog) expect(q.length).toBeGreaterThanOrEqual(0);
  // No item lost: everything that arrived is deployed, dropped, or somewhere in the flow.
  const c = flowCounts(s);
  const inFlow = c['backlog']! + c['develop']! + c['review']! + c['integrate']! + c['ready']! + c['release']! + c['hotfix']!;
  expect(f.arrived).toBe(f.deployed + f.dropped + inFlow);
  // Money is conserved.
  expect(Math.abs(s.money.budget - (s.scenario.budget + s.money.income - s.money.expenses))).toBeLessThan(1e-6 * Math.max(1, Math.abs(s.scenario.budget)));
  // Every expense shows in some turn's cost, what is bought between turns included.
  const costs = s.history.reduce((sum, t) => sum + t.cost, 0);
  expect(Math.abs(costs - s.money.expenses)).toBeLessThan(1e-6 * Math.max(1, s.money.expenses));
  for (const t of s.history) {
    expect(t.wip).toBeGreaterThanOrEqual(0);
    expect(t.availability).toBeGreaterThanOrEqual(0);
    expect(t.availability).toBeLessThanOrEqual(1);
    // Nobody is busier than all the time: an urgent fix interrupts work, it does not add a person.
    expect(t.utilisation).toBeGreaterThanOrEqual(0);
    expect(t.utilisation).toBeLessThanOrEqual(1 + 1e-12);
  }
}

describe('invariants under random play', () => {
  it('hold after every turn', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.array(fc.array(commandArb, { maxLength: 4 }), { minLength: 14, maxLength: 14 }), (seed, turns) => {
        let s = createGame(short, seed);
        for (const cmds of turns) {
          for (const cmd of cmds) {
            const r = applyCommand(s, cmd);
            if (r.ok) s = r.state;
            else expect(typeof r.reason.code).toBe('string');
          }
          s = advanceTurn(s).state;
          checkInvariants(s);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('hold for the built-in strategies too', () => {
    for (const name of Object.keys(STRATEGIES)) {
      let s = createGame(short, 5);
      while (s.status === 'running') {
        for (const cmd of STRATEGIES[name]!(s)) {
          const r = applyCommand(s, cmd);
          if (r.ok) s = r.state;
        }
        s = advanceTurn(s).state;
        checkInvariants(s);
      }
    }
  });
});

describe('commands', () => {
  it('junk is refused with a reason and never throws', () => {
    const s = createGame(short, 1);
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        const r = applyCommand(s, junk as Command);
        if (!r.ok) expect(typeof r.reason.code).toBe('string');
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.record({ type: fc.constantFrom('adoptPractice', 'setPolicy', 'hire', 'fire', 'chooseEventOption', 'advanceEra', 'abandonPractice'), policy: fc.anything(), value: fc.anything(), practice: fc.anything(), role: fc.anything(), count: fc.anything(), event: fc.anything(), option: fc.anything() }, { requiredKeys: ['type'] }), (junk) => {
        const r = applyCommand(s, junk as unknown as Command);
        if (!r.ok) expect(typeof r.reason.code).toBe('string');
      }),
      { numRuns: 500 },
    );
  });

  it('explain why they are refused', () => {
    const s = createGame(journey, 1);
    const reason = (cmd: unknown): string => { const r = applyCommand(s, cmd as Command); return r.ok ? 'ok' : r.reason.code; };
    expect(reason({ type: 'adoptPractice', practice: 'continuous-delivery' })).toBe('practiceLocked');
    expect(reason({ type: 'adoptPractice', practice: 'nope' })).toBe('unknownPractice');
    expect(reason({ type: 'setPolicy', policy: 'approval', value: 'lightweight' })).toBe('practiceRequired');
    expect(reason({ type: 'setPolicy', policy: 'cadence', value: { kind: 'interval', days: 7 } })).toBe('cadenceTooShort');
    expect(reason({ type: 'setPolicy', policy: 'capacitySplit', value: { features: 50, debt: 10, security: 10, operations: 10 } })).toBe('splitMustSum100');
    expect(reason({ type: 'advanceEra' })).toBe('eraNotYet');
    expect(reason({ type: 'adoptPractice', practice: 'peer-code-reviews' })).toBe('ok');
    expect(reason({ type: 'hire', role: 'wizard', count: 1 })).toBe('invalidRole');
  });

  it('do not change the state they were given', () => {
    const s = createGame(journey, 1);
    const before = hashState(s);
    const r = applyCommand(s, { type: 'adoptPractice', practice: 'peer-code-reviews' });
    expect(r.ok).toBe(true);
    advanceTurn(s);
    expect(hashState(s)).toBe(before);
  });
});

describe('determinism', () => {
  it('same seed and commands give the same hash; other seeds differ', () => {
    const play = (seed: number): string => {
      let s = createGame(short, seed);
      while (s.status === 'running') {
        for (const cmd of STRATEGIES['random']!(s)) { const r = applyCommand(s, cmd); if (r.ok) s = r.state; }
        s = advanceTurn(s).state;
      }
      return hashState(s);
    };
    expect(play(11)).toBe(play(11));
    const hashes = new Set([1, 2, 3, 4, 5].map(play));
    expect(hashes.size).toBe(5);
  });

  it('a state survives a JSON round trip unchanged in its future', () => {
    let s = createGame(quiet(journey, { turns: 6 }), 3);
    s = advanceTurn(advanceTurn(s).state).state;
    const copy = JSON.parse(JSON.stringify(s)) as GameState;
    expect(hashState(copy)).toBe(hashState(s));
    expect(hashState(advanceTurn(copy).state)).toBe(hashState(advanceTurn(s).state));
  });
});
