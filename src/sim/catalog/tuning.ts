// The tuning numbers of the engine. Base mechanisms describe a company with no practices at all
// (a 1990s waterfall shop); practices and eras change them multiplicatively or by setting them.
import type { Mechanisms, Tuning } from '../types.ts';

export const BASE_MECHANISMS: Mechanisms = {
  // Developing
  effortFactor: 1,
  productivity: 1,
  coordinationFactor: 1,
  // Largest change, in effort hours, a developer commits at once; without practices a whole feature.
  sliceHours: Infinity,
  defectIntro: 0.5,
  vulnIntro: 0.06,
  debtPerItem: 1,
  reviewLatencyHours: 0,
  reviewDetect: 0,
  reviewEffort: 0,
  unitTestDetect: 0,
  // Integrating: without CI, merging is a manual phase of each release.
  ci: 0,
  ciHours: 1,
  integrationHoursPerItem: 4,
  integrateDetect: 0.15,
  // Testing: without automation, a regression phase of weeks per release.
  testAutomated: 0,
  automatedTestHours: 2,
  automatedTestDetect: 0,
  manualTestHoursPerItem: 2.5,
  regressionTestHours: 200,
  manualTestDetect: 0.55,
  testEnvWaitHours: 120,
  // Approving
  cabIntervalDays: 14,
  cabPrepHours: 24,
  cabDetect: 0.02,
  emergencyApprovalHours: 48,
  approvalHours: 4,
  // Releasing and deploying
  releaseFixedHours: 60,
  releaseHoursPerItem: 0.5,
  deployHours: 12,
  deployDowntimeHours: 4,
  deployWindowHours: 72,
  handoverHours: 0,
  autoDeploy: 0,
  // Running
  breakProb: 0.18,
  // A deploy can break production whatever it carries: a setting, a migration or a dependency
  // version that differs from the environments it was tested in. Code checks cannot see it;
  // environments built the same way every time (configuration as code, images) shrink it.
  envDriftRisk: 0.2,
  blastRadius: 1,
  rollback: 0,
  rollbackHours: 8,
  featureFlags: 0,
  detectionHours: 72,
  diagnosisFactor: 1,
  observability: 1,
  teamVariety: 1,
  systemVarietyFactor: 1,
  autoRecovery: 0,
  failover: 0,
  autoscaling: 0,
  provisionHours: 240,
  nodeReplaceHours: 24,
  // Patching the live system by hand (change request, manual edits on each server).
  workaroundHours: 120,
  // Security
  vulnDetectDesign: 0,
  // A manual security pass on each release (probing it as an attacker would), with or without test automation.
  vulnDetectManual: 0,
  vulnDetectSecUnit: 0,
  vulnDetectSast: 0,
  vulnDetectSca: 0,
  vulnDetectDast: 0,
  vulnDetectIast: 0,
  vulnDiscovery: 0.02,
  exploitFactor: 1,
  // People and product
  onboardingTurns: 3,
  ideaValidation: 0,
  postmortemLearning: 0,
  cultureDrift: 0,
  moraleDrift: 0,
  infraCostFactor: 1,
  nodeCapacityFactor: 1,
  featureValueFactor: 1,
  // Share of the requests that arrive worth building (the scenario's goodIdeaShare), as a factor.
  goodIdeaFactor: 1,
};

/**
 * Costs of unplanned work that follow from how late problems surface (not overridable per scenario).
 * - Rework: fixing a defect found long after it was written means re-learning the code and
 *   re-testing around it; the cost grows with the item's age since its commit, by one base rework
 *   per `reworkAgeHours`, up to `reworkLateCap` times (Boehm: defects found in a test phase cost
 *   several times more to fix than those found while coding).
 * - Merging: each week a change waits on a branch, the trunk moves on and its merge takes another
 *   `mergeAgeFactor` of the base merge effort.
 * - Firefighting: while an incident is diagnosed, a war room of people who do not know the failing
 *   part of the system (the variety gap) is pulled off their work.
 * - Bug reports from production must be reproduced before they can be queued, which takes as long
 *   as diagnosing an incident of the same domain.
 * - False alarms: while a new automated suite is not trusted yet (trust.ts), testers look into its
 *   red runs by hand, `falseAlarmHours` per feature's worth of change at full distrust, times
 *   (1 + techDebt/debtScale): legacy code was never built to be tested.
 */
export const UNPLANNED = {
  reworkAgeHours: 168,
  reworkLateCap: 6,
  mergeAgeFactor: 0.25,
  triageHours: 4,
  falseAlarmHours: 8,
};

export const DEFAULT_TUNING: Tuning = {
  workShare: 40 / 168,
  // Relative to the scenario's feature effort.
  effortByKind: { feature: 1, bug: 0.4, security: 0.5, debt: 0.75, followUp: 0.3 },
  reworkHours: 6,
  debtScale: 400,
  debtPaydownPerItem: 6,
  hardwareFaultsPerNodeYear: 0.25,
  ossVulnsPerTurn: 0.2,
  exploitChancePerVulnTurn: 0.005,
  attritionPerTurn: 0.01,
  featureValueDecay: 0.04,
  responseEffortHours: 6,
  postmortemCap: 0.4,
};
