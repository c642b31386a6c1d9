import { describe, expect, it } from 'vitest';
import { loadShippedScenario } from '../../../src/cli/scenario-files.ts';
import { advanceTurn, applyCommand, createGame } from '../../../src/sim/index.ts';
import type { Command, GameState, ScenarioConfig, SimEvent } from '../../../src/sim/index.ts';
import { turnMoments, type Moment } from '../../../src/state/moments.ts';
import { turnSummary, type Move } from '../../../src/state/turn-summary.ts';

interface Played { state: GameState; log: SimEvent[]; summaries: Move[][]; moments: Moment[][] }

/** Plays a shipped scenario on its own seed, giving the commands at the turns named, and reads each turn's report. */
function play(scenario: ScenarioConfig, turns: number, commands: Record<number, Command[]> = {}): Played {
  let state = createGame(scenario, scenario.seed);
  const log: SimEvent[] = [];
  const summaries: Move[][] = [];
  const moments: Moment[][] = [];
  for (let turn = 0; turn < turns && state.status === 'running'; turn++) {
    for (const command of commands[turn] ?? []) {
      const r = applyCommand(state, command);
      if (!r.ok) throw new Error(`${command.type} refused: ${r.reason.code}`);
      state = r.state;
      log.push(...r.events);
    }
    const r = advanceTurn(state);
    state = r.state;
    log.push(...r.events);
    summaries.push(turnSummary(state, log));
    moments.push(turnMoments(state));
  }
  return { state, log, summaries, moments };
}

const security = loadShippedScenario('security-at-devops-speed');
const beyond = loadShippedScenario('beyond-devops');
const daily: Command = { type: 'setPolicy', policy: 'cadence', value: { kind: 'interval', days: 1 } };

describe('the turn summary', () => {
  it('traces a lead time that fell to the daily cadence the player set, and not without it', () => {
    const changed = play(security, 3, { 1: [daily] });
    const lead = changed.summaries[1]!.find((m) => m.key === 'leadTime');
    expect(lead).toMatchObject({ better: true, cause: { kind: 'policy', policy: 'cadence', from: 3, to: 1, turn: 1 } });
    expect(lead!.to).toBeLessThan(lead!.from);

    // Without it the lead time may fall too (the first turn's median is of few items), but less far
    // (34 h against 22 h on this seed), and no policy is named.
    const same = play(security, 3);
    expect(same.summaries[1]!.some((m) => m.cause?.kind === 'policy')).toBe(false);
    expect(lead!.to).toBeLessThan(same.state.history[1]!.leadTimeMedian * 0.8);
  });

  it('blames a longer cadence for a lead time that grew', () => {
    const monthly: Command = { type: 'setPolicy', policy: 'cadence', value: { kind: 'interval', days: 30 } };
    const { summaries } = play(beyond, 5, { 1: [monthly] });
    const worse = summaries.flat().filter((m) => m.key === 'leadTime' && !m.better);
    expect(worse.length).toBeGreaterThan(0);
    for (const m of worse) expect(m.cause).toMatchObject({ kind: 'policy', policy: 'cadence', from: 'continuous', to: 30, turn: 1 });
  });

  it('names at most three moves, the biggest first, each with the numbers the dashboard shows', () => {
    const { summaries } = play(security, 12, { 1: [daily] });
    expect(summaries.some((s) => s.length > 0)).toBe(true);
    for (const s of summaries) {
      expect(s.length).toBeLessThanOrEqual(3);
      for (const m of s) expect(m.from).not.toBe(m.to);
    }
  });

  it('reads a score that fell in a turn of incidents as the incidents, the worst one named', () => {
    const { summaries, log } = play(loadShippedScenario('our-devops-journey'), 12);
    const fell = summaries.flat().filter((m) => m.key === 'score' && m.cause?.kind === 'incidents');
    expect(fell.length).toBeGreaterThan(0);
    for (const m of fell) {
      const cause = m.cause as Extract<Move['cause'], { kind: 'incidents' }>;
      const worst = Math.max(...log.filter((e) => e.type === 'incident' && e.params.service === cause.service).map((e) => Number(e.params.impact)));
      expect(cause.impact).toBeLessThanOrEqual(worst);
      expect(cause.count).toBeGreaterThan(0);
    }
  });
});

describe('the moments of a turn', () => {
  it('marks the lead time reaching elite the turn the daily cadence got it there', () => {
    const { moments } = play(security, 3, { 1: [daily] });
    expect(moments[1]).toContainEqual({ kind: 'band', key: 'leadTime', from: 'high', to: 'elite', better: true });
  });

  it('says the error budget is spent once, not every turn it stays spent', () => {
    const { state, moments } = play(loadShippedScenario('our-devops-journey'), 8);
    const spent = state.history.map((m) => m.errorBudgetLeft <= 0);
    // The waterfall start overspends its budget from the first turn and stays overspent for a while.
    expect(spent.slice(0, 3)).toEqual([true, true, true]);
    const said = moments.map((list) => list.some((m) => m.kind === 'errorBudget'));
    expect(said.slice(0, 3)).toEqual([true, false, false]);
    for (let i = 1; i < said.length; i++) expect(said[i]).toBe(spent[i] && !spent[i - 1]);
  });

  it('warns once when money covers fewer than two turns of costs', () => {
    const { state, moments } = play(loadShippedScenario('snapdeal-iac'), 24);
    const low = state.history.map((m) => m.budget < 2 * m.cost);
    const first = low.indexOf(true);
    expect(first).toBeGreaterThan(0);
    expect(low.filter(Boolean).length).toBeGreaterThan(1);
    const warned = moments.map((list) => list.filter((m) => m.kind === 'moneyLow'));
    expect(warned.flatMap((w, i) => (w.length > 0 ? [i] : []))).toEqual([first]);
    expect(warned[first]![0]).toMatchObject({ turns: Math.floor(state.history[first]!.budget / state.history[first]!.cost) });
  });
});
