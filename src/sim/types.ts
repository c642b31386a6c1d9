// Public data shapes of the simulation engine. Everything here is plain JSON data so that a
// scenario can come from a YAML file (through a zod schema elsewhere) and a game state can be
// saved to localStorage and hashed.

export type Era = 'waterfall' | 'agile' | 'devops' | 'beyond';
export const ERAS: readonly Era[] = ['waterfall', 'agile', 'devops', 'beyond'];

/** Work item kinds; follow-ups are the fixes an incident asks for. */
export type WorkKind = 'feature' | 'bug' | 'security' | 'debt' | 'followUp';
export const WORK_KINDS: readonly WorkKind[] = ['feature', 'bug', 'security', 'debt', 'followUp'];

/** The four slices of the capacity split; bugs and follow-ups are "operations" work. */
export type WorkClass = 'features' | 'debt' | 'security' | 'operations';
export const WORK_CLASSES: readonly WorkClass[] = ['features', 'debt', 'security', 'operations'];

export type Role = 'developer' | 'tester' | 'operations';
export const ROLES: readonly Role[] = ['developer', 'tester', 'operations'];

export type Approval = 'cab' | 'lightweight';
/** How a change-caused incident is restored when more than one way is possible. */
export type IncidentResponse = 'rollback' | 'fixForward';
/** How the team restores a major incident it fights (see ops/fight.ts). */
export type IncidentAction = 'rollback' | 'flag' | 'fixForward' | 'workaround' | 'scale' | 'shed' | 'replace' | 'failover';
export const INCIDENT_ACTIONS: readonly IncidentAction[] = ['rollback', 'flag', 'fixForward', 'workaround', 'scale', 'shed', 'replace', 'failover'];
/** Who works on it: the on-call engineer, the one expert who knows the system, or everyone in a war room. */
export type Responders = 'onCall' | 'expert' | 'warRoom';
export const RESPONDERS: readonly Responders[] = ['onCall', 'expert', 'warRoom'];
export type Cadence = { kind: 'interval'; days: number } | { kind: 'continuous' };
export type CapacitySplit = Record<WorkClass, number>;

export interface Policies {
  cadence: Cadence;
  /** Items started but not yet running in production; null = no limit. */
  wipLimit: number | null;
  approval: Approval;
  /** Percentages of developer hours per class, summing to 100. */
  capacitySplit: CapacitySplit;
  incidentResponse: IncidentResponse;
}

export type Habit =
  | 'flow' | 'autonomy' | 'learning' | 'evidence' | 'debt' | 'production' | 'infrastructure'
  | 'standards' | 'security' | 'lean' | 'culture' | 'beyond';

export type CultureBand = 'pathological' | 'bureaucratic' | 'generative';
export type Cynefin = 'obvious' | 'complicated' | 'complex' | 'chaotic';
export type IncidentCause = 'change' | 'capacity' | 'hardware' | 'security';
export type DoraBand = 'low' | 'medium' | 'high' | 'elite';
export type Difficulty = 'easy' | 'normal' | 'hard';
export const DIFFICULTIES: readonly Difficulty[] = ['easy', 'normal', 'hard'];
/** How a game ends: played to its last turn, or lost on the way. */
export type GameStatus = 'running' | 'ended' | 'bankrupt' | 'lostTrust' | 'disrupted';
export const GAME_STATUSES: readonly GameStatus[] = ['running', 'ended', 'bankrupt', 'lostTrust', 'disrupted'];
export const LOSS_STATUSES: readonly GameStatus[] = ['bankrupt', 'lostTrust', 'disrupted'];

/**
 * A stretch of the calendar. From `turn` on, the date reads `year` (January) plus the turns played
 * since; the years between two acts are skipped, and what changed in the world meanwhile arrives
 * at once when the act opens.
 */
export interface Act {
  turn: number;
  year: number;
  /** Users gained (or lost) by the market while the calendar skipped to this act, e.g. 1.5. */
  users: number;
  /** The rival's pace of shipping from this act on, as a multiple of the market's base pace. */
  rival: number;
  /** Days a good feature stays worth building before the market has moved on. */
  shelfLifeDays: number;
  /** Attackers at this act, as a multiple of the base exploit rate. */
  attackers: number;
}

// ---------------------------------------------------------------------------------------------
// Scenario

export interface ServiceConfig {
  id: string;
  /** What it is, e.g. 'proxy', 'app', 'sql', 'nosql', 'cache', 'queue', 'worker', 'service'. */
  kind: string;
  nodes: number;
  /** Ids of services this one calls; an outage here degrades every service that depends on it. */
  dependsOn: string[];
  /** Users reach the system through entry services; their traffic shares sum to 1. */
  entryShare?: number;
  /** Requests per hour one node can serve. */
  capacityPerNode: number;
}

/** Engine-level consequences of an event option (or of a scheduled event without choice). */
export type Effect =
  | { type: 'culture'; delta: number }
  | { type: 'morale'; delta: number }
  | { type: 'burnout'; delta: number }
  | { type: 'money'; amount: number }
  | { type: 'addWork'; kind: WorkKind; count: number }
  | { type: 'incident'; cause: IncidentCause; service?: string; severity: number }
  | { type: 'trafficSpike'; multiplier: number; hours: number }
  /** Temporary change of everyone's productivity, e.g. +0.2 for a crunch, for `turns` turns. */
  | { type: 'productivity'; delta: number; turns: number }
  | { type: 'techDebt'; delta: number }
  | { type: 'attrition'; role: Role; count: number }
  | { type: 'users'; factor: number }
  /** Lessons that make the same failure less likely (postmortems); capped by the tuning. */
  | { type: 'learning'; delta: number };

export interface EventOption {
  id: string;
  effects: Effect[];
}

export interface EventDef {
  id: string;
  /** Options the player chooses between; the first is taken when the player does not answer. */
  options: EventOption[];
}

export interface ScheduledEvent {
  turn: number;
  event: string;
  /** Turns ahead the player is told it is coming (0 or absent: it comes as a surprise). */
  warnTurns?: number;
}

export interface GoalConfig {
  metric: MetricKey;
  op: '>=' | '<=';
  value: number;
  /** Which turns the metric is averaged over when the game ends. */
  window: 'final' | 'lastThird' | 'game';
}

export interface ScenarioConfig {
  id: string;
  /** Default seed when the caller does not give one. */
  seed: number;
  startYear: number;
  turns: number;
  /** Calendar days per turn (e.g. 14 or 30). */
  turnDays: number;
  era: Era;
  /** The latest era the scenario lets the player reach. */
  maxEra: Era;
  team: {
    developers: number;
    testers: number;
    operations: number;
    /** Money per person per turn. */
    salaryPerTurn: number;
    /** Turns before a hire starts. */
    hireDelayTurns: number;
    /** One-off cost of a hire (recruiting). */
    hireCost: number;
  };
  budget: number;
  systems: ServiceConfig[];
  /** Money per node per turn. */
  nodeCostPerTurn: number;
  practices: {
    adopted: string[];
    /** Practice ids the player may adopt; 'all' = the whole catalog. */
    offered: string[] | 'all';
    /** Multiplies the catalog's prices (licences, training and tooling scale with the company). */
    priceScale?: number;
  };
  policies: Policies;
  allowedPolicies: {
    approvals: Approval[];
    /** Shortest interval cadence allowed, in days; continuous needs `continuous`. */
    minCadenceDays: number;
    continuous: boolean;
    wipLimit: boolean;
  };
  work: {
    featuresPerTurn: number;
    bugsPerTurn: number;
    /** Mean developer hours of a feature; other kinds scale from it in the tuning. */
    featureEffortHours: number;
    /** Share of feature ideas that actually earn money. */
    goodIdeaShare: number;
    /** Revenue per turn added by one good feature once it runs in production. */
    featureValuePerTurn: number;
    /** Items beyond this many waiting in a backlog class are dropped (the market moves on). */
    backlogCap: number;
  };
  business: {
    users: number;
    /** Organic user growth per turn (0.01 = 1 %). */
    userGrowthPerTurn: number;
    /** Revenue per turn of the product that already runs at the start. */
    baseRevenuePerTurn: number;
    /** Extra cost per hour of full outage (penalties, support), on top of lost revenue. */
    downtimeCostPerHour: number;
    /** Requests per user per hour at normal load. */
    requestsPerUserHour: number;
  };
  traffic: {
    spikeChancePerTurn: number;
    spikeMultiplier: [number, number];
    spikeHours: number;
    scheduledSpikes: { turn: number; multiplier: number; hours: number }[];
  };
  slo: { target: number; windowDays: number };
  initial: {
    techDebt: number;
    /** Vulnerabilities present but unknown at the start. */
    vulnerabilities: number;
    /** Westrum culture score 0 (pathological) … 100 (generative). */
    culture: number;
    morale: number;
  };
  events: {
    /** Chance per turn that one random event from the pool comes up. */
    randomChancePerTurn: number;
    randomPool: string[];
    /** Whether a random event may come up again once it has; by default each comes at most once. */
    repeatRandom: boolean;
    scheduled: ScheduledEvent[];
    /** Scenario-specific events; they replace built-in events with the same id. */
    definitions: EventDef[];
  };
  goals: GoalConfig[];
  /** The calendar; the first act starts at turn 1 in startYear. */
  acts: Act[];
  difficulty: Difficulty;
  market: {
    /** Good features a turn the rival ships at act multiple 1; 0 = no rival. */
    rivalFeaturesPerTurn: number;
    /** Share of users a turn who leave for the rival when it ships and the company does not. */
    churnPerTurn: number;
    /** Price of the first new market (each further one costs 1.5 times the last); 0 = none on offer. */
    expansionCost: number;
    /** Users a new market brings, as a share of the users now. */
    expansionUsers: number;
    /** The first era in which the company can open a new market. */
    expansionEra: Era;
  };
  incidents: {
    /** An incident failing at least this share of requests is major: the turn stops to fight it. */
    majorImpact: number;
    /** At most this many fights a turn; later major incidents follow the team's playbook. */
    fightsPerTurn: number;
  };
  stakes: {
    /** Customers walk away when availability over the SLO window falls below this. */
    trustAvailability: number;
    /** The rival has taken the market when users fall below this share of the start. */
    disruptedUsers: number;
  };
  /** Overrides of engine tuning constants (see catalog/tuning.ts). */
  tuning?: Partial<Tuning>;
}

/** Engine constants that a scenario may override; defaults live in catalog/tuning.ts. */
export interface Tuning {
  /** Working hours per calendar hour: 40 h per 168 h week. */
  workShare: number;
  effortByKind: Record<WorkKind, number>;
  /** Hours of developer effort per rework of a defect found before production. */
  reworkHours: number;
  /** Tech debt points after which effort and defects double. */
  debtScale: number;
  debtPaydownPerItem: number;
  hardwareFaultsPerNodeYear: number;
  ossVulnsPerTurn: number;
  exploitChancePerVulnTurn: number;
  attritionPerTurn: number;
  featureValueDecay: number;
  responseEffortHours: number;
  postmortemCap: number;
}

// ---------------------------------------------------------------------------------------------
// Mechanism knobs (all numbers; flags are 0 or 1). Practices and eras change these, nothing else.

export type Knob =
  | 'effortFactor' | 'productivity' | 'coordinationFactor' | 'sliceHours' | 'defectIntro' | 'vulnIntro'
  | 'debtPerItem' | 'reviewLatencyHours' | 'reviewDetect' | 'reviewEffort' | 'unitTestDetect'
  | 'ci' | 'ciHours' | 'integrationHoursPerItem' | 'integrateDetect'
  | 'testAutomated' | 'automatedTestHours' | 'automatedTestDetect' | 'manualTestHoursPerItem'
  | 'regressionTestHours' | 'manualTestDetect' | 'testEnvWaitHours'
  | 'cabIntervalDays' | 'cabPrepHours' | 'cabDetect' | 'emergencyApprovalHours' | 'approvalHours'
  | 'releaseFixedHours' | 'releaseHoursPerItem'
  | 'deployHours' | 'deployDowntimeHours' | 'deployWindowHours' | 'handoverHours' | 'autoDeploy'
  | 'breakProb' | 'envDriftRisk' | 'blastRadius' | 'rollback' | 'rollbackHours' | 'featureFlags'
  | 'detectionHours' | 'diagnosisFactor' | 'observability' | 'teamVariety' | 'systemVarietyFactor'
  | 'autoRecovery' | 'failover' | 'autoscaling' | 'provisionHours' | 'nodeReplaceHours' | 'workaroundHours'
  | 'vulnDetectDesign' | 'vulnDetectManual' | 'vulnDetectSecUnit' | 'vulnDetectSast' | 'vulnDetectSca'
  | 'vulnDetectDast' | 'vulnDetectIast' | 'vulnDiscovery' | 'exploitFactor'
  | 'onboardingTurns' | 'ideaValidation' | 'postmortemLearning' | 'cultureDrift' | 'moraleDrift'
  | 'infraCostFactor' | 'nodeCapacityFactor' | 'featureValueFactor' | 'goodIdeaFactor';

export type Mechanisms = Record<Knob, number>;
export type KnobOp = ['set' | 'mul' | 'add', number];
export type KnobEffects = Partial<Record<Knob, KnobOp>>;

export interface PracticeDef {
  id: string;
  habit: Habit;
  era: Era;
  costUpfront: number;
  costPerTurn: number;
  adoptionTurns: number;
  /** Share of developer capacity lost while the practice is being adopted (the J-curve dip). */
  dip: number;
  requires: string[];
  effects: KnobEffects;
  /** What kind of change it is, for strategies and the UI: tools vs culture vs team. */
  tags: ('automation' | 'culture' | 'team' | 'security' | 'observability' | 'lean' | 'product')[];
  /** The first calendar year it is on offer, when that is later than its era's year. */
  since?: number;
  /**
   * Turns after it lands before the team trusts it (the J-curve): meanwhile the manual steps it
   * replaced still run alongside it, and its new checks raise false alarms on indebted code.
   */
  settleTurns?: number;
}

// ---------------------------------------------------------------------------------------------
// Commands and results

export type Command =
  | { type: 'adoptPractice'; practice: string }
  | { type: 'abandonPractice'; practice: string }
  | { type: 'setPolicy'; policy: 'cadence'; value: Cadence }
  | { type: 'setPolicy'; policy: 'wipLimit'; value: number | null }
  | { type: 'setPolicy'; policy: 'approval'; value: Approval }
  | { type: 'setPolicy'; policy: 'capacitySplit'; value: CapacitySplit }
  | { type: 'setPolicy'; policy: 'incidentResponse'; value: IncidentResponse }
  | { type: 'hire'; role: Role; count: number }
  | { type: 'fire'; role: Role; count: number }
  | { type: 'chooseEventOption'; event: string; option: string }
  | { type: 'advanceEra' }
  | { type: 'expandMarket' }
  | { type: 'respondIncident'; action: IncidentAction; responders: Responders }
  /** A workshop's facilitator only: the server refuses it from players (src/server/team-room.ts). */
  | { type: 'injectEvent'; event: string };

export interface Reason {
  code: string;
  params: Record<string, string | number>;
}

/** A fact the UI can translate; never prose. */
export interface SimEvent {
  id: string;
  type: string;
  turn: number;
  params: Record<string, string | number | boolean>;
}

export type CommandResult =
  | { ok: true; state: GameState; events: SimEvent[] }
  | { ok: false; reason: Reason };

export interface TurnResult {
  state: GameState;
  events: SimEvent[];
}

// ---------------------------------------------------------------------------------------------
// Metrics

export interface TurnMetrics {
  turn: number;
  deploys: number;
  unplannedDeploys: number;
  failedDeploys: number;
  /** Deploys per day. */
  deployFrequency: number;
  itemsDeployed: number;
  /** Commit (end of review) to running in production, hours; NaN-free: 0 when nothing deployed. */
  leadTimeMean: number;
  leadTimeMedian: number;
  /** 90th percentile of the turn's lead times (hours): the slow tail a median hides. */
  leadTimeP90: number;
  /** Start of development to production, hours (the span Little's law uses). */
  cycleTimeMean: number;
  changeFailureRate: number;
  /** Mean hours from a change-caused failure to service restored (failed deployment recovery). */
  restoreChangeMean: number;
  restoreAllMean: number;
  incidents: number;
  changeIncidents: number;
  reworkRate: number;
  changeVolume: number;
  successRate: number;
  /** Items reaching production per day. */
  throughput: number;
  /** Time-averaged items between start of development and production. */
  wip: number;
  utilisation: number;
  /** Mean hours from arrival to start of development. */
  queueWaitMean: number;
  availability: number;
  errorBudgetLeft: number;
  newWorkShare: number;
  unplannedWorkShare: number;
  techDebt: number;
  securityDebt: number;
  /** Vulnerabilities in the team's own changes that reached production this turn (third-party ones not counted). */
  vulnShipped: number;
  morale: number;
  burnout: number;
  culture: number;
  headcount: number;
  leavers: number;
  users: number;
  revenue: number;
  cost: number;
  budget: number;
  backlog: number;
  releaseCostHours: number;
  /** This turn's points on the balanced scorecard, 0–100 (score.ts); the game's score is their sum. */
  score: number;
  /** Good features shipped this turn, each weighted by how fresh it still was (world.ts). */
  freshFeatures: number;
  /** Counts behind the restore means, so windows can be averaged exactly. */
  restoredChange: number;
  restoredAll: number;
}

export type MetricKey = Exclude<keyof TurnMetrics, 'turn'>;

/** A key's band over a window; null when the window holds nothing to grade (no deploy, no restore). */
export interface DoraBands {
  deployFrequency: DoraBand;
  leadTime: DoraBand | null;
  changeFailureRate: DoraBand | null;
  timeToRestore: DoraBand | null;
}

export interface MetricsSummary {
  turns: number;
  /** Sums and means over the window; rates recomputed from totals, not averaged per turn. */
  deploys: number;
  deployFrequency: number;
  leadTimeMean: number;
  leadTimeMedian: number;
  cycleTimeMean: number;
  changeFailureRate: number;
  restoreChangeMean: number;
  restoreAllMean: number;
  reworkRate: number;
  changeVolume: number;
  throughput: number;
  wip: number;
  utilisation: number;
  queueWaitMean: number;
  availability: number;
  newWorkShare: number;
  revenue: number;
  cost: number;
  bands: DoraBands;
}

// ---------------------------------------------------------------------------------------------
// Game state: plain JSON. Work items are stored as columns (struct of arrays) so that copying a
// state for the next turn is a handful of array slices.

export interface ItemColumns {
  kind: number[];
  effort: number[];
  arrivedAt: number[];
  startedAt: number[];
  committedAt: number[];
  /** Bit flags, see FLAG_* in flow.ts. */
  flags: number[];
  /** Incident a follow-up fixes, or -1. */
  incident: number[];
  /** The rest of a feature cut into slices, which the developer of this slice goes on with; or -1. */
  next: number[];
  stage: number[];
  free: number[];
}

export interface Incident {
  id: number;
  cause: IncidentCause;
  service: number;
  domain: Cynefin;
  startAt: number;
  detectAt: number;
  /** -1 while it waits for a fix-forward deploy. */
  restoreAt: number;
  /** Fraction of user requests that fail while it lasts. */
  impact: number;
  recovery: 'rollback' | 'flag' | 'fixForward' | 'workaround' | 'auto' | 'scale' | 'replace' | 'shed' | 'failover' | 'pending';
  deploy: number;
  /** A major incident the team fights: the diagnosis it needs with the on-call engineer alone (hours). */
  diagnosis?: number;
  /** Fought: the change is behind a feature flag. */
  flaggable?: boolean;
  /** Fought capacity incident: when the spike ends by itself. */
  until?: number;
  /** Fought: who worked on it. */
  responders?: Responders;
  /** Broken by the same deploy as this incident, and restored with it (one rollback or fix). */
  with?: number;
}

/**
 * A major incident the team has just noticed: the turn stops until the player responds. `turn`
 * keeps what the rest of the turn needs that is not otherwise in the state (see engine.ts).
 */
export interface Fight {
  incident: number;
  at: number;
  /** Ways to restore it the company has (the first is its usual playbook). */
  actions: IncidentAction[];
  turn: { prod: number; dip: number; coordination: number; systemVariety: number; teamVariety: number; major: number[] | null };
}

export interface PendingEvent {
  id: string;
  event: string;
  turn: number;
  params: Record<string, string | number>;
}

export interface PracticeState {
  adopted: string[];
  adopting: { id: string; turnsLeft: number }[];
  /** Adopted automation the team does not trust yet; `turnsLeft` of the practice's `settleTurns`. */
  settling: { id: string; turnsLeft: number }[];
}

export interface GameState {
  version: 1;
  scenario: ScenarioConfig;
  seed: number;
  turn: number;
  /** Hours since the game started. */
  clock: number;
  era: Era;
  status: GameStatus;
  rng: Record<string, number[]>;
  policies: Policies;
  practices: PracticeState;
  team: {
    developers: number;
    testers: number;
    operations: number;
    ramping: { role: Role; count: number; turnsLeft: number }[];
    hiring: { role: Role; count: number; turnsLeft: number }[];
    productivityMods: { delta: number; turnsLeft: number }[];
  };
  people: { morale: number; burnout: number; culture: number; knowledge: number; learning: number };
  flow: FlowState;
  ops: OpsState;
  business: {
    users: number;
    featureValue: number;
    /** Freshness-weighted good features a turn, smoothed over about six turns: the company's pace. */
    pace: number;
    /** This turn's freshness-weighted good features so far. */
    fresh: number;
    expansions: number;
  };
  money: { budget: number; income: number; expenses: number };
  pendingEvents: PendingEvent[];
  /** Random events that have come up this game (replaced, never changed in place). */
  seenEvents: string[];
  /** Set while a turn waits for the response to a major incident; absent otherwise. */
  fight?: Fight;
  history: TurnMetrics[];
  /** Lead-time histogram over the whole game (log-spaced buckets, see metrics.ts). */
  leadHistogram: number[];
  seq: number;
}

export interface FlowState {
  items: ItemColumns;
  /** Waiting item slots per class, in arrival order, plus an expedite lane at index 4. */
  backlog: number[][];
  /** Slots done with per-item stages, waiting for a release cut. */
  ready: number[];
  /** Slots in the release currently going through the batch phases. */
  batch: number[];
  /** Slots of prepared releases waiting for the change advisory board's next meeting. */
  approving: number[];
  /** When the board next meets for the waiting releases (hours), or -1. */
  meetingAt: number;
  /** Slots the board approved, going out as one release. */
  approved: number[];
  hotfixReady: number[];
  hotfixBatch: number[];
  /** Event heap, flat: [time, seq, type, ref] per entry. */
  heap: number[];
  heapSeq: number;
  devIdle: number;
  devBusy: number;
  /** Clock of the last change of devBusy / inProgress, for exact time averages. */
  busyMark: number;
  wipMark: number;
  /** Hours of non-item developer work (integration, incident response) still to be done. */
  devTaxHours: number;
  pipelineBusy: boolean;
  hotfixBusy: boolean;
  cutPending: boolean;
  nextCutAt: number;
  /**
   * Next arrival of a feature request and of a bug report (hours; -1 before the first turn). Each
   * is a Poisson stream, so only its next arrival is drawn, and it stays out of the event heap.
   */
  nextFeatureAt: number;
  nextBugAt: number;
  inProgress: number;
  /** Items being developed, reviewed or built: what a WIP limit counts (not work waiting for a release). */
  atTeam: number;
  /** Hours each class received, for the capacity split. */
  classHours: number[];
  arrived: number;
  deployed: number;
  dropped: number;
  deploySeq: number;
  /** Accumulators of the current turn, reset by metrics.ts at the end of each turn. */
  acc: FlowAccumulators;
}

export interface FlowAccumulators {
  deploys: number;
  unplannedDeploys: number;
  failedDeploys: number;
  itemsDeployed: number;
  leadSum: number;
  leads: number[];
  cycleSum: number;
  wipArea: number;
  busyHours: number;
  /** Developer-hours nobody was busy (people working out their notice count as present). */
  idleHours: number;
  queueWaitSum: number;
  started: number;
  newHours: number;
  unplannedHours: number;
  otherHours: number;
  releaseCostHours: number;
  vulnShipped: number;
}

export interface OpsState {
  open: Incident[];
  nextIncident: number;
  /** Per-service dynamic data, parallel to scenario.systems. */
  nodes: number[];
  /** Fraction of user requests that pass through each service (from the dependency graph). */
  reach: number[];
  vulnKnown: number;
  vulnUnknown: number;
  techDebt: number;
  /** Hardware faults absorbed by failover this turn. */
  absorbedFaults: number;
  acc: {
    incidents: number;
    changeIncidents: number;
    restoreChangeSum: number;
    restoreChangeCount: number;
    restoreAllSum: number;
    restoreAllCount: number;
    badMinutes: number;
    downtimeHours: number;
    /** Major incidents this turn that the team fights (bounded by scenario.incidents.fightsPerTurn). */
    fights: number;
  };
}

export interface GameMetrics {
  /** The last completed turn, or null before the first. */
  current: TurnMetrics | null;
  history: TurnMetrics[];
  game: MetricsSummary;
  /** The last third of the turns played: where a transformation should show after its J-curve. */
  lastThird: MetricsSummary;
}
