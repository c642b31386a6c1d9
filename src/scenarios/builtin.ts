// The shipped scenarios, bundled by Vite (browser only: the CLI reads the same files from disk).
// In `npm run dev`, editing a scenario file updates these strings through Vite's hot reload.
import { loadScenario, type LoadResult, type ScenarioFile } from './load.ts';

const raw = import.meta.glob('/scenarios/*/**/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** The files of each shipped scenario, by folder name, with paths like "scenarios/<id>/scenario.yaml". */
export function builtinScenarioFiles(): Record<string, ScenarioFile[]> {
  const byId: Record<string, ScenarioFile[]> = {};
  for (const [path, text] of Object.entries(raw)) {
    const id = /^\/scenarios\/([^/]+)\//.exec(path)?.[1];
    if (!id) continue;
    (byId[id] ??= []).push({ path: path.slice(1), text });
  }
  return byId;
}

/** Ids of the shipped scenarios, in folder order. */
export function builtinScenarioIds(): string[] {
  return Object.keys(builtinScenarioFiles()).sort();
}

/** Loads one shipped scenario through the same validator as a trainer's own file. */
export function loadBuiltinScenario(id: string): LoadResult {
  const files = builtinScenarioFiles()[id];
  if (!files) {
    return { ok: false, errors: [{ file: `scenarios/${id}/scenario.yaml`, line: 0, column: 0, message: `there is no shipped scenario '${id}'`, severity: 'error' }] };
  }
  return loadScenario(files);
}
