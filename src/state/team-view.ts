// What a workshop's server tells about one team: the view its members play from, and the summary the
// facilitator's dashboard, the reveal and the exports read. Both are computed from the engine's
// state, never taken from a client.
import { checkCommand, currentYear, fightBrief, gameScore, hashState, mechanisms, PRACTICES, practicePrice, practiceYear, summarize } from '../sim/index.ts';
import { eventDef } from '../sim/events.ts';
import type { Command, DoraBands, FightBrief, GameState, Reason } from '../sim/index.ts';

export interface Member {
  id: string;
  name: string;
  connected: boolean;
}

export interface TurnPoint {
  turn: number;
  score: number;
  deployFrequency: number;
  leadTime: number;
  changeFailureRate: number;
  timeToRestore: number;
}

export interface TeamSummary {
  team: number;
  members: Member[];
  turn: number;
  turns: number;
  status: GameState['status'];
  score: number;
  bands: DoraBands | null;
  /** Points of the last few turns, oldest first, for the dashboard's trend. */
  trend: number[];
  ready: boolean;
  series: TurnPoint[];
  decisions: { turn: number; command: Command }[];
  hash: string;
}

export interface PracticeOffer {
  id: string;
  status: 'adopted' | 'adopting' | 'open';
  cost: number;
  refused: Reason | null;
}

export interface TeamView {
  summary: TeamSummary;
  scenario: string;
  era: string;
  budget: number;
  paused: boolean;
  /** Self-paced rounds with a clock, or every team advancing together when all are ready. */
  pacing: 'self' | 'together';
  /** Seconds left in a self-paced round, or null with no clock (together, paused, ended). */
  secondsLeft: number | null;
  /** Events waiting for the team's answer; `shock` when the facilitator brought it in. */
  pending: { id: string; event: string; options: string[]; shock: boolean }[];
  practices: PracticeOffer[];
  /** The major incident the turn stopped at, as the team sees it; null when none waits. */
  fight: FightBrief | null;
}

export function teamSummary(team: number, state: GameState, turns: Command[][], members: Member[], ready: boolean): TeamSummary {
  const series = state.history.map((t) => ({
    turn: t.turn, score: t.score, deployFrequency: t.deployFrequency, leadTime: t.leadTimeMedian,
    changeFailureRate: t.changeFailureRate, timeToRestore: t.restoreChangeMean,
  }));
  return {
    team, members, ready,
    turn: state.turn,
    turns: state.scenario.turns,
    status: state.status,
    score: gameScore(state.history),
    bands: state.history.length > 0 ? summarize(state, state.history.length - 4).bands : null,
    trend: state.history.slice(-5).map((t) => t.score),
    series,
    decisions: turns.flatMap((cmds, turn) => cmds.map((command) => ({ turn, command }))),
    hash: hashState(state),
  };
}

export function practiceOffers(state: GameState): PracticeOffer[] {
  const adopted = new Set(state.practices.adopted);
  const adopting = new Set(state.practices.adopting.map((a) => a.id));
  const offered = state.scenario.practices.offered;
  // As in the solo shop: what the scenario offers, from the year each practice existed.
  const year = currentYear(state);
  return PRACTICES.filter((p) => adopted.has(p.id) || ((offered === 'all' || offered.includes(p.id)) && practiceYear(p) <= year)).map((p) => ({
    id: p.id,
    status: adopted.has(p.id) ? 'adopted' : adopting.has(p.id) ? 'adopting' : 'open',
    cost: practicePrice(state.scenario, p).upfront,
    refused: checkCommand(state, { type: 'adoptPractice', practice: p.id }),
  }));
}

export function waitingFight(state: GameState): FightBrief | null {
  return state.fight ? fightBrief(state, mechanisms(state)) : null;
}

export function pendingChoices(state: GameState): TeamView['pending'] {
  return state.pendingEvents.map((p) => ({
    id: p.id, event: p.event, options: eventDef(state, p.event)?.options.map((o) => o.id) ?? [], shock: p.params.injected === 1,
  }));
}
