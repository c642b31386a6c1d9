import { describe, expect, it, vi } from 'vitest';
import { allowedOrigins } from '../../src/embed/origins.ts';
import { stateAt } from '../../src/embed/companion.ts';
import { doraSnapshot } from '../../src/embed/metrics.ts';
import { eventSchema, readInbound } from '../../src/embed/protocol.ts';
import { createStepper } from '../../src/embed/stepper.ts';
import { parseEmbedParams } from '../../src/embed/url.ts';
import { loadBuiltinScenario } from '../../src/scenarios/builtin.ts';
import { runSteps, stepIndex } from '../../src/scenarios/steps.ts';
import { hashState, summarize } from '../../src/sim/index.ts';
import { createGameStore } from '../../src/state/game.ts';
import { recentWindow } from '../../src/state/recent-window.ts';

const talk = (() => {
  const r = loadBuiltinScenario('talk');
  if (!r.ok) throw new Error('the talk scenario does not load');
  return r.scenario;
})();

describe('deep links', () => {
  it('reads a full link', () => {
    expect(parseEmbedParams('?scenario=talk&step=3&seed=42&lang=en&mode=present&theme=projector&origins=https://a.example,http://localhost:8000&interval=2.5&autoplay=1&forwardKeys=0', () => {})).toEqual({
      scenario: 'talk', step: 3, seed: 42, lang: 'en', mode: 'present', theme: 'projector',
      origins: ['https://a.example', 'http://localhost:8000'], interval: 2.5, autoplay: true, forwardKeys: false,
    });
    expect(parseEmbedParams('?step=deliver', () => {}).step).toBe('deliver');
  });

  it('drops each bad or unknown parameter with a warning and keeps the rest', () => {
    const warn = vi.fn();
    const p = parseEmbedParams('?scenario=talk&step=<b>x</b>&seed=-1&lang=fr&mode=admin&theme=dark&origins=javascript:alert(1)&interval=0&x=1', warn);
    // The bad origin leaves an empty list, which lets nobody in: a typo never opens the game to every page.
    expect(p).toEqual({ scenario: 'talk', mode: 'play', origins: [], autoplay: false });
    expect(warn).toHaveBeenCalledTimes(8);
    expect(parseEmbedParams('?scenario=talk', () => {}).origins).toBeUndefined();
  });
});

describe('messages', () => {
  it('accepts commands as objects and as JSON text, and reveal in both forms', () => {
    expect(readInbound({ namespace: 'devops-journey', type: 'goto', step: 2 })).toEqual({ kind: 'command', command: { namespace: 'devops-journey', type: 'goto', step: 2 } });
    expect(readInbound('{"namespace":"devops-journey","type":"play","interval":3}')?.kind).toBe('command');
    expect(readInbound('slide:start')).toEqual({ kind: 'reveal', event: 'slide:start' });
    expect(readInbound('{"namespace":"reveal","eventName":"slide:stop"}')).toEqual({ kind: 'reveal', event: 'slide:stop' });
  });

  it('ignores anything else without throwing', () => {
    for (const junk of [undefined, null, 7, '', '{', 'next', [], { type: 'next' }, { namespace: 'devops-journey', type: 'next', more: 1 },
      { namespace: 'devops-journey', type: 'goto', step: -1 }, { namespace: 'devops-journey', type: 'goto', step: 'A B' },
      { namespace: 'devops-journey', type: 'setLanguage', lang: 'de' }, { namespace: 'reveal', eventName: 'ready' }, 'x'.repeat(20_000)]) {
      expect(readInbound(junk)).toBeNull();
    }
  });

  it('lets a URL narrow the build allow-list but never widen it', () => {
    expect(allowedOrigins(undefined, undefined)).toBe('any');
    expect(allowedOrigins(undefined, [])).toEqual([]);
    expect(allowedOrigins([], undefined)).toEqual([]);
    expect(allowedOrigins(undefined, ['https://a.example'])).toEqual(['https://a.example']);
    expect(allowedOrigins(['https://a.example', 'https://b.example'], ['https://b.example'])).toEqual(['https://b.example']);
    expect(allowedOrigins(['https://a.example'], ['https://evil.example'])).toEqual(['https://a.example']);
  });
});

describe('stepping a talk', () => {
  it('shows at step n exactly what runSteps plays, whichever way it got there', () => {
    const game = createGameStore(() => talk.config, undefined);
    const stepper = createStepper(game, talk, { kind: 'builtin', id: 'talk' }, 42);
    const hash = () => hashState(game.getState().session!.state);
    stepper.goto(3);
    expect(hash()).toBe(hashState(runSteps(talk, 3, 42).state));
    expect(hash()).toBe(hashState(stateAt(talk, 3, 42)));
    const atThree = hash();
    stepper.next();
    expect(stepper.view()).toMatchObject({ step: 4, id: 'deliver' });
    expect(hash()).toBe(hashState(runSteps(talk, 4, 42).state));
    stepper.prev();
    expect(hash()).toBe(atThree);
    stepper.goto('outcome');
    expect(stepper.view()).toMatchObject({ step: 7, steps: 7 });
    stepper.next();
    expect(stepper.view().step).toBe(7);
  });

  it('plays the option chosen at a vote as the talk steps on, and the same choices give the same picture by any road', () => {
    const decide = stepIndex(talk, 'decide');
    const vote = talk.steps[decide].vote!;
    expect(vote.options.map((o) => o.id)).toEqual(['pay-debt', 'hire', 'features']);
    const game = createGameStore(() => talk.config, undefined);
    const stepper = createStepper(game, talk, { kind: 'builtin', id: 'talk' }, 42);
    const hash = () => hashState(game.getState().session!.state);
    stepper.goto('decide');
    const onVote = hash();
    // Choosing while the vote's own step is on screen changes nothing yet: the room sees the question.
    expect(stepper.choose('decide', 'hire')).toBe(true);
    expect(hash()).toBe(onVote);
    expect(stepper.view().choices).toEqual({ decide: 'hire' });
    stepper.next();
    const hired = hash();
    expect(hired).toBe(hashState(runSteps(talk, decide + 2, 42, { decide: 'hire' }).state));
    expect(game.getState().session!.state.team.developers).toBeGreaterThan(runSteps(talk, decide + 2, 42).state.team.developers);
    // Back and forth is a replay with the same choice.
    stepper.prev();
    stepper.next();
    expect(hash()).toBe(hired);
    // A stepper opened by a link with the choice shows the same picture.
    const linked = createGameStore(() => talk.config, undefined);
    createStepper(linked, talk, { kind: 'builtin', id: 'talk' }, 42, { decide: 'hire' }).goto('outcome');
    expect(hashState(linked.getState().session!.state)).toBe(hired);
    // Each option leads somewhere else; without a vote the first option is played.
    const outcomes = vote.options.map((o) => hashState(runSteps(talk, decide + 2, 42, { decide: o.id }).state));
    expect(new Set(outcomes).size).toBe(vote.options.length);
    expect(hashState(runSteps(talk, decide + 2, 42).state)).toBe(outcomes[0]);
    // Changing the choice later replays the steps after it.
    stepper.choose('decide', 'features');
    expect(hash()).toBe(outcomes[2]);
  });

  it('drops a choice that names no vote or no option of it', () => {
    const game = createGameStore(() => talk.config, undefined);
    const stepper = createStepper(game, talk, { kind: 'builtin', id: 'talk' }, 42, { decide: 'nope', flow: 'hire' });
    expect(stepper.view().choices).toEqual({});
    expect(stepper.choose('decide', 'win')).toBe(false);
    expect(stepper.choose('baseline', 'hire')).toBe(false);
    expect(parseEmbedParams('?choices=decide:hire', () => {}).choices).toEqual({ decide: 'hire' });
    const warnings: string[] = [];
    expect(parseEmbedParams('?choices=decide', (w) => warnings.push(w)).choices).toBeUndefined();
    expect(warnings).toHaveLength(1);
  });

  it('reports the facts of the step just played, and a seed changes them', () => {
    const run = (seed: number) => {
      const game = createGameStore(() => talk.config, undefined);
      const stepper = createStepper(game, talk, { kind: 'builtin', id: 'talk' }, seed);
      stepper.goto(1);
      return stepper.view().events;
    };
    const events = run(42);
    expect(events.some((e) => e.type === 'turnEnded')).toBe(true);
    expect(new Set(events.map((e) => e.turn)).size).toBe(talk.steps[0].advance);
    expect(run(42)).toEqual(events);
    expect(run(7)).not.toEqual(events);
  });

  it('tells hosts the numbers the dashboard shows, in the shape the protocol promises', () => {
    const state = stateAt(talk, 2, 42);
    const snap = doraSnapshot(state)!;
    const [from, to] = recentWindow(state);
    const summary = summarize(state, from, to);
    expect(snap.dora.leadTime).toEqual({ value: summary.leadTimeMedian, band: summary.bands.leadTime });
    expect(snap.windowDays).toBe((to - from) * state.scenario.turnDays);
    expect(eventSchema.safeParse({ namespace: 'devops-journey', type: 'metrics', turn: state.turn, ...snap }).success).toBe(true);
    expect(doraSnapshot(stateAt(talk, 0, 42))).toBeNull();
  });
});
