// Events that ask the player to choose: scheduled and random ones from the scenario, and the
// postmortem after the worst incident of a turn. Unanswered events take their first option when
// the next turn starts, so advancing a turn never needs an answer.
import { BUILTIN_EVENTS } from './catalog/events.ts';
import { emit, rng } from './context.ts';
import type { Ctx } from './context.ts';
import { applyEffects } from './effects.ts';
import { chance, intBelow } from './rng.ts';
import type { EventDef, GameState, PendingEvent, ScenarioConfig } from './types.ts';

function eventDefIn(scenario: ScenarioConfig, id: string): EventDef | undefined {
  return scenario.events.definitions.find((d) => d.id === id) ?? BUILTIN_EVENTS.find((d) => d.id === id);
}

export function eventDef(s: GameState, id: string): EventDef | undefined {
  return eventDefIn(s.scenario, id);
}

/**
 * The scenario's events a workshop's facilitator may bring into every team's game as a shock: those
 * it schedules or draws at random, and its own. Not the postmortem, which follows an incident.
 */
export function shockEvents(scenario: ScenarioConfig): string[] {
  const ev = scenario.events;
  const ids = [...ev.scheduled.map((e) => e.event), ...ev.randomPool, ...ev.definitions.map((d) => d.id)];
  return [...new Set(ids)].filter((id) => id !== 'postmortem' && (eventDefIn(scenario, id)?.options.length ?? 0) > 0);
}

export function raise(ctx: Ctx, event: string, params: Record<string, string | number> = {}): void {
  const s = ctx.s;
  const def = eventDef(s, event);
  if (!def || def.options.length === 0) return;
  const pending: PendingEvent = { id: `e${s.turn}-${s.seq}`, event, turn: s.turn, params };
  s.pendingEvents = [...s.pendingEvents, pending];
  emit(ctx, 'eventPending', { pending: pending.id, event, ...params });
}

export function resolve(ctx: Ctx, pending: PendingEvent, optionId: string, byDefault: boolean): boolean {
  const s = ctx.s;
  const def = eventDef(s, pending.event);
  const option = def?.options.find((o) => o.id === optionId);
  if (!option) return false;
  s.pendingEvents = s.pendingEvents.filter((p) => p.id !== pending.id);
  applyEffects(ctx, option.effects);
  emit(ctx, 'eventResolved', { pending: pending.id, event: pending.event, option: option.id, byDefault });
  return true;
}

/** Start of a turn: answer what is still open with the first option; one-option events just happen. */
export function resolvePending(ctx: Ctx): void {
  for (const pending of ctx.s.pendingEvents) {
    const def = eventDef(ctx.s, pending.event);
    if (def) resolve(ctx, pending, def.options[0]!.id, def.options.length > 1);
    else ctx.s.pendingEvents = ctx.s.pendingEvents.filter((p) => p.id !== pending.id);
  }
}

/** End of a turn: the events the next turn opens with. */
export function raiseEvents(ctx: Ctx, nextTurn: number): void {
  const s = ctx.s;
  const ev = s.scenario.events;
  for (const sch of ev.scheduled) if (sch.turn === nextTurn) raise(ctx, sch.event);
  const r = rng(ctx, 'events');
  // A temptation that came once is known; unless the scenario says otherwise it does not come back.
  const pool = ev.repeatRandom ? ev.randomPool : ev.randomPool.filter((e) => !s.seenEvents.includes(e));
  if (pool.length > 0 && chance(r, ev.randomChancePerTurn)) {
    const event = pool[intBelow(r, pool.length)]!;
    if (!s.seenEvents.includes(event)) s.seenEvents = [...s.seenEvents, event];
    raise(ctx, event);
  }
  if (ctx.major !== null) {
    // With the practice in place, the team runs a blameless postmortem by habit.
    if (s.practices.adopted.includes('blameless-postmortems')) {
      const def = eventDef(s, 'postmortem');
      const blameless = def?.options.find((o) => o.id === 'blameless');
      if (blameless) applyEffects(ctx, blameless.effects.map((e) => (e.type === 'learning' ? { ...e, delta: e.delta * (1 + ctx.m.postmortemLearning) } : e)));
      emit(ctx, 'postmortemHeld', { incident: ctx.major.id });
    } else {
      raise(ctx, 'postmortem', { incident: ctx.major.id });
    }
  }
}
