// A talk's step may hold a decision for the audience: the schema and the cross-checks say clearly
// what is wrong with one, and the loaded step carries its texts as keys like every other text.
import { describe, expect, it } from 'vitest';
import { loadScenario, textOf, type ScenarioFile } from '../../../src/scenarios/load.ts';
import { runSteps } from '../../../src/scenarios/steps.ts';
import { TEXT_LIMITS } from '../../../src/scenarios/text-limits.ts';

const head = `id: room
title: title
brief: brief
level: beginner
mode: talk
seed: 1
startYear: 2000
era: agile
turns: 6
budget: 1000000
team: { developers: 6 }
systems: [{ id: app, kind: app, nodes: 1 }]
practices: { offered: [continuous-integration] }
debrief: [debrief.why]
`;
const en = `title: A talk
brief: A brief
debrief: { why: Why? }
steps: { ask: Ask the room, after: The outcome }
vote: { question: What next?, ci: Integrate, hire: Hire }
`;
const steps = (vote: string, after = '  - { id: after, text: steps.after, advance: 2 }\n') =>
  `steps:\n  - id: ask\n    text: steps.ask\n    advance: 1\n    vote:\n${vote}${after}`;
const good = `      question: vote.question
      options:
        - { id: ci, label: vote.ci, do: [{ adopt: continuous-integration }] }
        - { id: hire, label: vote.hire, do: [{ hire: { role: developer, count: 2 } }] }
`;
const load = (scenario: string, locale = en) =>
  loadScenario([{ path: 'room/scenario.yaml', text: scenario }, { path: 'room/locales/en.yaml', text: locale }] satisfies ScenarioFile[]);
const messages = (r: ReturnType<typeof loadScenario>) => (r.ok ? r.warnings : r.errors).map((e) => `${e.file}:${e.line}: ${e.message}`);

describe('a step that holds a vote', () => {
  it('loads with its question and options as text keys, the first option the default', () => {
    const r = load(head + steps(good));
    expect(messages(r)).toEqual([]);
    if (!r.ok) return;
    const vote = r.scenario.steps[0].vote!;
    expect(textOf(r.scenario, 'en', vote.question)).toBe('What next?');
    expect(vote.options.map((o) => [o.id, textOf(r.scenario, 'en', o.label)])).toEqual([['ci', 'Integrate'], ['hire', 'Hire']]);
    expect(vote.options[1].do).toEqual([{ type: 'hire', role: 'developer', count: 2 }]);
    expect(runSteps(r.scenario).state.team.developers).toBe(runSteps(r.scenario, 2, 1, { ask: 'ci' }).state.team.developers);
    expect(runSteps(r.scenario, 2, 1, { ask: 'hire' }).refused).toEqual([]);
    expect(runSteps(r.scenario, 2, 1, { ask: 'hire' }).state.team.developers).toBe(runSteps(r.scenario).state.team.developers + 2);
  });

  it('refuses a vote with one option, naming the line', () => {
    const r = load(head + steps(`      question: vote.question
      options:
        - { id: ci, label: vote.ci, do: [{ adopt: continuous-integration }] }
`));
    expect(r.ok).toBe(false);
    expect(messages(r).join('\n')).toMatch(/room\/scenario\.yaml:\d+: .*(at least 2|too small|2 items)/i);
  });

  it('refuses two options with one id, an option that moves nothing, and a move the scenario does not offer', () => {
    const twice = load(head + steps(good.replace('id: hire', 'id: ci')));
    expect(messages(twice).join('\n')).toContain("option id 'ci' is used twice (first at item 1); ids must be unique");
    const empty = load(head + steps(good.replace('do: [{ adopt: continuous-integration }]', 'do: []')));
    expect(empty.ok).toBe(false);
    const foreign = load(head + steps(good.replace('adopt: continuous-integration', 'adopt: automated-testing')));
    expect(messages(foreign).join('\n')).toMatch(/room\/scenario\.yaml:\d+: practice 'automated-testing' is not offered in this scenario/);
  });

  it('refuses a vote on the last step, whose answer would never be played', () => {
    const r = load(head + steps(good, ''), en.replace(', after: The outcome', ''));
    expect(messages(r).join('\n')).toContain("step 'ask' is the last step, so its vote would never be played; add a step after it that shows the outcome");
  });

  it('refuses a missing text and an option label too long for a phone', () => {
    const missing = load(head + steps(good), en.replace(', hire: Hire', ''));
    expect(missing.ok).toBe(false);
    expect(messages(missing).join('\n')).toContain('vote.hire');
    const long = load(head + steps(good), en.replace('hire: Hire', `hire: ${'x'.repeat(TEXT_LIMITS.voteOption + 1)}`));
    expect(messages(long).join('\n')).toContain(`a vote's option may have at most ${TEXT_LIMITS.voteOption}`);
  });
});
