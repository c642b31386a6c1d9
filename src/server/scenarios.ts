// The shipped scenarios as the server plays them: read from disk once, through the game's own loader.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario, type LoadedScenario, type ScenarioFile } from '../scenarios/load.ts';

const root = 'scenarios';
const cache = new Map<string, LoadedScenario | null>();

/** Ids a facilitator may pick: every shipped folder except the tutorial, which teaches one player. */
export function workshopScenarioIds(): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root).filter((id) => id !== 'tutorial' && existsSync(join(root, id, 'scenario.yaml'))).sort();
}

/** A shipped scenario by id, or null when there is none or it does not load. */
export function shippedScenario(id: string): LoadedScenario | null {
  if (!workshopScenarioIds().includes(id)) return null;
  if (!cache.has(id)) {
    const dir = join(root, id);
    const files: ScenarioFile[] = [{ path: `${dir}/scenario.yaml`, text: readFileSync(join(dir, 'scenario.yaml'), 'utf8') }];
    const locales = join(dir, 'locales');
    if (existsSync(locales)) {
      for (const name of readdirSync(locales).sort()) {
        if (/\.ya?ml$/.test(name)) files.push({ path: `${locales}/${name}`, text: readFileSync(join(locales, name), 'utf8') });
      }
    }
    const result = loadScenario(files);
    cache.set(id, result.ok ? result.scenario : null);
  }
  return cache.get(id) ?? null;
}
