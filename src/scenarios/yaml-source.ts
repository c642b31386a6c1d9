import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { ScenarioError } from './errors.ts';

export type PathKey = string | number;

/** A parsed YAML file that can still say where each value came from. */
export interface YamlSource {
  file: string;
  /** The plain data, or undefined when the YAML itself is broken. */
  data: unknown;
  errors: ScenarioError[];
  /** Position of the value at `path`, or of its nearest existing parent. */
  at(path: readonly PathKey[], onKey?: boolean): { line: number; column: number };
}

// Past these a file is not a scenario but an accident (or an attack on the browser tab).
const MAX_ALIASES = 200;
const MAX_BYTES = 1_000_000;
/** A scenario nests a handful of levels; the parser and the checks recurse, so depth is capped well below the stack. */
export const MAX_DEPTH = 64;
const TOO_DEEP = `the file is nested too deeply: a scenario file may nest at most ${MAX_DEPTH} levels of lists and maps, and needs only a few`;

/** The parser's own message, or a plain one when the nesting ran it out of stack. */
function parserMessage(e: unknown): string {
  if (e instanceof RangeError || (e instanceof Error && /call stack/i.test(e.message))) return TOO_DEEP;
  return `YAML: ${plainYamlMessage(e instanceof Error ? e.message : String(e))}`;
}

/** How deep lists and maps nest, walked without recursion. */
function depthOf(data: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[data, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_DEPTH) return deepest;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Keeps the parser's own wording but drops the code excerpt it appends: we give line and column instead. */
function plainYamlMessage(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, '').trim();
}

export function parseYaml(file: string, text: string): YamlSource {
  const lineCounter = new LineCounter();
  const errors: ScenarioError[] = [];
  const pos = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  if (text.length > MAX_BYTES) {
    return {
      file,
      data: undefined,
      errors: [{ file, line: 0, column: 0, message: `the file is ${text.length} characters long; a scenario file may have at most ${MAX_BYTES}`, severity: 'error' }],
      at: () => ({ line: 0, column: 0 }),
    };
  }
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  } catch (e) {
    return { file, data: undefined, errors: [{ file, line: 1, column: 1, message: parserMessage(e), severity: 'error' }], at: () => ({ line: 1, column: 1 }) };
  }
  for (const e of doc.errors) {
    const message = e.code === 'DUPLICATE_KEY' ? 'YAML: this key appears twice in the same block; keep only one' : /call stack/i.test(e.message) ? TOO_DEEP : `YAML: ${plainYamlMessage(e.message)}`;
    // A stack overflow is reported once, not at every level it unwound through.
    if (message === TOO_DEEP && errors.some((x) => x.message === TOO_DEEP)) continue;
    errors.push({ file, ...pos(e.pos[0]), message, severity: 'error' });
  }
  let data: unknown;
  if (errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIASES });
      if (depthOf(data) > MAX_DEPTH) {
        data = undefined;
        errors.push({ file, line: 1, column: 1, message: TOO_DEEP, severity: 'error' });
      }
    } catch (e) {
      // Unresolved or exploding aliases, or nesting that ran out of stack.
      errors.push({ file, line: 1, column: 1, message: parserMessage(e), severity: 'error' });
    }
  }

  const at = (path: readonly PathKey[], onKey = false) => {
    let node: unknown = doc.contents;
    let keyNode: unknown;
    for (const step of path) {
      let next: unknown;
      keyNode = undefined;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
        if (pair) {
          next = pair.value ?? pair.key;
          keyNode = pair.key;
        }
      } else if (isSeq(node) && typeof step === 'number') {
        next = node.items[step];
      }
      if (next === undefined || next === null) break;
      node = next;
    }
    const target = (onKey && keyNode ? keyNode : node) as Node | null | undefined;
    const range = target && 'range' in target ? target.range : undefined;
    return range ? pos(range[0]) : { line: 1, column: 1 };
  };
  return { file, data, errors, at };
}
