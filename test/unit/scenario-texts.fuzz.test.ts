// @vitest-environment happy-dom
// A scenario's texts are data. Generated locale texts full of i18next syntax ($t(…), {{…}}, texts
// that include each other), in scenario files whose numbers sit at the schema's bounds: the game must
// open each one, play a turn and draw the debrief, showing every text exactly as written.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { initI18n } from '../../src/i18n/index.ts';
import { TEXT_LIMITS } from '../../src/scenarios/text-limits.ts';
import { createGameStore } from '../../src/state/game.ts';
import { createSettingsStore } from '../../src/state/settings.ts';
import type { UiContext } from '../../src/ui/context.ts';
import { createScenarioSource } from '../../src/ui/scenario-source.ts';
import { renderBrief } from '../../src/ui/screens/brief.ts';
import { renderDebrief } from '../../src/ui/screens/debrief.ts';

beforeAll(() => {
  // happy-dom draws nothing: a 2D context that accepts every call is enough for the charts.
  const noop = () => {};
  const ctx2d = new Proxy({}, {
    get: (_t, name) => (name === 'measureText' ? () => ({ width: 10 }) : name === 'canvas' ? document.createElement('canvas') : noop),
    set: () => true,
  });
  HTMLCanvasElement.prototype.getContext = (() => ctx2d) as unknown as HTMLCanvasElement['getContext'];
  (globalThis as { Path2D?: unknown }).Path2D ??= class {
    constructor() { return new Proxy(this, { get: (t, name) => (name in t ? t[name as keyof typeof t] : noop) }); }
  };
  window.matchMedia ??= ((q: string) => ({ matches: false, media: q, addEventListener: noop, removeEventListener: noop })) as unknown as typeof window.matchMedia;
});

const KEYS = ['title', 'brief', 'systems.app', 'goals.ship', 'debrief.why', 'debrief.next', 'events.crisis.title', 'events.crisis.text', 'events.crisis.options.calm', 'steps.one'];

/** i18next's syntax and what once hurt: nesting, loops between texts, the game's own keys, placeholders. */
const fragment = fc.oneof(
  fc.constantFrom('$t(', '{{', '}}', '{{ns}}', '{{count}}', '$t(title)', '$t(brief)', '$t(debrief.why)', '$t(debrief.next)',
    '$t(title, {"x": "$t(brief)"})', '$t(translation:title.fileRejected, {"count": 3})', '$t(events.crisis.title)', '$t($t(title))',
    '{{- x}}', '{{x, number}}', ')', '(', ',', '"', '__proto__', '你好，世界', 'Setelah gangguan', ' '),
  fc.string({ maxLength: 12 }),
);
const text = (limit: number) => fc.tuple(fc.array(fragment, { minLength: 1, maxLength: 12 }), fc.boolean()).map(([parts, atLimit]) => {
  const joined = parts.join('').trim() || 'x';
  // Half of them exactly as long as the limit allows.
  return [...(atLimit ? joined.repeat(Math.ceil(limit / joined.length)) : joined)].slice(0, limit).join('');
});
const limitOf = (key: string) =>
  key === 'title' ? TEXT_LIMITS.title : key === 'brief' ? TEXT_LIMITS.brief : key.startsWith('systems') ? TEXT_LIMITS.systemName
    : key.startsWith('goals') ? TEXT_LIMITS.goal : key.startsWith('debrief') ? TEXT_LIMITS.debrief : key.endsWith('.title') ? TEXT_LIMITS.eventTitle
      : key.includes('options') ? TEXT_LIMITS.option : key.startsWith('steps') ? TEXT_LIMITS.step : TEXT_LIMITS.eventText;
const texts = fc.record(Object.fromEntries(KEYS.map((k) => [k, text(limitOf(k))])) as Record<string, fc.Arbitrary<string>>);

/** Each bounded number at one end of its range or the other. */
const ends = <T,>(low: T, high: T) => fc.constantFrom(low, high);
const numbers = fc.record({
  turns: ends(1, 200), turnDays: ends(1, 365), budget: ends(0, 1e10), developers: ends(1, 1000), testers: ends(0, 1000),
  nodes: ends(1, 2000), capacityPerNode: ends(1, 1e7), featuresPerTurn: ends(0, 1000), bugsPerTurn: ends(0, 1000),
  featureEffortHours: ends(1, 2000), backlogCap: ends(1, 10_000), users: ends(0, 1e8), requestsPerUserHour: ends(0, 100),
  techDebt: ends(0, 10_000), vulnerabilities: ends(0, 1000), spikeMultiplier: ends(1, 1000),
});

function files(t: Record<string, string>, n: Record<string, number>) {
  const scenario = {
    id: 'fuzzed', title: 'title', brief: 'brief', level: 'beginner', seed: 1, startYear: 2000, turns: n.turns, turnDays: n.turnDays,
    budget: n.budget, team: { developers: n.developers, testers: n.testers },
    systems: [
      { id: 'app', name: 'systems.app', kind: 'app', nodes: n.nodes, capacityPerNode: n.capacityPerNode, entryShare: 1, dependsOn: ['db'] },
      { id: 'db', kind: 'sql', nodes: n.nodes, capacityPerNode: n.capacityPerNode },
    ],
    work: { featuresPerTurn: n.featuresPerTurn, bugsPerTurn: n.bugsPerTurn, featureEffortHours: n.featureEffortHours, backlogCap: n.backlogCap },
    business: { users: n.users, requestsPerUserHour: n.requestsPerUserHour },
    traffic: { spikeChancePerTurn: 1, spikeMultiplier: [1, n.spikeMultiplier] },
    start: { techDebt: n.techDebt, vulnerabilities: n.vulnerabilities },
    events: { scheduled: [{ turn: 1, event: 'crisis' }], defined: [{ id: 'crisis', title: 'events.crisis.title', text: 'events.crisis.text', options: [{ id: 'calm', text: 'events.crisis.options.calm' }] }] },
    goals: [{ id: 'ship', text: 'goals.ship', metric: 'deployFrequency', atLeast: 0.1 }],
    debrief: ['debrief.why', 'debrief.next'],
    steps: [{ id: 'one', text: 'steps.one' }],
  };
  return [
    { path: 'fuzzed/scenario.yaml', text: stringify(scenario) },
    { path: 'fuzzed/locales/en.yaml', text: stringify(t) },
  ];
}

describe('scenario texts are shown exactly as written', () => {
  it('in generated scenarios at the bounds: they open, play a turn and draw their debrief', async () => {
    const i18n = await initI18n('en');
    const scenarios = createScenarioSource();
    const game = createGameStore((ref) => scenarios.get(ref)?.config ?? null, undefined);
    const ctx: UiContext = { i18n, game, settings: createSettingsStore(undefined), scenarios, announce: () => {}, mountBoard: async () => () => {} };
    const root = document.createElement('div');
    document.body.append(root);
    fc.assert(fc.property(texts, numbers, (t, n) => {
      const loaded = scenarios.loadFiles(files(t, n));
      if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
      const scenario = scenarios.get(loaded.ref)!;
      game.open(loaded.ref, scenario.config);
      renderBrief(root, ctx);
      expect(root.querySelector('h1')?.textContent).toBe(t.title);
      expect(root.querySelector('.goal-text')?.textContent).toBe(t['goals.ship']);
      game.begin();
      game.endTurn();
      game.showDebrief();
      const release = renderDebrief(root, ctx);
      expect(root.querySelector('.debrief-head .eyebrow')?.textContent).toBe(t.title);
      expect([...root.querySelectorAll('.questions li')].map((li) => li.textContent)).toEqual([t['debrief.why'], t['debrief.next']]);
      expect(root.querySelectorAll('.chart').length).toBeGreaterThan(0);
      release();
      game.quit();
    }), { numRuns: 8, seed: 18 });
  }, 120_000);
});
