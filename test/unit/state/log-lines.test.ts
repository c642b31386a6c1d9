import { describe, expect, it } from 'vitest';
import { loadShippedScenario } from '../../../src/cli/scenario-files.ts';
import { advanceTurn, createGame } from '../../../src/sim/index.ts';
import type { SimEvent } from '../../../src/sim/index.ts';
import { loadBuiltinScenario } from '../../../src/scenarios/builtin.ts';
import { createGameStore } from '../../../src/state/game.ts';
import { groupTurn, logTurnOf, logTurns } from '../../../src/state/log-lines.ts';

/** The facts of a continuous-delivery company's first turns: many deploys, some incidents. */
function facts(turns: number): SimEvent[] {
  const scenario = loadShippedScenario('beyond-devops');
  let state = createGame(scenario, scenario.seed);
  const log: SimEvent[] = [];
  for (let i = 0; i < turns; i++) {
    const r = advanceTurn(state);
    state = r.state;
    log.push(...r.events);
  }
  return log;
}

describe('the log', () => {
  const log = facts(4);

  it('puts a turn of many deploys on one line with how many failed', () => {
    const turn = log.filter((e) => e.turn === 1);
    const deploys = turn.filter((e) => e.type === 'deploy');
    expect(deploys.length).toBeGreaterThan(20);
    const lines = groupTurn(turn);
    const grouped = lines.filter((l) => l.kind === 'deploys');
    expect(grouped).toEqual([{
      kind: 'deploys', count: deploys.length, failed: deploys.filter((e) => e.params.failed === true).length,
      items: deploys.reduce((n, e) => n + Number(e.params.items), 0),
    }]);
    expect(lines.some((l) => l.kind === 'fact' && l.fact.type === 'deploy')).toBe(false);
  });

  it('groups incidents by cause and names the worst of each', () => {
    const all = log.filter((e) => e.type === 'incident');
    const causes = new Set(all.map((e) => e.params.cause));
    expect(all.length).toBeGreaterThan(causes.size);
    const lines = logTurns(log).flatMap((t) => t.lines).filter((l) => l.kind === 'incidents');
    expect(lines.reduce((n, l) => n + (l.kind === 'incidents' ? l.count : 0), 0)).toBe(all.length);
    for (const turn of logTurns(log)) {
      const causesHere = turn.lines.flatMap((l) => (l.kind === 'incidents' ? [l.cause] : []));
      expect(new Set(causesHere).size).toBe(causesHere.length);
      for (const l of turn.lines) {
        if (l.kind !== 'incidents') continue;
        const same = log.filter((e) => e.turn === turn.turn && e.type === 'incident' && e.params.cause === l.cause);
        expect(Number(l.worst.params.impact)).toBe(Math.max(...same.map((e) => Number(e.params.impact))));
      }
    }
  });

  it('keeps the newest turns first and every other fact in the order it happened', () => {
    const turns = logTurns(log);
    expect(turns.map((t) => t.turn)).toEqual([...new Set(log.map(logTurnOf))].sort((a, b) => b - a));
    const others = turns[1]!.lines.flatMap((l) => (l.kind === 'fact' ? [l.fact] : []));
    expect(others.map((e) => e.id)).toEqual(log.filter((e) => logTurnOf(e) === turns[1]!.turn && !['deploy', 'incident', 'incidentRestored'].includes(e.type)).map((e) => e.id));
    // A turn's closing line comes last in that turn, under its own number.
    expect(others[others.length - 1]).toMatchObject({ type: 'turnEnded', params: { turn: turns[1]!.turn + 1 } });
  });
});

describe('undo', () => {
  const tutorial = (() => {
    const r = loadBuiltinScenario('tutorial');
    if (!r.ok) throw new Error('the tutorial does not load');
    return r.scenario.config;
  })();

  it('takes the undone decision out of the log and keeps the others', () => {
    const game = createGameStore(() => tutorial, undefined);
    game.open({ kind: 'builtin', id: 'tutorial' }, tutorial);
    game.begin();
    game.endTurn();
    const before = game.getState().session!.log.length;
    expect(game.command({ type: 'setPolicy', policy: 'cadence', value: { kind: 'interval', days: 90 } }).ok).toBe(true);
    expect(game.command({ type: 'setPolicy', policy: 'cadence', value: { kind: 'interval', days: 180 } }).ok).toBe(true);
    const policyFacts = () => game.getState().session!.log.filter((e) => e.type === 'policySet').map((e) => e.params.value);
    expect(policyFacts()).toEqual([90, 180]);
    game.undo();
    expect(policyFacts()).toEqual([90]);
    game.undo();
    expect(policyFacts()).toEqual([]);
    expect(game.getState().session!.log.length).toBe(before);
  });
});
