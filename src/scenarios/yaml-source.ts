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

const INDENTATION = new Set(['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'MISSING_CHAR']);
const isIndentation = (e: { code: string; message: string }) =>
  INDENTATION.has(e.code) && !/^Flow|Missing closing/.test(e.message) && (e.code !== 'MISSING_CHAR' || /Sequence item without|Implicit map keys/.test(e.message));

/**
 * The parser's errors as a trainer needs them: one message per mistake, at the line to change, in
 * plain words with the fix. A wrong indentation makes the parser report several errors on the lines
 * around it; only the first is kept, since fixing it removes the rest.
 */
function plainYamlErrors(file: string, text: string, raw: { code: string; offset: number; message: string }[], lines: LineCounter): ScenarioError[] {
  const out: ScenarioError[] = [];
  const source = text.split(/\r?\n/);
  const indentOf = (line: number) => /^ */.exec(source[line - 1] ?? '')![0].length;
  const blank = (line: number) => /^\s*(#.*)?$/.test(source[line - 1] ?? '');
  const previous = (line: number) => { let l = line - 1; while (l > 0 && blank(l)) l--; return l; };
  const next = (line: number) => { let l = line + 1; while (l <= source.length && blank(l)) l++; return l; };
  const words = (n: number) => `${n} space${n === 1 ? '' : 's'}`;
  let lastLine = -10;
  for (const e of raw) {
    const at = lines.linePos(e.offset);
    if (e.code === 'DUPLICATE_KEY') {
      const key = /^\s*(?:-\s+)?["']?([^:"']+)/.exec(source[at.line - 1] ?? '')?.[1]?.trim() ?? 'this key';
      out.push({ file, line: at.line, column: at.col, message: `YAML: '${key}' appears twice in the same block; keep one. If this line belongs to the block above, indent it like that block's lines`, severity: 'error' });
      lastLine = at.line;
      continue;
    }
    if (e.code === 'TAB_AS_INDENT') {
      out.push({ file, line: at.line, column: 1, message: 'YAML: a tab indents this line, and YAML allows only spaces; replace the tab with spaces', severity: 'error' });
      lastLine = at.line;
      continue;
    }
    if (/^Flow (sequence|map)/.test(e.message)) {
      const closer = /^Flow sequence/.test(e.message) ? ']' : '}';
      out.push({ file, line: at.line, column: at.col, message: `YAML: a '${closer === ']' ? '[' : '{'}' above is not closed: end it with '${closer}' on the same line, or write the items as an indented block`, severity: 'error' });
      lastLine = at.line;
      continue;
    }
    if (isIndentation(e)) {
      // "Nested mappings are not allowed in compact mappings" points at the value before the line indented too far.
      const line = e.code === 'BLOCK_AS_IMPLICIT_KEY' && /Nested mappings/.test(e.message) ? next(at.line) : at.line;
      if (line - lastLine <= 3) continue;
      lastLine = line;
      const mine = indentOf(line);
      const above = indentOf(previous(line));
      const item = /^\s*-\s/.test(source[line - 1] ?? '') ? 'list item' : 'line';
      const message = mine > above
        ? `this ${item} is indented by ${words(mine)}, further than the line above (${above}), which already has a value; line it up with the line above, or if it belongs inside that line's field, move the value onto lines of its own`
        : mine < above
          ? `this ${item} is indented by ${words(mine)}, but the line above by ${above}; line it up with the ${item === 'list item' ? 'items' : 'lines'} of its block (YAML reads the indentation as structure)`
          : `this ${item} does not fit the block it is in; check its indentation and the line above it (a missing '-' or ':')`;
      out.push({ file, line, column: mine + 1, message: `YAML: ${message}`, severity: 'error' });
      continue;
    }
    if (at.line === lastLine) continue;
    lastLine = at.line;
    out.push({ file, line: at.line, column: at.col, message: `YAML: ${plainYamlMessage(e.message)}`, severity: 'error' });
  }
  return out;
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
  // Nesting that ran the parser out of stack is said once, in plain words, not at every level it unwound through.
  const deep = doc.errors.find((e) => /call stack/i.test(e.message));
  if (deep) errors.push({ file, ...pos(deep.pos[0]), message: TOO_DEEP, severity: 'error' });
  else errors.push(...plainYamlErrors(file, text, doc.errors.map((e) => ({ code: e.code, offset: e.pos[0], message: e.message })), lineCounter));
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
