// When the schema rejects part of a file, the rest still deserves its cross-reference checks, so that
// a trainer sees every problem in one run. We cut away what the schema rejected (list items, unknown
// fields, optional sections), parse again, and map the paths of later findings back to the file.
import type { z } from 'zod';
import type { PathKey } from './yaml-source.ts';

interface Removal {
  array: PathKey[];
  /** Indices removed, in the coordinates of the array before the removal. */
  removed: number[];
}

export interface Repaired<T> {
  data: T;
  /** Maps a path in the repaired data to the same value's path in the file. */
  toOriginal(path: readonly PathKey[]): PathKey[];
  /** Ids of the items cut away: findings that name them would only echo the first error. */
  removedIds: Set<string>;
}

const MAX_ROUNDS = 8;

/**
 * `optionalTopLevel`: sections that may simply be dropped; `placeholders`: a stand-in value for a
 * required top-level field the schema rejected, so the rest can still be checked.
 */
export function repairAndParse<T>(
  schema: z.ZodType<T>,
  data: unknown,
  optionalTopLevel: ReadonlySet<string>,
  placeholders: (field: string) => unknown,
): Repaired<T> | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const current: unknown = structuredClone(data);
  const rounds: Removal[][] = [];
  const removedIds = new Set<string>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const result = schema.safeParse(current);
    if (result.success) {
      return { data: result.data, removedIds, toOriginal: (path) => rounds.reduceRight((p, removals) => mapBack(p, removals), [...path]) };
    }
    const removals = new Map<string, Removal>();
    for (const issue of result.error.issues) {
      const path = deepestPath(issue);
      if (issue.code === 'unrecognized_keys') {
        const target = get(current, path);
        if (target && typeof target === 'object') for (const k of issue.keys) delete (target as Record<string, unknown>)[k];
        continue;
      }
      const at = lastArrayElement(current, path);
      if (at) {
        const key = JSON.stringify(at.array);
        const removal = removals.get(key) ?? { array: at.array, removed: [] };
        if (!removal.removed.includes(at.index)) removal.removed.push(at.index);
        removals.set(key, removal);
      } else if (typeof path[0] === 'string' && optionalTopLevel.has(path[0])) {
        delete (current as Record<string, unknown>)[path[0]];
      } else if (typeof path[0] === 'string' && path.length === 1 && placeholders(path[0]) !== undefined) {
        (current as Record<string, unknown>)[path[0]] = placeholders(path[0]);
      } else {
        return undefined;
      }
    }
    // An item removed from an outer list takes its inner lists with it.
    const list = [...removals.values()].filter((r) => ![...removals.values()].some((o) => o !== r && isInside(r.array, o)));
    // Deeper lists first, so that the outer indices in their paths still hold while we cut.
    for (const r of [...list].sort((a, b) => b.array.length - a.array.length)) {
      const arr = get(current, r.array) as unknown[];
      for (const i of [...r.removed].sort((a, b) => b - a)) {
        const item = arr[i] as { id?: unknown } | null;
        if (item && typeof item === 'object' && typeof item.id === 'string') removedIds.add(item.id);
        else if (typeof item === 'string') removedIds.add(item);
        arr.splice(i, 1);
      }
    }
    // Mapping back runs outer lists first, which is the order in which their coordinates nest.
    rounds.push([...list].sort((a, b) => a.array.length - b.array.length));
  }
  return undefined;
}

/** Whether array `inner` lies inside an element of one of `outer`'s removed items. */
function isInside(inner: PathKey[], outer: Removal): boolean {
  return inner.length > outer.array.length && outer.array.every((k, i) => inner[i] === k) && outer.removed.includes(inner[outer.array.length] as number);
}

/** For a union, the path inside the alternative that got furthest: that is where the problem is. */
function deepestPath(issue: z.core.$ZodIssue): PathKey[] {
  const path = issue.path as PathKey[];
  if (issue.code !== 'invalid_union') return path;
  let best: PathKey[] = [];
  for (const alt of issue.errors) for (const inner of alt) {
    const p = deepestPath(inner);
    if (p.length > best.length) best = p;
  }
  return [...path, ...best];
}

function mapBack(path: PathKey[], removals: Removal[]): PathKey[] {
  const out = [...path];
  for (const r of removals) {
    if (out.length <= r.array.length || !r.array.every((k, i) => out[i] === k)) continue;
    let j = out[r.array.length] as number;
    for (const removed of [...r.removed].sort((a, b) => a - b)) if (removed <= j) j++;
    out[r.array.length] = j;
  }
  return out;
}

function get(data: unknown, path: readonly PathKey[]): unknown {
  let v = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[k as string];
  }
  return v;
}

function lastArrayElement(data: unknown, path: readonly PathKey[]): { array: PathKey[]; index: number } | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const k = path[i];
    if (typeof k === 'number' && Array.isArray(get(data, path.slice(0, i)))) return { array: path.slice(0, i), index: k };
  }
  return undefined;
}
