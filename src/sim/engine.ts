// A turn: settle what the previous turn left pending, start the turn (adoptions, hires, costs,
// traffic, faults, arrivals), run the discrete-event simulation of the turn's hours, then measure.
import { settleTurn, turnCosts } from './business.ts';
import { practiceById, practicePrice } from './catalog/practices.ts';
import { EV, FLAG_GOOD, KIND_BUG, KIND_FEATURE, coordination, emit, makeCtx, schedule } from './context.ts';
import type { Ctx } from './context.ts';
import { announceAhead } from './ahead.ts';
import { raiseEvents, resolvePending } from './events.ts';
import { addWork, arriveNext, flushBusy, markWip, onArrive, onCiDone, onDevDone, onDevFree, onReviewDone, startArrivals, tryStart } from './flow.ts';
import { heapPop } from './heap.ts';
import { knobs, tuning } from './mechanisms.ts';
import { closeTurnMetrics, utilisation } from './metrics.ts';
import { accrueOpenIncidents, onExploit, onHardwareFault, onRestore, varietyGap } from './ops/incidents.ts';
import { onFight, respondToFight } from './ops/fight.ts';
import { planCapacity, scheduleHardwareFaults, securityTurn, spike } from './ops/systems.ts';
import { endTurnPeople, productivity, startTurnPeople } from './people.ts';
import { onApprovedDone, onBatchDone, onBatchPrepared, onCabMeeting, onCut, onHotfixDone, tryCut } from './release.ts';
import { chance, uniform } from './rng.ts';
import { cloneState, initialState } from './state.ts';
import { turnScore } from './score.ts';
import { openAct, settleMarket, windowAvailability } from './world.ts';
import type { GameState, IncidentAction, Responders, ScenarioConfig, SimEvent, TurnResult } from './types.ts';

/** A new game; the difficulty is the scenario's (a caller wanting another passes a copy with it set). */
export function createGame(scenario: ScenarioConfig, seed: number): GameState {
  const s = initialState(scenario, seed);
  const ctx = makeCtx(s, knobs(s), tuning(s), []);
  // The company is mid-flight: a backlog of requests is waiting on day one.
  const a = s.rng['arrivals']!;
  for (let k = 0; k < scenario.work.featuresPerTurn; k++) {
    addWork(ctx, KIND_FEATURE, 0, chance(a, scenario.work.goodIdeaShare) ? FLAG_GOOD : 0);
  }
  scheduleCut(ctx);
  raiseEvents(ctx, 1);
  announceAhead(ctx, 1);
  return s;
}

/** (Re)plans the next release cut after a cadence change. */
export function scheduleCut(ctx: Ctx): void {
  const f = ctx.s.flow;
  const cadence = ctx.s.policies.cadence;
  if (cadence.kind === 'interval') {
    f.nextCutAt = ctx.s.clock + cadence.days * 24;
    schedule(ctx, f.nextCutAt, EV.CUT, -1);
  } else {
    f.nextCutAt = -1;
  }
}

/** Adoptions progress; returns the capacity dip of those still under way. */
function progressAdoption(ctx: Ctx): number {
  const s = ctx.s;
  let dip = 0;
  if (s.practices.adopting.length === 0) return 0;
  const still: typeof s.practices.adopting = [];
  const adopted = s.practices.adopted.slice();
  for (const a of s.practices.adopting) {
    if (a.turnsLeft <= 1) {
      adopted.push(a.id);
      emit(ctx, 'practiceAdopted', { practice: a.id });
    } else {
      still.push({ id: a.id, turnsLeft: a.turnsLeft - 1 });
    }
    dip += practiceById(a.id)!.dip;
  }
  s.practices.adopting = still;
  if (adopted.length > s.practices.adopted.length) s.practices.adopted = adopted;
  return dip < 0.6 ? dip : 0.6;
}

function practiceCosts(s: GameState): number {
  let cost = 0;
  for (const id of s.practices.adopted) cost += practicePrice(s.scenario, practiceById(id)!).perTurn;
  for (const a of s.practices.adopting) cost += practicePrice(s.scenario, practiceById(a.id)!).perTurn;
  return cost;
}

function variety(ctx: Ctx): void {
  const s = ctx.s;
  let edges = 0;
  for (const svc of s.scenario.systems) edges += svc.dependsOn.length;
  ctx.systemVariety = (1 + Math.sqrt(s.scenario.systems.length + edges) / 2) * ctx.m.systemVarietyFactor;
  ctx.teamVariety = (ctx.m.teamVariety + ctx.m.observability) * (0.5 + 0.5 * s.people.knowledge);
}

function startTurn(ctx: Ctx): void {
  const s = ctx.s;
  const sc = s.scenario;
  resolvePending(ctx);
  openAct(ctx);
  const dip = progressAdoption(ctx);
  ctx.dip = dip;
  ctx.m = knobs(s);
  startTurnPeople(ctx);
  ctx.prod = productivity(ctx, dip);
  ctx.coordination = coordination(s, ctx.m);
  variety(ctx);
  planCapacity(ctx);
  const o = s.rng['ops']!;
  const span = ctx.T1 - ctx.T0;
  let extraNodeHours = 0;
  if (chance(o, sc.traffic.spikeChancePerTurn)) {
    const [lo, hi] = sc.traffic.spikeMultiplier;
    extraNodeHours += spike(ctx, ctx.T0 + uniform(o) * span, lo + (hi - lo) * uniform(o), sc.traffic.spikeHours);
  }
  for (const sp of sc.traffic.scheduledSpikes) {
    if (sp.turn === s.turn + 1) extraNodeHours += spike(ctx, ctx.T0 + uniform(o) * span, sp.multiplier, sp.hours);
  }
  turnCosts(ctx, practiceCosts(s), extraNodeHours);
  scheduleHardwareFaults(ctx);
  securityTurn(ctx);
  startArrivals(ctx);
  tryStart(ctx);
  if (s.policies.cadence.kind === 'continuous') tryCut(ctx);
}

const out = [0, 0, 0, 0];

/** Runs the turn's events in time order; returns true when it stops for a major incident. */
function runEvents(ctx: Ctx): boolean {
  const f = ctx.s.flow;
  const T1 = ctx.T1;
  for (;;) {
    const heapAt = f.heap.length > 0 ? f.heap[0]! : Infinity;
    // Arrivals come from their own streams; on a tie the heap's event goes first.
    const arrivalAt = f.nextFeatureAt < f.nextBugAt ? f.nextFeatureAt : f.nextBugAt;
    if (arrivalAt < heapAt) {
      if (arrivalAt >= T1) return false;
      ctx.now = arrivalAt;
      arriveNext(ctx, arrivalAt === f.nextFeatureAt ? KIND_FEATURE : KIND_BUG);
      continue;
    }
    if (heapAt >= T1) return false;
    heapPop(f.heap, out);
    ctx.now = out[0]!;
    const ref = out[3]!;
    switch (out[2]) {
      case EV.ARRIVE: onArrive(ctx, ref); break;
      case EV.DEV_DONE: onDevDone(ctx, ref); break;
      case EV.DEV_FREE: onDevFree(ctx); break;
      case EV.REVIEW_DONE: onReviewDone(ctx, ref); break;
      case EV.CI_DONE: onCiDone(ctx, ref); break;
      case EV.CUT: onCut(ctx, ctx.now); break;
      case EV.BATCH_DONE: onBatchDone(ctx); break;
      case EV.BATCH_PREPARED: onBatchPrepared(ctx); break;
      case EV.CAB_MEETING: onCabMeeting(ctx); break;
      case EV.APPROVED_DONE: onApprovedDone(ctx); break;
      case EV.HOTFIX_DONE: onHotfixDone(ctx); break;
      case EV.RESTORE: onRestore(ctx, ref); break;
      case EV.HW_FAULT: onHardwareFault(ctx, ref); break;
      case EV.EXPLOIT: onExploit(ctx); break;
      case EV.FIGHT: onFight(ctx, ref); if (ctx.s.fight) return true; break;
    }
  }
}

function endTurn(ctx: Ctx): void {
  const s = ctx.s;
  ctx.now = ctx.T1;
  flushBusy(ctx);
  markWip(ctx, 0);
  accrueOpenIncidents(ctx);
  const a = s.flow.acc;
  const minutes = (ctx.T1 - ctx.T0) * 60;
  const availability = 1 - (s.ops.acc.badMinutes < minutes ? s.ops.acc.badMinutes / minutes : 1);
  const revenue = settleTurn(ctx, availability, s.ops.acc.downtimeHours);
  const work = a.newHours + a.unplannedHours + a.otherHours;
  const leavers = endTurnPeople(ctx, utilisation(a), work > 0 ? a.unplannedHours / work : 0);
  // What was bought between turns (practices, hires) belongs to the turn it prepares: a turn's
  // cost is everything spent since the previous one closed.
  let spentBefore = 0;
  for (const t of s.history) spentBefore += t.cost;
  const cost = s.money.expenses - spentBefore;
  const metrics = closeTurnMetrics(ctx, availability, revenue, cost, leavers);
  s.history.push(metrics);
  metrics.score = turnScore(s);
  settleMarket(ctx, windowAvailability(s, metrics));
  for (let c = 0; c < 4; c++) s.flow.classHours[c]! *= 0.5;
  s.ops.absorbedFaults = 0;
  s.turn++;
  s.clock = ctx.T1;
  emit(ctx, 'turnEnded', { turn: s.turn, deploys: metrics.deploys, incidents: metrics.incidents });
  if (s.status !== 'running') emit(ctx, 'gameLost', { status: s.status, turn: s.turn });
  if (s.turn >= s.scenario.turns && s.status === 'running') {
    s.status = 'ended';
    emit(ctx, 'gameEnded', { turn: s.turn });
  }
  if (s.status === 'running') {
    raiseEvents(ctx, s.turn + 1);
    announceAhead(ctx, s.turn + 1);
  }
}

/** How a player who is not there answers a major incident: the way back and who works on it. */
export type ResponsePolicy = (state: GameState) => { action: IncidentAction; responders: Responders };

/** The team's usual way back, by the on-call engineer: what happens when nobody decides. */
export const playbookResponse: ResponsePolicy = (s) => ({ action: s.fight!.actions[0]!, responders: 'onCall' });

function answerFights(s: GameState, events: SimEvent[] | null, respond: ResponsePolicy | null): void {
  while (s.fight && s.status === 'running' && respond) {
    const r = respond(s);
    const action = s.fight.actions.includes(r.action) ? r.action : s.fight.actions[0]!;
    resumeTurn(makeCtx(s, knobs(s), tuning(s), events), action, r.responders);
  }
}

/**
 * Plays one turn on `s` itself; only for a state no one else can see (see runGame). Facts go to
 * `events`, or nowhere when it is null (they still take their numbers, so the state is the same).
 * Major incidents are answered by `respond`; with null the turn stops at the first one.
 */
export function playTurnInPlace(s: GameState, events: SimEvent[] | null, respond: ResponsePolicy | null = playbookResponse): void {
  if (!s.fight) {
    const ctx = makeCtx(s, knobs(s), tuning(s), events);
    startTurn(ctx);
    if (!runEvents(ctx)) endTurn(ctx);
  }
  answerFights(s, events, respond);
}

/**
 * The player's response to the major incident the turn stopped at: the turn goes on from that
 * moment with what it had computed at its start (kept in the fight), to its end or the next fight.
 */
export function resumeTurn(ctx: Ctx, action: IncidentAction, responders: Responders): void {
  const t = ctx.s.fight!.turn;
  ctx.now = ctx.s.fight!.at;
  ctx.prod = t.prod;
  ctx.dip = t.dip;
  ctx.coordination = t.coordination;
  ctx.systemVariety = t.systemVariety;
  ctx.teamVariety = t.teamVariety;
  ctx.major = t.major === null ? null : { id: t.major[0]!, weight: t.major[1]! };
  respondToFight(ctx, action, responders, varietyGap(ctx));
  if (!runEvents(ctx)) endTurn(ctx);
}

/**
 * Plays the next turn (or the rest of one that stopped at a major incident), answering major
 * incidents with `respond`; the game's screen passes null to stop at each and let the player
 * answer with `respondIncident`, which gives the same state as the policy's answer would.
 */
export function advanceTurn(state: GameState, respond: ResponsePolicy | null = playbookResponse): TurnResult {
  const events: SimEvent[] = [];
  if (state.status !== 'running' || (state.fight && !respond)) return { state, events };
  const s = cloneState(state);
  playTurnInPlace(s, events, respond);
  return { state: s, events };
}
