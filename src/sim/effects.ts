// Engine-level consequences of events and choices.
import { earn, spend } from './business.ts';
import type { Ctx } from './context.ts';
import { addWork } from './flow.ts';
import { clamp } from './mathx.ts';
import { forcedIncident } from './ops/incidents.ts';
import { spike } from './ops/systems.ts';
import { leave } from './people.ts';
import type { Effect } from './types.ts';
import { WORK_KINDS } from './types.ts';

export function applyEffects(ctx: Ctx, effects: Effect[]): void {
  const s = ctx.s;
  const p = s.people;
  for (const e of effects) {
    switch (e.type) {
      case 'culture': p.culture = clamp(p.culture + e.delta, 0, 100); break;
      case 'morale': p.morale = clamp(p.morale + e.delta, 0, 1); break;
      case 'burnout': p.burnout = clamp(p.burnout + e.delta, 0, 1); break;
      case 'money': if (e.amount >= 0) earn(s, e.amount); else spend(s, -e.amount); break;
      case 'addWork':
        for (let k = 0; k < e.count; k++) addWork(ctx, WORK_KINDS.indexOf(e.kind), ctx.now);
        break;
      case 'incident': {
        const index = e.service === undefined ? -1 : s.scenario.systems.findIndex((svc) => svc.id === e.service);
        forcedIncident(ctx, e.cause, index, e.severity);
        break;
      }
      case 'trafficSpike': {
        const extra = spike(ctx, ctx.now, e.multiplier, e.hours);
        spend(s, extra * s.scenario.nodeCostPerTurn * ctx.m.infraCostFactor / (s.scenario.turnDays * 24));
        break;
      }
      case 'productivity': s.team.productivityMods = [...s.team.productivityMods, { delta: e.delta, turnsLeft: e.turns }]; break;
      case 'techDebt': s.ops.techDebt = Math.max(0, s.ops.techDebt + e.delta); break;
      case 'attrition': {
        // The person pushed out is replaced, later and at a cost.
        const gone = leave(ctx, e.role, e.count);
        if (gone > 0) {
          s.team.hiring = [...s.team.hiring, { role: e.role, count: gone, turnsLeft: Math.max(1, s.scenario.team.hireDelayTurns) + 1 }];
          spend(s, gone * s.scenario.team.hireCost);
        }
        break;
      }
      case 'users': s.business.users *= e.factor; break;
      case 'learning': p.learning = clamp(p.learning + e.delta, 0, ctx.t.postmortemCap); break;
    }
  }
}
