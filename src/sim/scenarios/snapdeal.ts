// "Infrastructure as code at Snapdeal": ~120 components, ~350 subcomponents (modelled as node
// groups), ~5,000 nodes, an explicit dependency graph, a few hundred engineers, no visibility.
// The graph is generated from a fixed seed so every run sees the same company.
import { TEMPTATIONS } from '../catalog/events.ts';
import { intBelow, seedStreams } from '../rng.ts';
import type { ScenarioConfig, ServiceConfig } from '../types.ts';
import { defaultScenario } from './default.ts';

function snapdealSystems(): ServiceConfig[] {
  const r = seedStreams(2016)['arrivals']!;
  const systems: ServiceConfig[] = [];
  const entries = ['web', 'mobile-api', 'seller-portal', 'partner-api'];
  const shares = [0.5, 0.35, 0.1, 0.05];
  const infraKinds = ['sql', 'nosql', 'cache', 'queue'];
  const count = 120;
  for (let i = 0; i < count; i++) {
    const entry = i < entries.length;
    const infra = i >= count - 24;
    const id = entry ? entries[i]! : infra ? `${infraKinds[i % 4]}-${i}` : `svc-${i}`;
    const dependsOn: string[] = [];
    if (!infra) {
      // Calls go "down" the list, so the graph has no cycles; every service uses some storage.
      const fanOut = 2 + intBelow(r, 3);
      for (let k = 0; k < fanOut; k++) {
        const j = i + 1 + intBelow(r, count - i - 1);
        const target = j >= count - 24 ? `${infraKinds[j % 4]}-${j}` : `svc-${j}`;
        if (!dependsOn.includes(target)) dependsOn.push(target);
      }
    }
    systems.push({
      id, kind: entry ? 'app' : infra ? infraKinds[i % 4]! : 'service', nodes: 0, dependsOn,
      ...(entry ? { entryShare: shares[i]! } : {}),
      capacityPerNode: infra ? 60000 : 20000,
    });
  }
  // ~5,000 nodes: heavier at the edge and in storage.
  let total = 0;
  systems.forEach((svc, i) => {
    svc.nodes = i < entries.length ? 200 : svc.kind === 'service' ? 30 + intBelow(r, 30) : 40;
    total += svc.nodes;
  });
  systems[4]!.nodes += Math.max(0, 5000 - total);
  return systems;
}

export const snapdealScenario: ScenarioConfig = {
  ...defaultScenario,
  id: 'snapdeal-scale',
  startYear: 2016,
  turns: 26,
  turnDays: 14,
  era: 'devops',
  team: { developers: 240, testers: 30, operations: 30, salaryPerTurn: 4000, hireDelayTurns: 2, hireCost: 8000 },
  budget: 20000000,
  systems: snapdealSystems(),
  nodeCostPerTurn: 120,
  practices: {
    adopted: ['peer-code-reviews', 'sprint-rituals', 'continuous-integration', 'automated-testing',
      'configuration-management', 'containerization', 'failover'],
    offered: 'all',
  },
  policies: {
    cadence: { kind: 'interval', days: 14 },
    wipLimit: null,
    approval: 'cab',
    capacitySplit: { features: 60, debt: 15, security: 10, operations: 15 },
    incidentResponse: 'rollback',
  },
  work: {
    featuresPerTurn: 280, bugsPerTurn: 60, featureEffortHours: 40, goodIdeaShare: 0.35,
    featureValuePerTurn: 2000, backlogCap: 600,
  },
  business: {
    users: 3000000, userGrowthPerTurn: 0.01, baseRevenuePerTurn: 2000000, downtimeCostPerHour: 50000,
    requestsPerUserHour: 0.5,
  },
  traffic: { spikeChancePerTurn: 0.3, spikeMultiplier: [2, 4], spikeHours: 8, scheduledSpikes: [] },
  initial: { techDebt: 600, vulnerabilities: 40, culture: 50, morale: 0.6 },
  events: { randomChancePerTurn: 0.3, randomPool: [...TEMPTATIONS], scheduled: [], definitions: [] },
};
