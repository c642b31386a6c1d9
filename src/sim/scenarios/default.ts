// "Our DevOps journey": 1995, a waterfall company of a dozen developers runs a small MOOC-like
// stack (nginx, gunicorn app workers, MySQL, MongoDB, memcached, RabbitMQ with Celery workers) and
// ships twice a year through a change advisory board. Monthly turns, four years.
import { TEMPTATIONS } from '../catalog/events.ts';
import type { ScenarioConfig } from '../types.ts';

export const defaultScenario: ScenarioConfig = {
  id: 'our-devops-journey',
  seed: 1,
  startYear: 1995,
  turns: 48,
  turnDays: 30,
  era: 'waterfall',
  maxEra: 'beyond',
  team: { developers: 12, testers: 4, operations: 2, salaryPerTurn: 9000, hireDelayTurns: 1, hireCost: 15000 },
  budget: 1500000,
  systems: [
    { id: 'nginx-course', kind: 'proxy', nodes: 1, dependsOn: ['lms'], entryShare: 0.9, capacityPerNode: 200000 },
    { id: 'nginx-studio', kind: 'proxy', nodes: 1, dependsOn: ['cms'], entryShare: 0.1, capacityPerNode: 200000 },
    { id: 'lms', kind: 'app', nodes: 2, dependsOn: ['mysql', 'mongodb', 'memcached', 'rabbitmq'], capacityPerNode: 40000 },
    { id: 'cms', kind: 'app', nodes: 1, dependsOn: ['mysql', 'mongodb', 'memcached'], capacityPerNode: 40000 },
    { id: 'mysql', kind: 'sql', nodes: 1, dependsOn: [], capacityPerNode: 120000 },
    { id: 'mongodb', kind: 'nosql', nodes: 1, dependsOn: [], capacityPerNode: 120000 },
    { id: 'memcached', kind: 'cache', nodes: 1, dependsOn: [], capacityPerNode: 300000 },
    { id: 'rabbitmq', kind: 'queue', nodes: 1, dependsOn: [], capacityPerNode: 150000 },
    { id: 'celery', kind: 'worker', nodes: 1, dependsOn: ['rabbitmq', 'mysql', 'mongodb'], capacityPerNode: 100000 },
  ],
  nodeCostPerTurn: 1500,
  practices: { adopted: [], offered: 'all' },
  policies: {
    cadence: { kind: 'interval', days: 180 },
    wipLimit: null,
    approval: 'cab',
    capacitySplit: { features: 70, debt: 10, security: 5, operations: 15 },
    incidentResponse: 'rollback',
  },
  allowedPolicies: { approvals: ['cab', 'lightweight'], minCadenceDays: 1, continuous: true, wipLimit: true },
  work: {
    featuresPerTurn: 22, bugsPerTurn: 4, featureEffortHours: 60, goodIdeaShare: 0.35,
    featureValuePerTurn: 1500, backlogCap: 150,
  },
  business: {
    users: 20000, userGrowthPerTurn: 0.01, baseRevenuePerTurn: 240000, downtimeCostPerHour: 300,
    requestsPerUserHour: 2,
  },
  traffic: { spikeChancePerTurn: 0.15, spikeMultiplier: [2, 5], spikeHours: 12, scheduledSpikes: [] },
  slo: { target: 0.999, windowDays: 30 },
  initial: { techDebt: 100, vulnerabilities: 4, culture: 45, morale: 0.6 },
  events: {
    randomChancePerTurn: 0.25,
    randomPool: [...TEMPTATIONS],
    scheduled: [{ turn: 12, event: 'launch-day' }, { turn: 30, event: 'launch-day' }],
    definitions: [],
  },
  goals: [
    { metric: 'deployFrequency', op: '>=', value: 1, window: 'lastThird' },
    { metric: 'changeFailureRate', op: '<=', value: 0.15, window: 'lastThird' },
    { metric: 'availability', op: '>=', value: 0.999, window: 'lastThird' },
  ],
};
