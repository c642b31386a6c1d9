// Eras. Advancing is a player command (`advanceEra`) allowed once the era's key practices are in
// place and the scenario's maxEra permits it: the journey is earned, not scheduled. Each era brings
// its process (mechanism changes) and unlocks the practices whose `era` it is.
import type { Era, KnobEffects } from '../types.ts';

export interface EraDef {
  id: Era;
  /** Practices that must be adopted before entering this era. */
  requires: string[];
  effects: KnobEffects;
  /** Shortest release interval the era's process allows, in days. */
  minCadenceDays: number;
  continuous: boolean;
}

export const ERA_DEFS: Record<Era, EraDef> = {
  // Phase gates: requirements, develop, then functional/system/performance/reliability/usability tests.
  waterfall: { id: 'waterfall', requires: [], effects: {}, minCadenceDays: 90, continuous: false },
  // Sprints shorten the cycle, but a separate Ops team still takes a handover before it deploys.
  agile: {
    id: 'agile', requires: ['peer-code-reviews'],
    effects: { handoverHours: ['set', 120], regressionTestHours: ['mul', 0.6] },
    minCadenceDays: 14, continuous: false,
  },
  // One team: no handover; continuous integration, test and deploy become possible.
  devops: {
    id: 'devops', requires: ['continuous-integration', 'automated-testing', 'sprint-rituals'],
    effects: { handoverHours: ['set', 0] }, minCadenceDays: 1, continuous: true,
  },
  // Continuous planning, experimentation and operation; the market competes on speed of innovation.
  beyond: {
    id: 'beyond', requires: ['continuous-delivery', 'user-telemetry', 'infrastructure-as-code'],
    effects: { handoverHours: ['set', 0] }, minCadenceDays: 1, continuous: true,
  },
};
