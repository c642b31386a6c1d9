import { describe, expect, it } from 'vitest';
import { loadScenario, textOf, type ScenarioFile } from '../../../src/scenarios/load.ts';
import { scenarioJsonSchema } from '../../../src/scenarios/reference.ts';
import { checkReferences } from '../../../src/scenarios/references.ts';
import { scenarioSchema } from '../../../src/scenarios/schema.ts';
import { suggestionBudget } from '../../../src/scenarios/suggest.ts';
import { TEXT_LIMITS } from '../../../src/scenarios/text-limits.ts';
import { parseYaml } from '../../../src/scenarios/yaml-source.ts';

const base = `id: hard
title: title
brief: brief
level: beginner
seed: 1
startYear: 2000
turns: 3
budget: 100000
team: { developers: 3 }
systems: [{ id: app, kind: app, nodes: 1 }]
debrief: [debrief.why]
`;
const load = (scenario: string, en: string): ReturnType<typeof loadScenario> =>
  loadScenario([{ path: 'hard/scenario.yaml', text: scenario }, { path: 'hard/locales/en.yaml', text: en }] satisfies ScenarioFile[]);
const messages = (r: ReturnType<typeof loadScenario>) => (r.ok ? r.warnings : r.errors).map((e) => `${e.file}:${e.line}: ${e.message}`);

describe('scenario texts are data', () => {
  it('keeps i18next syntax as written and warns about it', () => {
    const nesting = '$t(debrief.why) {{ns}} $t(translation:title.fileRejected, {"count": 3})';
    const r = load(base, `title: "${nesting.replace(/"/g, '\\"')}"\nbrief: "$t(title)"\ndebrief:\n  why: "$t(brief) }}"\n`);
    expect(messages(r).filter((m) => !m.includes('shown exactly as written'))).toEqual([]);
    if (!r.ok) return;
    expect(textOf(r.scenario, 'en', r.scenario.meta.title)).toBe(nesting);
    expect(textOf(r.scenario, 'en', r.scenario.meta.brief)).toBe('$t(title)');
    expect(messages(r).filter((m) => m.includes('shown exactly as written'))).toHaveLength(3);
  });

  it('refuses a text longer than its place on screen, naming file, line, language and limit', () => {
    const r = load(base, `title: "${'x'.repeat(TEXT_LIMITS.title + 1)}"\nbrief: ok\ndebrief: { why: ok }\n`);
    expect(r.ok).toBe(false);
    expect(messages(r)).toContain(`hard/locales/en.yaml:1: this en text is ${TEXT_LIMITS.title + 1} characters long; a title may have at most ${TEXT_LIMITS.title}, to fit on screen`);
  });

  it('counts a Chinese character as one', () => {
    const r = loadScenario([
      { path: 'hard/scenario.yaml', text: base },
      { path: 'hard/locales/en.yaml', text: 'title: t\nbrief: b\ndebrief: { why: w }\n' },
      { path: 'hard/locales/zh.yaml', text: `title: "${'发'.repeat(TEXT_LIMITS.title)}"\nbrief: 简\ndebrief: { why: 问 }\n` },
    ]);
    expect(r.ok).toBe(true);
  });

  it('reads "__proto__" and "constructor" as keys like any other', () => {
    const r = load(base.replace('title: title', 'title: __proto__').replace('brief: brief', 'brief: constructor'), '__proto__: The title\nconstructor: The brief\ndebrief: { why: w }\n');
    expect(messages(r)).toEqual([]);
    if (r.ok) expect(textOf(r.scenario, 'en', '__proto__')).toBe('The title');
  });
});

describe('bounds', () => {
  it('refuse numbers no company has, in plain words', () => {
    const r = load(base.replace('budget: 100000', 'budget: 999999999999').replace('developers: 3', 'developers: 5000') + 'work: { featuresPerTurn: 100000000 }\n', 'title: t\nbrief: b\ndebrief: { why: w }\n');
    expect(messages(r)).toEqual(expect.arrayContaining([
      "hard/scenario.yaml:8: 'budget' should be at most 10,000,000,000, not the number 999999999999",
      "hard/scenario.yaml:9: 'developers' should be at most 1000, not the number 5000",
      "hard/scenario.yaml:12: 'featuresPerTurn' should be at most 1000, not the number 100000000",
    ]));
  });

  it('cover every number, list and text key of the schema', () => {
    const unbounded: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      const type = n.type;
      if ((type === 'number' || type === 'integer') && (n.maximum === undefined || n.minimum === undefined) && n.const === undefined) unbounded.push(path);
      if (type === 'array' && n.maxItems === undefined && n.prefixItems === undefined) unbounded.push(path);
      for (const [k, v] of Object.entries(n)) walk(v, `${path}.${k}`);
    };
    walk(scenarioJsonSchema(), '$');
    expect(unbounded).toEqual([]);
  });
});

describe('deep YAML', () => {
  for (const [name, text] of [['flow lists', `a: ${'['.repeat(5000)}${']'.repeat(5000)}`], ['flow maps', `a: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}`], ['block maps', Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}a:`).join('\n') + ' 1']] as const) {
    it(`nested ${name} get a plain message, not a stack overflow`, () => {
      const source = parseYaml('deep/scenario.yaml', text);
      expect(source.errors.length).toBeGreaterThan(0);
      for (const e of source.errors) expect(e.message).not.toMatch(/call stack/i);
      if (name !== 'block maps') expect(source.errors[0].message).toMatch(/nested too deeply/);
    });
  }
});

describe('"did you mean"', () => {
  it('stops suggesting after a fixed amount of comparing, so a check stays linear', () => {
    const known = Array.from({ length: 1000 }, (_, i) => `event-${i}`);
    const suggest = suggestionBudget(5000);
    const hints = Array.from({ length: 50 }, (_, i) => suggest(`evnt-${i}`, known));
    expect(hints.slice(0, 5).every((h) => h.startsWith('; did you mean'))).toBe(true);
    expect(hints.slice(5).every((h) => h === '')).toBe(true);
  });

  it('reports every unknown id of a large file, each once', () => {
    const text = `${base}events:\n  scheduled:\n${Array.from({ length: 400 }, (_, i) => `    - { turn: 1, event: unknown-${i} }`).join('\n')}\n`;
    const source = parseYaml('hard/scenario.yaml', text);
    const errors = checkReferences(scenarioSchema.parse(source.data), source).filter((e) => e.message.startsWith("event 'unknown-"));
    expect(errors).toHaveLength(400);
  });
});
