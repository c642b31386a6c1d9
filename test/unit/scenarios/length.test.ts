// Every shipped scenario says how long a session takes, and fits it: a workshop game in 45–60 minutes
// (brief and debrief included), a talk in a few minutes beside the slides.
import { describe, expect, it } from 'vitest';
import { readScenarioFiles, shippedScenarioDirs } from '../../../src/cli/scenario-files.ts';
import { loadScenario, sessionMinutes } from '../../../src/scenarios/load.ts';

const shipped = shippedScenarioDirs().map((dir) => {
  const r = loadScenario(readScenarioFiles(dir));
  if (!r.ok) throw new Error(`${dir} does not load`);
  return r.scenario;
});

describe('session length', () => {
  it('estimates about two minutes a turn and ten for the brief and the debrief', () => {
    expect(sessionMinutes(24)).toBe(58);
  });

  for (const s of shipped) {
    it(`${s.id} fits the time its card states`, () => {
      if (s.meta.mode === 'talk') {
        // A speaker spends under a minute a step.
        expect(s.meta.minutes).toBeLessThanOrEqual(10);
        expect(s.steps.length).toBeLessThanOrEqual(s.meta.minutes);
      } else {
        expect(s.meta.minutes).toBeLessThanOrEqual(60);
        // At least a minute and a half a turn, and the brief and debrief.
        expect(s.meta.minutes).toBeGreaterThanOrEqual(1.5 * s.meta.turns + 5);
      }
    });
  }
});
