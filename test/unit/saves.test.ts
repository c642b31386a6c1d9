import { describe, expect, it } from 'vitest';
import { builtinScenarioFiles, loadBuiltinScenario } from '../../src/scenarios/builtin.ts';
import { hashState } from '../../src/sim/index.ts';
import { createGameStore } from '../../src/state/game.ts';
import { encodeSave } from '../../src/state/save.ts';
import { createScenarioSource } from '../../src/ui/scenario-source.ts';

const saveKey = 'devops-journey:save';

/** localStorage with a quota in characters, and switches to make it refuse. */
class FakeStorage implements Storage {
  items = new Map<string, string>();
  refuseRemove = false;
  constructor(private quota = Infinity) {}
  get length() { return this.items.size; }
  key(i: number) { return [...this.items.keys()][i] ?? null; }
  getItem(k: string) { return this.items.get(k) ?? null; }
  setItem(k: string, v: string) {
    const used = [...this.items].reduce((n, [key, val]) => n + (key === k ? 0 : key.length + val.length), 0);
    if (used + k.length + v.length > this.quota) throw new DOMException('quota', 'QuotaExceededError');
    this.items.set(k, v);
  }
  removeItem(k: string) {
    if (this.refuseRemove) throw new DOMException('refused', 'SecurityError');
    this.items.delete(k);
  }
  clear() { this.items.clear(); }
}

const tutorial = (() => {
  const r = loadBuiltinScenario('tutorial');
  if (!r.ok) throw new Error('the tutorial does not load');
  return r.scenario;
})();

describe('a save that cannot be resumed', () => {
  it('is kept aside when there is room, and the message says so', () => {
    const storage = new FakeStorage();
    storage.setItem(saveKey, '{ not json');
    const game = createGameStore(() => tutorial.config, storage);
    expect(game.resume()).toBe(false);
    expect(game.getState().saveProblem).toMatchObject({ code: 'unreadable', aside: 'kept' });
    expect(storage.getItem(`${saveKey}:unreadable`)).toBe('{ not json');
    expect(game.hasSave()).toBe(false);
  });

  it('is removed when a copy does not fit, and the message says it was removed, not kept', () => {
    const big = `{"format":"devops-journey-save","junk":"${'x'.repeat(3_000_000)}`;
    const storage = new FakeStorage(4_000_000);
    storage.setItem(saveKey, big);
    const game = createGameStore(() => tutorial.config, storage);
    expect(game.resume()).toBe(false);
    expect(game.getState().saveProblem).toMatchObject({ code: 'unreadable', aside: 'removed' });
    expect(storage.getItem(`${saveKey}:unreadable`)).toBeNull();
    // Continue is gone: the same error cannot come back.
    expect(game.hasSave()).toBe(false);
    expect(game.resume()).toBe(false);
  });

  it('says so when storage will neither copy nor remove it', () => {
    const storage = new FakeStorage(10);
    storage.items.set(saveKey, 'garbage that is longer than the quota');
    storage.refuseRemove = true;
    const game = createGameStore(() => tutorial.config, storage);
    game.resume();
    expect(game.getState().saveProblem).toMatchObject({ aside: 'stuck' });
  });
});

describe('a shipped id', () => {
  const source = createScenarioSource();
  const shipped = builtinScenarioFiles()['our-devops-journey'];
  const forged = shipped.map((f) => ({ path: f.path, text: f.path.endsWith('scenario.yaml') ? f.text.replace(/^budget: .*$/m, 'budget: 9999999999') : f.text }));

  it('is refused for a file opened in the game, with the line of its id', () => {
    const result = source.loadFiles(forged);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].message).toContain("'our-devops-journey' is the id of a shipped scenario");
    expect(forged.find((f) => f.path.endsWith('scenario.yaml'))!.text.split('\n')[result.problems[0].line - 1]).toMatch(/^id:/);
  });

  it('is never resolved from the files a save carries', () => {
    expect(source.isShipped('our-devops-journey')).toBe(true);
    expect(source.get({ kind: 'file', id: 'our-devops-journey', files: forged })).toBeNull();
    expect(source.get({ kind: 'builtin', id: 'our-devops-journey' })?.config.budget).not.toBe(9999999999);
  });

  it('in a forged save is reported as what it is, and the save is set aside', () => {
    const loaded = source.get({ kind: 'builtin', id: 'our-devops-journey' })!;
    const storage = new FakeStorage();
    const game = createGameStore((ref) => (ref.kind === 'file' && source.isShipped(ref.id) ? { code: 'shippedId', params: { id: ref.id } } : source.get(ref)?.config ?? null), storage);
    game.open({ kind: 'builtin', id: loaded.id }, loaded.config);
    const state = game.getState().session!.state;
    storage.setItem(saveKey, encodeSave({ kind: 'file', id: 'our-devops-journey', files: forged }, state.seed, [[]], hashState(state), null));
    expect(game.resume()).toBe(false);
    expect(game.getState().saveProblem).toMatchObject({ code: 'shippedId', params: { id: 'our-devops-journey' }, aside: 'kept' });
    expect(game.getState().session).toBeNull();
  });
});
