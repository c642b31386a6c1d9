import { balance, type BalanceReport, type Distribution, type KeyMetric } from '../scenarios/balance.ts';
import { formatError, loadScenario } from '../scenarios/load.ts';
import { compareResponses, type ResponseRow } from '../scenarios/responses.ts';
import { readScenarioFiles, resolveScenarioDir } from './scenario-files.ts';

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const v = Number(args[i + 1]);
  if (!Number.isInteger(v) || v < 0) throw new Error(`${name} needs a whole number, not '${args[i + 1] ?? ''}'`);
  args.splice(i, 2);
  return v;
}

const fmt = (x: number) => (Math.abs(x) >= 1e6 ? `${(x / 1e6).toFixed(1)}M` : Math.abs(x) >= 1e4 ? `${(x / 1e3).toFixed(0)}k` : Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toFixed(3));
const dist = (d: Distribution) => `${fmt(d.p10)} / ${fmt(d.median)} / ${fmt(d.p90)}`;

export function printReport(r: BalanceReport): void {
  console.log(`balance of ${r.scenario}: ${r.seeds} seeds from ${r.seedStart}; metrics over the last third (p10 / median / p90)\n`);
  for (const s of r.strategies) {
    const lost = Object.entries(s.losses).map(([how, share]) => `${how} ${Math.round(share * 100)}%`).join(', ') || 'none';
    console.log(`${s.play ? 'play ' : ''}${s.strategy}: wins ${Math.round(s.winRate * 100)}%, lost ${lost}`);
    console.log(`  score ${dist(s.score)}; every goal first met at turn ${s.firstAllGoalsTurn ?? 'never'} (median); spent per third ${s.spendingByThird.map(fmt).join(' / ')}`);
    const bands = Object.entries(s.bands).map(([k, b]) => {
      const top = Object.entries(b).sort((x, y) => y[1] - x[1])[0];
      return `${k} ${top[0]} (${Math.round(top[1] * 100)}%)`;
    });
    console.log(`  DORA bands: ${bands.join(', ')}`);
    for (const [k, d] of Object.entries(s.metrics)) console.log(`  ${(k as KeyMetric).padEnd(18)} ${dist(d)}`);
  }
  for (const l of r.lessons) {
    console.log(`\nlesson ${l.id}: ${l.better} ends with a ${l.expect} ${l.metric} than ${l.worse} on ${Math.round(l.pairedWins * 100)}% of seeds (medians ${fmt(l.betterMedian)} vs ${fmt(l.worseMedian)}): ${l.holds ? 'holds' : 'DOES NOT HOLD'}`);
  }
  console.log(r.warnings.length ? `\n${r.warnings.map((w) => `warning: ${w}`).join('\n')}` : '\nno balance warnings');
}

function printResponses(rows: ResponseRow[]): void {
  console.log('\nanswers to major incidents (median per game; "beats" = share of seeds scoring above the playbook):');
  for (const r of rows) {
    console.log(`  ${r.strategy.padEnd(12)} ${r.policy.padEnd(10)} fights ${String(r.fights).padStart(2)}  score ${fmt(r.score).padStart(4)}  availability ${(r.availability * 100).toFixed(2)}%  restore ${fmt(r.restoreHours)} h  beats ${Math.round(r.beatsPlaybook * 100)}%`);
  }
}

export function runBalance(argv: string[]): number {
  const args = [...argv];
  const seeds = option(args, '--seeds', 1000);
  const seedStart = option(args, '--seed-start', 1);
  const json = args.includes('--json');
  const [target] = args.filter((a) => !a.startsWith('--'));
  if (!target) throw new Error('balance needs a scenario: npm run scenario -- balance <id or folder> [--seeds N]');
  const dir = resolveScenarioDir(target);
  if (!dir) throw new Error(`no scenario '${target}' (expected a folder with scenario.yaml, or the id of a shipped scenario)`);
  const loaded = loadScenario(readScenarioFiles(dir));
  if (!loaded.ok) {
    for (const e of loaded.errors) console.log(formatError(e));
    console.log(`the scenario has errors; fix them before balancing (npm run scenario -- check ${target})`);
    return 1;
  }
  const report = balance(loaded.scenario, { seeds, seedStart });
  // Major incidents answered by each policy: fewer seeds do, the differences are paired.
  const responses = compareResponses(loaded.scenario.config, Math.min(seeds, 100), seedStart);
  if (json) console.log(JSON.stringify({ ...report, responses }, null, 2));
  else {
    printReport(report);
    printResponses(responses);
  }
  return 0;
}
