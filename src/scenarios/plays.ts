// A scenario's scripted plays as engine strategies, so the balance report can compare the way the
// lesson recommends with the tempting one on the same seeds.
import { STRATEGIES, type Strategy } from '../sim/index.ts';
import type { Command, GameState } from '../sim/types.ts';
import type { PlayInput } from './schema.ts';
import { toCommand } from './to-engine.ts';

/** Whether a retried move has taken hold, read from the state so that the strategy stays a pure function. */
function holds(s: GameState, c: Command): boolean {
  switch (c.type) {
    case 'adoptPractice':
      return s.practices.adopted.includes(c.practice) || s.practices.adopting.some((a) => a.id === c.practice);
    case 'abandonPractice':
      return !s.practices.adopted.includes(c.practice) && !s.practices.adopting.some((a) => a.id === c.practice);
    case 'setPolicy':
      return JSON.stringify(s.policies[c.policy]) === JSON.stringify(c.value);
    default:
      return false;
  }
}

const retried = (c: Command) => c.type === 'adoptPractice' || c.type === 'abandonPractice' || c.type === 'setPolicy' || c.type === 'advanceEra';

export function playStrategy(play: PlayInput): Strategy {
  const base = play.base ? STRATEGIES[play.base] : undefined;
  const moves = play.moves.map((m) => ({ turn: m.turn, commands: m.do.map(toCommand) }));
  return (s) => {
    const turn = s.turn + 1;
    const out: Command[] = [];
    for (const p of s.pendingEvents) {
      const option = play.answers[p.event];
      if (option) out.push({ type: 'chooseEventOption', event: p.id, option });
    }
    // Of several moves on the same policy, only the latest one due is pursued.
    const latest = new Map<string, Command>();
    for (const m of moves) for (const c of m.commands) if (c.type === 'setPolicy' && m.turn <= turn) latest.set(c.policy, c);
    for (const m of moves) {
      for (const c of m.commands) {
        if (c.type === 'setPolicy' && latest.get(c.policy) !== c) continue;
        if (retried(c) ? m.turn <= turn && !holds(s, c) : m.turn === turn) out.push(c);
      }
    }
    if (base) {
      // The play's own answers and policies win over the base strategy's.
      const answered = new Set(out.flatMap((c) => (c.type === 'chooseEventOption' ? [c.event] : [])));
      const policies = new Set(moves.filter((m) => m.turn <= turn).flatMap((m) => m.commands.flatMap((c) => (c.type === 'setPolicy' ? [c.policy] : []))));
      out.push(...base(s).filter((c) => (c.type === 'chooseEventOption' ? !answered.has(c.event) : c.type !== 'setPolicy' || !policies.has(c.policy))));
    }
    return out;
  };
}
