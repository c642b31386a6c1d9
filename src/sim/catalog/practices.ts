// Every practice named in the seed talks, grouped by Microsoft's seven habits plus standards,
// DevSecOps, lean flow, culture and "beyond DevOps". Effects only change mechanisms; the metrics
// follow from what the mechanisms then do to the flow of work.
import type { Era, Habit, KnobEffects, PracticeDef, ScenarioConfig } from '../types.ts';

type Tag = PracticeDef['tags'][number];

function p(
  id: string, habit: Habit, era: Era, cost: [number, number], adoption: [number, number],
  requires: string[], tags: Tag[], effects: KnobEffects,
): PracticeDef {
  return {
    id, habit, era, costUpfront: cost[0], costPerTurn: cost[1], adoptionTurns: adoption[0],
    dip: adoption[1], requires, effects, tags,
  };
}

/**
 * Practices whose tools or names came later than their era opened; nothing is on offer before its
 * year (the test in test/unit/sim/calendar.test.ts holds each to its history).
 */
const SINCE: Record<string, number> = {
  'scaled-agile': 2011, 'test-driven-development': 2002, 'sca': 2011, 'wip-limits': 2007, 'blameless-postmortems': 2006,
  'containerization': 2013, 'microservices': 2012, 'security-as-code': 2014, 'rasp': 2012, 'ng-waf': 2014,
  'standard-provisioning': 2012, 'service-catalog': 2012, 'iast': 2012,
  'internal-developer-platform': 2019, 'ai-assisted-coding': 2022,
};

/**
 * Big automation: turns after it lands before the team trusts it (DORA 2018's J-curve). Until
 * then the manual steps it replaced still run beside it and its new checks raise false alarms on
 * indebted code (see trust.ts), so things first get worse, then better.
 */
const SETTLE: Record<string, number> = {
  'continuous-integration': 2, 'automated-testing': 2, 'continuous-delivery': 2,
};

export const PRACTICES: readonly PracticeDef[] = [
  // Flow of customer value
  p('continuous-integration', 'flow', 'agile', [40000, 2000], [2, 0.08], [], ['automation'],
    { ci: ['set', 1], ciHours: ['set', 0.5], integrationHoursPerItem: ['set', 0.3], integrateDetect: ['set', 0.3] }),
  p('automated-testing', 'flow', 'agile', [60000, 2000], [3, 0.1], ['continuous-integration'], ['automation'],
    { testAutomated: ['set', 1], automatedTestDetect: ['set', 0.5], manualTestHoursPerItem: ['mul', 0.25],
      regressionTestHours: ['mul', 0.1], testEnvWaitHours: ['mul', 0.5] }),
  p('release-management', 'flow', 'waterfall', [50000, 8000], [1, 0.03], [], ['automation'],
    { releaseFixedHours: ['mul', 0.5], releaseHoursPerItem: ['mul', 0.5], rollback: ['set', 1] }),
  p('continuous-delivery', 'production', 'devops', [150000, 5000], [2, 0.08],
    ['continuous-integration', 'automated-testing', 'configuration-management'], ['automation'],
    { autoDeploy: ['set', 1], deployHours: ['set', 0.25], deployDowntimeHours: ['set', 0], deployWindowHours: ['set', 0],
      releaseFixedHours: ['mul', 0.1], releaseHoursPerItem: ['mul', 0.1], rollback: ['set', 1], rollbackHours: ['set', 0.25],
      testEnvWaitHours: ['set', 0], envDriftRisk: ['mul', 0.95] }),
  p('continuous-deployment', 'flow', 'devops', [30000, 1000], [2, 0.05], ['continuous-delivery'], ['automation'],
    { releaseFixedHours: ['mul', 0.1], releaseHoursPerItem: ['set', 0], approvalHours: ['mul', 0.25] }),

  // Team autonomy and alignment
  p('self-managing-teams', 'autonomy', 'agile', [10000, 0], [2, 0.06], [], ['team', 'culture'],
    { productivity: ['mul', 1.05], teamVariety: ['add', 0.5], cultureDrift: ['add', 0.6], moraleDrift: ['add', 0.01] }),
  // Microsoft's feature chats and sprint mails: each team tells leadership and the other teams what it
  // will build next and why. Work that serves none of the business's goals is stopped early (alignment),
  // and teams that know each other's plans coordinate less. The chats take leaders' and teams' time every sprint.
  p('planning-chats', 'autonomy', 'agile', [10000, 1000], [1, 0.02], [], ['team'],
    { coordinationFactor: ['mul', 0.85], ideaValidation: ['add', 0.1], cultureDrift: ['add', 0.2] }),
  p('feature-crews', 'autonomy', 'agile', [15000, 0], [2, 0.05], ['self-managing-teams'], ['team'],
    { teamVariety: ['add', 1], coordinationFactor: ['mul', 0.8], handoverHours: ['mul', 0.5], diagnosisFactor: ['mul', 0.85] }),
  p('sprint-rituals', 'autonomy', 'agile', [5000, 0], [1, 0.04], [], ['team'],
    { productivity: ['mul', 1.03], cultureDrift: ['add', 0.2] }),
  // SAFe's program increment: the teams plan the next quarter together, so dependencies between
  // them are settled once, and business owners weigh each objective, so work no goal needs is not begun.
  p('scaled-agile', 'autonomy', 'agile', [40000, 2000], [3, 0.05], ['sprint-rituals'], ['team'],
    { coordinationFactor: ['mul', 0.6], ideaValidation: ['add', 0.1] }),
  // Collocated team rooms: Teasley et al. (2002, Ford) measured about twice the company's productivity in
  // "war rooms"; a tenth of that is credited here, the rest came with the agile practices they used. People
  // within earshot settle questions in passing (Allen's curve: talk falls off with distance) and review sooner.
  p('team-rooms', 'autonomy', 'agile', [20000, 1000], [1, 0.02], [], ['team'],
    { productivity: ['mul', 1.1], coordinationFactor: ['mul', 0.8], reviewLatencyHours: ['mul', 0.5], moraleDrift: ['add', 0.005] }),

  // Backlog improved by learning
  p('user-telemetry', 'learning', 'devops', [25000, 1500], [2, 0.03], [], ['product', 'observability'],
    { ideaValidation: ['add', 0.15], detectionHours: ['mul', 0.7], observability: ['add', 0.5] }),
  p('usage-monitoring', 'learning', 'waterfall', [30000, 5000], [1, 0.02], [], ['product', 'observability'],
    { ideaValidation: ['add', 0.1], detectionHours: ['mul', 0.6], observability: ['add', 0.5] }),
  p('stakeholder-feedback', 'learning', 'waterfall', [20000, 3000], [1, 0.02], [], ['product', 'culture'],
    { ideaValidation: ['add', 0.15], cultureDrift: ['add', 0.1] }),
  p('ab-testing', 'learning', 'devops', [30000, 1500], [2, 0.03], ['user-telemetry', 'feature-flags'], ['product'],
    { ideaValidation: ['add', 0.4], featureValueFactor: ['mul', 1.15] }),

  // Evidence gathered in production
  p('testing-in-production', 'evidence', 'devops', [20000, 1000], [2, 0.03], ['feature-flags', 'continuous-delivery'], ['automation'],
    { blastRadius: ['mul', 0.2], detectionHours: ['mul', 0.5] }),
  // A flag is a kill switch: a change behind one still fails as widely, but is switched off in minutes
  // (see ops/fight.ts); canary exposure, which shrinks the blast radius, is testing in production.
  p('feature-flags', 'evidence', 'devops', [30000, 2500], [1, 0.03], ['continuous-integration'], ['automation'],
    { featureFlags: ['set', 1], integrationHoursPerItem: ['mul', 0.8] }),

  // Managed technical debt
  // A static-analysis service and the hours the team spends acting on what it shows.
  p('code-metrics', 'debt', 'waterfall', [30000, 2000], [1, 0.02], [], ['automation'],
    { debtPerItem: ['mul', 0.7], defectIntro: ['mul', 0.9] }),
  p('peer-code-reviews', 'debt', 'waterfall', [50000, 4000], [1, 0.04], [], ['team', 'culture'],
    { reviewLatencyHours: ['set', 16], reviewDetect: ['set', 0.35], reviewEffort: ['set', 0.1], debtPerItem: ['mul', 0.8],
      teamVariety: ['add', 0.3], vulnDetectDesign: ['add', 0.1] }),
  // The base of the test pyramid (Cohn): with unit tests beneath it, the end-to-end suite can be thin,
  // so an automated pipeline's test stage takes half as long.
  p('continuous-unit-testing', 'debt', 'agile', [15000, 1000], [2, 0.06], ['continuous-integration'], ['automation'],
    { unitTestDetect: ['set', 0.4], debtPerItem: ['mul', 0.8], defectIntro: ['mul', 0.9], automatedTestHours: ['mul', 0.5] }),
  // Nagappan et al. (2008, Microsoft and IBM): 40–90% fewer pre-release defects for 15–35% more
  // development time. Here 35% fewer for 5% more: the unit tests it leaves behind are credited to
  // continuous unit testing, which it needs.
  p('test-driven-development', 'debt', 'agile', [5000, 0], [2, 0.08], ['continuous-unit-testing'], ['team'],
    { defectIntro: ['mul', 0.65], debtPerItem: ['mul', 0.8], effortFactor: ['mul', 1.05] }),
  p('pair-programming', 'debt', 'agile', [0, 0], [1, 0.06], [], ['team', 'culture'],
    { defectIntro: ['mul', 0.85], vulnIntro: ['mul', 0.85], teamVariety: ['add', 0.3], reviewLatencyHours: ['mul', 0.5] }),

  // Production-first mindset
  p('application-performance-management', 'production', 'agile', [60000, 5000], [1, 0.02], [], ['observability'],
    { detectionHours: ['mul', 0.05], diagnosisFactor: ['mul', 0.6], observability: ['add', 1.5], nodeCapacityFactor: ['mul', 1.1] }),
  p('configuration-management', 'production', 'waterfall', [15000, 500], [1, 0.03], [], ['automation'],
    { workaroundHours: ['mul', 0.5], deployHours: ['mul', 0.6], diagnosisFactor: ['mul', 0.9], nodeReplaceHours: ['mul', 0.6], releaseFixedHours: ['mul', 0.8],
      envDriftRisk: ['mul', 0.85] }),
  p('infrastructure-as-code', 'production', 'devops', [40000, 1000], [2, 0.06], ['configuration-management'], ['automation'],
    { workaroundHours: ['mul', 0.5], provisionHours: ['mul', 0.02], nodeReplaceHours: ['mul', 0.1], testEnvWaitHours: ['mul', 0.1], deployHours: ['mul', 0.7],
      systemVarietyFactor: ['mul', 0.9], envDriftRisk: ['mul', 0.7] }),
  // Self-healing: dead machines are replaced and a deploy whose health checks fail is rolled back
  // by the pipeline, before anyone is paged (ops/incidents.ts); infrastructure as code is what lets
  // it bring the last good version back.
  p('automated-recovery', 'production', 'devops', [45000, 1500], [2, 0.04], ['infrastructure-as-code', 'application-performance-management'], ['automation'],
    { autoRecovery: ['set', 1], rollback: ['set', 1], rollbackHours: ['mul', 0.5] }),

  // Infrastructure is a flexible resource
  // Every developer runs the whole system in a production-like sandbox before committing: fewer defects, and
  // fewer surprises from settings and versions that differ between where a change was tried and where it runs
  // (dev/prod parity, factor X of the Twelve-Factor App). A sandbox per developer is machines and upkeep.
  p('developer-sandboxing', 'infrastructure', 'agile', [70000, 3500], [1, 0.02], [], ['automation'],
    { productivity: ['mul', 1.04], defectIntro: ['mul', 0.9], testEnvWaitHours: ['mul', 0.5], envDriftRisk: ['mul', 0.9] }),
  p('cloud-dev-test-labs', 'infrastructure', 'devops', [20000, 3000], [1, 0.02], ['infrastructure-as-code'], ['automation'],
    { testEnvWaitHours: ['set', 0], automatedTestHours: ['mul', 0.5], productivity: ['mul', 1.03], envDriftRisk: ['mul', 0.85] }),
  p('containerization', 'infrastructure', 'devops', [30000, 1000], [2, 0.06], ['continuous-integration'], ['automation'],
    { deployHours: ['mul', 0.5], provisionHours: ['mul', 0.3], infraCostFactor: ['mul', 0.8], nodeCapacityFactor: ['mul', 1.2], envDriftRisk: ['mul', 0.75] }),
  p('microservices', 'infrastructure', 'devops', [80000, 3000], [4, 0.12], ['containerization', 'continuous-delivery'], ['automation'],
    { blastRadius: ['mul', 0.5], coordinationFactor: ['mul', 0.7], systemVarietyFactor: ['mul', 1.6], infraCostFactor: ['mul', 1.1] }),
  p('autoscaling', 'infrastructure', 'devops', [20000, 1000], [1, 0.02], ['infrastructure-as-code', 'containerization'], ['automation'],
    { autoscaling: ['set', 1], infraCostFactor: ['mul', 0.85] }),
  p('failover', 'infrastructure', 'waterfall', [40000, 2000], [2, 0.03], [], ['automation'],
    { failover: ['set', 1] }),

  // Standards ("Why standards matter")
  p('shared-libraries', 'standards', 'agile', [20000, 500], [2, 0.04], [], ['automation'],
    { effortFactor: ['mul', 0.92], defectIntro: ['mul', 0.95], vulnIntro: ['mul', 0.85], systemVarietyFactor: ['mul', 0.9] }),
  p('consistent-naming', 'standards', 'waterfall', [5000, 0], [1, 0.02], [], ['observability'],
    { diagnosisFactor: ['mul', 0.85], systemVarietyFactor: ['mul', 0.9] }),
  // Every environment built from the same templates: what was tested is what runs.
  p('standard-provisioning', 'standards', 'devops', [25000, 500], [2, 0.04], ['infrastructure-as-code'], ['automation'],
    { provisionHours: ['mul', 0.5], nodeReplaceHours: ['mul', 0.5], systemVarietyFactor: ['mul', 0.85], envDriftRisk: ['mul', 0.8] }),
  p('standard-configuration', 'standards', 'devops', [30000, 1500], [2, 0.04], ['configuration-management'], ['automation'],
    { workaroundHours: ['mul', 0.3], deployHours: ['mul', 0.8], rollbackHours: ['mul', 0.5], diagnosisFactor: ['mul', 0.85], exploitFactor: ['mul', 0.9],
      systemVarietyFactor: ['mul', 0.9], envDriftRisk: ['mul', 0.85] }),
  // "CI/CD: standard pathway for all services": every service is built, deployed and rolled back the
  // same way, so a deploy meets no tool its service alone uses.
  p('one-deploy-toolchain', 'standards', 'devops', [20000, 500], [2, 0.04], ['continuous-integration'], ['automation'],
    { deployHours: ['mul', 0.7], releaseFixedHours: ['mul', 0.7], systemVarietyFactor: ['mul', 0.9], envDriftRisk: ['mul', 0.85], rollbackHours: ['mul', 0.7] }),
  p('central-logging-alerting', 'standards', 'agile', [20000, 2000], [1, 0.02], [], ['observability'],
    { detectionHours: ['mul', 0.2], diagnosisFactor: ['mul', 0.7], observability: ['add', 1] }),
  p('engineering-onboarding', 'standards', 'waterfall', [5000, 500], [1, 0.01], [], ['team', 'culture'],
    { onboardingTurns: ['set', 1], teamVariety: ['add', 0.2] }),
  // Who owns a service and what it depends on, written down: the right people are called at once.
  p('service-catalog', 'standards', 'devops', [15000, 500], [1, 0.02], ['configuration-management'], ['observability'],
    { diagnosisFactor: ['mul', 0.7], observability: ['add', 0.5], systemVarietyFactor: ['mul', 0.9], handoverHours: ['mul', 0.7] }),

  // DevSecOps ("Security at DevOps speed")
  p('security-training', 'security', 'waterfall', [10000, 500], [1, 0.03], [], ['security', 'culture'],
    { vulnIntro: ['mul', 0.6], teamVariety: ['add', 0.2] }),
  p('security-requirements', 'security', 'agile', [5000, 0], [1, 0.02], [], ['security'],
    { vulnIntro: ['mul', 0.8] }),
  p('threat-modelling', 'security', 'agile', [8000, 0], [1, 0.03], ['security-training'], ['security'],
    { vulnIntro: ['mul', 0.7], vulnDetectDesign: ['add', 0.15] }),
  // Each feature's design is looked at before it is built: some flaws are never written, others are
  // caught when the change is reviewed against the design.
  p('design-review', 'security', 'waterfall', [5000, 0], [1, 0.02], [], ['security'],
    { vulnDetectDesign: ['add', 0.15], vulnIntro: ['mul', 0.85], defectIntro: ['mul', 0.95] }),
  p('security-unit-tests', 'security', 'agile', [8000, 0], [1, 0.03], ['continuous-unit-testing'], ['security', 'automation'],
    { vulnDetectSecUnit: ['set', 0.3] }),
  p('sast', 'security', 'agile', [20000, 1500], [1, 0.02], ['continuous-integration'], ['security', 'automation'],
    { vulnDetectSast: ['set', 0.4] }),
  p('sca', 'security', 'agile', [15000, 1500], [1, 0.02], ['continuous-integration'], ['security', 'automation'],
    { vulnDetectSca: ['set', 0.5], vulnDiscovery: ['add', 0.1] }),
  p('dast', 'security', 'devops', [20000, 1500], [1, 0.02], ['automated-testing'], ['security', 'automation'],
    { vulnDetectDast: ['set', 0.3] }),
  p('iast', 'security', 'devops', [25000, 2000], [1, 0.02], ['automated-testing'], ['security', 'automation'],
    { vulnDetectIast: ['set', 0.35] }),
  p('vulnerability-assessment', 'security', 'waterfall', [15000, 1000], [1, 0.02], [], ['security'],
    { vulnDiscovery: ['add', 0.1] }),
  p('security-as-code', 'security', 'devops', [15000, 500], [1, 0.03], ['infrastructure-as-code'], ['security', 'automation'],
    { exploitFactor: ['mul', 0.7], vulnDiscovery: ['add', 0.05] }),
  p('rasp', 'security', 'devops', [20000, 2000], [1, 0.02], ['application-performance-management'], ['security'],
    { exploitFactor: ['mul', 0.5] }),
  p('ng-waf', 'security', 'devops', [20000, 2000], [1, 0.02], [], ['security'],
    { exploitFactor: ['mul', 0.5] }),
  p('red-team', 'security', 'devops', [40000, 3000], [1, 0.02], ['vulnerability-assessment'], ['security'],
    { vulnDiscovery: ['add', 0.2] }),
  p('manual-security-tests', 'security', 'waterfall', [5000, 500], [1, 0.02], [], ['security'],
    { vulnDetectManual: ['set', 0.4], manualTestHoursPerItem: ['add', 0.5] }),
  // Each sprint the team looks back at the vulnerabilities it let in and how (Secure Scrum).
  p('security-retrospective', 'security', 'agile', [0, 0], [1, 0.01], ['sprint-rituals'], ['security', 'culture'],
    { vulnIntro: ['mul', 0.8] }),

  // Lean flow. Both slicing practices set the largest change committed at once (effort hours);
  // trunk-based development comes later in catalog order and its smaller limit, a day's work
  // merged to trunk daily, wins.
  p('wip-limits', 'lean', 'agile', [0, 0], [1, 0.02], [], ['lean'],
    { productivity: ['mul', 1.03] }),
  p('small-batches', 'lean', 'agile', [0, 0], [1, 0.02], [], ['lean'],
    { sliceHours: ['set', 16], defectIntro: ['mul', 0.9], releaseHoursPerItem: ['mul', 0.8] }),
  // Trunk-based development is small batches taken to a day: it needs the habit of slicing first (DORA).
  p('trunk-based-development', 'lean', 'agile', [5000, 0], [2, 0.05], ['continuous-integration', 'small-batches'], ['lean', 'automation'],
    { sliceHours: ['set', 8], integrationHoursPerItem: ['mul', 0.3], defectIntro: ['mul', 0.9], ciHours: ['mul', 0.6] }),
  p('lightweight-approval', 'lean', 'agile', [60000, 6000], [1, 0.01], ['peer-code-reviews'], ['lean', 'culture'],
    { approvalHours: ['mul', 0.25], cultureDrift: ['add', 0.2] }),

  // Culture
  p('blameless-postmortems', 'culture', 'waterfall', [10000, 1500], [1, 0.02], [], ['culture'],
    { postmortemLearning: ['set', 1], cultureDrift: ['add', 0.8], moraleDrift: ['add', 0.005] }),

  // Beyond DevOps
  // The plan is redone every sprint from what telemetry and customers show (Microsoft's sprints,
  // three-sprint plans and seasons), so more of what reaches the backlog is worth building.
  p('continuous-planning', 'beyond', 'beyond', [30000, 1500], [2, 0.04], ['sprint-rituals', 'user-telemetry'], ['product'],
    { ideaValidation: ['add', 0.1], coordinationFactor: ['mul', 0.9], goodIdeaFactor: ['mul', 1.25] }),
  p('continuous-experimentation', 'beyond', 'beyond', [30000, 2000], [2, 0.04], ['ab-testing'], ['product'],
    { ideaValidation: ['add', 0.2], featureValueFactor: ['mul', 1.2] }),
  // Blue-green: the new version starts beside the old one in production and is smoke-tested there
  // before traffic moves, so most differences of the production environment surface before users
  // meet them; going back is switching the router back.
  p('continuous-operation', 'beyond', 'beyond', [40000, 2000], [2, 0.05], ['automated-recovery', 'failover'], ['automation'],
    { deployDowntimeHours: ['set', 0], envDriftRisk: ['mul', 0.7], rollbackHours: ['set', 0.05], nodeReplaceHours: ['mul', 0.5] }),
  // Production on a managed platform: the provider replaces dead machines and bills by use, and no one
  // provisions by hand. The provider's bill is in the infrastructure cost; the price is the move to it.
  p('noops', 'beyond', 'beyond', [30000, 2000], [3, 0.08], ['autoscaling', 'automated-recovery'], ['automation'],
    { provisionHours: ['mul', 0.5], infraCostFactor: ['mul', 0.7], diagnosisFactor: ['mul', 0.9], nodeReplaceHours: ['mul', 0.2] }),
  // Each crew runs the services it builds ("you build it, you run it", Vogels 2006): the people paged
  // know the code, and developers who are woken by their own failures ship fewer of them. (The beyond
  // era has already done away with the handover to operations.)
  p('distributed-ops', 'beyond', 'beyond', [30000, 2000], [2, 0.05], ['microservices', 'feature-crews'], ['team'],
    { teamVariety: ['add', 1], diagnosisFactor: ['mul', 0.5], defectIntro: ['mul', 0.9] }),
  // Business people in the crews: what is built is shaped by those who sell it and know its market.
  p('bizdevops', 'beyond', 'beyond', [40000, 2000], [2, 0.04], ['feature-crews', 'user-telemetry'], ['product', 'team'],
    { ideaValidation: ['add', 0.15], coordinationFactor: ['mul', 0.85], featureValueFactor: ['mul', 1.3] }),
  // What a 2026 audience lives with. AI assistants write code faster but more of it, less well
  // understood (DORA 2024: +25% adoption went with -1.5% throughput and -7.2% stability): faster
  // work fills bigger release batches, and the extra defects and vulnerabilities reach production
  // unless small batches and strong automated tests catch them.
  p('ai-assisted-coding', 'beyond', 'beyond', [30000, 5000], [1, 0.03], [], ['automation'],
    { effortFactor: ['mul', 0.7], defectIntro: ['mul', 1.6], vulnIntro: ['mul', 1.4], reviewEffort: ['add', 0.1] }),
  // A paved road: self-service environments, deploys and onboarding for every team.
  p('internal-developer-platform', 'beyond', 'beyond', [150000, 6000], [3, 0.1],
    ['infrastructure-as-code', 'continuous-delivery', 'containerization'], ['automation', 'team'],
    { deployHours: ['mul', 0.5], testEnvWaitHours: ['set', 0], envDriftRisk: ['mul', 0.8], onboardingTurns: ['set', 1],
      productivity: ['mul', 1.06], systemVarietyFactor: ['mul', 0.8], coordinationFactor: ['mul', 0.85], diagnosisFactor: ['mul', 0.85] }),
].map((def) => (SINCE[def.id] === undefined ? def : { ...def, since: SINCE[def.id] }))
  .map((def) => (SETTLE[def.id] === undefined ? def : { ...def, settleTurns: SETTLE[def.id] }));

const BY_ID: Record<string, PracticeDef> = {};
for (const def of PRACTICES) BY_ID[def.id] = def;

export function practiceById(id: string): PracticeDef | undefined {
  return Object.prototype.hasOwnProperty.call(BY_ID, id) ? BY_ID[id] : undefined;
}

/** What this scenario's company pays for a practice: the catalog's price times its priceScale, to the hundred. */
export function practicePrice(scenario: ScenarioConfig, def: PracticeDef): { upfront: number; perTurn: number } {
  const k = scenario.practices.priceScale ?? 1;
  return { upfront: Math.round(def.costUpfront * k / 100) * 100, perTurn: Math.round(def.costPerTurn * k / 100) * 100 };
}
