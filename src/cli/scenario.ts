// npm run scenario -- check [paths…] | balance <id> [--seeds N] [--seed-start N]
// Messages are for trainers: file:line:column and a sentence, never a stack trace.
import { formatError, loadScenario } from '../scenarios/load.ts';
import { runBalance } from './scenario-balance.ts';
import { readScenarioFiles, resolveScenarioDir, shippedScenarioDirs } from './scenario-files.ts';

const usage = `usage:
  npm run scenario -- check [scenario folders or ids…]     validate (default: every folder in scenarios/)
  npm run scenario -- balance <id or folder> [--seeds 1000] [--seed-start 1] [--json]
                                                            play the built-in strategies over many seeds`;

function check(args: string[]): number {
  const dirs = args.length ? args.map((a) => resolveScenarioDir(a) ?? a) : shippedScenarioDirs();
  let failed = 0;
  for (const dir of dirs) {
    if (!resolveScenarioDir(dir)) {
      console.log(`${dir}: no scenario here (expected a folder with scenario.yaml, or the id of a shipped scenario)`);
      failed++;
      continue;
    }
    const result = loadScenario(readScenarioFiles(dir));
    const problems = result.ok ? result.warnings : result.errors;
    for (const p of problems) console.log(formatError(p));
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.length - errors;
    console.log(`${result.ok ? 'ok  ' : 'FAIL'} ${dir}${errors ? `: ${errors} error${errors > 1 ? 's' : ''}` : ''}${warnings ? `${errors ? ',' : ':'} ${warnings} warning${warnings > 1 ? 's' : ''}` : ''}`);
    if (!result.ok) failed++;
  }
  return failed ? 1 : 0;
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command === 'check') return check(rest);
  if (command === 'balance') return runBalance(rest);
  console.log(usage);
  return command === undefined || command === 'help' || command === '--help' ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  console.log(`scenario: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
