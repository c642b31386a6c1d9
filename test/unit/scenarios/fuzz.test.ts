// Thousands of damaged copies of the shipped scenario files: each must end in a list of errors or a
// valid scenario, never in an exception, and never in our own "internal error".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readScenarioFiles } from '../../../src/cli/scenario-files.ts';
import { loadScenario, type ScenarioFile } from '../../../src/scenarios/load.ts';

const SOURCES = ['tutorial', 'our-devops-journey', 'toxic-culture', 'mooc-launch-day', 'talk'].map((id) => readScenarioFiles(`scenarios/${id}`));

const RUNS = 2000;

const GARBAGE = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '1e308', '-1e308', '9007199254740993', 'NaN', '.inf', '-.inf',
  '~', 'null', 'true', '[]', '{}', '"', "'", '&a', '*a', '!!binary AAAA', '? x', '- - -', '{ a: [ b', '0x1F', '-0',
  '"\\u0000"', '你好', '%', '@', '`', '|', '>', '#', ':', 'constructor', '__proto__', 'toString', 'hasOwnProperty',
];

type Mutation = (lines: string[], r: number[]) => string[];
const pick = <T,>(xs: readonly T[], r: number): T => xs[Math.floor(r * xs.length) % xs.length];
const at = (lines: string[], r: number) => Math.floor(r * lines.length) % Math.max(1, lines.length);

const MUTATIONS: Mutation[] = [
  // delete a line
  (l, [a]) => l.filter((_, i) => i !== at(l, a)),
  // duplicate a line
  (l, [a]) => l.flatMap((x, i) => (i === at(l, a) ? [x, x] : [x])),
  // swap two lines
  (l, [a, b]) => {
    if (l.length < 2) return l;
    const out = [...l];
    const i = at(l, a);
    const j = at(l, b);
    [out[i], out[j]] = [out[j], out[i]];
    return out;
  },
  // replace a value with garbage, HTML or a huge number
  (l, [a, b]) => l.map((x, i) => (i === at(l, a) ? x.replace(/:\s.*$/, `: ${pick(GARBAGE, b)}`) : x)),
  // flip a type: numbers become text, lists become maps, maps become numbers
  (l, [a]) =>
    l.map((x, i) =>
      i === at(l, a) ? x.replace(/: (-?\d+(\.\d+)?)/, ': "$1"').replace(/: \[(.*)\]/, ': { x: [$1] }').replace(/: \{.*\}$/, ': 12') : x,
    ),
  // indent or dedent a line
  (l, [a, b]) => l.map((x, i) => (i === at(l, a) ? (b < 0.5 ? `  ${x}` : x.replace(/^ {1,2}/, '')) : x)),
  // cut the file short
  (l, [a]) => l.slice(0, at(l, a)),
  // inject garbage characters in the middle of a line
  (l, [a, b, c]) => l.map((x, i) => (i === at(l, a) ? `${x.slice(0, Math.floor(b * x.length))}${pick(GARBAGE, c)}${x.slice(Math.floor(b * x.length))}` : x)),
  // a huge or negative number anywhere a number is
  (l, [a, b]) => l.map((x, i) => (i === at(l, a) ? x.replace(/\b\d+\b/, b < 0.5 ? '99999999999999999999' : '-5') : x)),
  // rename a key
  (l, [a, b]) => l.map((x, i) => (i === at(l, a) ? x.replace(/^(\s*-?\s*)([A-Za-z]+):/, `$1$2${pick(['x', 's', '', '_'], b)}:`) : x)),
];

const mutation = fc.record({
  source: fc.nat({ max: SOURCES.length - 1 }),
  file: fc.nat(),
  steps: fc.array(fc.tuple(fc.nat({ max: MUTATIONS.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 4 }),
});

function mutate(files: ScenarioFile[], m: { file: number; steps: [number, number, number, number][] }): ScenarioFile[] {
  const target = m.file % files.length;
  return files.map((f, i) => {
    if (i !== target) return f;
    let lines = f.text.split('\n');
    for (const [k, a, b, c] of m.steps) lines = MUTATIONS[k](lines, [a, b, c]);
    return { ...f, text: lines.join('\n') };
  });
}

describe('the loader under damaged files', () => {
  it('always answers with errors or a scenario, never an exception', () => {
    let failed = 0;
    fc.assert(
      fc.property(mutation, (m) => {
        const files = mutate(SOURCES[m.source], m);
        const r = loadScenario(files);
        if (r.ok) {
          expect(r.scenario.config.systems.length).toBeGreaterThan(0);
          for (const w of r.warnings) expect(w.severity).toBe('warning');
        } else {
          failed++;
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) {
            expect(e.message).not.toMatch(/internal error/);
            expect(Number.isInteger(e.line) && e.line >= 0 && Number.isInteger(e.column) && e.column >= 0).toBe(true);
            expect(files.some((f) => f.path === e.file)).toBe(true);
          }
        }
      }),
      { numRuns: RUNS, seed: 20160525 },
    );
    // Most mutations must break something, or the mutations are too gentle to test anything.
    expect(failed).toBeGreaterThan(RUNS / 3);
  }, 180_000);
});
