// Issue #14, "every practice earns its place": the practice-value table of each shipped scenario on the
// seeds `npm run scenario -- balance <id>` plays by default (200, from seed 1). Any warning fails. On
// fewer seeds the verdicts of practices whose effect sits near a line turn on luck (docs/engine.md §8),
// so the check plays what a trainer runs. Split over two files of about equal work.
import { describe, expect, it } from 'vitest';
import { loadShippedScenario } from '../../../src/cli/scenario-files.ts';
import { PRACTICE_TABLE_SEEDS, practiceValue } from '../../../src/scenarios/practice-value.ts';

/** Played by earn-their-place-snapdeal.test.ts; every other shipped scenario, new ones too, by earn-their-place.test.ts. */
export const SNAPDEAL_HALF = ['snapdeal-iac', 'keep-it-simple', 'tutorial', 'talk', 'mooc-launch-day'];

export function earnTheirPlace(ids: string[]): void {
  describe('every shipped scenario: each practice it offers earns its place', () => {
    for (const id of ids) {
      it(`${id}: no practice within noise or with a value per cost out of line (${PRACTICE_TABLE_SEEDS} seeds)`, () => {
        const { warnings } = practiceValue(loadShippedScenario(id), { seeds: PRACTICE_TABLE_SEEDS, seedStart: 1 });
        expect(warnings).toEqual([]);
      }, 1_800_000);
    }
  });
}
