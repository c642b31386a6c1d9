// How long `npm run scenario -- check` takes on files with many ids; it prints, never asserts.
// Run: npm run bench:check
// Each file defines n events and schedules n events that do not exist, so every one of them asks
// for a "did you mean" suggestion: the case that once made checking quadratic (10,000 ids: 34 s).
// Most of a whole check of such a file is the YAML parser reading 700 KB; the checks after it are
// shown alone in the last column. Each figure is the fastest of three runs, in wall-clock time and
// in CPU time (this process's, so other programs on a shared machine do not count); the
// environment is a plain copy, as in `npm run scenario` (src/cli/plain-env.ts).
import { usePlainEnv } from '../src/cli/plain-env.ts';
import { loadScenario } from '../src/scenarios/load.ts';
import { checkReferences } from '../src/scenarios/references.ts';
import { scenarioSchema } from '../src/scenarios/schema.ts';
import { parseYaml } from '../src/scenarios/yaml-source.ts';

const base = (events: string) => `id: bench
title: { en: Bench }
brief: { en: Many ids }
level: beginner
seed: 1
startYear: 2000
turns: 200
budget: 1000000
team: { developers: 5 }
systems:
  - { id: app, kind: app, nodes: 1 }
events:
${events}`;

function file(n: number): string {
  const defined = Array.from({ length: n }, (_, i) => `    - { id: event-${i}, title: { en: E }, text: { en: T }, options: [{ id: ok, text: { en: OK } }] }`);
  const scheduled = Array.from({ length: n }, (_, i) => `    - { turn: ${1 + (i % 200)}, event: unknown-${i} }`);
  return base(`  defined:\n${defined.join('\n')}\n  scheduled:\n${scheduled.join('\n')}\n`);
}

interface Timing { wall: number; cpu: number }

function best(run: () => void, rounds = 3): Timing {
  const fastest = { wall: Infinity, cpu: Infinity };
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    run();
    const used = process.cpuUsage(cpu);
    fastest.wall = Math.min(fastest.wall, performance.now() - start);
    fastest.cpu = Math.min(fastest.cpu, (used.user + used.system) / 1000);
  }
  return fastest;
}

const ms = (t: Timing) => `${t.wall.toFixed(0).padStart(5)} / ${t.cpu.toFixed(0).padStart(5)} ms`;

usePlainEnv();

console.log('ids (defined + unknown)   file size   YAML parse (wall / CPU)   whole check (wall / CPU)   cross-references alone (schema bounds lifted)');
for (const n of [500, 1000, 2000, 5000]) {
  const text = file(n);
  let problems = 0;
  const whole = best(() => {
    const r = loadScenario([{ path: 'bench/scenario.yaml', text }]);
    problems = r.ok ? 0 : r.errors.length;
  });
  const yaml = best(() => parseYaml('bench/scenario.yaml', text));
  // The schema caps these lists, so the cross-reference checker is timed on its own too, fed the
  // same ids as if there were no cap: it must stay linear even so.
  const source = parseYaml('bench/scenario.yaml', text);
  const parsed = scenarioSchema.parse({ ...(source.data as object), events: {} });
  const raw = (source.data as { events: { defined: unknown[]; scheduled: unknown[] } }).events;
  const events = { ...parsed.events, defined: raw.defined.map((d) => scenarioSchema.shape.events.unwrap().shape.defined.unwrap().element.parse(d)), scheduled: raw.scheduled as typeof parsed.events.scheduled };
  const refs = best(() => checkReferences({ ...parsed, events }, source));
  console.log(`${String(2 * n).padStart(7)}                 ${(text.length / 1024).toFixed(0).padStart(5)} KB   ${ms(yaml)}        ${ms(whole)}         ${ms(refs)}   (${problems} problems reported)`);
}
