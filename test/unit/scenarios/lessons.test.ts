// Each shipped scenario teaches what its talk says, on a few pinned seeds (the balance CLI runs the
// same check over as many seeds as you like). Lessons live in the scenario files themselves.
import { describe, expect, it } from 'vitest';
import { readScenarioFiles, shippedScenarioDirs } from '../../../src/cli/scenario-files.ts';
import { balance } from '../../../src/scenarios/balance.ts';
import { loadScenario, type LoadedScenario } from '../../../src/scenarios/load.ts';
import { runSteps } from '../../../src/scenarios/steps.ts';
import { gameWon, goalResults } from '../../../src/scenarios/goals.ts';
import { runGame, STRATEGIES, summarize } from '../../../src/sim/index.ts';

const SEEDS = 12;

function scenario(dir: string): LoadedScenario {
  const r = loadScenario(readScenarioFiles(dir));
  if (!r.ok) throw new Error(`${dir} does not load`);
  return r.scenario;
}

const games = shippedScenarioDirs().map((dir) => scenario(dir)).filter((s) => s.meta.mode === 'game');

describe('the lessons of the talks hold', () => {
  it('every game scenario states at least one lesson', () => {
    expect(games.map((s) => s.id).sort()).toEqual([
      'beyond-devops', 'keep-it-simple', 'mooc-launch-day', 'our-devops-journey', 'security-at-devops-speed', 'snapdeal-iac',
      'toxic-culture', 'why-standards-matter',
    ]);
    for (const s of games) expect(s.lessons.length, s.id).toBeGreaterThan(0);
  });

  for (const s of games) {
    it(`${s.id}: ${s.lessons.map((l) => l.id).join(', ')}; winnable, and not by doing nothing`, () => {
      const report = balance(s, { seeds: SEEDS, seedStart: 1, only: ['doNothing', 'cultureFirst'] });
      for (const l of report.lessons) {
        expect(l.holds, `${l.id}: ${l.better} vs ${l.worse} on ${l.metric}, ${l.betterMedian} vs ${l.worseMedian}`).toBe(true);
      }
      const rate = (name: string) => report.strategies.find((r) => r.strategy === name)!.winRate;
      expect(rate('cultureFirst'), 'a good player can win').toBeGreaterThan(0);
      expect(rate('doNothing'), 'doing nothing should not win').toBe(0);
    });
  }
});

describe('talk and tutorial steps', () => {
  it('every step of the talk and the tutorial is a legal move', () => {
    for (const id of ['talk', 'tutorial']) {
      const s = scenario(`scenarios/${id}`);
      expect(runSteps(s).refused, id).toEqual([]);
      // Whatever the room votes for is legal too.
      for (const [i, step] of s.steps.entries()) {
        for (const o of step.vote?.options ?? []) expect(runSteps(s, i + 2, s.config.seed, { [step.id]: o.id }).refused, `${id} ${step.id}: ${o.id}`).toEqual([]);
      }
    }
  });

  it('the talk shows the flow of customer value: deploys up, lead time and failures down', () => {
    const s = scenario('scenarios/talk');
    const baseline = runSteps(s, 1).state;
    const end = runSteps(s).state;
    const before = summarize(baseline, 0, baseline.turn);
    const after = summarize(end, end.turn - s.steps[s.steps.length - 1].advance, end.turn);
    expect(after.deployFrequency).toBeGreaterThan(10 * before.deployFrequency);
    expect(after.leadTimeMean).toBeLessThan(before.leadTimeMean / 10);
    expect(after.changeFailureRate).toBeLessThan(before.changeFailureRate);
    // The same seed gives the same talk every time.
    expect(runSteps(s).state.history).toEqual(end.history);
  });
});

describe('goal results for the debrief', () => {
  it('agree with the win rule of the balance report', () => {
    const s = scenario('scenarios/our-devops-journey');
    const end = runGame(s.config, 1, STRATEGIES.cultureFirst);
    const results = goalResults(end, s.goals);
    expect(results.map((r) => r.id)).toEqual(s.goals.map((g) => g.id));
    expect(results.every((r) => r.met)).toBe(gameWon(end));
  });
});
