import { summarize } from '../sim/index.ts';
import type { GameState } from '../sim/types.ts';
import { recentWindow } from '../state/recent-window.ts';
import type { z } from 'zod';
import type { doraSchema } from './protocol.ts';

export type Dora = z.infer<typeof doraSchema>;

/** The four keys over the dashboard's recent window. */
export function doraSnapshot(s: GameState): { dora: Dora; windowDays: number } | null {
  if (s.history.length === 0) return null;
  const [from, to] = recentWindow(s);
  const m = summarize(s, from, to);
  return {
    windowDays: (to - from) * s.scenario.turnDays,
    dora: {
      deployFrequency: { value: m.deployFrequency, band: m.bands.deployFrequency },
      leadTime: { value: m.leadTimeMedian, band: m.bands.leadTime },
      changeFailureRate: { value: m.changeFailureRate, band: m.bands.changeFailureRate },
      timeToRestore: { value: m.restoreChangeMean, band: m.bands.timeToRestore },
    },
  };
}
