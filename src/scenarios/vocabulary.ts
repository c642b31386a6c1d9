// Runtime lists of the engine's names that its types only give as unions. Each list is checked
// against the engine's type at compile time, so a name the engine adds or drops breaks the build
// here instead of silently passing the schema.
import type { IncidentCause, MetricKey, Role, Tuning, WorkKind } from '../sim/types.ts';

function exhaustive<T extends string>() {
  return <const L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : never)) => list;
}

export const METRIC_KEYS = exhaustive<MetricKey>()([
  'deploys', 'unplannedDeploys', 'failedDeploys', 'deployFrequency', 'itemsDeployed', 'leadTimeMean',
  'leadTimeMedian', 'leadTimeP90', 'cycleTimeMean', 'changeFailureRate', 'restoreChangeMean', 'restoreAllMean', 'incidents',
  'changeIncidents', 'reworkRate', 'changeVolume', 'successRate', 'throughput', 'wip', 'utilisation',
  'queueWaitMean', 'availability', 'errorBudgetLeft', 'newWorkShare', 'unplannedWorkShare', 'techDebt',
  'securityDebt', 'vulnShipped', 'morale', 'burnout', 'culture', 'headcount', 'leavers', 'users', 'revenue', 'cost', 'budget',
  'backlog', 'releaseCostHours', 'score', 'freshFeatures', 'restoredChange', 'restoredAll',
]);

export const ROLE_NAMES = exhaustive<Role>()(['developer', 'tester', 'operations']);
export const WORK_KIND_NAMES = exhaustive<WorkKind>()(['feature', 'bug', 'security', 'debt', 'followUp']);
export const INCIDENT_CAUSES = exhaustive<IncidentCause>()(['change', 'capacity', 'hardware', 'security']);
export const TUNING_NUMBER_KEYS = exhaustive<Exclude<keyof Tuning, 'effortByKind'>>()([
  'workShare', 'reworkHours', 'debtScale', 'debtPaydownPerItem', 'hardwareFaultsPerNodeYear', 'ossVulnsPerTurn',
  'exploitChancePerVulnTurn', 'attritionPerTurn', 'featureValueDecay', 'responseEffortHours', 'postmortemCap',
]);
