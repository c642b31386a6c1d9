// Headless runs of the simulation: npx tsx src/cli/sim.ts --scenario <id|folder|scenario.yaml|file.json> --strategy <name> --seeds N [--json]
// A scenario is what players play: a shipped scenario's id, a scenario folder or its scenario.yaml,
// checked by the game's own loader; a .json file of the engine's ScenarioConfig is taken as it is.
import { readFileSync } from 'node:fs';
import { playStrategy } from '../scenarios/plays.ts';
import { STRATEGIES, gameLeadTimeMedian, getMetrics, runGame } from '../sim/index.ts';
import type { MetricsSummary, ScenarioConfig, Strategy, TurnMetrics } from '../sim/index.ts';
import { loadScenarioFolder, ScenarioLoadError } from './scenario-files.ts';

interface Options { scenario: string; strategy: string; seeds: number; json: boolean }

class UsageError extends Error {}

const USAGE = 'usage: sim [--scenario <id|folder|scenario.yaml|file.json>] [--strategy <name>] [--seeds N] [--json]\n' +
  `  --strategy: a built-in strategy (${Object.keys(STRATEGIES).join(', ')}) or the id of one of the scenario's plays\n` +
  '  defaults: --scenario our-devops-journey --strategy doNothing --seeds 1';

function parseArgs(argv: string[]): Options {
  const o: Options = { scenario: 'our-devops-journey', strategy: 'doNothing', seeds: 1, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`option ${arg} needs a value`);
      return v;
    };
    if (arg === '--scenario') o.scenario = value();
    else if (arg === '--strategy') o.strategy = value();
    else if (arg === '--seeds') {
      const v = value();
      o.seeds = Number(v);
      if (!Number.isInteger(o.seeds) || o.seeds < 1) throw new UsageError(`--seeds must be a positive integer, got "${v}"`);
    } else if (arg === '--json') o.json = true;
    else if (arg === '--help' || arg === '-h') throw new UsageError('');
    else throw new UsageError(`unknown option "${arg}"`);
  }
  return o;
}

/** The engine's config and the strategies it can be played with: the built-in ones and the scenario's own plays. */
function loadScenario(ref: string): { config: ScenarioConfig; strategies: Record<string, Strategy> } {
  if (ref.endsWith('.json')) return { config: loadJson(ref), strategies: { ...STRATEGIES } };
  try {
    const loaded = loadScenarioFolder(ref);
    return { config: loaded.config, strategies: { ...STRATEGIES, ...Object.fromEntries(loaded.plays.map((p) => [p.id, playStrategy(p)])) } };
  } catch (e) {
    // A scenario with errors is reported as it is (below); an unknown one is a usage mistake.
    if (!(e instanceof ScenarioLoadError) || e.problems.length > 0) throw e;
    throw new UsageError(`${e.message}, or a .json file of a ScenarioConfig`);
  }
}

function loadJson(ref: string): ScenarioConfig {
  let text: string;
  try {
    text = readFileSync(ref, 'utf8');
  } catch {
    throw new UsageError(`cannot read scenario file "${ref}"`);
  }
  try {
    return JSON.parse(text) as ScenarioConfig;
  } catch (e) {
    throw new UsageError(`scenario file "${ref}" is not valid JSON: ${(e as Error).message}`);
  }
}

const fmt = (x: number, d = 2): string => (Number.isFinite(x) ? x.toFixed(d) : '-');

function turnTable(history: TurnMetrics[]): string {
  const cols: [string, (t: TurnMetrics) => string][] = [
    ['turn', (t) => String(t.turn + 1)], ['deploys', (t) => String(t.deploys)], ['unpl', (t) => String(t.unplannedDeploys)],
    ['failed', (t) => String(t.failedDeploys)], ['lead d', (t) => fmt(t.leadTimeMean / 24, 1)], ['CFR', (t) => fmt(t.changeFailureRate)],
    ['restore h', (t) => fmt(t.restoreChangeMean, 1)], ['items', (t) => String(t.itemsDeployed)], ['WIP', (t) => fmt(t.wip, 1)],
    ['util', (t) => fmt(t.utilisation)], ['avail', (t) => fmt(t.availability, 4)], ['new%', (t) => fmt(t.newWorkShare * 100, 0)],
    ['debt', (t) => fmt(t.techDebt, 0)], ['vulns', (t) => String(t.securityDebt)], ['morale', (t) => fmt(t.morale)],
    ['culture', (t) => fmt(t.culture, 0)], ['revenue k', (t) => fmt(t.revenue / 1000, 0)], ['budget k', (t) => fmt(t.budget / 1000, 0)],
  ];
  const rows = [cols.map((c) => c[0]), ...history.map((t) => cols.map((c) => c[1](t)))];
  const widths = cols.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => cell.padStart(widths[i]!)).join(' ')).join('\n');
}

function summaryLines(label: string, m: MetricsSummary): string[] {
  return [
    `${label} (${m.turns} turns)`,
    `  deployment frequency  ${fmt(m.deployFrequency, 3)} per day          DORA ${m.bands.deployFrequency}`,
    `  lead time for changes ${fmt(m.leadTimeMean, 1)} h mean, ${fmt(m.leadTimeMedian, 1)} h median  DORA ${m.bands.leadTime ?? 'no data'}`,
    `  change failure rate   ${fmt(m.changeFailureRate * 100, 1)} %                  DORA ${m.bands.changeFailureRate ?? 'no data'}`,
    `  time to restore       ${fmt(m.restoreChangeMean, 1)} h (all incidents ${fmt(m.restoreAllMean, 1)} h)  DORA ${m.bands.timeToRestore ?? 'no data'}`,
    `  rework rate ${fmt(m.reworkRate * 100, 1)} %, change volume ${fmt(m.changeVolume, 1)} items/deploy, availability ${fmt(m.availability * 100, 3)} %`,
    `  mean WIP ${fmt(m.wip, 1)} items, throughput ${fmt(m.throughput, 2)} items/day, cycle time ${fmt(m.cycleTimeMean, 1)} h, utilisation ${fmt(m.utilisation)}`,
  ];
}

function main(): void {
  const o = parseArgs(process.argv.slice(2));
  const { config: scenario, strategies } = loadScenario(o.scenario);
  if (!Object.hasOwn(strategies, o.strategy)) {
    const plays = Object.keys(strategies).filter((k) => !(k in STRATEGIES));
    throw new UsageError(`unknown strategy "${o.strategy}"; built in: ${Object.keys(STRATEGIES).join(', ')}; plays of ${scenario.id}: ${plays.join(', ') || 'none'}`);
  }
  const strategy = strategies[o.strategy]!;
  const runs = [];
  for (let seed = 1; seed <= o.seeds; seed++) {
    let state;
    try {
      state = runGame(scenario, seed, strategy);
    } catch (e) {
      throw new UsageError(`the scenario could not be simulated (${(e as Error).message}); is it a complete ScenarioConfig?`);
    }
    const m = getMetrics(state);
    runs.push({ seed, status: state.status, era: state.era, budget: state.money.budget, game: m.game, lastThird: m.lastThird,
      leadTimeMedianGame: gameLeadTimeMedian(state), history: m.history });
  }
  if (o.json) {
    console.log(JSON.stringify({ scenario: scenario.id, strategy: o.strategy, seeds: o.seeds, runs }, null, 2));
    return;
  }
  const first = runs[0]!;
  console.log(`scenario ${scenario.id}, strategy ${o.strategy}, seed 1: ${first.status}, era ${first.era}, budget ${fmt(first.budget, 0)}`);
  console.log(turnTable(first.history));
  for (const r of runs) {
    console.log('');
    console.log(`seed ${r.seed}`);
    for (const line of [...summaryLines('whole game', r.game), ...summaryLines('last third', r.lastThird)]) console.log(line);
  }
}

try {
  main();
} catch (e) {
  if (e instanceof ScenarioLoadError) {
    for (const p of e.problems) console.error(p);
    process.exit(2);
  }
  if (e instanceof UsageError) {
    if (e.message) console.error(`error: ${e.message}`);
    console.error(USAGE);
    process.exit(2);
  }
  console.error(`error: ${(e as Error).message}`);
  process.exit(1);
}
