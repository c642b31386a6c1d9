import { describe, expect, it } from 'vitest';
import { loadShippedScenario } from '../../src/cli/scenario-files.ts';
import { advanceTurn, createGame } from '../../src/sim/index.ts';
import type { GameState, Incident, ScenarioConfig, ServiceConfig, SimEvent } from '../../src/sim/types.ts';
import { layoutServices, selectBoard, selectTurnPlay } from '../../src/state/board-model.ts';

// The shipped scenarios as players get them: the default game, and Snapdeal's ~120 services.
const journey = loadShippedScenario('our-devops-journey');
const snapdeal = loadShippedScenario('snapdeal-iac');

function play(scenario: ScenarioConfig, turns: number): GameState {
  let s = createGame(scenario, scenario.seed);
  for (let i = 0; i < turns && s.status === 'running'; i++) s = advanceTurn(s).state;
  return s;
}

function service(id: string, dependsOn: string[], extra: Partial<ServiceConfig> = {}): ServiceConfig {
  return { id, kind: 'service', nodes: 2, dependsOn, capacityPerNode: 1000, ...extra };
}

function incident(service: number, over: Partial<Incident> = {}): Incident {
  return {
    id: service, cause: 'hardware', service, domain: 'obvious', startAt: 0, detectAt: 0, restoreAt: 100,
    impact: 0.5, recovery: 'replace', deploy: -1, ...over,
  };
}

/** A state of the default game with its systems and open incidents replaced. */
function withSystems(systems: ServiceConfig[], open: Incident[]): GameState {
  const s = createGame(journey, 1);
  return {
    ...s,
    scenario: { ...s.scenario, systems },
    ops: { ...s.ops, open, nodes: systems.map((x) => x.nodes) },
  };
}

describe('board model: pipeline counts', () => {
  it('conserves items: the columns and batches hold exactly the items on the board', () => {
    let s = createGame(journey, journey.seed);
    for (let turn = 0; turn < 12 && s.status === 'running'; turn++) {
      s = advanceTurn(s).state;
      const m = selectBoard(s);
      const onBoard = s.flow.items.stage.filter((st) => st >= 1).length;
      const columns = m.columns.reduce((a, c) => a + c.total, 0);
      const batches = m.batches.reduce((a, b) => a + b.total, 0);
      expect(columns + batches).toBe(m.alive);
      expect(m.alive).toBe(onBoard);
      for (const c of m.columns) expect(c.counts.reduce((a, b) => a + b, 0)).toBe(c.total);
      expect(m.run.total).toBe(s.flow.deployed);
    }
  });

  it('keeps the last turns of deploys, oldest first', () => {
    const s = play(journey, 10);
    const m = selectBoard(s);
    expect(m.deploys.length).toBeLessThanOrEqual(8);
    expect(m.deploys.map((d) => d.turn)).toEqual(s.history.slice(-8).map((h) => h.turn));
  });
});

describe('board model: systems layout', () => {
  const systems = [
    service('web', ['api'], { entryShare: 1 }),
    service('api', ['db', 'cache']),
    service('worker', ['db']),
    service('cache', []),
    service('db', []),
  ];

  it('places every dependant in a layer left of its dependencies, entries first', () => {
    for (const sys of [systems, snapdeal.systems, journey.systems]) {
      const l = layoutServices(sys);
      sys.forEach((svc, i) => {
        for (const id of svc.dependsOn) {
          const j = sys.findIndex((x) => x.id === id);
          expect(l.layer[i]).toBeLessThan(l.layer[j]!);
        }
        if (svc.entryShare) expect(l.layer[i]).toBe(0);
      });
    }
    const l = layoutServices(systems);
    expect(l.layer).toEqual([0, 1, 0, 2, 2]);
    expect(l.layers).toBe(3);
  });

  it('is deterministic and gives each service its own slot in its layer', () => {
    const a = layoutServices(snapdeal.systems);
    const b = layoutServices(structuredClone(snapdeal.systems));
    expect(b).toEqual(a);
    const slots = new Set(snapdeal.systems.map((_, i) => `${a.layer[i]}:${a.order[i]}`));
    expect(slots.size).toBe(snapdeal.systems.length);
    snapdeal.systems.forEach((_, i) => expect(a.order[i]).toBeLessThan(a.layerSize[i]!));
  });

  it('survives a dependency cycle and unknown ids', () => {
    const l = layoutServices([service('a', ['b']), service('b', ['a', 'ghost']), service('c', ['a'])]);
    expect(l.layer.every((x) => x >= 0 && x < l.layers)).toBe(true);
    expect(l.deps[1]).toEqual([0]);
  });
});

describe('board model: incident spread', () => {
  // e → a → b → c ← d, and f on its own.
  const systems = [
    service('a', ['b']), service('b', ['c']), service('c', []), service('d', ['c']),
    service('e', ['a'], { entryShare: 1 }), service('f', []),
  ];

  it('marks the struck service and exactly its transitive dependants', () => {
    const m = selectBoard(withSystems(systems, [incident(2)]));
    expect(m.services.map((s) => s.status)).toEqual(['degraded', 'degraded', 'incident', 'degraded', 'degraded', 'ok']);
    const n = selectBoard(withSystems(systems, [incident(0)]));
    expect(n.services.map((s) => s.status)).toEqual(['incident', 'ok', 'ok', 'ok', 'degraded', 'ok']);
  });

  it('breaks the edges that lead into trouble and no others', () => {
    const m = selectBoard(withSystems(systems, [incident(0)]));
    const broken = m.edges.filter((e) => e.broken).map((e) => `${systems[e.from]!.id}>${systems[e.to]!.id}`);
    expect(broken).toEqual(['e>a']);
  });

  it('ignores incidents that have not started and tells whether the team knows yet', () => {
    const s = withSystems(systems, [incident(5, { startAt: 1e9 }), incident(3, { detectAt: 1e9 })]);
    const m = selectBoard(s);
    expect(m.services[5]!.status).toBe('ok');
    expect(m.services[3]!.status).toBe('incident');
    expect(m.services[3]!.detected).toBe(false);
  });
});

describe('board model: turn play', () => {
  it('reads deploys and struck services from the events', () => {
    const s = createGame(journey, 1);
    const id = s.scenario.systems[1]!.id;
    const events: SimEvent[] = [
      { id: '1', type: 'deploy', turn: 1, params: { deploy: 0, items: 42, unplanned: false, failed: true } },
      { id: '2', type: 'incident', turn: 1, params: { incident: 0, cause: 'change', service: id } },
      { id: '3', type: 'incident', turn: 1, params: { incident: 1, cause: 'change', service: id } },
      { id: '4', type: 'hired', turn: 1, params: { role: 'tester', count: 1 } },
    ];
    expect(selectTurnPlay(s, events)).toEqual({
      deploys: [{ items: 42, failed: true, unplanned: false }],
      struck: [1],
    });
  });
});

describe('board model at Snapdeal scale', () => {
  it('draws ~120 services and their edges from a running game', () => {
    const s = play(snapdeal, 3);
    const m = selectBoard(s);
    expect(m.services).toHaveLength(snapdeal.systems.length);
    expect(m.edges.length).toBe(snapdeal.systems.reduce((a, x) => a + x.dependsOn.length, 0));
    expect(m.services.reduce((a, x) => a + x.nodes, 0)).toBeGreaterThan(1000);
    const onBoard = s.flow.items.stage.filter((st) => st >= 1).length;
    expect(m.alive).toBe(onBoard);
  });
});

describe('team load', () => {
  it('shows operations busy after a turn of outages, though every incident was over by its end', () => {
    let s = createGame(journey, journey.seed);
    let found = false;
    for (let i = 0; i < 12 && !found; i++) {
      s = advanceTurn(s).state;
      const last = s.history[s.history.length - 1]!;
      if (last.restoredAll > 0 && s.ops.open.length === 0) {
        found = true;
        const ops = selectBoard(s).team.find((x) => x.role === 'operations')!;
        expect(ops.load).toBeGreaterThan(0);
      }
    }
    expect(found).toBe(true);
  });
});
