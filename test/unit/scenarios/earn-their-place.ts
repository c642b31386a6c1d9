// Issue #14, "every practice earns its place": the practice-value table of each shipped scenario, on
// the seeds `npm run scenario -- balance <id> --practices-only --seeds 40` prints, has no warning.
// Split over two files so that the largest company (Snapdeal's 300 people) runs beside the rest.
import { describe, expect, it } from 'vitest';
import { loadShippedScenario } from '../../../src/cli/scenario-files.ts';
import { practiceValue } from '../../../src/scenarios/practice-value.ts';

export const SEEDS = 40;

export function earnTheirPlace(ids: string[]): void {
  describe('every shipped scenario: each practice it offers earns its place', () => {
    for (const id of ids) {
      it(`${id}: no practice within noise or with a value per cost out of line (${SEEDS} seeds)`, () => {
        const { warnings } = practiceValue(loadShippedScenario(id), { seeds: SEEDS, seedStart: 1 });
        expect(warnings).toEqual([]);
      }, 900_000);
    }
  });
}
