import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { formatError, loadScenario, type LoadedScenario, type ScenarioFile } from '../scenarios/load.ts';
import type { ScenarioConfig } from '../sim/index.ts';

export const scenariosRoot = 'scenarios';

/** Every folder under scenarios/ that holds a scenario.yaml, sorted by name. */
export function shippedScenarioDirs(root = scenariosRoot): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .map((name) => join(root, name))
    .filter((dir) => existsSync(join(dir, 'scenario.yaml')))
    .sort();
}

/** A path a trainer typed (folder, scenario.yaml, or a shipped scenario's id) to the scenario folder. */
export function resolveScenarioDir(arg: string): string | undefined {
  const candidates = [arg, join(scenariosRoot, arg)];
  for (const c of candidates) {
    if (!existsSync(c)) continue;
    if (statSync(c).isDirectory()) return existsSync(join(c, 'scenario.yaml')) ? c : undefined;
    if (basename(c) === 'scenario.yaml') return dirname(c);
  }
  return undefined;
}

/** scenario.yaml and locales/*.yaml of one folder, with paths as the trainer will see them in messages. */
export function readScenarioFiles(dir: string): ScenarioFile[] {
  const files: ScenarioFile[] = [];
  const show = (p: string) => {
    const r = relative(process.cwd(), p);
    return r && !r.startsWith('..') ? r : p;
  };
  files.push({ path: show(join(dir, 'scenario.yaml')), text: readFileSync(join(dir, 'scenario.yaml'), 'utf8') });
  const locales = join(dir, 'locales');
  if (existsSync(locales) && statSync(locales).isDirectory()) {
    for (const name of readdirSync(locales).sort()) {
      if (/\.ya?ml$/.test(name)) files.push({ path: show(join(locales, name)), text: readFileSync(join(locales, name), 'utf8') });
    }
  }
  return files;
}

/** A scenario that cannot be played: unknown, or with errors (`problems`, each as file:line:column: message). */
export class ScenarioLoadError extends Error {
  constructor(message: string, readonly problems: readonly string[] = []) {
    super(message);
    this.name = 'ScenarioLoadError';
  }
}

/**
 * The engine's config of a scenario on disk, by a shipped scenario's id, a scenario folder or a
 * scenario.yaml path, checked by the same loader as the game. For Node code (CLIs, bench, tests)
 * that wants what players play. Throws a ScenarioLoadError listing the shipped ids when there is
 * no such scenario, or every error formatted as file:line:column: message when it does not load.
 */
export function loadShippedScenario(ref: string): ScenarioConfig {
  return loadScenarioFolder(ref).config;
}

/** As loadShippedScenario, but the whole loaded scenario: its texts, plays and lessons too. */
export function loadScenarioFolder(ref: string): LoadedScenario {
  const dir = resolveScenarioDir(ref);
  if (!dir) {
    const ids = shippedScenarioDirs().map((d) => basename(d));
    throw new ScenarioLoadError(`unknown scenario "${ref}"; shipped: ${ids.join(', ')}; or give a scenario folder or its scenario.yaml`);
  }
  const result = loadScenario(readScenarioFiles(dir));
  if (!result.ok) {
    const problems = result.errors.map(formatError);
    throw new ScenarioLoadError(`scenario "${ref}" has errors:\n${problems.join('\n')}`, problems);
  }
  return result.scenario;
}
