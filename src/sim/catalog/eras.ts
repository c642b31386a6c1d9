// Eras. Advancing is a player command (`advanceEra`) allowed once the era's key practices are in
// place, the calendar has reached the era's year and the scenario's maxEra permits it: the journey
// is earned, not scheduled, and never ahead of its time. Each era brings
// its process (mechanism changes) and unlocks the practices whose `era` it is.
import type { Era, KnobEffects } from '../types.ts';

export interface EraDef {
  id: Era;
  /**
   * The calendar year the era's ideas exist from; no company enters it earlier: the Agile
   * Manifesto (February 2001), DevOpsDays and "10+ deploys a day" (2009), "beyond DevOps" (2016).
   */
  year: number;
  /** Practices that must be adopted before entering this era. */
  requires: string[];
  effects: KnobEffects;
  /** Shortest release interval the era's process allows, in days. */
  minCadenceDays: number;
  continuous: boolean;
}

export const ERA_DEFS: Record<Era, EraDef> = {
  // Phase gates: requirements, develop, then functional/system/performance/reliability/usability tests.
  waterfall: { id: 'waterfall', year: 1970, requires: [], effects: {}, minCadenceDays: 90, continuous: false },
  // Sprints shorten the cycle, but a separate Ops team still takes a handover before it deploys.
  agile: {
    id: 'agile', year: 2001, requires: ['peer-code-reviews'],
    effects: { handoverHours: ['set', 120], regressionTestHours: ['mul', 0.6] },
    minCadenceDays: 14, continuous: false,
  },
  // One team: no handover; continuous integration, test and deploy become possible.
  devops: {
    id: 'devops', year: 2009, requires: ['continuous-integration', 'automated-testing', 'sprint-rituals'],
    effects: { handoverHours: ['set', 0] }, minCadenceDays: 1, continuous: true,
  },
  // Continuous planning, experimentation and operation; the market competes on speed of innovation.
  beyond: {
    id: 'beyond', year: 2016, requires: ['continuous-delivery', 'user-telemetry', 'infrastructure-as-code'],
    effects: { handoverHours: ['set', 0] }, minCadenceDays: 1, continuous: true,
  },
};
