// Prints speed and memory figures of the simulation engine; it never asserts.
// Run: npx tsx scripts/bench.ts [--games N]
import { advanceTurn, applyCommand, createGame, defaultScenario, runGame, snapdealScenario, STRATEGIES } from '../src/sim/index.ts';
import type { GameState, ScenarioConfig, Strategy } from '../src/sim/index.ts';

function gamesPerSecond(scenario: ScenarioConfig, strategy: Strategy, minMs: number): { games: number; perSecond: number } {
  for (let i = 0; i < 5; i++) runGame(scenario, 1000 + i, strategy); // warm-up for the JIT
  let games = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    runGame(scenario, games + 1, strategy);
    games++;
    elapsed = performance.now() - start;
  }
  return { games, perSecond: (games / elapsed) * 1000 };
}

function msPerTurn(scenario: ScenarioConfig, strategy: Strategy, seeds: number): number {
  // The strategy's commands are applied between turns; only advanceTurn is timed.
  let turns = 0;
  let total = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    let s: GameState = createGame(scenario, seed);
    while (s.status === 'running') {
      for (const cmd of strategy(s)) {
        const r = applyCommand(s, cmd);
        if (r.ok) s = r.state;
      }
      const t0 = performance.now();
      s = advanceTurn(s).state;
      total += performance.now() - t0;
      turns++;
    }
  }
  return total / turns;
}

function memory(scenario: ScenarioConfig, strategy: Strategy): { heapDeltaMb: number; stateKb: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const s = runGame(scenario, 7, strategy);
  gc?.();
  const after = process.memoryUsage().heapUsed;
  return { heapDeltaMb: (after - before) / 1048576, stateKb: JSON.stringify(s).length / 1024 };
}

const rows: string[][] = [['figure', 'scenario', 'strategy', 'value']];
for (const [name, strategy] of [['doNothing', STRATEGIES['doNothing']!], ['allDevOps', STRATEGIES['allDevOps']!]] as const) {
  const r = gamesPerSecond(defaultScenario, strategy, 2000);
  rows.push(['full games / s (1 core)', defaultScenario.id, name, `${r.perSecond.toFixed(0)}  (${r.games} games)`]);
}
for (const [name, strategy] of [['doNothing', STRATEGIES['doNothing']!], ['allDevOps', STRATEGIES['allDevOps']!]] as const) {
  rows.push(['ms per turn', defaultScenario.id, name, msPerTurn(defaultScenario, strategy, 20).toFixed(3)]);
  rows.push(['ms per turn', snapdealScenario.id, name, msPerTurn(snapdealScenario, strategy, 3).toFixed(3)]);
}
for (const sc of [defaultScenario, snapdealScenario]) {
  const m = memory(sc, STRATEGIES['allDevOps']!);
  rows.push(['final state JSON (KiB)', sc.id, 'allDevOps', m.stateKb.toFixed(1)]);
  rows.push(['heapUsed delta of one game (MiB)', sc.id, 'allDevOps', m.heapDeltaMb.toFixed(2)]);
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
