// Prints speed and memory figures of the simulation engine; it never asserts.
// Run: npm run bench:engine [-- --rounds N]  (node needs --expose-gc for the memory figures)
// The machine may be shared, so each figure is measured over several rounds and reported as the
// best and the median; process CPU time is shown next to wall time because other processes
// inflate the wall clock but not the engine's own CPU time. Full games go through runGame, which
// plays turns in place; the interface's way, advanceTurn copying the state each turn, is shown too.
// The scenarios are the shipped ones players play: our-devops-journey, and snapdeal-iac at scale.
import { loadShippedScenario } from '../src/cli/scenario-files.ts';
import { advanceTurn, applyCommand, createGame, runGame, STRATEGIES } from '../src/sim/index.ts';
import type { GameState, ScenarioConfig, Strategy } from '../src/sim/index.ts';

const arg = process.argv.indexOf('--rounds');
const ROUNDS = arg > 0 ? Math.max(1, Number(process.argv[arg + 1]) || 5) : 5;

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function bestMedian(values: number[], higherIsBetter: boolean): { best: number; median: number } {
  const sorted = values.slice().sort((a, b) => a - b);
  return { best: higherIsBetter ? sorted[sorted.length - 1]! : sorted[0]!, median: sorted[sorted.length >> 1]! };
}

/** A game played as the interface plays it: each turn through advanceTurn, which copies the state. */
function copyingGame(scenario: ScenarioConfig, seed: number, strategy: Strategy): GameState {
  let s = createGame(scenario, seed);
  while (s.status === 'running') {
    for (const cmd of strategy(s)) {
      const r = applyCommand(s, cmd);
      if (r.ok) s = r.state;
    }
    s = advanceTurn(s).state;
  }
  return s;
}

/** Full games per second over rounds of about `ms` each: [wall, cpu] per round. */
function gamesPerSecond(scenario: ScenarioConfig, strategy: Strategy, ms: number, play = runGame): { wall: number[]; cpu: number[] } {
  for (let i = 0; i < 20; i++) play(scenario, 1000 + i, strategy); // warm-up for the JIT
  const wall: number[] = [], cpu: number[] = [];
  let seed = 1;
  for (let r = 0; r < ROUNDS; r++) {
    const w0 = performance.now(), c0 = cpuMs();
    let games = 0;
    while (performance.now() - w0 < ms) {
      play(scenario, seed++, strategy);
      games++;
    }
    wall.push((games / (performance.now() - w0)) * 1000);
    cpu.push((games / (cpuMs() - c0)) * 1000);
  }
  return { wall, cpu };
}

/** Wall time of each advanceTurn (the strategy's commands are applied between turns, untimed). */
function turnTimes(scenario: ScenarioConfig, strategy: Strategy, seeds: number): number[] {
  const times: number[] = [];
  for (let seed = 1; seed <= seeds; seed++) {
    let s: GameState = createGame(scenario, seed);
    while (s.status === 'running') {
      for (const cmd of strategy(s)) {
        const r = applyCommand(s, cmd);
        if (r.ok) s = r.state;
      }
      const t0 = performance.now();
      s = advanceTurn(s).state;
      times.push(performance.now() - t0);
    }
  }
  return times;
}

/** Heap a finished game keeps alive, measured between full collections (needs node --expose-gc). */
function memory(scenario: ScenarioConfig, strategy: Strategy): { retainedKb: number; stateKb: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc (npm run bench does) to measure memory');
  runGame(scenario, 6, strategy); // fills the engine's small caches before the baseline
  gc(); gc();
  const before = process.memoryUsage().heapUsed;
  // Ten games kept alive at once, so the collector's own noise is a tenth per game.
  const games: GameState[] = [];
  for (let seed = 7; seed < 17; seed++) games.push(runGame(scenario, seed, strategy));
  gc(); gc();
  const after = process.memoryUsage().heapUsed;
  return { retainedKb: (after - before) / 1024 / games.length, stateKb: JSON.stringify(games[0]).length / 1024 };
}

const journey = loadShippedScenario('our-devops-journey');
const snapdeal = loadShippedScenario('snapdeal-iac');
for (const sc of [journey, snapdeal]) {
  const nodes = sc.systems.reduce((a, x) => a + x.nodes, 0);
  const people = sc.team.developers + sc.team.testers + sc.team.operations;
  console.log(`${sc.id}: ${sc.systems.length} services, ${nodes} nodes, ${people} people, ${sc.turns} turns of ${sc.turnDays} days`);
}
console.log('');

const f0 = (x: number): string => x.toFixed(0);
const f3 = (x: number): string => x.toFixed(3);
const rows: string[][] = [['figure', 'scenario', 'strategy', 'best', 'median']];
const strategies = [['doNothing', STRATEGIES['doNothing']!], ['allDevOps', STRATEGIES['allDevOps']!]] as const;
for (const [name, strategy] of strategies) {
  const r = gamesPerSecond(journey, strategy, 1000);
  const wall = bestMedian(r.wall, true), cpu = bestMedian(r.cpu, true);
  rows.push(['full games / s, wall clock', journey.id, name, f0(wall.best), f0(wall.median)]);
  rows.push(['full games / s, CPU time (1 core)', journey.id, name, f0(cpu.best), f0(cpu.median)]);
}
// After the runGame figures: states copied by advanceTurn take other shapes, which would slow the
// in-place runner measured above if they came first.
for (const [name, strategy] of strategies) {
  const cpu = bestMedian(gamesPerSecond(journey, strategy, 1000, copyingGame).cpu, true);
  rows.push(['full games / s via advanceTurn, CPU time', journey.id, name, f0(cpu.best), f0(cpu.median)]);
}
for (const [name, strategy] of strategies) {
  for (const [sc, seeds] of [[journey, 20], [snapdeal, 3]] as const) {
    // Per-turn figures over rounds: mean of each round; the slowest single turn over all rounds.
    const means: number[] = [], p95s: number[] = [];
    let slowest = 0;
    for (let r = 0; r < ROUNDS; r++) {
      const t = turnTimes(sc, strategy, seeds);
      const sorted = t.slice().sort((a, b) => a - b);
      means.push(t.reduce((a, b) => a + b, 0) / t.length);
      p95s.push(sorted[Math.floor(sorted.length * 0.95)]!);
      if (r > 0 && sorted[sorted.length - 1]! > slowest) slowest = sorted[sorted.length - 1]!; // round 0 warms up
    }
    const mean = bestMedian(means, false), p95 = bestMedian(p95s, false);
    rows.push(['ms per turn, mean', sc.id, name, f3(mean.best), f3(mean.median)]);
    rows.push(['ms per turn, 95th percentile', sc.id, name, f3(p95.best), f3(p95.median)]);
    rows.push(['ms per turn, slowest (after warm-up)', sc.id, name, ROUNDS > 1 ? f3(slowest) : 'needs 2+ rounds', '']);
  }
}
for (const sc of [journey, snapdeal]) {
  const m = memory(sc, STRATEGIES['allDevOps']!);
  rows.push(['final state JSON (KiB)', sc.id, 'allDevOps', m.stateKb.toFixed(1), '']);
  rows.push(['heap kept by one finished game (KiB)', sc.id, 'allDevOps', m.retainedKb.toFixed(1), '']);
}
rows.push(['peak resident memory of this process (MiB)', '', '', (process.resourceUsage().maxRSS / 1024).toFixed(0), '']);
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
