// What the Phaser board draws, reduced from the engine state: piles per pipeline column, the
// services with their status and a layered position, the teams, the last deploys. Pure and
// deterministic, so it can be tested without a canvas and recomputed on every change.
import { STAGE } from '../sim/context.ts';
import type { GameState, Role, ServiceConfig, SimEvent } from '../sim/types.ts';
import { ROLES, WORK_KINDS } from '../sim/types.ts';

export const BOARD_COLUMNS = [
  'backlog', 'develop', 'review', 'integrate', 'test', 'approve', 'release', 'deploy', 'run',
] as const;
export type BoardColumn = (typeof BOARD_COLUMNS)[number];

/** Items per work kind, indexed like WORK_KINDS. */
export type KindCounts = number[];

export interface ColumnView {
  column: BoardColumn;
  /** Items waiting or being worked on here, one pile per column. */
  counts: KindCounts;
  total: number;
}

/**
 * A release batch in flight. It goes through test, approval, release and deploy as one block, and
 * the engine does not record which of those phases it is in, so the board draws it across all four.
 */
export interface BatchView {
  counts: KindCounts;
  total: number;
  hotfix: boolean;
}

export type ServiceStatus = 'ok' | 'incident' | 'degraded';

export interface ServiceView {
  id: string;
  kind: string;
  nodes: number;
  entry: boolean;
  status: ServiceStatus;
  /** Whether the team knows of the incident yet (late detection is part of the story). */
  detected: boolean;
  /** Depth in the dependency graph: 0 for services nothing depends on (entries), growing rightwards. */
  layer: number;
  /** Position inside the layer, top to bottom. */
  order: number;
  layerSize: number;
}

export interface EdgeView {
  /** Index of the dependant (left). */
  from: number;
  /** Index of the dependency (right). */
  to: number;
  /** A failure travels along this edge: the dependency is down or degraded. */
  broken: boolean;
}

export interface TeamView {
  role: Role;
  people: number;
  /** Hired but not productive yet (ramping up or still being recruited). */
  joining: number;
  /** 0 … 1, how busy the role was. */
  load: number;
}

export interface DeployView {
  turn: number;
  deploys: number;
  items: number;
  failed: number;
}

export interface BoardModel {
  turn: number;
  clock: number;
  columns: ColumnView[];
  /** Release batches in flight: the regular one and an expedited hotfix. */
  batches: BatchView[];
  /** Items on the board (every column but run): the conservation check of the tests. */
  alive: number;
  /** Items that reached production last turn and since the start. */
  run: { lastTurn: number; total: number };
  services: ServiceView[];
  edges: EdgeView[];
  layers: number;
  team: TeamView[];
  morale: number;
  burnout: number;
  culture: number;
  /** Oldest first, at most RECENT_DEPLOY_TURNS. */
  deploys: DeployView[];
}

export const RECENT_DEPLOY_TURNS = 8;

const COLUMN_OF_STAGE = new Map<number, BoardColumn>([
  [STAGE.BACKLOG, 'backlog'],
  [STAGE.DEV, 'develop'],
  [STAGE.REVIEW, 'review'],
  [STAGE.CI, 'integrate'],
  // Done items wait for the next release cut, which starts with its test phase.
  [STAGE.READY, 'test'],
  [STAGE.HOTFIX_READY, 'test'],
]);

function emptyCounts(): KindCounts {
  return WORK_KINDS.map(() => 0);
}

function countColumns(s: GameState): { columns: ColumnView[]; batch: KindCounts; hotfix: KindCounts; alive: number } {
  const index = new Map(BOARD_COLUMNS.map((c, i) => [c, i]));
  const columns: ColumnView[] = BOARD_COLUMNS.map((column) => ({ column, counts: emptyCounts(), total: 0 }));
  const batch = emptyCounts();
  const hotfix = emptyCounts();
  const { stage, kind } = s.flow.items;
  let alive = 0;
  for (let slot = 0; slot < stage.length; slot++) {
    const st = stage[slot]!;
    const k = kind[slot]!;
    if (st === STAGE.BATCH) batch[k]!++;
    else if (st === STAGE.HOTFIX_BATCH) hotfix[k]!++;
    else {
      const column = COLUMN_OF_STAGE.get(st);
      // Free slots and arrivals scheduled for later are not on the board.
      if (column === undefined) continue;
      const view = columns[index.get(column)!]!;
      view.counts[k]!++;
      view.total++;
    }
    alive++;
  }
  return { columns, batch, hotfix, alive };
}

function sum(xs: number[]): number {
  let t = 0;
  for (const x of xs) t += x;
  return t;
}

export interface ServiceLayout {
  layer: number[];
  order: number[];
  layerSize: number[];
  layers: number;
  /** deps[i]: indexes of the services i depends on (unknown ids dropped). */
  deps: number[][];
  /** dependants[j]: indexes of the services that depend on j. */
  dependants: number[][];
}

/**
 * Layers by dependency depth: a service sits one layer right of its deepest dependant, so users'
 * entry points are on the left and the databases they all lean on end up on the right. Cycles
 * (which a scenario should not have) are cut where the depth-first walk meets them.
 */
export function layoutServices(systems: readonly ServiceConfig[]): ServiceLayout {
  const n = systems.length;
  const indexOf = new Map(systems.map((svc, i) => [svc.id, i]));
  const deps = systems.map((svc) => {
    const out: number[] = [];
    for (const id of svc.dependsOn) {
      const j = indexOf.get(id);
      if (j !== undefined && !out.includes(j)) out.push(j);
    }
    return out;
  });
  const dependants: number[][] = systems.map(() => []);
  deps.forEach((ds, i) => { for (const j of ds) dependants[j]!.push(i); });

  const layer = new Array<number>(n).fill(-1);
  const onPath = new Array<boolean>(n).fill(false);
  const depth = (i: number): number => {
    if (layer[i]! >= 0) return layer[i]!;
    onPath[i] = true;
    let d = 0;
    for (const p of dependants[i]!) if (!onPath[p]) d = Math.max(d, depth(p) + 1);
    onPath[i] = false;
    layer[i] = d;
    return d;
  };
  for (let i = 0; i < n; i++) depth(i);

  const layers = n === 0 ? 0 : Math.max(...layer) + 1;
  const byLayer: number[][] = Array.from({ length: layers }, () => []);
  for (let i = 0; i < n; i++) byLayer[layer[i]!]!.push(i);
  const order = new Array<number>(n).fill(0);
  const layerSize = new Array<number>(n).fill(0);
  // Each layer is sorted by the mean position of its dependants, which keeps edges short and
  // mostly uncrossed; ties keep the scenario's own order.
  const key = new Array<number>(n).fill(0);
  for (const members of byLayer) {
    for (const i of members) {
      const ps = dependants[i]!.filter((p) => layer[p]! < layer[i]!);
      key[i] = ps.length === 0 ? i / Math.max(1, n) : sum(ps.map((p) => (order[p]! + 0.5) / layerSize[p]!)) / ps.length;
    }
    members.sort((a, b) => key[a]! - key[b]! || a - b);
    members.forEach((i, o) => { order[i] = o; layerSize[i] = members.length; });
  }
  return { layer, order, layerSize, layers, deps, dependants };
}

// Scenario systems do not change during a game; the layout is computed once per systems array.
const layoutCache = new WeakMap<readonly ServiceConfig[], ServiceLayout>();

function cachedLayout(systems: readonly ServiceConfig[]): ServiceLayout {
  let layout = layoutCache.get(systems);
  if (!layout) {
    layout = layoutServices(systems);
    layoutCache.set(systems, layout);
  }
  return layout;
}

/** Services hit by an incident that has started, and every service that transitively depends on one. */
export function serviceStatus(s: GameState, layout: ServiceLayout): { status: ServiceStatus[]; detected: boolean[] } {
  const n = s.scenario.systems.length;
  const status = new Array<ServiceStatus>(n).fill('ok');
  const detected = new Array<boolean>(n).fill(false);
  const stack: number[] = [];
  for (const inc of s.ops.open) {
    if (inc.service < 0 || inc.service >= n || inc.startAt > s.clock) continue;
    status[inc.service] = 'incident';
    if (inc.detectAt <= s.clock) detected[inc.service] = true;
    stack.push(inc.service);
  }
  const seen = new Array<boolean>(n).fill(false);
  while (stack.length > 0) {
    const j = stack.pop()!;
    if (seen[j]) continue;
    seen[j] = true;
    for (const p of layout.dependants[j]!) {
      if (status[p] === 'ok') status[p] = 'degraded';
      stack.push(p);
    }
  }
  return { status, detected };
}

function teamLoad(s: GameState, role: Role, people: number): number {
  const last = s.history[s.history.length - 1];
  const clamp = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);
  if (role === 'developer') {
    if (last) return clamp(last.utilisation);
    const f = s.flow;
    return f.devBusy + f.devIdle > 0 ? clamp(f.devBusy / (f.devBusy + f.devIdle)) : 0;
  }
  if (role === 'operations') {
    // Every open incident keeps someone in operations busy, and so did every hour of last turn's
    // incidents, though they were over by its end.
    const now = s.ops.open.length;
    const before = last ? last.restoredAll * last.restoreAllMean / (s.scenario.turnDays * 24) : 0;
    return people > 0 ? clamp(Math.max(now, before) / people) : now + before > 0 ? 1 : 0;
  }
  // Testers work while a release is in its test phase.
  return s.flow.pipelineBusy ? 1 : s.flow.ready.length > 0 ? 0.5 : 0;
}

function teamView(s: GameState): TeamView[] {
  const count: Record<Role, number> = {
    developer: s.team.developers, tester: s.team.testers, operations: s.team.operations,
  };
  return ROLES.map((role) => {
    let joining = 0;
    for (const h of s.team.hiring) if (h.role === role) joining += h.count;
    for (const h of s.team.ramping) if (h.role === role) joining += h.count;
    return { role, people: count[role], joining, load: teamLoad(s, role, count[role]) };
  });
}

export function selectBoard(s: GameState): BoardModel {
  const { columns, batch, hotfix, alive } = countColumns(s);
  const batches: BatchView[] = [];
  if (sum(batch) > 0) batches.push({ counts: batch, total: sum(batch), hotfix: false });
  if (sum(hotfix) > 0) batches.push({ counts: hotfix, total: sum(hotfix), hotfix: true });

  const last = s.history[s.history.length - 1];
  // Deployed items leave the engine's item table, so "run" is a tally rather than a pile of items.
  const run = { lastTurn: last?.itemsDeployed ?? 0, total: s.flow.deployed };

  const systems = s.scenario.systems;
  const layout = cachedLayout(systems);
  const { status, detected } = serviceStatus(s, layout);
  const services: ServiceView[] = systems.map((svc, i) => ({
    id: svc.id,
    kind: svc.kind,
    nodes: s.ops.nodes[i] ?? svc.nodes,
    entry: (svc.entryShare ?? 0) > 0,
    status: status[i]!,
    detected: detected[i]!,
    layer: layout.layer[i]!,
    order: layout.order[i]!,
    layerSize: layout.layerSize[i]!,
  }));
  const edges: EdgeView[] = [];
  layout.deps.forEach((ds, from) => {
    for (const to of ds) edges.push({ from, to, broken: status[to] !== 'ok' });
  });

  const deploys = s.history.slice(-RECENT_DEPLOY_TURNS).map((h) => ({
    turn: h.turn, deploys: h.deploys, items: h.itemsDeployed, failed: h.failedDeploys,
  }));

  return {
    turn: s.turn,
    clock: s.clock,
    columns,
    batches,
    alive,
    run,
    services,
    edges,
    layers: layout.layers,
    team: teamView(s),
    morale: s.people.morale,
    burnout: s.people.burnout,
    culture: s.people.culture,
    deploys,
  };
}

export interface TurnPlay {
  /** Every deploy of the turn in order: one heavy release or many small ones. */
  deploys: { items: number; failed: boolean; unplanned: boolean }[];
  /** Services struck during the turn, including incidents already over by its end. */
  struck: number[];
}

/** The facts of a turn that the board animates, read from the engine's events. */
export function selectTurnPlay(s: GameState, events: readonly SimEvent[]): TurnPlay {
  const indexOf = new Map(s.scenario.systems.map((svc, i) => [svc.id, i]));
  const play: TurnPlay = { deploys: [], struck: [] };
  for (const e of events) {
    if (e.type === 'deploy') {
      play.deploys.push({ items: Number(e.params.items) || 0, failed: e.params.failed === true, unplanned: e.params.unplanned === true });
    } else if (e.type === 'incident') {
      const i = indexOf.get(String(e.params.service));
      if (i !== undefined && !play.struck.includes(i)) play.struck.push(i);
    }
  }
  return play;
}
