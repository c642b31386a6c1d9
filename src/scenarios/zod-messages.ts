import type { z } from 'zod';
import { describe } from './locales.ts';
import { didYouMean, listOf } from './suggest.ts';
import type { PathKey } from './yaml-source.ts';

export interface PlacedMessage {
  path: PathKey[];
  /** Point at the key rather than its value (unknown or misspelt field names). */
  onKey: boolean;
  message: string;
}

const typeNames: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'a text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map of fields',
  record: 'a map',
};

function valueAt(data: unknown, path: readonly PathKey[]): unknown {
  let v = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[k as string];
  }
  return v;
}

function fieldName(path: readonly PathKey[]): string {
  const last = [...path].reverse().find((k) => typeof k === 'string');
  return last === undefined ? 'the file' : `'${last}'`;
}

/** The field names an object schema accepts at `path`, to suggest the one a trainer misspelt. */
function knownKeys(schema: z.ZodType, path: readonly PathKey[]): string[] {
  const keysOf = (s: z.ZodType): string[] => {
    const def = s._zod.def as unknown as Record<string, unknown>;
    switch (def.type) {
      case 'object':
        return Object.keys(def.shape as object);
      case 'optional':
      case 'default':
      case 'nullable':
      case 'prefault':
      case 'readonly':
        return keysOf(def.innerType as z.ZodType);
      case 'pipe':
        return keysOf(def.in as z.ZodType);
      case 'union':
        return (def.options as z.ZodType[]).flatMap(keysOf);
      default:
        return [];
    }
  };
  const childOf = (s: z.ZodType, key: PathKey): z.ZodType[] => {
    const def = s._zod.def as unknown as Record<string, unknown>;
    switch (def.type) {
      case 'object': {
        const shape = def.shape as Record<string, z.ZodType>;
        return typeof key === 'string' && shape[key] ? [shape[key]] : [];
      }
      case 'array':
        return [def.element as z.ZodType];
      case 'record':
        return [def.valueType as z.ZodType];
      case 'optional':
      case 'default':
      case 'nullable':
      case 'prefault':
      case 'readonly':
        return childOf(def.innerType as z.ZodType, key);
      case 'pipe':
        return childOf(def.in as z.ZodType, key);
      case 'union':
        return (def.options as z.ZodType[]).flatMap((o) => childOf(o, key));
      default:
        return [];
    }
  };
  let level: z.ZodType[] = [schema];
  for (const key of path) level = level.flatMap((s) => childOf(s, key));
  return [...new Set(level.flatMap(keysOf))];
}

/** Turns zod's issues into sentences a trainer can act on, each placed at a YAML path. */
export function explainIssues(schema: z.ZodType, issues: readonly z.core.$ZodIssue[], data: unknown): PlacedMessage[] {
  const out: PlacedMessage[] = [];
  for (const issue of issues) {
    const path = issue.path as PathKey[];
    const value = valueAt(data, path);
    const name = fieldName(path);
    switch (issue.code) {
      case 'invalid_type': {
        const expected = typeNames[issue.expected] ?? issue.expected;
        if (value === undefined) out.push({ path, onKey: false, message: `${name} is missing; it is required here and should be ${expected}` });
        else out.push({ path, onKey: false, message: `${name} should be ${expected}, not ${describe(value)}` });
        break;
      }
      case 'unrecognized_keys': {
        const known = knownKeys(schema, path);
        for (const key of issue.keys) {
          const listed = known.length > 10 ? '; see the reference in docs/authoring.md for the fields allowed here' : `; the fields allowed here are ${listOf(known)}`;
          const hint = didYouMean(key, known) || (known.length ? listed : '');
          out.push({ path: [...path, key], onKey: true, message: `unknown field '${key}'${hint}` });
        }
        break;
      }
      case 'invalid_value': {
        if (value === undefined && typeof path.at(-1) === 'string') {
          const field = String(path.at(-1));
          out.push({ path, onKey: false, message: `'${field}' is missing; add it here, like "${field}: ${String(issue.values[0])}"${issue.values.length > 3 ? ' (docs/catalog.md lists every name)' : ''}` });
          break;
        }
        // Schemas that name their own values (practice ids, metrics) already wrote the better message.
        if (!issue.message.startsWith('Invalid')) {
          out.push({ path, onKey: false, message: issue.message });
          break;
        }
        const allowed = issue.values.map(String);
        const hint = typeof value === 'string' ? didYouMean(value, allowed) : '';
        out.push({
          path,
          onKey: false,
          message: hint ? `${name} cannot be ${describe(value)}${hint}` : `${name} should be ${allowed.length > 12 ? `one of the ${allowed.length} allowed values` : listOf(allowed)}, not ${describe(value)}`,
        });
        break;
      }
      case 'too_small':
      case 'too_big': {
        const small = issue.code === 'too_small';
        const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
        // 10,000,000,000 reads at a glance; 10000000000 does not.
        const bound = Math.abs(limit) >= 10_000 ? limit.toLocaleString('en-US') : String(limit);
        const inclusive = issue.inclusive !== false;
        if (issue.origin === 'array') {
          out.push({ path, onKey: false, message: `${name} should have ${small ? 'at least' : 'at most'} ${bound} item${bound === '1' ? '' : 's'}` });
        } else if (issue.origin === 'string') {
          out.push({ path, onKey: false, message: small ? `${name} should not be empty` : `${name} is too long (at most ${bound} characters)` });
        } else {
          const relation = small ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than';
          out.push({ path, onKey: false, message: `${name} should be ${relation} ${bound}, not ${describe(value)}` });
        }
        break;
      }
      case 'invalid_format':
        out.push({ path, onKey: false, message: issue.message.startsWith('Invalid') ? `${name} is not well formed: ${describe(value)}` : issue.message });
        break;
      case 'invalid_union': {
        // Unions of one-field maps ("culture: -5", "adopt: x"): a wrong field name is the likely mistake.
        const shapeMiss = (alt: readonly z.core.$ZodIssue[]) =>
          alt.some((i) => (i.code === 'unrecognized_keys' && i.path.length === 0) || (i.code === 'invalid_type' && i.path.length === 1 && valueAt(value, i.path as PathKey[]) === undefined));
        if (value && typeof value === 'object' && !Array.isArray(value) && issue.errors.every(shapeMiss)) {
          const known = knownKeys(schema, path);
          const given = Object.keys(value);
          const unknown = given.filter((k) => !known.includes(k));
          if (unknown.length) {
            for (const k of unknown) out.push({ path: [...path, k], onKey: true, message: `unknown field '${k}'${didYouMean(k, known) || `; write one of ${listOf(known)}`}` });
          } else if (given.length > 1) {
            const list = path.length > 1 ? fieldName(path.slice(0, -1)) : 'this list';
            out.push({ path, onKey: false, message: `each item of ${list} holds exactly one field, and this one has ${given.length}: ${given.map((k) => `'${k}'`).join(', ')}; split it into ${given.length} items, like ${given.map((k) => `{ ${k}: … }`).join(', ')}` });
          } else {
            out.push({ path, onKey: false, message: `write exactly one of ${listOf(known)} here, not nothing` });
          }
          break;
        }
        // Otherwise report the alternative that got furthest: its issues are what the trainer most likely meant.
        const best = [...issue.errors].sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0];
        if (best && best.length && depth(best) > 0) {
          out.push(...explainIssues(schema, best.map((i) => ({ ...i, path: [...path, ...i.path] }) as z.core.$ZodIssue), data));
        } else {
          const custom = issue.errors.flat().find((i) => !i.message.startsWith('Invalid'));
          out.push({ path, onKey: false, message: custom ? custom.message : `${name} has the wrong shape: ${describe(value)}` });
        }
        break;
      }
      default:
        out.push({ path, onKey: false, message: issue.message });
    }
  }
  return out;
}

function depth(issues: readonly z.core.$ZodIssue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length));
}
