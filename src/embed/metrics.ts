import { summarize } from '../sim/index.ts';
import type { GameState } from '../sim/types.ts';
import type { z } from 'zod';
import type { doraSchema } from './protocol.ts';

export type Dora = z.infer<typeof doraSchema>;

/**
 * The four keys over the last six months, the window the dashboard shows (src/ui/panels/dashboard.ts):
 * a host must hear the same numbers the audience sees.
 */
export function doraSnapshot(s: GameState): { dora: Dora; windowDays: number } | null {
  if (s.history.length === 0) return null;
  const turns = Math.max(1, Math.ceil(182 / s.scenario.turnDays));
  const from = Math.max(0, s.history.length - turns);
  const m = summarize(s, from, s.history.length);
  return {
    windowDays: (s.history.length - from) * s.scenario.turnDays,
    dora: {
      deployFrequency: { value: m.deployFrequency, band: m.bands.deployFrequency },
      leadTime: { value: m.leadTimeMedian, band: m.bands.leadTime },
      changeFailureRate: { value: m.changeFailureRate, band: m.bands.changeFailureRate },
      timeToRestore: { value: m.restoreChangeMean, band: m.bands.timeToRestore },
    },
  };
}
