// The balance report on every core: seeds (for the strategies) and events (for the decisions) are
// split between worker threads, each loading the scenario itself; the records come back as plain
// data and are joined in seed order, so the report equals the single-thread one.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { balanceFromRecords, recordGames, type BalanceOptions, type BalanceReport, type GameRecord } from '../scenarios/balance.ts';
import { choiceWarnings, decisionReport, decisionsOf, type ChoiceReport, type DecisionReport } from '../scenarios/choices.ts';
import { loadScenario, type LoadedScenario } from '../scenarios/load.ts';
import { practiceRecords, practiceValueFromRecords, type PracticeGame, type PracticeValueOptions, type PracticeValueReport } from '../scenarios/practice-value.ts';
import { readScenarioFiles } from './scenario-files.ts';

type Task =
  | { kind: 'games'; dir: string; only?: string[]; from: number; to: number }
  | { kind: 'choices'; dir: string; events: string[]; base: string; seeds: number[] }
  | { kind: 'practices'; dir: string; strategy: string; from: number; to: number };

function load(dir: string): LoadedScenario {
  const r = loadScenario(readScenarioFiles(dir));
  if (!r.ok) throw new Error(`${dir} does not load`);
  return r.scenario;
}

function work(task: Task): Record<string, GameRecord[]> | DecisionReport[] | Record<string, PracticeGame[]> {
  const scenario = load(task.dir);
  if (task.kind === 'games') return recordGames(scenario, task.only, task.from, task.to);
  if (task.kind === 'practices') return practiceRecords(scenario.config, task.strategy, task.from, task.to);
  return task.events.map((e) => decisionReport(scenario.config, e, task.base, task.seeds));
}

if (!isMainThread && (workerData as { balanceTask?: Task } | null)?.balanceTask) {
  parentPort!.postMessage(work((workerData as { balanceTask: Task }).balanceTask));
}

/** Runs a task in a worker thread; the worker loads TypeScript through tsx, as the CLI itself does. */
function inWorker<T>(task: Task): Promise<T> {
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); })`;
  return new Promise((resolve, reject) => {
    const w = new Worker(boot, { eval: true, workerData: { balanceTask: task } });
    w.once('message', (m: T) => { resolve(m); void w.terminate(); });
    w.once('error', reject);
  });
}

export const threads = (): number => Math.max(1, availableParallelism());

/** Splits [from, to) into at most `parts` runs of nearly equal length. */
export function chunks(from: number, to: number, parts: number): [number, number][] {
  const n = to - from;
  const k = Math.max(1, Math.min(parts, n));
  return Array.from({ length: k }, (_, i) => [from + Math.floor((i * n) / k), from + Math.floor(((i + 1) * n) / k)] as [number, number]).filter(([a, b]) => b > a);
}

export async function balanceInWorkers(dir: string, options: BalanceOptions, parts = threads()): Promise<BalanceReport> {
  const scenario = load(dir);
  const results = await Promise.all(chunks(options.seedStart, options.seedStart + options.seeds, parts)
    .map(([from, to]) => inWorker<Record<string, GameRecord[]>>({ kind: 'games', dir, only: options.only, from, to })));
  const records: Record<string, GameRecord[]> = {};
  for (const part of results) for (const [name, games] of Object.entries(part)) records[name] = [...(records[name] ?? []), ...games];
  return balanceFromRecords(scenario, options, records);
}

export async function choicesInWorkers(dir: string, base: string, seeds: number[], parts = threads()): Promise<ChoiceReport> {
  const events = decisionsOf(load(dir).config);
  const groups = Array.from({ length: Math.min(parts, events.length) }, (_, i) => events.filter((_, k) => k % Math.min(parts, events.length) === i));
  const results = await Promise.all(groups.map((g) => inWorker<DecisionReport[]>({ kind: 'choices', dir, events: g, base, seeds })));
  const decisions = events.map((e) => results.flat().find((d) => d.event === e)!);
  return { base, decisions, warnings: choiceWarnings(decisions) };
}

export async function practicesInWorkers(dir: string, options: PracticeValueOptions & { strategy: string }, parts = threads()): Promise<PracticeValueReport> {
  const scenario = load(dir);
  const results = await Promise.all(chunks(options.seedStart, options.seedStart + options.seeds, parts)
    .map(([from, to]) => inWorker<Record<string, PracticeGame[]>>({ kind: 'practices', dir, strategy: options.strategy, from, to })));
  const records: Record<string, PracticeGame[]> = {};
  for (const part of results) for (const [arm, games] of Object.entries(part)) records[arm] = [...(records[arm] ?? []), ...games];
  return practiceValueFromRecords(scenario.config, options, records);
}
