// How the answer to major incidents changes a game: each response policy played by the same
// strategies on the same seeds, against the playbook (what happens when nobody decides).
import { gameScore, RESPONSE_POLICIES, runGame, STRATEGIES, summarize } from '../sim/index.ts';
import type { ScenarioConfig } from '../sim/types.ts';
import { median } from './balance.ts';

export interface ResponseRow {
  strategy: string;
  policy: string;
  /** Major incidents fought a game (median). */
  fights: number;
  score: number;
  availability: number;
  /** Mean hours to restore an incident (median over games). */
  restoreHours: number;
  /** Share of seeds on which this policy scored above the playbook. */
  beatsPlaybook: number;
}

/** Every response policy under the given strategies, over `seeds` seeds from `seedStart`. */
export function compareResponses(config: ScenarioConfig, seeds: number, seedStart = 1, strategies = ['doNothing', 'allDevOps']): ResponseRow[] {
  const rows: ResponseRow[] = [];
  for (const strategy of strategies) {
    const scores: Record<string, number[]> = {};
    for (const [policy, respond] of Object.entries(RESPONSE_POLICIES)) {
      const fights: number[] = [], avail: number[] = [], restore: number[] = [];
      scores[policy] = [];
      for (let seed = seedStart; seed < seedStart + seeds; seed++) {
        let fought = 0;
        const counting: typeof respond = (s) => { fought++; return respond(s); };
        const s = runGame(config, seed, STRATEGIES[strategy]!, config.turns, counting);
        const m = summarize(s);
        scores[policy].push(gameScore(s.history));
        fights.push(fought);
        avail.push(m.availability);
        restore.push(m.restoreAllMean);
      }
      rows.push({
        strategy, policy, fights: median(fights), score: median(scores[policy]), availability: median(avail),
        restoreHours: median(restore), beatsPlaybook: 0,
      });
    }
    for (const row of rows.filter((r) => r.strategy === strategy)) {
      const base = scores['playbook']!;
      row.beatsPlaybook = scores[row.policy]!.filter((x, i) => x > base[i]!).length / base.length;
    }
  }
  return rows;
}
