import type { Command, Difficulty } from '../sim/types.ts';
import { DIFFICULTIES } from '../sim/types.ts';
import type { CoachProgress } from './game.ts';

/**
 * A save is the recipe, not the result: scenario, seed and the commands of each turn. The engine is
 * deterministic, so replaying the recipe rebuilds the exact game, and the stored hash proves it did.
 */
export interface ScenarioRef {
  /** A shipped scenario by id, or a trainer's own file kept in full so it can be replayed. */
  kind: 'builtin' | 'file';
  id: string;
  files?: { path: string; text: string }[];
}

export interface SaveData {
  ref: ScenarioRef;
  seed: number;
  turns: Command[][];
  hash: string;
  coach: CoachProgress | null;
  /** The difficulty played, when it is not the scenario's own. */
  difficulty: Difficulty | null;
}

export interface SaveProblem {
  code: 'unreadable' | 'wrongFormat' | 'newerVersion' | 'scenarioMissing' | 'replayFailed' | 'versionMismatch';
  params: Record<string, string | number>;
}

const format = 'devops-journey-save';
const version = 1;

export function encodeSave(ref: ScenarioRef, seed: number, turns: Command[][], hash: string, coach: CoachProgress | null, difficulty: Difficulty | null = null): string {
  return JSON.stringify({ format, version, ref, seed, turns, hash, coach, difficulty });
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function decodeSave(raw: string): { ok: true; save: SaveData } | { ok: false; problem: SaveProblem } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, problem: { code: 'unreadable', params: {} } };
  }
  if (!isRecord(data) || data.format !== format) return { ok: false, problem: { code: 'wrongFormat', params: {} } };
  if (typeof data.version !== 'number' || data.version > version) {
    return { ok: false, problem: { code: 'newerVersion', params: { version: String(data.version) } } };
  }
  const { ref, seed, turns, hash } = data;
  const coach = isRecord(data.coach) && [data.coach.step, data.coach.markTurn, data.coach.markCommands].every(Number.isInteger)
    ? (data.coach as unknown as CoachProgress)
    : null;
  const refOk =
    isRecord(ref) && (ref.kind === 'builtin' || ref.kind === 'file') && typeof ref.id === 'string' &&
    (ref.files === undefined || (Array.isArray(ref.files) &&
      ref.files.every((f) => isRecord(f) && typeof f.path === 'string' && typeof f.text === 'string')));
  // Each command is checked again by the engine during the replay; here only the shape matters.
  const turnsOk = Array.isArray(turns) && turns.length > 0 && turns.every((t) => Array.isArray(t) && t.every(isRecord));
  if (!refOk || !Number.isInteger(seed) || !turnsOk || typeof hash !== 'string') {
    return { ok: false, problem: { code: 'wrongFormat', params: {} } };
  }
  const difficulty = DIFFICULTIES.find((d) => d === data.difficulty) ?? null;
  return { ok: true, save: { ref: ref as unknown as ScenarioRef, seed: seed as number, turns: turns as Command[][], hash, coach, difficulty } };
}
