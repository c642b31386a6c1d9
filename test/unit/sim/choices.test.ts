// Issue #12, "choices that matter": random events come once, a one-option event is news the engine
// plays itself, and a scheduled event is announced in time to prepare.
import { describe, expect, it } from 'vitest';
import { advanceTurn, BUILTIN_EVENTS, createGame, eventsAhead, runGame, STRATEGIES } from '../../../src/sim/index.ts';
import type { ScenarioConfig, SimEvent, Strategy } from '../../../src/sim/index.ts';
import { journey, quiet } from './helpers.ts';

const temptations = BUILTIN_EVENTS.filter((d) => d.options.length > 1 && d.id !== 'postmortem').map((d) => d.id);

/** How many times each event asked during a game played by `base` (which answers as it likes). */
function asked(config: ScenarioConfig, seed: number, base: Strategy): Map<string, number> {
  const ids = new Map<string, Set<string>>();
  runGame(config, seed, (s) => {
    for (const p of s.pendingEvents) ids.set(p.event, (ids.get(p.event) ?? new Set()).add(p.id));
    return base(s);
  });
  return new Map([...ids].map(([event, set]) => [event, set.size]));
}

describe('random events', () => {
  const eager = (repeatRandom: boolean): ScenarioConfig => ({
    ...journey, events: { ...journey.events, randomChancePerTurn: 1, randomPool: temptations, repeatRandom, scheduled: [] },
  });

  it('never repeat within a game, over many seeds and every built-in temptation', () => {
    let seen = 0;
    for (let seed = 1; seed <= 40; seed++) {
      for (const [event, count] of asked(eager(false), seed, STRATEGIES.cultureFirst!)) {
        if (event === 'postmortem') continue;
        expect(count, `${event} on seed ${seed}`).toBe(1);
        seen++;
      }
    }
    // A random event every turn: the pool of ten runs dry in every game.
    expect(seen).toBe(40 * temptations.length);
  });

  it('do repeat when the scenario says so', () => {
    const repeats = [1, 2, 3].some((seed) => [...asked(eager(true), seed, STRATEGIES.cultureFirst!)].some(([e, n]) => e !== 'postmortem' && n > 1));
    expect(repeats).toBe(true);
  });
});

describe('an event with one option', () => {
  it('is played by the engine itself when the turn ends, without an answer', () => {
    const config = quiet(journey, {});
    const s = createGame({ ...config, events: { ...config.events, scheduled: [{ turn: 1, event: 'launch-day' }] } }, 5);
    expect(s.pendingEvents.map((p) => p.event)).toEqual(['launch-day']);
    const { state, events } = advanceTurn(s);
    expect(state.pendingEvents.filter((p) => p.event === 'launch-day')).toEqual([]);
    const resolved = events.find((e: SimEvent) => e.type === 'eventResolved');
    expect(resolved?.params).toMatchObject({ event: 'launch-day', option: 'ok', byDefault: false });
    expect(events.some((e) => e.type === 'trafficSpike')).toBe(true);
  });
});

describe('a scheduled event with a warning', () => {
  const config = (warnTurns?: number): ScenarioConfig => {
    const q = quiet(journey, {});
    return { ...q, events: { ...q.events, scheduled: [{ turn: 6, event: 'regulator-audit', ...(warnTurns === undefined ? {} : { warnTurns }) }] } };
  };

  it('counts down from warnTurns ahead and is announced once, when the warning starts', () => {
    let s = createGame(config(3), 2);
    const countdown: number[][] = [];
    const announced: { turn: number; count: unknown }[] = [];
    while (s.turn < 6) {
      countdown.push(eventsAhead(s).map((a) => a.inTurns));
      const r = advanceTurn(s);
      for (const e of r.events) if (e.type === 'eventAhead') announced.push({ turn: r.state.turn + 1, count: e.params.count });
      s = r.state;
    }
    // Turns 1 … 6 as the player sees them: nothing, nothing, 3, 2, 1, then the event itself.
    expect(countdown).toEqual([[], [], [3], [2], [1], []]);
    expect(announced).toEqual([{ turn: 3, count: 3 }]);
  });

  it('is announced at the start when it is nearer than its warning', () => {
    const s = createGame({ ...config(10) }, 2);
    expect(eventsAhead(s)).toEqual([{ event: 'regulator-audit', turn: 6, inTurns: 5 }]);
  });

  it('comes as a surprise with warnTurns 0, or when an engine config leaves it out', () => {
    for (const c of [config(0), config(undefined)]) {
      let s = createGame(c, 2);
      for (let k = 0; k < 5; k++) {
        expect(eventsAhead(s)).toEqual([]);
        s = advanceTurn(s).state;
      }
    }
  });
});
