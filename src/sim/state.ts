// Creating and copying game states. A state is plain JSON; copying is a structural deep copy
// except for parts that are never mutated after creation: the scenario and past turns.
import { STAGE } from './context.ts';
import { emptyFlowAcc, emptyOpsAcc, HISTOGRAM_BUCKETS } from './metrics.ts';
import { computeReach } from './ops/systems.ts';
import { seedStreams } from './rng.ts';
import type { FlowState, GameState, Incident, OpsState, ScenarioConfig } from './types.ts';

function deepCopy<T>(v: T): T {
  if (Array.isArray(v)) {
    if (v.length === 0 || typeof v[0] !== 'object') return v.slice() as T;
    return v.map(deepCopy) as T;
  }
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k in v) out[k] = deepCopy((v as Record<string, unknown>)[k]);
    return out as T;
  }
  return v;
}

/**
 * The parts of a state that every change may write: its scalars, policies, practices, team, people,
 * money and pending events. Each copy is written out by shape because a generic deep copy costs
 * more than the rest of a turn's bookkeeping. Nested objects and small lists that the engine only
 * ever replaces, never changes in place (cadence, capacity split, practices, hires, ramp-ups,
 * productivity boosts, pending events), are shared. The flow and ops parts are the caller's.
 */
function copySmallParts(s: GameState, flow: FlowState, ops: OpsState): GameState {
  return {
    ...s,
    policies: { ...s.policies },
    practices: { ...s.practices },
    team: { ...s.team },
    people: { ...s.people },
    flow,
    ops,
    business: { ...s.business },
    money: { ...s.money },
  };
}

/**
 * A copy for a change that leaves the flow's arrays, the event heap, incidents, random streams and
 * history alone (most player commands): those arrays are shared with the original.
 */
export function cloneSmall(s: GameState): GameState {
  return copySmallParts(s, { ...s.flow }, { ...s.ops });
}

// Spelled out rather than spread: incidents are many in a struggling company and copied every turn.
function copyIncident(i: Incident): Incident {
  return {
    id: i.id, cause: i.cause, service: i.service, domain: i.domain, startAt: i.startAt, detectAt: i.detectAt,
    restoreAt: i.restoreAt, impact: i.impact, recovery: i.recovery, deploy: i.deploy,
  };
}

/** A full copy, for a turn or a change that may touch anything: one slice per array. */
export function cloneState(s: GameState): GameState {
  const f = s.flow;
  const it = f.items;
  const b = f.backlog;
  const flow: FlowState = {
    ...f,
    items: {
      kind: it.kind.slice(), effort: it.effort.slice(), arrivedAt: it.arrivedAt.slice(), startedAt: it.startedAt.slice(),
      committedAt: it.committedAt.slice(), flags: it.flags.slice(), incident: it.incident.slice(), next: it.next.slice(),
      stage: it.stage.slice(), free: it.free.slice(),
    },
    backlog: [b[0]!.slice(), b[1]!.slice(), b[2]!.slice(), b[3]!.slice(), b[4]!.slice()],
    ready: f.ready.slice(), batch: f.batch.slice(), hotfixReady: f.hotfixReady.slice(), hotfixBatch: f.hotfixBatch.slice(),
    heap: f.heap.slice(),
    classHours: f.classHours.slice(),
    acc: { ...f.acc, leads: f.acc.leads.slice() },
  };
  const o = s.ops;
  const ops: OpsState = { ...o, open: o.open.map(copyIncident), nodes: o.nodes.slice(), reach: o.reach.slice(), acc: { ...o.acc } };
  const c = copySmallParts(s, flow, ops);
  const rng: Record<string, number[]> = {};
  for (const k in s.rng) rng[k] = s.rng[k]!.slice();
  c.rng = rng;
  c.history = s.history.slice();
  c.leadHistogram = s.leadHistogram.slice();
  return c;
}

export function initialState(scenario: ScenarioConfig, seed: number): GameState {
  const sc = scenario;
  return {
    version: 1,
    scenario: sc,
    seed,
    turn: 0,
    clock: 0,
    era: sc.era,
    status: 'running',
    rng: seedStreams(seed),
    policies: deepCopy(sc.policies),
    practices: { adopted: sc.practices.adopted.slice(), adopting: [] },
    team: {
      developers: sc.team.developers, testers: sc.team.testers, operations: sc.team.operations,
      ramping: [], hiring: [], productivityMods: [],
    },
    people: { morale: sc.initial.morale, burnout: 0, culture: sc.initial.culture, knowledge: 1, learning: 0 },
    flow: {
      items: { kind: [], effort: [], arrivedAt: [], startedAt: [], committedAt: [], flags: [], incident: [], next: [], stage: [], free: [] },
      backlog: [[], [], [], [], []],
      ready: [], batch: [], hotfixReady: [], hotfixBatch: [],
      heap: [], heapSeq: 0,
      devIdle: sc.team.developers, devBusy: 0, busyMark: 0, wipMark: 0, devTaxHours: 0,
      pipelineBusy: false, hotfixBusy: false, cutPending: false,
      nextCutAt: -1, nextFeatureAt: -1, nextBugAt: -1, inProgress: 0, classHours: [0, 0, 0, 0],
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
    business: { users: sc.business.users, featureValue: 0 },
    money: { budget: sc.budget, income: 0, expenses: 0 },
    pendingEvents: [],
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
