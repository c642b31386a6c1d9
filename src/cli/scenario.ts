// npm run scenario -- check [paths…] [--write-missing-keys] | new <id> [--dir <folder>] | balance <id> [--seeds N] [--seed-start N] [--practices-only]
// Messages are for trainers: file:line:column and a sentence, never a stack trace.
import { formatError, loadScenario } from '../scenarios/load.ts';
import { usePlainEnv } from './plain-env.ts';
import { runBalance } from './scenario-balance.ts';
import { newScenario } from './scenario-new.ts';
import { writeMissingKeys } from './write-missing-keys.ts';
import { readScenarioFiles, resolveScenarioDir, shippedScenarioDirs } from './scenario-files.ts';

const usage = `usage:
  npm run scenario -- check [scenario folders or ids…]     validate (default: every folder in scenarios/)
      --write-missing-keys                                  add each missing text key to its locale file, marked "TODO"
  npm run scenario -- new <id> [--dir <parent folder>]     write a scenario folder that passes check (default: scenarios/<id>)
  npm run scenario -- balance <id or folder> [--seeds 1000] [--seed-start 1] [--choice-seeds 200] [--practice-seeds 200]
                          [--practices-only] [--threads N] [--json]
                                                            play the built-in strategies over many seeds, force each
                                                            option of each decision, then add and remove each practice
                                                            (--practice-seeds 0: skip; --practices-only: only that, on
                                                            --seeds, default 200); on every core (--threads 1: one)`;

function check(argv: string[]): number {
  const write = argv.includes('--write-missing-keys');
  const args = argv.filter((a) => a !== '--write-missing-keys');
  const dirs = args.length ? args.map((a) => resolveScenarioDir(a) ?? a) : shippedScenarioDirs();
  let failed = 0;
  for (const dir of dirs) {
    if (!resolveScenarioDir(dir)) {
      console.log(`${dir}: no scenario here (expected a folder with scenario.yaml, or the id of a shipped scenario)`);
      failed++;
      continue;
    }
    if (write) for (const line of writeMissingKeys(dir)) console.log(line);
    const result = loadScenario(readScenarioFiles(dir));
    const problems = result.ok ? result.warnings : result.errors;
    for (const p of problems) console.log(formatError(p));
    const todo = result.ok ? Object.values(result.scenario.texts).flatMap((texts) => Object.values(texts)).filter((t) => t.startsWith('TODO ')).length : 0;
    if (todo) console.log(`${dir}: warning: ${todo} text${todo > 1 ? 's are' : ' is'} still marked TODO in the locale files; players would see them`);
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.length - errors;
    console.log(`${result.ok ? 'ok  ' : 'FAIL'} ${dir}${errors ? `: ${errors} error${errors > 1 ? 's' : ''}` : ''}${warnings ? `${errors ? ',' : ':'} ${warnings} warning${warnings > 1 ? 's' : ''}` : ''}`);
    if (!result.ok) failed++;
  }
  return failed ? 1 : 0;
}

function main(argv: string[]): number | Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'check') return check(rest);
  if (command === 'balance') return runBalance(rest);
  if (command === 'new') {
    const { code, lines } = newScenario(rest);
    for (const line of lines) console.log(line);
    return code;
  }
  console.log(usage);
  return command === undefined || command === 'help' || command === '--help' ? 0 : 1;
}

usePlainEnv();
Promise.resolve()
  .then(() => main(process.argv.slice(2)))
  .then((code) => { process.exitCode = code; })
  .catch((e: unknown) => {
    console.log(`scenario: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  });
