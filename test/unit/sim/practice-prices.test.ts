// A scenario scales the catalog's prices to its company (priceScale): licences, tooling and
// training cost a small team less than a large one.
import { describe, expect, it } from 'vitest';
import { applyCommand, createGame, practiceById, practicePrice } from '../../../src/sim/index.ts';
import { playTurnInPlace } from '../../../src/sim/engine.ts';
import type { GameState, ScenarioConfig } from '../../../src/sim/index.ts';
import { company, quiet } from './helpers.ts';

const base = quiet(company, {});
const small: ScenarioConfig = { ...base, practices: { ...base.practices, priceScale: 0.2 } };

/** What adopting release management costs up front, and how much more the next turn costs with it than without. */
function adopted(config: ScenarioConfig): { upfront: number; turn: number } {
  const before = createGame(config, 3);
  const budget = before.money.budget;
  const r = applyCommand(before, { type: 'adoptPractice', practice: 'release-management' });
  if (!r.ok) throw new Error(r.reason.code);
  const after: GameState = r.state;
  const upfront = budget - after.money.budget;
  const spent = after.money.expenses;
  const without = createGame(config, 3);
  playTurnInPlace(after, null);
  playTurnInPlace(without, null);
  return { upfront, turn: after.money.expenses - spent - without.money.expenses };
}

describe('practice prices', () => {
  it('are the catalog prices at the default scale, paid up front and every turn', () => {
    const def = practiceById('release-management')!;
    expect(practicePrice(base, def)).toEqual({ upfront: def.costUpfront, perTurn: def.costPerTurn });
    expect(adopted(base)).toEqual({ upfront: def.costUpfront, turn: def.costPerTurn });
  });

  it('are a fifth for a company a fifth the size, up front and every turn', () => {
    const def = practiceById('release-management')!;
    expect(adopted(small)).toEqual({ upfront: def.costUpfront / 5, turn: def.costPerTurn / 5 });
  });

  it('refuse an adoption the scaled budget cannot pay, naming the scaled price', () => {
    const poor = { ...small, budget: 5_000 };
    const r = applyCommand(createGame(poor, 1), { type: 'adoptPractice', practice: 'release-management' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toEqual({ code: 'insufficientFunds', params: { cost: 10_000, budget: 5_000 } });
  });
});
