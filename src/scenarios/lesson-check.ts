// Whether each lesson of a scenario held in one game's world: both sides are played on the game's
// seed, as the balance report does over many seeds, so the debrief can say what this game showed.
import { STRATEGIES, runGame, type Strategy } from '../sim/index.ts';
import type { GameState } from '../sim/types.ts';
import { metricOver } from './goals.ts';
import type { LoadedScenario } from './load.ts';
import { playStrategy } from './plays.ts';

export interface LessonInGame {
  id: string;
  /** Text key. */
  text: string;
  better: { name: string; value: number };
  worse: { name: string; value: number };
  /** The player's own value of the lesson's metric. */
  you: number;
  held: boolean;
}

export function lessonsInGame(scenario: Pick<LoadedScenario, 'config' | 'plays' | 'lessons'>, seed: number, player: GameState): LessonInGame[] {
  const games = new Map<string, GameState>();
  const strategy = (name: string): Strategy | undefined => {
    const own = scenario.plays.find((p) => p.id === name);
    return own ? playStrategy(own) : Object.hasOwn(STRATEGIES, name) ? STRATEGIES[name] : undefined;
  };
  const game = (name: string) => {
    if (!games.has(name)) games.set(name, runGame(scenario.config, seed, strategy(name) ?? STRATEGIES.doNothing!));
    return games.get(name)!;
  };
  return scenario.lessons.map((l) => {
    const better = metricOver(game(l.better), l.metric, l.over);
    const worse = metricOver(game(l.worse), l.metric, l.over);
    return {
      id: l.id,
      text: l.text,
      better: { name: l.better, value: better },
      worse: { name: l.worse, value: worse },
      you: metricOver(player, l.metric, l.over),
      held: l.expect === 'lower' ? better < worse : better > worse,
    };
  });
}
