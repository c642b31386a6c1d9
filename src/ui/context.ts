import type { i18n } from 'i18next';
import type { GameStore } from '../state/game.ts';
import type { SettingsStore } from '../state/settings.ts';
import type { ScenarioRef } from '../state/save.ts';
import type { LoadedScenario } from '../scenarios/load.ts';

/** A problem in a trainer's file, as the validator reports it. */
export interface FileProblem {
  file: string;
  line: number;
  column: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface ScenarioSource {
  /** Called when the shipped scenarios change on disk (in `npm run dev`). */
  onChange(listener: () => void): void;
  /** Shipped scenarios that passed the validator, in display order. */
  list(): LoadedScenario[];
  get(ref: ScenarioRef): LoadedScenario | null;
  /** Whether a shipped scenario has this id: no file or save may then use it. */
  isShipped(id: string): boolean;
  /** Validates a trainer's own files; on success the scenario is registered and can be opened by its ref. */
  loadFiles(files: { path: string; text: string }[]): { ok: true; ref: ScenarioRef } | { ok: false; problems: FileProblem[] };
  /** The files of a scenario, as the trainer wrote them, to share it. */
  files(ref: ScenarioRef): { path: string; text: string }[] | null;
  /** Opens the scenario a shared link carries (`#share=…`); null and `linkProblems` set when it cannot. */
  openLink(hash: string): ScenarioRef | null;
  /** What a shared link that could not be opened said was wrong; the title screen shows it. */
  linkProblems: FileProblem[];
}

/** Everything a screen needs, handed down from the composition root. */
export interface UiContext {
  i18n: i18n;
  game: GameStore;
  settings: SettingsStore;
  scenarios: ScenarioSource;
  /** Speaks to screen readers through the polite live region. */
  announce(text: string): void;
  /** Mounts the animated board into a container; resolves to its teardown. */
  mountBoard(container: HTMLElement): Promise<() => void>;
}
