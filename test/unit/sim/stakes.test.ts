// The game can be lost, the score is balanced, and the flagship is a game: doing nothing loses,
// the best built-in strategy wins, and only late in the game.
import { describe, expect, it } from 'vitest';
import { firstTurnAllGoalsMet, gameWon } from '../../../src/scenarios/goals.ts';
import { createGame, advanceTurn, applyCommand, gameScore, grade, runGame, scoreParts, STRATEGIES } from '../../../src/sim/index.ts';
import type { GameState, TurnMetrics } from '../../../src/sim/index.ts';
import { journey } from './helpers.ts';

const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);

describe('stakes', () => {
  const idle = SEEDS.map((seed) => runGame(journey, seed, STRATEGIES.doNothing!));
  const best = SEEDS.map((seed) => runGame(journey, seed, STRATEGIES.allDevOps!));

  it('doing nothing loses most games of the flagship, and not all in the same way', () => {
    const lost = idle.filter((s) => s.status !== 'ended');
    expect(lost.length / idle.length).toBeGreaterThan(0.6);
    const causes = new Set(lost.map((s) => s.status));
    expect(causes.size).toBeGreaterThanOrEqual(2);
    for (const s of lost) expect(['bankrupt', 'lostTrust', 'disrupted']).toContain(s.status);
  });

  it('the best built-in strategy wins most games, and meets every goal only past two thirds of the game', () => {
    expect(best.filter(gameWon).length / best.length).toBeGreaterThan(0.7);
    const firsts = best.map(firstTurnAllGoalsMet).filter((t): t is number => t !== null).sort((a, b) => a - b);
    expect(firsts[firsts.length >> 1]!).toBeGreaterThan((journey.turns * 2) / 3);
  });

  it('money is a choice: the best strategy cannot buy every practice before the last third, and still has things worth buying in it', () => {
    const offered = journey.practices.offered as string[];
    const twoThirds = Math.round((journey.turns * 2) / 3);
    for (const seed of SEEDS.slice(0, 10)) {
      const s = runGame(journey, seed, STRATEGIES.allDevOps!, twoThirds);
      expect(offered.filter((p) => !s.practices.adopted.includes(p)).length, `seed ${seed}`).toBeGreaterThan(5);
    }
    // New markets bought in the last third move the score.
    const closed = { ...journey, market: { ...journey.market, expansionCost: 0 } };
    const withMarkets = SEEDS.slice(0, 10).map((seed) => gameScore(runGame(journey, seed, STRATEGIES.allDevOps!).history));
    const without = SEEDS.slice(0, 10).map((seed) => gameScore(runGame(closed, seed, STRATEGIES.allDevOps!).history));
    const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
    expect(sum(withMarkets)).toBeGreaterThan(sum(without));
    const spentLate = best.map((s) => s.history.slice(twoThirds).reduce((a, t) => a + t.cost, 0));
    const spentEarly = best.map((s) => s.history.slice(0, journey.turns / 3).reduce((a, t) => a + t.cost, 0));
    expect(sum(spentLate)).toBeGreaterThan(sum(spentEarly));
  });

  it('a lost game stops: no further turn, no further command', () => {
    // One lost before its last turn, so there would have been turns left to play.
    const lost = idle.find((s) => s.status !== 'ended' && s.turn < journey.turns)!;
    expect(lost).toBeDefined();
    expect(advanceTurn(lost).state).toBe(lost);
    const r = applyCommand(lost, { type: 'adoptPractice', practice: 'peer-code-reviews' });
    expect(r.ok).toBe(false);
  });

  it('losing the customers\' trust follows from the availability over the SLO window', () => {
    const strict = { ...journey, stakes: { trustAvailability: 0.999, disruptedUsers: 0 } };
    let s: GameState = createGame(strict, 5);
    while (s.status === 'running') s = advanceTurn(s).state;
    expect(s.status).toBe('lostTrust');
    const last = s.history[s.history.length - 1]!;
    expect(1 - (1 - last.errorBudgetLeft) * (1 - strict.slo.target)).toBeLessThan(0.999);
  });

  it('difficulty changes the money and the rival', () => {
    const easy = createGame({ ...journey, difficulty: 'easy' }, 1);
    const hard = createGame({ ...journey, difficulty: 'hard' }, 1);
    expect(easy.money.budget).toBeGreaterThan(hard.money.budget);
    const lost = (d: 'easy' | 'hard') => SEEDS.slice(0, 20).filter((seed) => runGame({ ...journey, difficulty: d }, seed, STRATEGIES.doNothing!).status !== 'ended').length;
    expect(lost('hard')).toBeGreaterThanOrEqual(lost('easy'));
  });
});

describe('the balanced score', () => {
  // The best strategy's healthiest final turn over a few games: a turn with every part in order.
  const good = [1, 2, 3, 4, 5].map((seed) => runGame(journey, seed, STRATEGIES.allDevOps!))
    .reduce((a, b) => (scoreParts(b).points > scoreParts(a).points ? b : a));
  const turn = (over: Partial<TurnMetrics>): TurnMetrics => ({ ...good.history[23]!, ...over });
  const withLast = (s: GameState, last: TurnMetrics): GameState => ({ ...s, history: [...s.history.slice(0, -1), last] });

  it('rewards every part and lets no single one carry the rest', () => {
    const top = scoreParts(good).points;
    expect(top).toBeGreaterThan(50);
    expect(top).toBeLessThanOrEqual(100);
    // A broken service, a burnt-out team or no revenue each cost far more than their weight alone.
    const down = scoreParts(withLast(good, turn({ availability: 0.5 }))).points;
    const burnt = scoreParts(withLast(good, turn({ morale: 0 }))).points;
    const broke = scoreParts(withLast(good, turn({ revenue: 0 }))).points;
    for (const p of [down, burnt, broke]) expect(p).toBeLessThan(top * 0.6);
  });

  it('gives no points for keys with nothing delivered', () => {
    const idle = createGame(journey, 1);
    const s = advanceTurn(idle).state;
    const p = scoreParts(s);
    expect(s.history[0]!.deploys).toBe(0);
    expect(Object.values(p.keys).every((k) => k === 0)).toBe(true);
  });

  it('sums the turns, and grades against par', () => {
    const s = runGame(journey, 2, STRATEGIES.cultureFirst!);
    expect(gameScore(s.history)).toBeCloseTo(s.history.reduce((a, t) => a + t.score, 0), 6);
    expect(grade(100, 100)).toBe('A');
    expect(grade(86, 100)).toBe('B');
    expect(grade(49, 100)).toBe('E');
  });
});
