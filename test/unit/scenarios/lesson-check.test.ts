import { describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../../src/cli/scenario-files.ts';
import { lessonsInGame } from '../../../src/scenarios/lesson-check.ts';
import { metricOver } from '../../../src/scenarios/goals.ts';
import { runGame, STRATEGIES } from '../../../src/sim/index.ts';

describe('lessons in one game', () => {
  const toxic = loadScenarioFolder('toxic-culture');
  const seed = toxic.config.seed;
  const player = runGame(toxic.config, seed, STRATEGIES.doNothing!);
  const found = lessonsInGame(toxic, seed, player);

  it('plays both sides of each lesson on the game seed and says whether the better side came out ahead', () => {
    expect(found.map((l) => l.id)).toEqual(toxic.lessons.map((l) => l.id));
    const culture = found.find((l) => l.id === 'blame-poisons-culture')!;
    expect(culture.text).toBe('lessons.blame-poisons-culture');
    expect(culture.better.name).toBe('refuse-every-tip');
    expect(culture.better.value).toBeGreaterThan(culture.worse.value);
    expect(culture.held).toBe(true);
    expect(culture.you).toBe(metricOver(player, 'culture', 'lastThird'));
  });

  it('reports a lesson that did not hold when the sides swap', () => {
    const swapped = { ...toxic, lessons: toxic.lessons.map((l) => ({ ...l, better: l.worse, worse: l.better })) };
    expect(lessonsInGame(swapped, seed, player).find((l) => l.id === 'blame-poisons-culture')!.held).toBe(false);
  });
});
