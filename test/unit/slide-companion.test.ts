import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Bridge, Controller } from '../../src/embed/bridge.ts';
import { connectCompanion, stateAt } from '../../src/embed/companion.ts';
import { clickerKey } from '../../src/embed/keys.ts';
import { eventSchema, readInbound, type Command, type OutPayload } from '../../src/embed/protocol.ts';
import { createStepper, resolveStep } from '../../src/embed/stepper.ts';
import { parseEmbedParams } from '../../src/embed/url.ts';
import { loadBuiltinScenario } from '../../src/scenarios/builtin.ts';
import { boardLayout } from '../../src/scenes/layout.ts';
import { guardGraphics } from '../../src/scenes/safe-graphics.ts';
import { createGameStore } from '../../src/state/game.ts';
import { createSettingsStore } from '../../src/state/settings.ts';

const talk = (() => {
  const r = loadBuiltinScenario('talk');
  if (!r.ok) throw new Error('the talk scenario does not load');
  return r.scenario;
})();

/** A host that queued `early` before the game was ready, and records what the game tells it. */
function connect(early: Command[] = []) {
  const posts: OutPayload[] = [];
  let controller: Controller | null = null;
  const bridge: Bridge = {
    attach(c) { controller = c; early.forEach((m) => c.run(m)); },
    post(e) { posts.push(e); },
  };
  const game = createGameStore(() => talk.config, undefined);
  const stepper = createStepper(game, talk, { kind: 'builtin', id: 'talk' }, 42);
  stepper.goto(1);
  connectCompanion({
    bridge, stepper, settings: createSettingsStore(undefined), mode: 'present', language: () => 'en', autoplay: false,
    notes: (v) => ({ step: v.step, id: v.id, lang: 'en', text: `text ${v.step}`, lookAt: null, figures: [] }),
  });
  const run = (type: Command['type'], extra: object = {}) => controller!.run({ namespace: 'devops-journey', type, ...extra } as Command);
  return { posts, run, slide: (e: 'slide:start' | 'slide:stop') => controller!.slide(e), stepper };
}

const cmd = (type: string, extra: object = {}) => ({ namespace: 'devops-journey', type, ...extra }) as Command;

afterEach(() => vi.useRealTimers());

describe('the slide companion', () => {
  it('says ready before anything a queued command caused, then the notes', () => {
    const { posts } = connect([cmd('next')]);
    expect(posts.map((p) => p.type).slice(0, 3)).toEqual(['ready', 'notes', 'step']);
    for (const p of posts) expect(eventSchema.safeParse({ namespace: 'devops-journey', ...p }).success, p.type).toBe(true);
  });

  it('counts turns as the screen does: an incident in the sixth turn is turn 6, and step 1 ends after turn 6', () => {
    const { posts, run } = connect();
    run('goto', { step: 0 });
    run('next');
    const step = posts.find((p) => p.type === 'step' && p.step === 1)!;
    expect(step).toMatchObject({ turn: talk.steps[0].advance });
    const incidents = posts.filter((p) => p.type === 'incident');
    for (const i of incidents) expect(i.turn).toBeGreaterThanOrEqual(1);
    for (const i of incidents) expect(i.turn).toBeLessThanOrEqual(talk.steps[0].advance);
    expect(posts.find((p) => p.type === 'metrics')).toMatchObject({ turn: talk.steps[0].advance });
  });

  it('resumes at the chosen speed after slide:stop and slide:start, and reset goes back to the start', () => {
    vi.useFakeTimers();
    const { posts, run, slide, stepper } = connect();
    run('play', { interval: 1 });
    slide('slide:stop');
    expect(stepper.view().playing).toBe(false);
    slide('slide:start');
    run('getState');
    expect(posts.at(-1)).toMatchObject({ type: 'state', playing: true, interval: 1 });
    vi.advanceTimersByTime(1000);
    expect(stepper.view().step).toBe(2);
    run('reset');
    expect(stepper.view()).toMatchObject({ step: 0, playing: false, turn: 0 });
    slide('slide:start');
    expect(stepper.view().playing).toBe(false);
    expect(posts.filter((p) => p.type === 'notes').at(-1)).toMatchObject({ step: 0, text: 'text 0' });
  });
});

describe('commands and keys', () => {
  it('reads reset, and a goto with the step as text', () => {
    expect(readInbound(cmd('reset'))?.kind).toBe('command');
    expect(resolveStep(talk, '3')).toBe(3);
    expect(resolveStep(talk, 'test')).toBe(3);
    expect(resolveStep(talk, 4)).toBe(4);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(resolveStep(talk, 'nope')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"nope"'));
    warn.mockRestore();
  });

  it('knows the clicker keys, letters in either case, and nothing with a modifier', () => {
    const key = (k: string, mod = false) => clickerKey({ key: k, ctrlKey: mod, metaKey: false, altKey: false });
    expect(['PageDown', 'PageUp', 'ArrowRight', 'ArrowLeft', ' ', 'b', 'B', '.', 'Escape', 'f', 'F'].map((k) => key(k)))
      .toEqual(['PageDown', 'PageUp', 'ArrowRight', 'ArrowLeft', ' ', 'b', 'b', '.', 'Escape', 'f', 'f']);
    expect(key('n')).toBeNull();
    expect(key('PageDown', true)).toBeNull();
  });

  it('reads controls=0 from a link', () => {
    expect(parseEmbedParams('?controls=0', () => {}).controls).toBe(false);
    expect(parseEmbedParams('?scenario=talk', () => {}).controls).toBeUndefined();
  });

  it('builds a poster state for every position', () => {
    expect(stateAt(talk, talk.steps.length, 42).turn).toBe(talk.steps.reduce((n, s) => n + s.advance, 0));
  });
});

describe('board geometry', () => {
  it('lays out any canvas, however small, with no negative size', () => {
    for (const [w, h] of [[2, 2], [151, 81], [229, 131], [320, 180], [410, 266], [1920, 1080], [390, 400]]) {
      for (const ratio of [1, 2]) {
        const l = boardLayout(w * ratio, h * ratio, { ratio, minFont: 14 });
        for (const r of [l.pipeline, l.systems, l.teams]) {
          expect(r.x).toBeGreaterThanOrEqual(0);
          expect(r.y).toBeGreaterThanOrEqual(0);
          expect(r.w).toBeGreaterThanOrEqual(0);
          expect(r.h).toBeGreaterThanOrEqual(0);
          expect(r.x + r.w).toBeLessThanOrEqual(w * ratio);
          expect(r.y + r.h).toBeLessThanOrEqual(h * ratio);
        }
        expect(l.font(1)).toBeGreaterThanOrEqual(14 * ratio);
      }
    }
    expect(boardLayout(410, 266).portrait).toBe(false);
    expect(boardLayout(390, 405).portrait).toBe(true);
  });

  it('never hands the canvas a circle of negative radius or a rectangle of negative size', () => {
    const calls: string[] = [];
    const record = (name: string) => function (this: unknown) { calls.push(name); return this; };
    const fake = Object.fromEntries(['arc', 'fillRect', 'strokeRect', 'fillRoundedRect', 'strokeRoundedRect', 'fillTriangle', 'strokeTriangle', 'lineBetween']
      .map((n) => [n, record(n)]));
    const g = guardGraphics(fake as never) as unknown as Record<string, (...a: unknown[]) => unknown>;
    g.arc(0, 0, -1.4988, 0, Math.PI);
    g.arc(0, 0, Number.NaN, 0, Math.PI);
    g.fillRect(0, 0, -3, 5);
    g.fillRoundedRect(0, 0, 10, -1, 4);
    g.lineBetween(0, 0, Number.POSITIVE_INFINITY, 1);
    expect(calls).toEqual([]);
    g.arc(0, 0, 3, 0, Math.PI);
    g.fillRoundedRect(0, 0, 10, 4, 9);
    expect(calls).toEqual(['arc', 'fillRoundedRect']);
  });
});
