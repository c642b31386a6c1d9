// The messages a trainer found wanting (issue 17), each in plain words with the fix.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatError, loadScenario, type ScenarioError } from '../../../src/scenarios/load.ts';

const dir = 'test/unit/scenarios/fixtures/first-pipeline';
const scenario = readFileSync(`${dir}/scenario.yaml`, 'utf8');
const en = readFileSync(`${dir}/locales/en.yaml`, 'utf8');

function errors(text: string, locales = true): ScenarioError[] {
  const files = [{ path: 'first-pipeline/scenario.yaml', text }, ...(locales ? [{ path: 'first-pipeline/locales/en.yaml', text: en }] : [])];
  const result = loadScenario(files);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

const edit = (from: string, to: string) => {
  expect(scenario).toContain(from);
  return scenario.replace(from, to);
};

describe('messages about a scenario, in plain words with the fix', () => {
  it('a line indented one space too little is one message at that line, saying how to line it up, never "appears twice"', () => {
    const found = errors(edit('team: { developers: 6, testers: 1, operations: 1, salaryPerTurn: 4000 }', 'team:\n  developers: 6\n testers: 1\n  operations: 1\n  salaryPerTurn: 4000'));
    expect(found.map(formatError)).toEqual([
      'first-pipeline/scenario.yaml:14:2: YAML: this line is indented by 1 space, but the line above by 2; line it up with the lines of its block (YAML reads the indentation as structure)',
    ]);
  });

  it('a line indented under a field that already has a value says so, at that line', () => {
    const found = errors(edit('policies:\n  cadence: 28', 'policies:\n  cadence: 28\n    approval: cab'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 24, column: 5 });
    expect(found[0]!.message).toContain('further than the line above (2), which already has a value; line it up with the line above');
  });

  it('a key written twice is named, with the other likely cause: a line that belongs to the block above', () => {
    const found = errors(edit('policies:\n  cadence: 28', 'policies:\n  cadence: 28\nturns: 3'));
    expect(found.map(formatError)).toEqual([
      "first-pipeline/scenario.yaml:24:1: YAML: 'turns' appears twice in the same block; keep one. If this line belongs to the block above, indent it like that block's lines",
    ]);
  });

  it('a tab used for indentation says to use spaces', () => {
    const found = errors(edit('policies:\n  cadence: 28', 'policies:\n\tcadence: 28'));
    expect(found[0]!.message).toBe('YAML: a tab indents this line, and YAML allows only spaces; replace the tab with spaces');
  });

  it('a missing metric says it is missing, with an example and where the names are', () => {
    const found = errors(edit('metric: changeFailureRate, ', ''));
    expect(found.map(formatError)).toEqual([
      `first-pipeline/scenario.yaml:42:5: 'metric' is missing; add it here, like "metric: deploys" (docs/catalog.md lists every name)`,
    ]);
  });

  it('two fields in one effect say to split them into two items', () => {
    const found = errors(edit('{ morale: -0.05 }', '{ morale: -0.05, culture: -3 }'));
    expect(found.map((e) => e.message)).toEqual([
      "each item of 'effects' holds exactly one field, and this one has 2: 'morale', 'culture'; split it into 2 items, like { morale: … }, { culture: … }",
    ]);
  });

  it('two fields in one move say the same', () => {
    const found = errors(edit('do: [{ adopt: continuous-integration }', 'do: [{ adopt: continuous-integration, cadence: 14 }'));
    expect(found.map((e) => e.message)).toEqual([
      "each item of 'do' holds exactly one field, and this one has 2: 'adopt', 'cadence'; split it into 2 items, like { adopt: … }, { cadence: … }",
    ]);
  });

  it('a scenario loaded without its locale files gives one line naming the missing file', () => {
    const found = errors(scenario, false);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/^first-pipeline\/locales\/en\.yaml is missing: the scenario's texts \('title', 'brief', 'systems\.shop' and \d+ more\) are keys that live in it; load it together with scenario\.yaml/);
  });
});
