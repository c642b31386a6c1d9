// The running system: services with node counts and an explicit dependency graph, the traffic they
// carry, hardware that fails in proportion to node count, and vulnerabilities waiting to be found.
import { EV, KIND_SECURITY, emit, schedule } from '../context.ts';
import type { Ctx } from '../context.ts';
import { addWork } from '../flow.ts';
import { chance, poisson, uniform } from '../rng.ts';
import type { ServiceConfig } from '../types.ts';
import { openCapacityIncident } from './incidents.ts';
import { actAt } from '../world.ts';

/**
 * Share of user requests that pass through each service: a request entering at an entry service
 * needs every service it transitively depends on. Summing the unavailability of serial services
 * is the first-order form of multiplying their availabilities.
 */
export function computeReach(systems: ServiceConfig[]): number[] {
  const index: Record<string, number> = {};
  systems.forEach((svc, i) => { index[svc.id] = i; });
  const reach = systems.map(() => 0);
  let entryTotal = 0;
  for (const svc of systems) entryTotal += svc.entryShare ?? 0;
  systems.forEach((svc, i) => {
    const share = svc.entryShare ?? 0;
    if (share <= 0) return;
    const seen = systems.map(() => false);
    const stack = [i];
    seen[i] = true;
    while (stack.length > 0) {
      const cur = stack.pop()!;
      reach[cur]! += share / entryTotal;
      for (const dep of systems[cur]!.dependsOn) {
        const j = index[dep];
        if (j !== undefined && !seen[j]) { seen[j] = true; stack.push(j); }
      }
    }
  });
  // Background services reached by no request still matter a little (delayed jobs).
  return reach.map((r) => (entryTotal > 0 ? (r > 1 ? 1 : r < 0.05 ? 0.05 : r) : 1));
}

/** Services that code changes touch: everything that is not off-the-shelf infrastructure. */
export function changeTargets(systems: ServiceConfig[]): number[] {
  const infra = ['proxy', 'sql', 'nosql', 'cache', 'queue', 'lb', 'storage', 'search'];
  const out: number[] = [];
  systems.forEach((svc, i) => { if (!infra.includes(svc.kind)) out.push(i); });
  return out.length > 0 ? out : systems.map((_, i) => i);
}

function demand(ctx: Ctx, i: number): number {
  const b = ctx.s.scenario.business;
  return ctx.s.business.users * b.requestsPerUserHour * ctx.s.ops.reach[i]!;
}

function capacity(ctx: Ctx, i: number): number {
  return ctx.s.ops.nodes[i]! * ctx.s.scenario.systems[i]!.capacityPerNode * ctx.m.nodeCapacityFactor;
}

/** Ops keep normal load under 70% of capacity by adding nodes (each costs money every turn). */
export function planCapacity(ctx: Ctx): void {
  const nodes = ctx.s.ops.nodes;
  for (let i = 0; i < nodes.length; i++) {
    const need = demand(ctx, i);
    if (need > 0.7 * capacity(ctx, i)) {
      const per = ctx.s.scenario.systems[i]!.capacityPerNode * ctx.m.nodeCapacityFactor;
      const target = Math.ceil(need / (0.6 * per));
      emit(ctx, 'scaledOut', { service: ctx.s.scenario.systems[i]!.id, from: nodes[i]!, to: target });
      nodes[i] = target;
    }
  }
}

/** A traffic spike: services beyond capacity degrade unless autoscaling absorbs the load. */
export function spike(ctx: Ctx, at: number, multiplier: number, hours: number): number {
  let extraNodeHours = 0;
  const nodes = ctx.s.ops.nodes;
  emit(ctx, 'trafficSpike', { multiplier, hours });
  // One outage per spike, at the service that saturates worst: the rest queue behind it.
  let worst = -1;
  let worstImpact = 0;
  for (let i = 0; i < nodes.length; i++) {
    const load = demand(ctx, i) * multiplier;
    const cap = capacity(ctx, i);
    if (load <= cap) continue;
    if (ctx.m.autoscaling > 0) {
      extraNodeHours += nodes[i]! * (load / cap - 1) * hours;
    } else if (ctx.s.ops.reach[i]! * (1 - cap / load) > worstImpact) {
      worst = i;
      worstImpact = ctx.s.ops.reach[i]! * (1 - cap / load);
    }
  }
  if (worst >= 0) openCapacityIncident(ctx, worst, at, worstImpact, hours);
  return extraNodeHours;
}

export function scheduleHardwareFaults(ctx: Ctx): void {
  const nodes = ctx.s.ops.nodes;
  let total = 0;
  for (const n of nodes) total += n;
  const o = ctx.rOps;
  const span = ctx.T1 - ctx.T0;
  const count = poisson(o, total * ctx.t.hardwareFaultsPerNodeYear * span / 8760);
  for (let k = 0; k < count; k++) {
    let pick = uniform(o) * total;
    let i = 0;
    while (i < nodes.length - 1 && pick >= nodes[i]!) { pick -= nodes[i]!; i++; }
    schedule(ctx, ctx.T0 + uniform(o) * span, EV.HW_FAULT, i);
  }
}

/**
 * Vulnerabilities: open-source dependencies keep publishing new ones (SCA flags them), assessment
 * and red teams find unknown ones, known ones become security work, and any open one may be
 * exploited (a WAF or RASP makes that harder).
 */
export function securityTurn(ctx: Ctx): void {
  const s = ctx.s;
  const m = ctx.m;
  const o = ctx.rOps;
  const span = ctx.T1 - ctx.T0;
  let newKnown = 0;
  const oss = poisson(o, ctx.t.ossVulnsPerTurn * (1 + s.scenario.systems.length / 6));
  for (let k = 0; k < oss; k++) {
    if (chance(o, m.vulnDetectSca)) newKnown++;
    else s.ops.vulnUnknown++;
  }
  let found = 0;
  for (let k = 0; k < s.ops.vulnUnknown; k++) if (chance(o, m.vulnDiscovery)) found++;
  s.ops.vulnUnknown -= found;
  newKnown += found;
  s.ops.vulnKnown += newKnown;
  for (let k = 0; k < newKnown; k++) addWork(ctx, KIND_SECURITY, ctx.T0 + uniform(o) * span);
  // Attackers follow the money: more of them in later acts, and more where more users are.
  const scale = Math.sqrt(s.business.users / s.scenario.business.users);
  const attackers = actAt(s.scenario, s.turn + 1).attackers * (scale > 1 ? scale : 1);
  const exploits = poisson(o, (s.ops.vulnKnown + s.ops.vulnUnknown) * ctx.t.exploitChancePerVulnTurn * m.exploitFactor * attackers);
  for (let k = 0; k < exploits; k++) schedule(ctx, ctx.T0 + uniform(o) * span, EV.EXPLOIT, -1);
}

