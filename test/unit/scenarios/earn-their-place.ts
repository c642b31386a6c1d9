// Issue #14, "every practice earns its place": the practice-value table of each shipped scenario, on
// the seeds `npm run scenario -- balance <id> --practices-only --seeds 40` prints. Nine scenarios pass
// with no warning; the practices still flagged in the flagship are listed here, so that a new
// warning fails and a fixed one must be taken off the list. Split over two files so that the largest
// company (Snapdeal's 300 people) runs beside the rest.
import { describe, expect, it } from 'vitest';
import { loadShippedScenario } from '../../../src/cli/scenario-files.ts';
import { practiceValue } from '../../../src/scenarios/practice-value.ts';

export const SEEDS = 40;

/**
 * Practices the table still warns about, by scenario (issue #14 stays open for them). Containerization
 * (with the autoscaling, microservices and NoOps that need it) comes to the flagship in its last eight
 * turns, and what it does, fewer failed changes, does not reach a score whose keys are already elite.
 * Blameless postmortems move the flagship's score by about 1%, below the table's 2%: its par players
 * answer every postmortem blamelessly anyway, so the habit adds only the doubled learning.
 */
export const STILL_FLAGGED: Record<string, string[]> = {
  'our-devops-journey': ['blameless-postmortems', 'containerization'],
};

export function earnTheirPlace(ids: string[]): void {
  describe('every shipped scenario: each practice it offers earns its place', () => {
    for (const id of ids) {
      const open = STILL_FLAGGED[id] ?? [];
      it(`${id}: ${open.length ? `no practice warns but ${open.join(', ')}` : 'no practice within noise or with a value per cost out of line'} (${SEEDS} seeds)`, () => {
        const { warnings } = practiceValue(loadShippedScenario(id), { seeds: SEEDS, seedStart: 1 });
        const flagged = [...new Set(warnings.map((w) => /^practice ([a-z-]+)/.exec(w)?.[1] ?? w))].sort();
        expect(flagged, warnings.join('\n')).toEqual(open);
      }, 900_000);
    }
  });
}
