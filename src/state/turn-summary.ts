// "What changed and why" after a turn: the biggest moves of the four keys (over the dashboard's
// recent window, so the numbers are the ones on screen) and of the turn's score, each traced to a
// fact: a decision of the player, a practice coming into place, the turn's deploys or incidents.
import { PRACTICES, scoreParts, summarize } from '../sim/index.ts';
import type { DoraBand, DoraBands, GameState, Knob, MetricsSummary, ScoreParts, SimEvent } from '../sim/index.ts';
import { recentWindow } from './recent-window.ts';

export type KeyId = keyof DoraBands;
export type MoveKey = KeyId | 'score';
export type ScorePart = 'keys' | 'availability' | 'revenue' | 'morale';

export type Cause =
  /** A policy the player set in `turn` (0-based), from one value to another as the fact carries them. */
  | { kind: 'policy'; policy: string; from: string | number; to: string | number; turn: number }
  /** A practice that came into place in `turn`. */
  | { kind: 'practice'; practice: string; turn: number }
  /** Practices still being adopted take capacity (the J-curve dip). */
  | { kind: 'adopting'; practices: string[] }
  | { kind: 'failedDeploys'; failed: number; deploys: number }
  | { kind: 'cleanDeploys'; deploys: number }
  | { kind: 'noRelease' }
  | { kind: 'releases'; deploys: number }
  /** The turn's incidents, the worst named (by impact), or its slowest restore. */
  | { kind: 'incidents'; count: number; service: string; cause: string; impact: number }
  | { kind: 'slowRestore'; count: number; hours: number; cause: string }
  | { kind: 'noIncidents' }
  /** This turn's own value of the key (lead time of what shipped, time to restore of what failed). */
  | { kind: 'thisTurn'; key: KeyId; value: number }
  /** Nothing this turn measured the key: an older turn left the window the key is read over. */
  | { kind: 'windowMoved'; days: number }
  /** An event the player answered this turn. */
  | { kind: 'event'; event: string; option: string }
  /**
   * For the score: which part of it moved. For the keys, the share of their points before and after and
   * the key that moved most, at the band the score counts it; for the others, the turn's own figure.
   */
  | { kind: 'part'; part: ScorePart; from: number; to: number; band?: { key: KeyId; from: DoraBand; to: DoraBand } };

export interface Move {
  key: MoveKey;
  from: number;
  to: number;
  better: boolean;
  /** The DORA band after the move when it changed one. */
  band: { from: DoraBand; to: DoraBand } | null;
  cause: Cause | null;
}

type Metric = 'deployFrequency' | 'leadTimeMedian' | 'changeFailureRate' | 'restoreChangeMean';

/** The dashboard's value for each key (src/ui/panels/dashboard.ts reads the same). */
export const KEY_METRIC: Record<KeyId, Metric> = {
  deployFrequency: 'deployFrequency', leadTime: 'leadTimeMedian', changeFailureRate: 'changeFailureRate', timeToRestore: 'restoreChangeMean',
};

/** Mechanisms whose change shows in each key; a practice touching one can explain a key getting better. */
const KEY_KNOBS: Record<KeyId, Knob[]> = {
  deployFrequency: ['autoDeploy', 'cabIntervalDays', 'deployWindowHours', 'releaseFixedHours', 'approvalHours', 'sliceHours'],
  leadTime: [
    'reviewLatencyHours', 'ciHours', 'integrationHoursPerItem', 'manualTestHoursPerItem', 'regressionTestHours',
    'testEnvWaitHours', 'cabIntervalDays', 'cabPrepHours', 'approvalHours', 'releaseFixedHours', 'releaseHoursPerItem',
    'deployHours', 'handoverHours', 'autoDeploy', 'sliceHours', 'effortFactor', 'productivity',
  ],
  changeFailureRate: [
    'defectIntro', 'reviewDetect', 'unitTestDetect', 'integrateDetect', 'automatedTestDetect', 'manualTestDetect',
    'cabDetect', 'breakProb', 'envDriftRisk', 'blastRadius',
  ],
  timeToRestore: [
    'rollback', 'rollbackHours', 'featureFlags', 'detectionHours', 'diagnosisFactor', 'observability', 'autoRecovery',
    'failover', 'workaroundHours', 'teamVariety',
  ],
};

/** Policies that move each key, and which way a change of theirs should push it. */
const KEY_POLICIES: Record<KeyId, string[]> = {
  deployFrequency: ['cadence', 'approval'],
  leadTime: ['cadence', 'approval', 'wipLimit'],
  changeFailureRate: ['capacitySplit', 'approval'],
  timeToRestore: ['incidentResponse'],
};

const HIGHER_IS_BETTER: Record<MoveKey, boolean> = {
  deployFrequency: true, leadTime: false, changeFailureRate: false, timeToRestore: false, score: true,
};

const BAND_RANK: Record<DoraBand, number> = { low: 0, medium: 1, high: 2, elite: 3 };

/** How far back a decision still explains a move: the recent window, at most six turns. */
const LOOKBACK = 6;

interface Window { summary: MetricsSummary; restored: number }

function windowAt(s: GameState, end: number): Window {
  const [from, to] = recentWindow(s, end);
  let restored = 0;
  for (const m of s.history.slice(from, to)) restored += m.restoredChange;
  return { summary: summarize(s, from, to), restored };
}

/** Whether the key has a value at all over the window: no deploys, no lead time; nothing restored, no restore time. */
function measured(key: KeyId, w: Window): boolean {
  if (key === 'deployFrequency') return true;
  if (key === 'timeToRestore') return w.restored > 0;
  return w.summary.deploys > 0;
}

/** Moves smaller than this are noise; a band change always counts. */
function size(key: MoveKey, from: number, to: number): number {
  if (key === 'changeFailureRate') return Math.abs(to - from) / 0.05;
  if (key === 'score') return Math.abs(to - from) / Math.max(3, 0.15 * Math.abs(from));
  const floor = key === 'deployFrequency' ? 1 / 365 : 1;
  return Math.abs(Math.log((to + floor) / (from + floor))) / Math.log(1.25);
}

/** A cadence as days between releases; continuous counts as none. */
const cadenceDays = (v: string | number): number => (v === 'continuous' ? 0 : Number(v));

/** Whether a policy change is expected to move the key the way it went (null: it can go either way). */
function policyPushes(e: SimEvent, key: KeyId, better: boolean): boolean {
  const { policy, from, value } = e.params;
  if (policy === 'cadence') {
    const shorter = cadenceDays(value as string | number) < cadenceDays(from as string | number);
    return shorter === better;
  }
  if (policy === 'approval') return (value === 'lightweight') === better;
  if (policy === 'wipLimit') return (value !== 'none') === better || key !== 'leadTime';
  return true;
}

function practiceTouches(practice: string, key: KeyId): boolean {
  const def = PRACTICES.find((p) => p.id === practice);
  return !!def && KEY_KNOBS[key].some((k) => k in def.effects);
}

/** The newest decision (policy or practice in place) within the lookback that explains the key's move. */
function decisionCause(facts: readonly SimEvent[], turn: number, key: KeyId, better: boolean): Cause | null {
  for (let i = facts.length - 1; i >= 0; i--) {
    const e = facts[i]!;
    if (e.turn > turn) continue;
    if (e.turn <= turn - LOOKBACK) break;
    if (e.type === 'policySet' && e.params.from !== e.params.value && KEY_POLICIES[key].includes(String(e.params.policy)) && policyPushes(e, key, better)) {
      return { kind: 'policy', policy: String(e.params.policy), from: e.params.from as string | number, to: e.params.value as string | number, turn: e.turn };
    }
    // Practices are taken up to make things better; one is not blamed for a key getting worse.
    if (better && e.type === 'practiceAdopted' && practiceTouches(String(e.params.practice), key)) {
      return { kind: 'practice', practice: String(e.params.practice), turn: e.turn };
    }
  }
  return null;
}

function worstIncident(turnFacts: readonly SimEvent[]): Cause | null {
  const incidents = turnFacts.filter((e) => e.type === 'incident');
  if (incidents.length === 0) return null;
  const worst = incidents.reduce((a, b) => (Number(b.params.impact) > Number(a.params.impact) ? b : a));
  return { kind: 'incidents', count: incidents.length, service: String(worst.params.service), cause: String(worst.params.cause), impact: Number(worst.params.impact) };
}

function slowestRestore(turnFacts: readonly SimEvent[]): Extract<Cause, { kind: 'slowRestore' }> | null {
  const restores = turnFacts.filter((e) => e.type === 'incidentRestored' && e.params.cause === 'change');
  if (restores.length === 0) return null;
  const slowest = restores.reduce((a, b) => (Number(b.params.hours) > Number(a.params.hours) ? b : a));
  return { kind: 'slowRestore', count: restores.length, hours: Number(slowest.params.hours), cause: String(slowest.params.cause) };
}

function keyCause(s: GameState, facts: readonly SimEvent[], turnFacts: readonly SimEvent[], key: KeyId, better: boolean, from: number): Cause | null {
  const turn = s.history[s.history.length - 1]!;
  const decided = decisionCause(facts, turn.turn, key, better);
  if (decided) return decided;
  const adopting = s.practices.adopting.map((a) => a.id);
  const [first, end] = recentWindow(s);
  const windowMoved: Cause = { kind: 'windowMoved', days: (end - first) * s.scenario.turnDays };
  // This turn's own figure explains the move only when it lies beyond the old value the way the key went.
  const pulls = (value: number) => (better ? value < from : value > from);
  switch (key) {
    case 'deployFrequency':
      if (!better && turn.deploys === 0) return adopting.length > 0 ? { kind: 'adopting', practices: adopting } : { kind: 'noRelease' };
      return turn.deploys > 0 ? { kind: 'releases', deploys: turn.deploys } : windowMoved;
    case 'leadTime':
      if (turn.deploys > 0 && pulls(turn.leadTimeMedian)) return { kind: 'thisTurn', key, value: turn.leadTimeMedian };
      return !better && adopting.length > 0 ? { kind: 'adopting', practices: adopting } : windowMoved;
    case 'changeFailureRate':
      if (turn.deploys === 0) return windowMoved;
      return turn.failedDeploys > 0 ? { kind: 'failedDeploys', failed: turn.failedDeploys, deploys: turn.deploys } : { kind: 'cleanDeploys', deploys: turn.deploys };
    case 'timeToRestore':
      if (turn.restoredChange === 0) return windowMoved;
      if (!better) {
        const slowest = slowestRestore(turnFacts);
        return slowest && pulls(slowest.hours) ? slowest : windowMoved;
      }
      return pulls(turn.restoreChangeMean) ? { kind: 'thisTurn', key, value: turn.restoreChangeMean } : windowMoved;
  }
}

/** The event the player answered this turn, which moves morale and money when nothing else did. */
function answeredEvent(turnFacts: readonly SimEvent[]): Cause | null {
  const answered = turnFacts.filter((e) => e.type === 'eventResolved');
  const last = answered[answered.length - 1];
  return last ? { kind: 'event', event: String(last.params.event), option: String(last.params.option) } : null;
}

const RANK_BAND: DoraBand[] = ['low', 'medium', 'high', 'elite'];

/**
 * Why the turn's score moved: the part of the scorecard that moved most, and what moved that part.
 * The keys are named by the band the score counts them at (over its own window); the other parts by
 * the turn's own figure (availability, revenue, morale).
 */
function scoreCause(s: GameState, turnFacts: readonly SimEvent[]): Cause | null {
  const n = s.history.length;
  const a = scoreParts(s, n - 2);
  const b = scoreParts(s, n - 1);
  const weights: Record<ScorePart, number> = { keys: 0.5, availability: 0.2, revenue: 0.15, morale: 0.15 };
  const parts: ScorePart[] = ['keys', 'availability', 'revenue', 'morale'];
  const share = (p: ScoreParts, part: ScorePart) => (part === 'keys' ? p.keyMean : p[part]);
  const moved = (part: ScorePart) => Math.abs(weights[part] * (share(b, part) - share(a, part)));
  const part = parts.reduce((x, y) => (moved(y) > moved(x) ? y : x));
  if (moved(part) < 1e-3) return null;
  if (part === 'keys') {
    const keys = Object.keys(KEY_METRIC) as KeyId[];
    const key = keys.reduce((x, y) => (Math.abs(b.keys[y] - a.keys[y]) > Math.abs(b.keys[x] - a.keys[x]) ? y : x));
    const rank = (v: number) => RANK_BAND[Math.round(v * 3)]!;
    return { kind: 'part', part, from: a.keyMean, to: b.keyMean, band: { key, from: rank(a.keys[key]), to: rank(b.keys[key]) } };
  }
  const before = s.history[n - 2]!;
  const after = s.history[n - 1]!;
  const cause: Cause = { kind: 'part', part, from: before[part], to: after[part] };
  if (part === 'availability') {
    if (b.availability < a.availability) return worstIncident(turnFacts) ?? cause;
    return turnFacts.some((e) => e.type === 'incident') ? cause : { kind: 'noIncidents' };
  }
  return answeredEvent(turnFacts) ?? cause;
}

/**
 * The two or three biggest moves of the last turn, biggest first, each with its cause when the
 * facts show one. `log` is the game's facts (the session's log), newest last.
 */
export function turnSummary(s: GameState, log: readonly SimEvent[], limit = 3): Move[] {
  const n = s.history.length;
  if (n < 2) return [];
  const turn = s.history[n - 1]!.turn;
  const turnFacts = log.filter((e) => e.turn === turn);
  const before = windowAt(s, n - 1);
  const after = windowAt(s, n);
  const moves: { move: Move; size: number }[] = [];
  for (const key of Object.keys(KEY_METRIC) as KeyId[]) {
    if (!measured(key, before) || !measured(key, after)) continue;
    const from = before.summary[KEY_METRIC[key]];
    const to = after.summary[KEY_METRIC[key]];
    const bandFrom = before.summary.bands[key];
    const bandTo = after.summary.bands[key];
    // A key with data on both sides has a band on both; the check is for the type's sake.
    const band = bandFrom !== null && bandTo !== null && bandFrom !== bandTo ? { from: bandFrom, to: bandTo } : null;
    const moved = size(key, from, to) + (band ? 1 : 0);
    if (moved < 1 || from === to) continue;
    const better = band ? BAND_RANK[band.to] > BAND_RANK[band.from] : (to > from) === HIGHER_IS_BETTER[key];
    moves.push({
      move: { key, from, to, better, band, cause: keyCause(s, log, turnFacts, key, better, from) },
      size: moved,
    });
  }
  const scoreFrom = s.history[n - 2]!.score;
  const scoreTo = s.history[n - 1]!.score;
  const scoreSize = size('score', scoreFrom, scoreTo);
  if (scoreSize >= 1) {
    moves.push({
      move: { key: 'score', from: scoreFrom, to: scoreTo, better: scoreTo > scoreFrom, band: null, cause: scoreCause(s, turnFacts) },
      size: scoreSize,
    });
  }
  return moves.sort((x, y) => y.size - x.size).slice(0, limit).map((m) => m.move);
}
