// Creating and copying game states. A state is plain JSON; copying is a structural deep copy
// except for two parts that are never mutated after creation: the scenario and past turns.
import { STAGE } from './context.ts';
import { emptyFlowAcc, emptyOpsAcc, HISTOGRAM_BUCKETS } from './metrics.ts';
import { computeReach } from './ops/systems.ts';
import { seedStreams } from './rng.ts';
import type { GameState, ScenarioConfig } from './types.ts';

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

/** Hand-written copy of the hot parts (item columns, queues, heap): one slice per array. */
export function cloneState(s: GameState): GameState {
  const f = s.flow;
  const it = f.items;
  return {
    ...s,
    rng: deepCopy(s.rng),
    policies: deepCopy(s.policies),
    practices: deepCopy(s.practices),
    team: deepCopy(s.team),
    people: { ...s.people },
    flow: {
      ...f,
      items: {
        kind: it.kind.slice(), effort: it.effort.slice(), arrivedAt: it.arrivedAt.slice(), startedAt: it.startedAt.slice(),
        committedAt: it.committedAt.slice(), flags: it.flags.slice(), incident: it.incident.slice(), stage: it.stage.slice(),
        free: it.free.slice(),
      },
      backlog: f.backlog.map((q) => q.slice()),
      ready: f.ready.slice(), batch: f.batch.slice(), hotfixReady: f.hotfixReady.slice(), hotfixBatch: f.hotfixBatch.slice(),
      heap: f.heap.slice(),
      classHours: f.classHours.slice(),
      acc: { ...f.acc, leads: f.acc.leads.slice() },
    },
    ops: { ...s.ops, open: s.ops.open.map((i) => ({ ...i })), nodes: s.ops.nodes.slice(), reach: s.ops.reach.slice(), acc: { ...s.ops.acc } },
    business: { ...s.business },
    money: { ...s.money },
    pendingEvents: deepCopy(s.pendingEvents),
    history: s.history.slice(),
    leadHistogram: s.leadHistogram.slice(),
  };
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
      items: { kind: [], effort: [], arrivedAt: [], startedAt: [], committedAt: [], flags: [], incident: [], stage: [], free: [] },
      backlog: [[], [], [], [], []],
      ready: [], batch: [], hotfixReady: [], hotfixBatch: [],
      heap: [], heapSeq: 0,
      devIdle: sc.team.developers, devBusy: 0, busyMark: 0, wipMark: 0, devTaxHours: 0,
      pipelineBusy: false, hotfixBusy: false, cutPending: false,
      nextCutAt: -1, inProgress: 0, classHours: [0, 0, 0, 0],
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
