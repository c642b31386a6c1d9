// Creating and copying game states. A state is plain JSON; copying is a structural deep copy
// except for parts that are never mutated after creation: the scenario and past turns.
import { STAGE } from './context.ts';
import { emptyFlowAcc, emptyOpsAcc, HISTOGRAM_BUCKETS } from './metrics.ts';
import { computeReach } from './ops/systems.ts';
import { seedStreams } from './rng.ts';
import { actAt, DIFFICULTY } from './world.ts';
import type {
  Cadence, CapacitySplit, FlowState, GameState, Incident, ItemColumns, OpsState, Policies, ScenarioConfig, TurnMetrics,
} from './types.ts';

// Copies are spelled out field by field, in the order initialState creates them, rather than
// spread: V8 gives a spread copy a different, slower object layout than a literal, and a turn
// played on spread copies ran at about 60% of the speed of one played on literal-built objects.

function copyPolicies(p: Policies, cadence: Cadence, capacitySplit: CapacitySplit): Policies {
  return { cadence, wipLimit: p.wipLimit, approval: p.approval, capacitySplit, incidentResponse: p.incidentResponse };
}

function copyPeople(p: GameState['people']): GameState['people'] {
  return { morale: p.morale, burnout: p.burnout, culture: p.culture, knowledge: p.knowledge, learning: p.learning };
}

function copyGame(s: GameState, flow: FlowState, ops: OpsState, rng: Record<string, number[]>, history: TurnMetrics[], leadHistogram: number[]): GameState {
  return {
    version: s.version, scenario: s.scenario, seed: s.seed, turn: s.turn, clock: s.clock, era: s.era, status: s.status,
    rng,
    // Small lists inside these are only ever replaced, never changed in place, so copies share them.
    policies: copyPolicies(s.policies, s.policies.cadence, s.policies.capacitySplit),
    practices: { adopted: s.practices.adopted, adopting: s.practices.adopting, settling: s.practices.settling },
    team: {
      developers: s.team.developers, testers: s.team.testers, operations: s.team.operations,
      ramping: s.team.ramping, hiring: s.team.hiring, productivityMods: s.team.productivityMods,
    },
    people: copyPeople(s.people),
    flow,
    ops,
    business: { users: s.business.users, featureValue: s.business.featureValue, pace: s.business.pace, fresh: s.business.fresh, expansions: s.business.expansions },
    money: { budget: s.money.budget, income: s.money.income, expenses: s.money.expenses },
    pendingEvents: s.pendingEvents, seenEvents: s.seenEvents, history, leadHistogram, seq: s.seq,
    // Replaced, never changed in place.
    ...(s.fight ? { fight: s.fight } : {}),
  };
}

/** The flow's scalars with the given arrays; `acc` is copied, sharing its lead list unless given. */
function copyFlow(f: FlowState, items: ItemColumns, backlog: number[][], heap: number[], leads: number[]): FlowState {
  return {
    items, backlog, ready: f.ready, batch: f.batch, approving: f.approving, meetingAt: f.meetingAt, approved: f.approved,
    hotfixReady: f.hotfixReady, hotfixBatch: f.hotfixBatch,
    heap, heapSeq: f.heapSeq,
    devIdle: f.devIdle, devBusy: f.devBusy, busyMark: f.busyMark, wipMark: f.wipMark, devTaxHours: f.devTaxHours,
    pipelineBusy: f.pipelineBusy, hotfixBusy: f.hotfixBusy, cutPending: f.cutPending,
    nextCutAt: f.nextCutAt, nextFeatureAt: f.nextFeatureAt, nextBugAt: f.nextBugAt, inProgress: f.inProgress, atTeam: f.atTeam,
    classHours: f.classHours, arrived: f.arrived, deployed: f.deployed, dropped: f.dropped, deploySeq: f.deploySeq,
    acc: { ...f.acc, leads },
  };
}

function copyOps(o: OpsState, open: Incident[], nodes: number[]): OpsState {
  return {
    open, nextIncident: o.nextIncident, nodes, reach: o.reach, vulnKnown: o.vulnKnown, vulnUnknown: o.vulnUnknown,
    techDebt: o.techDebt, absorbedFaults: o.absorbedFaults, acc: { ...o.acc },
  };
}

/**
 * A copy for a change that leaves the flow's arrays, the event heap, incidents, random streams and
 * history alone (most player commands): those arrays are shared with the original.
 */
export function cloneSmall(s: GameState): GameState {
  const f = s.flow;
  return copyGame(s, copyFlow(f, f.items, f.backlog, f.heap, f.acc.leads), copyOps(s.ops, s.ops.open, s.ops.nodes), s.rng, s.history, s.leadHistogram);
}

function copyIncident(i: Incident): Incident {
  return {
    id: i.id, cause: i.cause, service: i.service, domain: i.domain, startAt: i.startAt, detectAt: i.detectAt,
    restoreAt: i.restoreAt, impact: i.impact, recovery: i.recovery, deploy: i.deploy,
    ...(i.diagnosis !== undefined ? { diagnosis: i.diagnosis } : {}),
    ...(i.flaggable ? { flaggable: true } : {}),
    ...(i.until !== undefined ? { until: i.until } : {}),
    ...(i.responders ? { responders: i.responders } : {}),
    ...(i.with !== undefined ? { with: i.with } : {}),
  };
}

/** A full copy, for a turn or a change that may touch anything: one slice per array. */
export function cloneState(s: GameState): GameState {
  const f = s.flow;
  const it = f.items;
  const b = f.backlog;
  const flow = copyFlow(f, {
    kind: it.kind.slice(), effort: it.effort.slice(), arrivedAt: it.arrivedAt.slice(), startedAt: it.startedAt.slice(),
    committedAt: it.committedAt.slice(), flags: it.flags.slice(), incident: it.incident.slice(), next: it.next.slice(),
    stage: it.stage.slice(), free: it.free.slice(),
  }, [b[0]!.slice(), b[1]!.slice(), b[2]!.slice(), b[3]!.slice(), b[4]!.slice()], f.heap.slice(), f.acc.leads.slice());
  flow.ready = f.ready.slice();
  flow.batch = f.batch.slice();
  flow.approving = f.approving.slice();
  flow.approved = f.approved.slice();
  flow.hotfixReady = f.hotfixReady.slice();
  flow.hotfixBatch = f.hotfixBatch.slice();
  flow.classHours = f.classHours.slice();
  const o = s.ops;
  const ops = copyOps(o, o.open.map(copyIncident), o.nodes.slice());
  ops.reach = o.reach.slice();
  const rng: Record<string, number[]> = {};
  for (const k in s.rng) rng[k] = s.rng[k]!.slice();
  return copyGame(s, flow, ops, rng, s.history.slice(), s.leadHistogram.slice());
}

export function initialState(scenario: ScenarioConfig, seed: number): GameState {
  const sc = scenario;
  const difficulty = sc.difficulty;
  return {
    version: 1,
    scenario: sc,
    seed,
    turn: 0,
    clock: 0,
    era: sc.era,
    status: 'running',
    rng: seedStreams(seed),
    policies: copyPolicies(sc.policies, { ...sc.policies.cadence }, { ...sc.policies.capacitySplit }),
    practices: { adopted: sc.practices.adopted.slice(), adopting: [], settling: [] },
    team: {
      developers: sc.team.developers, testers: sc.team.testers, operations: sc.team.operations,
      ramping: [], hiring: [], productivityMods: [],
    },
    people: copyPeople({ morale: sc.initial.morale, burnout: 0, culture: sc.initial.culture, knowledge: 1, learning: 0 }),
    flow: {
      items: { kind: [], effort: [], arrivedAt: [], startedAt: [], committedAt: [], flags: [], incident: [], next: [], stage: [], free: [] },
      backlog: [[], [], [], [], []],
      ready: [], batch: [], approving: [], meetingAt: -1, approved: [], hotfixReady: [], hotfixBatch: [],
      heap: [], heapSeq: 0,
      devIdle: sc.team.developers, devBusy: 0, busyMark: 0, wipMark: 0, devTaxHours: 0,
      pipelineBusy: false, hotfixBusy: false, cutPending: false,
      nextCutAt: -1, nextFeatureAt: -1, nextBugAt: -1, inProgress: 0, atTeam: 0, classHours: [0, 0, 0, 0],
      arrived: 0, deployed: 0, dropped: 0, deploySeq: 0,
      acc: emptyFlowAcc(),
    },
    ops: {
      open: [], nextIncident: 0,
      nodes: sc.systems.map((svc) => svc.nodes),
      reach: computeReach(sc.systems),
      vulnKnown: 0, vulnUnknown: sc.initial.vulnerabilities, techDebt: sc.initial.techDebt, absorbedFaults: 0,
      acc: emptyOpsAcc(),
    },
    // At the start the company keeps pace with its market.
    business: { users: sc.business.users, featureValue: 0, pace: sc.market.rivalFeaturesPerTurn * actAt(sc, 1).rival * DIFFICULTY[difficulty].rival, fresh: 0, expansions: 0 },
    money: { budget: sc.budget * DIFFICULTY[difficulty].budget, income: 0, expenses: 0 },
    pendingEvents: [],
    seenEvents: [],
    history: [],
    leadHistogram: new Array<number>(HISTOGRAM_BUCKETS).fill(0),
    seq: 0,
  };
}

/** Items in each place of the flow, for boards and for the conservation check. */
export function flowCounts(s: GameState): Record<string, number> {
  const counts: Record<string, number> = {
    pending: 0, backlog: 0, develop: 0, review: 0, integrate: 0, ready: 0, release: 0, hotfix: 0,
  };
  const names: Record<number, string> = {
    [STAGE.PENDING]: 'pending', [STAGE.BACKLOG]: 'backlog', [STAGE.DEV]: 'develop', [STAGE.REVIEW]: 'review',
    [STAGE.CI]: 'integrate', [STAGE.READY]: 'ready', [STAGE.BATCH]: 'release', [STAGE.HOTFIX_READY]: 'hotfix',
    [STAGE.HOTFIX_BATCH]: 'hotfix',
  };
  for (const st of s.flow.items.stage) {
    const name = names[st];
    if (name !== undefined) counts[name]!++;
  }
  return counts;
}
