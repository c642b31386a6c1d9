import { fromLinkPayload } from '../scenarios/bundle.ts';
import { builtinScenarioFiles } from '../scenarios/builtin.ts';
import { formatError, loadScenario, type LoadedScenario } from '../scenarios/load.ts';
import type { ScenarioRef } from '../state/save.ts';
import type { FileProblem, ScenarioSource } from './context.ts';

const modeOrder = { tutorial: 0, game: 1, talk: 2 } as const;
const levelOrder = { beginner: 0, intermediate: 1, advanced: 2 } as const;

/**
 * The shipped scenarios and the trainer's own, all through the one validator. Their texts stay
 * data (see scenario-words.ts); a language the scenario lacks shows its main language, and the
 * title screen says so on the card, so nothing falls back silently.
 */
export function createScenarioSource(): ScenarioSource {
  const loaded = new Map<string, LoadedScenario>();
  const own = new Map<string, LoadedScenario>();

  const loadAll = (all: Record<string, { path: string; text: string }[]>) => {
    loaded.clear();
    const failed: { id: string; problems: string[] }[] = [];
    for (const [id, files] of Object.entries(all)) {
      const result = loadScenario(files);
      if (result.ok) {
        loaded.set(id, result.scenario);
      } else {
        // A shipped scenario that fails the checker is left out; in `npm run dev` the trainer editing it sees why.
        console.error(`Scenario ${id} was left out:\n${result.errors.map(formatError).join('\n')}`);
        failed.push({ id, problems: result.errors.map(formatError) });
      }
    }
    // Only a page under the dev server has an overlay to show them on (not a unit test in Node).
    if (import.meta.env.DEV && typeof document !== 'undefined') void import('./dev-problems.ts').then((m) => m.showDevProblems(failed));
  };
  loadAll(builtinScenarioFiles());
  const listeners = new Set<() => void>();
  // `npm run dev`: a saved scenario file is checked and shown again at once, without a page reload.
  if (import.meta.hot) {
    import.meta.hot.accept('../scenarios/builtin.ts', (mod) => {
      if (!mod) return;
      loadAll((mod as unknown as typeof import('../scenarios/builtin.ts')).builtinScenarioFiles());
      listeners.forEach((l) => l());
    });
  }

  const source: ScenarioSource = {
    linkProblems: [],
    openLink: (hash: string) => {
      const unpacked = fromLinkPayload(hash);
      const result = unpacked.ok ? source.loadFiles(unpacked.files) : { ok: false as const, problems: [unpacked.error] };
      if (result.ok) return result.ref;
      source.linkProblems = result.problems;
      return null;
    },
    files: (ref: ScenarioRef) => (ref.kind === 'builtin' ? builtinScenarioFiles()[ref.id] ?? null : ref.files ?? null),
    onChange: (listener: () => void) => { listeners.add(listener); },
    list: () => [...loaded.values()].sort((a, b) =>
      modeOrder[a.meta.mode] - modeOrder[b.meta.mode] || levelOrder[a.meta.level] - levelOrder[b.meta.level] || a.id.localeCompare(b.id)),
    isShipped: (id: string) => loaded.has(id),
    get: (ref: ScenarioRef) => (ref.kind === 'builtin' ? loaded.get(ref.id) : own.get(ref.id) ?? reload(ref)) ?? null,
    loadFiles: (files) => {
      // A file picker gives bare names; the loader expects the folder layout.
      const placed = files.map((f) => ({
        path: /(^|[\\/])scenario\.ya?ml$/.test(f.path) || /[\\/]locales[\\/]/.test(f.path) ? f.path : `locales/${f.path.replace(/^.*[\\/]/, '')}`,
        text: f.text,
      }));
      const result = loadScenario(placed);
      if (!result.ok) return { ok: false, problems: result.errors };
      // A copy under a shipped id would be shown, debriefed and exported as the shipped scenario.
      if (loaded.has(result.scenario.id)) return { ok: false, problems: [shippedIdProblem(placed, result.scenario.id)] };
      own.set(result.scenario.id, result.scenario);
      return { ok: true, ref: { kind: 'file', id: result.scenario.id, files: placed } };
    },
  };
  return source;

  /** A trainer's scenario restored from a save: its files travel inside the save. */
  function reload(ref: ScenarioRef): LoadedScenario | undefined {
    if (!ref.files || loaded.has(ref.id)) return undefined;
    const result = loadScenario(ref.files);
    if (!result.ok) return undefined;
    own.set(ref.id, result.scenario);
    return result.scenario;
  }
}

function shippedIdProblem(files: { path: string; text: string }[], id: string): FileProblem {
  const main = files.find((f) => /(^|[\\/])scenario\.ya?ml$/.test(f.path)) ?? files[0];
  const line = main.text.split('\n').findIndex((l) => /^id\s*:/.test(l)) + 1;
  return {
    file: main.path, line: Math.max(line, 1), column: 1, severity: 'error',
    message: `'${id}' is the id of a shipped scenario; a scenario opened from a file needs an id of its own, like '${id}-copy', so that it is never taken for the shipped one`,
  };
}
