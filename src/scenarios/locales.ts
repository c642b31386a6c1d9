import type { ScenarioError } from './errors.ts';
import type { PathKey, YamlSource } from './yaml-source.ts';

/** One language's texts, flattened to dotted keys ("events.outage.title"), each with where it was written. */
export interface LocaleTexts {
  lang: string;
  file: string;
  texts: Record<string, string>;
  paths: Record<string, PathKey[]>;
  source: YamlSource;
}

/** Reads a locale file: nested maps of texts, any depth; a text is a string (numbers are accepted as written). */
export function readLocale(lang: string, source: YamlSource): { locale: LocaleTexts; errors: ScenarioError[] } {
  // No prototype: a key like "__proto__" or "constructor" is a text like any other.
  const locale: LocaleTexts = { lang, file: source.file, texts: Object.create(null) as Record<string, string>, paths: Object.create(null) as Record<string, PathKey[]>, source };
  const errors: ScenarioError[] = [];
  const complain = (path: PathKey[], message: string) =>
    errors.push({ file: source.file, ...source.at(path), message, severity: 'error' });

  const walk = (value: unknown, path: string[]) => {
    const key = path.join('.');
    if (typeof value === 'string' || typeof value === 'number') {
      locale.texts[key] = String(value);
      locale.paths[key] = path;
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    } else if (path.length === 0) {
      if (value !== undefined && value !== null) complain([], 'a locale file is a map of keys to texts, like "title: Our DevOps journey"');
    } else {
      complain(path, `'${key}' should be a text (or a map of texts), not ${describe(value)}`);
    }
  };
  if (source.errors.length === 0) walk(source.data, []);
  return { locale, errors };
}

export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'boolean') return `${value}`;
  return `the number ${String(value)}`;
}
