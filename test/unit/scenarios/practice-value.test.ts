// Issue #14, "every practice earns its place": the balance report's practice-value table adds each
// offered practice to the starting company and removes it from par's, on the same seeds, and warns
// about a practice that moves nothing and one whose value per cost is far from the rest.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { chunks } from '../../../src/cli/balance-workers.ts';
import { loadShippedScenario, shippedScenarioDirs } from '../../../src/cli/scenario-files.ts';
import { runBalance } from '../../../src/cli/scenario-balance.ts';
import {
  dependantsOf, needsOf, pairedEffect, practiceRecords, practiceValue, practiceValueFromRecords, practiceWarnings,
  type DirectionValue, type PracticeGame, type PracticeValue, type PracticeValueReport,
} from '../../../src/scenarios/practice-value.ts';
import { createGame, expansionSpent, type ScenarioConfig } from '../../../src/sim/index.ts';

/** The tutorial with two practices on offer and no hardware faults. */
function twoPractices(): ScenarioConfig {
  const base = loadShippedScenario('tutorial');
  return {
    ...base,
    practices: { adopted: [], offered: ['release-management', 'failover'] },
    tuning: { ...base.tuning, hardwareFaultsPerNodeYear: 0 },
  };
}

describe('paired effects', () => {
  it('are zero with a zero-width interval when both sides are the same, and clear of zero when one side is higher on every seed', () => {
    const a = [10, 12, 9, 14, 11, 13];
    expect(pairedEffect(a, a, false, 'same')).toEqual({ mean: 0, lo: 0, hi: 0 });
    const up = pairedEffect(a.map((x) => x + 3), a, false, 'up');
    expect(up.mean).toBeCloseTo(3);
    expect(up.lo).toBeGreaterThan(0);
  });

  it('straddle zero for noise, and the same labels give the same interval', () => {
    const noise = pairedEffect([5, 7, 4, 8, 6, 5], [6, 5, 7, 6, 5, 7], false, 'noise');
    expect(noise.lo).toBeLessThan(0);
    expect(noise.hi).toBeGreaterThan(0);
    expect(pairedEffect([5, 7, 4, 8, 6, 5], [6, 5, 7, 6, 5, 7], false, 'noise')).toEqual(noise);
  });

  it('compare means as a ratio, leaving out the seeds where either side has no data', () => {
    const r = pairedEffect([2, null, 4], [1, 3, 2], true, 'ratio');
    expect(r.mean).toBeCloseTo(1);
  });
});

describe('the practice-value table', () => {
  it('adds a practice with its prerequisites and the era keys it needs, and removes what needs it', () => {
    const flagship = loadShippedScenario('our-devops-journey');
    const cd = needsOf(flagship, 'continuous-delivery');
    expect(cd.eras).toEqual(['agile', 'devops']);
    expect(cd.needs).toEqual(expect.arrayContaining(['continuous-integration', 'automated-testing', 'configuration-management', 'peer-code-reviews', 'sprint-rituals']));
    expect(cd.needs).not.toContain('continuous-delivery');
    expect(dependantsOf('continuous-integration', ['automated-testing', 'continuous-delivery', 'failover'])).toEqual(['automated-testing', 'continuous-delivery']);
  });

  const onSeeds24 = { seeds: 24, seedStart: 1, strategy: 'allDevOps' };

  /**
   * The table with failover's added games replaced by the same seeds' games without it, less its
   * price, then changed by `patch`: by construction it costs and does nothing else.
   */
  function idleFailover(config: ScenarioConfig, records: Record<string, PracticeGame[]>, patch: (g: PracticeGame) => Partial<PracticeGame> = () => ({})): PracticeValueReport {
    const added = records['with:']!.map((g, i) => {
      const spent = records['with:failover']![i]!.spent['failover'] ?? 0;
      const idle = { ...g, cash: g.cash - spent, spent: { ...g.spent, failover: spent } };
      return { ...idle, ...patch(idle) };
    });
    return practiceValueFromRecords(config, onSeeds24, { ...records, 'with:failover': added, 'without:failover': records['par']! });
  }

  it('warns about a practice whose games are those without it, and not about one that matters', () => {
    // Release management's games are played as they are.
    const config = twoPractices();
    const r = idleFailover(config, practiceRecords(config, 'allDevOps', 1, 25));
    const failover = r.practices.find((p) => p.practice === 'failover')!;
    const release = r.practices.find((p) => p.practice === 'release-management')!;
    expect(failover.added.score).toEqual({ mean: 0, lo: 0, hi: 0 });
    expect(failover.added.relevant).toEqual([]);
    expect(failover.removed.relevant).toEqual([]);
    expect(release.removed.relevant).toContain('score');
    expect(r.warnings.join('\n')).toMatch(/practice failover changes nothing beyond noise/);
    expect(r.warnings.join('\n')).not.toMatch(/release-management changes nothing/);
  });

  it('counts money the practice makes or saves besides its price, not the price it costs', () => {
    // Failover costs and does nothing, or earns a tenth of the budget on every seed besides.
    const config = twoPractices();
    const records = practiceRecords(config, 'allDevOps', 1, 25);
    const idle = idleFailover(config, records).practices.find((p) => p.practice === 'failover')!;
    expect(idle.added.cash.mean).toBeLessThan(0);
    expect(idle.added.gross).toEqual({ mean: 0, lo: 0, hi: 0 });
    expect(idle.added.relevant).toEqual([]);
    const earning = idleFailover(config, records, (g) => ({ cash: g.cash + 0.1 * config.budget }));
    expect(earning.practices.find((p) => p.practice === 'failover')!.added.relevant).toEqual(['cash']);
    expect(earning.warnings.join('\n')).not.toMatch(/practice failover changes nothing/);
  });

  it("counts a practice that moves one of the scenario's goals, and names the goal", () => {
    // Failover does nothing but its games end with half the security debt: the goal of a security scenario.
    const config = { ...twoPractices(), goals: [{ metric: 'securityDebt' as const, op: '<=' as const, value: 25, window: 'final' as const }] };
    const r = idleFailover(config, practiceRecords(config, 'allDevOps', 1, 25), (g) => ({ goals: [g.goals[0]! / 2] }));
    const failover = r.practices.find((p) => p.practice === 'failover')!;
    expect(r.goals).toEqual(['securityDebt (final)']);
    expect(failover.added.goals[0]!.mean).toBeCloseTo(-0.5, 6);
    expect(failover.added.relevant).toEqual(['goal securityDebt (final)']);
    expect(r.warnings.join('\n')).not.toMatch(/practice failover changes nothing/);
  });

  it('compares value per cost with the practices that do something, not with those within noise', () => {
    const config = twoPractices();
    const records = practiceRecords(config, 'allDevOps', 1, 25);
    records['with:failover'] = records['with:']!;
    records['without:failover'] = records['par']!;
    const r = practiceValueFromRecords(config, onSeeds24, records);
    const release = r.practices.find((p) => p.practice === 'release-management')!;
    // Failover's zero would halve the median of two; release management alone sets it.
    expect(r.medians.added.scorePer100k).toBe(release.added.scorePer100k);
    expect(r.medians.removed.cashPerCost).toBe(release.removed.cashPerCost);
  });

  it('names an offered practice no company can take up', () => {
    const tutorial = loadShippedScenario('tutorial');
    const config = { ...tutorial, practices: { ...tutorial.practices, offered: [...tutorial.practices.offered as string[], 'continuous-integration'] } };
    const r = practiceValue(config, { seeds: 2, seedStart: 1, strategy: 'allDevOps' });
    expect(r.unreachable.map((u) => u.practice)).toContain('continuous-integration');
    expect(r.warnings.join('\n')).toMatch(/practice continuous-integration is offered but no company can take it up: it exists from 2001/);
  });

  it("removes a practice from par's company on par's own schedule: every other practice comes in the turn it came in par's game", () => {
    // Left to choose again, the player spent the money elsewhere: in toxic-culture (seed 3) continuous
    // delivery came five turns earlier without usage monitoring, and the table measured that shift.
    const records = practiceRecords(loadShippedScenario('toxic-culture'), 'allDevOps', 3, 5);
    records['par']!.forEach((par, i) => {
      const without = records['without:usage-monitoring']![i]!;
      const { ['usage-monitoring']: removed, ...others } = par.spent;
      expect(removed).toBeGreaterThan(0);
      expect(Object.keys(others).length).toBeGreaterThan(15);
      expect(without.spent).toEqual(others);
    });
  });

  it("counts the money put into new markets as the company's: a market opened a turn sooner is not a loss of its price", () => {
    const s = createGame(loadShippedScenario('our-devops-journey'), 1);
    expect(expansionSpent(s)).toBe(0);
    s.business.expansions = 2;
    expect(expansionSpent(s)).toBe(900_000 + 1_350_000);
  });

  it('is the same table when the seeds are split, as the worker threads split them', () => {
    const config = twoPractices();
    const options = { seeds: 6, seedStart: 3, strategy: 'allDevOps' };
    const joined: Record<string, PracticeGame[]> = {};
    for (const [from, to] of chunks(3, 9, 4)) {
      for (const [arm, games] of Object.entries(practiceRecords(config, 'allDevOps', from, to))) joined[arm] = [...(joined[arm] ?? []), ...games];
    }
    expect(practiceValueFromRecords(config, options, joined)).toEqual(practiceValue(config, options));
  });
});

describe('npm run scenario -- balance', () => {
  const made: string[] = [];
  afterAll(() => { for (const d of made) rmSync(d, { recursive: true }); });
  /** A trainer's copy of the tutorial offering a practice that came after its last year. */
  function lateTutorial(): string {
    const parent = mkdtempSync(join(tmpdir(), 'late-'));
    made.push(parent);
    // The folder's name is the scenario's id.
    const dir = join(parent, 'tutorial');
    cpSync(shippedScenarioDirs().find((d) => basename(d) === 'tutorial')!, dir, { recursive: true });
    const file = join(dir, 'scenario.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/offered: \[([^\]]*)\]/, 'offered: [$1, continuous-integration]'));
    return dir;
  }

  async function printed(args: string[]): Promise<string> {
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => { lines.push(a.join(' ')); });
    try {
      expect(await runBalance(args)).toBe(0);
    } finally {
      spy.mockRestore();
    }
    return lines.join('\n');
  }

  it('prints the practice table, its warnings among the others, and the time taken', async () => {
    const out = await printed([lateTutorial(), '--practices-only', '--seeds', '4', '--threads', '1']);
    expect(out).toMatch(/^release-management \(waterfall; 50k \+ 8k a turn\)$/m);
    expect(out).toMatch(/^ {2}added {4}score [+−]?[\d.]+ \[.*\]\*? {2}deploys .* cash .* spent 1\d\dk \(taken up in 100%\)$/m);
    expect(out).toMatch(/^warning: practice continuous-integration is offered but no company can take it up/m);
    expect(out).toMatch(/practice table took [\d.]+ s/);
    expect(out).toMatch(/took [\d.]+ s on 1 thread \(4 per practice-table game\)/);
  });

  it('emits the table as JSON with --json', async () => {
    const r = JSON.parse(await printed([lateTutorial(), '--practices-only', '--seeds', '3', '--threads', '1', '--json'])) as { practices: { seeds: number; practices: { practice: string }[] }; warnings: string[] };
    expect(r.practices.seeds).toBe(3);
    expect(r.practices.practices.map((p) => p.practice)).toEqual(['peer-code-reviews', 'release-management', 'usage-monitoring']);
    expect(r.warnings).toContainEqual(expect.stringMatching(/^practice continuous-integration is offered but no company can take it up/));
  });
});

describe('value per cost', () => {
  const side = (scorePer100k: number, cashPerCost: number, goalsPer100k: number[] = []): DirectionValue => ({
    games: 10, score: { mean: 1, lo: 1, hi: 1 }, scoreWithout: 10, keys: {} as DirectionValue['keys'], cash: { mean: 0, lo: 0, hi: 0 },
    gross: { mean: 0, lo: 0, hi: 0 }, goals: [], spent: 1e5, adoptedShare: 1, scorePer100k, cashPerCost, goalsPer100k, relevant: ['score'],
  });
  const practice = (id: string, score: number, cash: number, goals: number[] = []): PracticeValue => ({
    practice: id, era: 'waterfall', costUpfront: 1e4, costPerTurn: 1e3, needs: [], entersEras: [], dependants: [], blocksEras: [],
    added: side(score, cash, goals), removed: side(score, cash, goals),
  });
  const report = (practices: PracticeValue[], goalsPer100k: number[] = []) => ({
    scenario: 'x', seeds: 10, seedStart: 1, strategy: 'allDevOps', goals: goalsPer100k.map((_, i) => `goal${i} (final)`), practices, unreachable: [],
    medians: { added: { scorePer100k: 100, cashPerCost: 2, goalsPer100k }, removed: { scorePer100k: 100, cashPerCost: 2, goalsPer100k } },
  });

  it('warns about a practice worth more than five times the median per money spent', () => {
    const w = practiceWarnings(report([practice('typical', 100, 2), practice('bargain', 600, 2), practice('rich', 100, 11)]));
    expect(w).toHaveLength(2);
    expect(w[0]).toMatch(/practice bargain: its score per money spent is more than 5× the other practices'/);
    expect(w[1]).toMatch(/practice rich: its cash per money spent is more than 5×/);
  });

  it('does not warn when only one direction is out of line: the other may be the par company making up for it', () => {
    const oneSided = practice('one-sided', 100, 2);
    oneSided.added = side(600, 20);
    expect(practiceWarnings(report([practice('typical', 100, 2), oneSided]))).toEqual([]);
  });

  it('warns about one worth less than a fifth on both score and cash, not on one of them alone', () => {
    const w = practiceWarnings(report([practice('poor', 10, -1), practice('scores', 10, 2), practice('earns', 100, 0.1)]));
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(/practice poor: its score and its cash per money spent are both below 1\/5/);
  });

  it('judges a practice that loses points by its score where the median cash is negative (most practices cost more than they bring back)', () => {
    const r = { ...report([practice('loses', -10, -5), practice('typical', 100, -1)]), medians: { added: { scorePer100k: 100, cashPerCost: -1, goalsPer100k: [] }, removed: { scorePer100k: 100, cashPerCost: -1, goalsPer100k: [] } } };
    const w = practiceWarnings(r);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(/practice loses: its score and its cash per money spent are both below 1\/5/);
  });

  it("counts what the scenario asks for as value: a practice bought for one of its goals is poor value only when that goal gains little per money too", () => {
    // Medians: 0.2 of a goal's metric (20%) per 100k towards what the goal asks.
    const forTheGoal = practice('scanner', 10, -1, [0.3]);
    const forNothing = practice('idle', 10, -1, [0.01]);
    const w = practiceWarnings(report([forTheGoal, forNothing, practice('typical', 100, 2, [0.2])], [0.2]));
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(/practice idle: its score, its cash and its worth to each of the scenario's goals per money spent are all below 1\/5/);
  });
});
