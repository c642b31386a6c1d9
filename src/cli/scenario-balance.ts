import { balance, type BalanceReport, type Distribution, type KeyMetric } from '../scenarios/balance.ts';
import { choiceBalance, DOMINANT_SHARE, SCORE_PARTS, type ChoiceReport } from '../scenarios/choices.ts';
import { formatError, loadScenario } from '../scenarios/load.ts';
import { compareResponses, type ResponseRow } from '../scenarios/responses.ts';
import { parStrategy, PRACTICE_TABLE_SEEDS, practiceValue, type PracticeValueReport } from '../scenarios/practice-value.ts';
import { PAR_STRATEGIES } from '../sim/index.ts';
import { balanceInWorkers, choicesInWorkers, practicesInWorkers, threads } from './balance-workers.ts';
import { printPractices } from './practice-table.ts';
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

const pc = (x: number) => `${Math.round(x * 100)}%`;

export function printReport(r: BalanceReport): void {
  console.log(`balance of ${r.scenario}: ${r.seeds} seeds from ${r.seedStart}; metrics over the last third (p10 / median / p90)\n`);
  for (const s of r.strategies) {
    const lost = Object.entries(s.lossDetails).map(([how, d]) => `${how} ${pc(d.share)} (median turn ${Math.round(d.medianTurn * 10) / 10}; ${d.cause}${d.causeShare < 1 ? ` in ${pc(d.causeShare)} of them` : ''})`).join(', ') || 'none';
    console.log(`${s.play ? 'play ' : ''}${s.strategy}: wins ${pc(s.winRate)}, lost ${lost}`);
    const goals = Object.entries(s.goalPassRates).map(([id, rate]) => `${id} ${pc(rate)}`).join(', ');
    if (goals) console.log(`  goals met: ${goals}`);
    for (const m of s.refused) console.log(`  never took effect in ${pc(m.neverShare)} of games: ${m.move} (${m.reason})`);
    console.log(`  score ${dist(s.score)}; every goal first met at turn ${s.firstAllGoalsTurn ?? 'never'} (median); spent per third ${s.spendingByThird.map(fmt).join(' / ')}`);
    const bands = Object.entries(s.bands).map(([k, b]) => {
      const top = Object.entries(b).sort((x, y) => y[1] - x[1])[0];
      return `${k} ${top[0]} (${pc(top[1])})`;
    });
    console.log(`  DORA bands: ${bands.join(', ')}`);
    for (const [k, d] of Object.entries(s.metrics)) console.log(`  ${(k as KeyMetric).padEnd(18)} ${dist(d)}`);
  }
  for (const g of r.identical) console.log(`\nplayed identically: ${g.join(', ')}`);
  for (const l of r.lessons) {
    console.log(`\nlesson ${l.id}: ${l.better} ends with a ${l.expect} ${l.metric} than ${l.worse} on ${pc(l.pairedWins)} of seeds (medians ${fmt(l.betterMedian)} vs ${fmt(l.worseMedian)}): ${l.holds ? 'holds' : 'DOES NOT HOLD'}`);
  }
}

export function printChoices(c: ChoiceReport, seeds: number): void {
  console.log(`\ndecisions: each option forced on ${seeds} seeds while ${c.base} plays the rest; median score and its parts (game means), and how often the option scored best`);
  if (c.decisions.length === 0) console.log('  none: no event of this scenario offers a choice');
  for (const d of c.decisions) {
    console.log(`  ${d.event}: came up in ${d.seenIn} of ${seeds} seeds${d.tieShare > 0 ? `; options tied on ${pc(d.tieShare)}` : ''}`);
    for (const o of d.options) {
      console.log(`    ${o.option.padEnd(16)} best on ${pc(o.bestShare).padStart(4)}  score ${fmt(o.score).padStart(6)}  ${SCORE_PARTS.map((k) => `${k} ${o.parts[k].toFixed(3)}`).join('  ')}`);
    }
  }
}

function printResponses(rows: ResponseRow[]): void {
  console.log('\nanswers to major incidents (median per game; "beats" = share of seeds scoring above the playbook):');
  for (const r of rows) {
    console.log(`  ${r.strategy.padEnd(12)} ${r.policy.padEnd(10)} fights ${String(r.fights).padStart(2)}  score ${fmt(r.score).padStart(4)}  availability ${(r.availability * 100).toFixed(2)}%  restore ${fmt(r.restoreHours)} h  beats ${Math.round(r.beatsPlaybook * 100)}%`);
  }
}

export async function runBalance(argv: string[]): Promise<number> {
  const args = [...argv];
  const practicesOnly = args.includes('--practices-only');
  const seeds = option(args, '--seeds', practicesOnly ? PRACTICE_TABLE_SEEDS : 1000);
  const seedStart = option(args, '--seed-start', 1);
  const choiceSeeds = option(args, '--choice-seeds', Math.min(seeds, 200));
  const practiceSeeds = option(args, '--practice-seeds', Math.min(seeds, PRACTICE_TABLE_SEEDS));
  const threadCount = option(args, '--threads', threads());
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
  const config = loaded.scenario.config;
  const started = performance.now();
  const options = { seeds, seedStart };
  const report = practicesOnly ? null : threadCount > 1 ? await balanceInWorkers(dir, options, threadCount) : balance(loaded.scenario, options);
  const choices = report ? await decisions(dir, report, seedStart, choiceSeeds, threadCount, loaded.scenario.config) : null;
  // Major incidents answered by each policy: fewer seeds do, the differences are paired.
  const responses = report ? compareResponses(config, Math.min(seeds, 100), seedStart) : null;
  const practicesStarted = performance.now();
  // Both sides of the practice table are played by par: the better of the strategies that take up every practice.
  const par = report
    ? report.strategies.filter((s) => (PAR_STRATEGIES as readonly string[]).includes(s.strategy)).sort((a, b) => b.score.median - a.score.median)[0]!.strategy
    : parStrategy(config, Array.from({ length: Math.max(1, practiceSeeds) }, (_, i) => seedStart + i));
  const practiceOptions = { seeds: practiceSeeds, seedStart, strategy: par };
  const practices: PracticeValueReport | null = practiceSeeds === 0 ? null
    : threadCount > 1 ? await practicesInWorkers(dir, practiceOptions, threadCount) : practiceValue(config, practiceOptions);
  const now = performance.now();
  const seconds = (now - started) / 1000;
  const warnings = [...(report?.warnings ?? []), ...(choices?.warnings ?? []), ...(practices?.warnings ?? [])];
  if (json) console.log(JSON.stringify({ ...report, responses, choices, practices, warnings, seconds, practiceSeconds: (now - practicesStarted) / 1000, threads: threadCount }, null, 2));
  else {
    if (report) printReport(report);
    if (responses) printResponses(responses);
    if (choices) printChoices(choices, choiceSeeds);
    if (practices) printPractices(practices, (now - practicesStarted) / 1000);
    console.log(warnings.length ? `\n${warnings.map((w) => `warning: ${w}`).join('\n')}` : '\nno balance warnings');
    const what = [report ? `${seeds} seeds per strategy` : '', choices ? `${choiceSeeds} per decision option` : '', practices ? `${practiceSeeds} per practice-table game` : ''].filter(Boolean).join(', ');
    console.log(`\ntook ${seconds.toFixed(1)} s on ${threadCount} thread${threadCount > 1 ? 's' : ''} (${what}${choices ? `; an option is dominant when it scores best on ${pc(DOMINANT_SHARE)} of seeds` : ''})`);
  }
  return 0;
}

/** The decisions are played by the built-in strategy with the best median score. */
async function decisions(dir: string, report: BalanceReport, seedStart: number, choiceSeeds: number, threadCount: number, config: Parameters<typeof choiceBalance>[0]): Promise<ChoiceReport> {
  const base = report.strategies.filter((s) => !s.play && s.strategy !== 'random').sort((a, b) => b.score.median - a.score.median)[0]!.strategy;
  const list = Array.from({ length: choiceSeeds }, (_, i) => seedStart + i);
  if (choiceSeeds === 0) return { base, decisions: [], warnings: [] };
  return threadCount > 1 ? choicesInWorkers(dir, base, list, threadCount) : choiceBalance(config, list, base);
}
