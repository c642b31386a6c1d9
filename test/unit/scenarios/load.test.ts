import { describe, expect, it } from 'vitest';
import { readScenarioFiles, shippedScenarioDirs } from '../../../src/cli/scenario-files.ts';
import { formatError, loadScenario, textOf, type ScenarioFile } from '../../../src/scenarios/load.ts';
import type { ScenarioConfig } from '../../../src/sim/index.ts';

const MINIMAL = `id: demo
title: { en: Demo }
brief: { en: A short game. }
level: beginner
seed: 1
startYear: 2012
turns: 12
budget: 100000
team: { developers: 4 }
systems:
  - { id: web, kind: app, nodes: 1, dependsOn: [db] }
  - { id: db, kind: sql, nodes: 1 }
`;

const load = (scenario: string, locales: Record<string, string> = {}) =>
  loadScenario([
    { path: 'scenarios/demo/scenario.yaml', text: scenario },
    ...Object.entries(locales).map(([lang, text]): ScenarioFile => ({ path: `scenarios/demo/locales/${lang}.yaml`, text })),
  ]);

function messages(scenario: string, locales: Record<string, string> = {}): string[] {
  const r = load(scenario, locales);
  return r.ok ? r.warnings.map(formatError) : r.errors.map(formatError);
}

describe('loadScenario', () => {
  it('loads a minimal scenario into an engine config, defaults filled in', () => {
    const r = load(MINIMAL);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const config: ScenarioConfig = r.scenario.config;
    expect(config.policies.cadence).toEqual({ kind: 'interval', days: 180 });
    expect(config.systems[0].dependsOn).toEqual(['db']);
    expect(r.scenario.meta).toMatchObject({ title: '~title', level: 'beginner', turns: 12, languages: ['en'] });
    expect(textOf(r.scenario, 'zh', r.scenario.meta.title)).toBe('Demo');
  });

  it('reports every problem at once, with file, line, column and a suggestion', () => {
    const broken = MINIMAL.replace('level: beginner', 'level: beginer')
      .replace('turns: 12', 'turn: 12')
      .replace('dependsOn: [db]', 'dependsOn: [dbb]')
      .concat('practices:\n  offered: [contiuous-integration]\nevents:\n  scheduled:\n    - { turn: 3, event: hire-cronie }\n');
    expect(messages(broken)).toEqual([
      "scenarios/demo/scenario.yaml:1:1: 'turns' is missing; it is required here and should be a number",
      "scenarios/demo/scenario.yaml:4:8: 'level' cannot be the text \"beginer\"; did you mean 'beginner'?",
      "scenarios/demo/scenario.yaml:7:1: unknown field 'turn'; did you mean 'turns'?",
      "scenarios/demo/scenario.yaml:11:49: system 'web' depends on 'dbb', which is not a system of this scenario; did you mean 'db'?",
      "scenarios/demo/scenario.yaml:14:13: practice 'contiuous-integration' does not exist; did you mean 'continuous-integration'?",
      "scenarios/demo/scenario.yaml:17:25: event 'hire-cronie' does not exist: it is neither built in nor defined under events.defined; did you mean 'hire-crony'?",
    ]);
  });

  it('reports broken YAML by position, never with a stack trace', () => {
    const out = messages('id: demo\nsystems: [\n');
    expect(out.length).toBeGreaterThan(0);
    for (const m of out) {
      expect(m).toMatch(/^scenarios\/demo\/scenario\.yaml:\d+:\d+: YAML: /);
      expect(m).not.toMatch(/\n|at .*\.ts/);
    }
  });

  it('checks cross-references: cycles, duplicates, unreachable practices and goals, schedules', () => {
    const s = MINIMAL.replace('dependsOn: [db] }', 'dependsOn: [db] }\n  - { id: web, kind: app, nodes: 1 }')
      .replace('{ id: db, kind: sql, nodes: 1 }', '{ id: db, kind: sql, nodes: 1, dependsOn: [cache] }\n  - { id: cache, kind: cache, nodes: 1, dependsOn: [db] }')
      .concat(
        'maxEra: waterfall\npractices:\n  offered: [autoscaling]\n',
        'goals:\n  - { id: fast, text: { en: Fast }, metric: deployFrequency, atLeast: 2 }\n  - { id: avail, text: { en: Up }, metric: availability, atLeast: 99 }\n',
        'events:\n  scheduled:\n    - { turn: 30, event: launch-day }\n',
      );
    const out = messages(s).join('\n');
    expect(out).toContain("system id 'web' is used twice");
    expect(out).toMatch(/systems depend on each other in a circle \((db → cache → db|cache → db → cache)\)/);
    expect(out).toContain("practice 'autoscaling' belongs to the devops era, which this scenario never reaches (maxEra is waterfall)");
    expect(out).toContain("goal 'fast' can never be met: without continuous delivery the shortest release interval is 90 days");
    expect(out).toContain("goal 'avail' can never be met: availability is a share between 0 and 1");
    expect(out).toContain("warning: event 'launch-day' is scheduled for turn 30, but the game ends after 12 turns");
  });

  it('finds practices whose prerequisites can never be met', () => {
    const s = MINIMAL.concat('era: devops\npractices:\n  offered: [autoscaling, containerization, continuous-integration]\n');
    expect(messages(s).join('\n')).toContain("practice 'autoscaling' can never be adopted: it needs 'infrastructure-as-code', which cannot be had in this scenario");
  });

  it('needs every text key in every locale file, and warns about unused keys', () => {
    const s = MINIMAL.replace('title: { en: Demo }', 'title: title').replace('brief: { en: A short game. }', 'brief: brief');
    const out = messages(s, { en: 'title: Demo\nbrief: Short\nspare: Unused\n', zh: 'title: 演示\n' });
    expect(out).toContain("scenarios/demo/scenario.yaml:3:8: text key 'brief' is missing from scenarios/demo/locales/zh.yaml (a missing translation)");
    expect(out).toContain("scenarios/demo/locales/en.yaml:3:1: warning: text key 'spare' is not used by the scenario");
    // Built-in events must have texts in every language a scenario offers.
    const withEvent = s.concat('events:\n  scheduled:\n    - { turn: 2, event: hire-crony }\n');
    expect(messages(withEvent, { en: 'title: Demo\nbrief: Short\n', fr: 'title: Démo\nbrief: Court\n' }).join('\n')).toContain(
      "text key 'events.hire-crony.title' is missing from scenarios/demo/locales/fr.yaml",
    );
  });

  it('requires the id to match the folder', () => {
    expect(messages(MINIMAL.replace('id: demo', 'id: other'))).toContain(
      "scenarios/demo/scenario.yaml:1:5: the id 'other' differs from the folder name 'demo'; they must be the same",
    );
  });

  it('keeps HTML and script in texts as they are: text, to be shown as text', () => {
    const r = load(MINIMAL.replace('title: { en: Demo }', 'title: title'), { en: 'title: "<script>alert(1)</script> & <b>bold</b>"\n' });
    expect(r.ok).toBe(true);
    if (r.ok) expect(textOf(r.scenario, 'en', 'title')).toBe('<script>alert(1)</script> & <b>bold</b>');
  });

  it('never throws on inputs that are not scenarios', () => {
    for (const text of ['', '42', '- a\n- b', 'null', '"just text"', 'a: &a [*a]', '{'.repeat(500)]) {
      const r = load(text);
      expect(r.ok).toBe(false);
    }
    expect(loadScenario([]).ok).toBe(false);
    expect(loadScenario([{ path: 'locales/en.yaml', text: 'a: b' }]).ok).toBe(false);
  });

  it('loads every shipped scenario', () => {
    const dirs = shippedScenarioDirs();
    expect(dirs.length).toBeGreaterThanOrEqual(10);
    for (const dir of dirs) {
      const r = loadScenario(readScenarioFiles(dir));
      expect(r.ok ? [] : r.errors.map(formatError), dir).toEqual([]);
      if (r.ok) expect(r.warnings.map(formatError), dir).toEqual([]);
    }
  });

  it('has English, Chinese and Indonesian complete for the tutorial and Our DevOps journey', () => {
    for (const id of ['tutorial', 'our-devops-journey']) {
      const r = loadScenario(readScenarioFiles(`scenarios/${id}`));
      expect(r.ok && r.scenario.meta.languages, id).toEqual(['en', 'id', 'zh']);
    }
  });
});

describe('inline texts', () => {
  it('offer every language they are written in, and each must be complete', () => {
    const two = MINIMAL.replace('title: { en: Demo }', 'title: { en: Demo, id: Demo }');
    expect(messages(two)).toEqual([
      'scenarios/demo/scenario.yaml:3:8: this text has no id version (a missing translation); write it as id: "…" next to the others',
    ]);
    const r = load(two.replace('brief: { en: A short game. }', 'brief: { en: A short game., id: Permainan singkat. }'));
    expect(r.ok && r.scenario.meta.languages).toEqual(['en', 'id']);
  });
});
