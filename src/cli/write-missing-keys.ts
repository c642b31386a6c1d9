// check --write-missing-keys: adds every missing key to its locale file, marked for translation,
// keeping the file's comments and order. Nothing already written is changed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { missingKeys } from '../scenarios/missing-keys.ts';
import { readScenarioFiles } from './scenario-files.ts';

/** Lines saying what was added where, or why nothing could be. */
export function writeMissingKeys(dir: string): string[] {
  const missing = missingKeys(readScenarioFiles(dir));
  if (!missing) return [`${dir}: missing keys not written: scenario.yaml has errors (below); fix them and run again`];
  return missing.map(({ lang, keys }) => {
    const file = join(dir, 'locales', `${lang}.yaml`);
    const doc = parseDocument(existsSync(file) ? readFileSync(file, 'utf8') : '');
    if (doc.errors.length > 0) return `${file}: not changed, it does not parse (below)`;
    if (doc.contents === null) doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
    for (const { key, text } of keys) doc.setIn(key.split('.'), text);
    mkdirSync(join(dir, 'locales'), { recursive: true });
    writeFileSync(file, doc.toString({ lineWidth: 0 }));
    return `${file}: added ${keys.length} key${keys.length > 1 ? 's' : ''} marked "TODO": ${keys.map((k) => k.key).join(', ')}`;
  });
}
