import type { Act, Cadence, Command, Effect, GoalConfig, ScenarioConfig } from '../sim/types.ts';
import { latestReachableEra } from './references.ts';
import type { CommandInput, EffectInput, ParsedScenario } from './schema.ts';

const cadenceOf = (c: 'continuous' | number): Cadence => (c === 'continuous' ? { kind: 'continuous' } : { kind: 'interval', days: c });

export function toEffect(e: EffectInput): Effect {
  if ('culture' in e) return { type: 'culture', delta: e.culture };
  if ('morale' in e) return { type: 'morale', delta: e.morale };
  if ('burnout' in e) return { type: 'burnout', delta: e.burnout };
  if ('money' in e) return { type: 'money', amount: e.money };
  if ('addWork' in e) return { type: 'addWork', kind: e.addWork.kind, count: e.addWork.count };
  if ('incident' in e) {
    const { cause, service, severity } = e.incident;
    return service === undefined ? { type: 'incident', cause, severity } : { type: 'incident', cause, service, severity };
  }
  if ('trafficSpike' in e) return { type: 'trafficSpike', ...e.trafficSpike };
  if ('productivity' in e) return { type: 'productivity', ...e.productivity };
  if ('techDebt' in e) return { type: 'techDebt', delta: e.techDebt };
  if ('attrition' in e) return { type: 'attrition', ...e.attrition };
  if ('users' in e) return { type: 'users', factor: e.users };
  return { type: 'learning', delta: e.learning };
}

export function toCommand(c: CommandInput): Command {
  if ('adopt' in c) return { type: 'adoptPractice', practice: c.adopt };
  if ('abandon' in c) return { type: 'abandonPractice', practice: c.abandon };
  if ('cadence' in c) return { type: 'setPolicy', policy: 'cadence', value: cadenceOf(c.cadence) };
  if ('wipLimit' in c) return { type: 'setPolicy', policy: 'wipLimit', value: c.wipLimit };
  if ('approval' in c) return { type: 'setPolicy', policy: 'approval', value: c.approval };
  if ('capacitySplit' in c) return { type: 'setPolicy', policy: 'capacitySplit', value: { ...c.capacitySplit } };
  if ('incidentResponse' in c) return { type: 'setPolicy', policy: 'incidentResponse', value: c.incidentResponse };
  if ('hire' in c) return { type: 'hire', ...c.hire };
  if ('fire' in c) return { type: 'fire', ...c.fire };
  if ('choose' in c) return { type: 'chooseEventOption', ...c.choose };
  if ('expandMarket' in c) return { type: 'expandMarket' };
  return { type: 'advanceEra' };
}

function actsOf(s: ParsedScenario): Act[] {
  const acts = s.acts.map(({ turn, year, users, rival, shelfLifeDays, attackers }) => ({ turn, year, users, rival, shelfLifeDays, attackers }));
  if (acts.length === 0 || acts[0]!.turn !== 1) acts.unshift({ turn: 1, year: s.startYear, users: 1, rival: 1, shelfLifeDays: 3650, attackers: 1 });
  return acts.sort((a, b) => a.turn - b.turn);
}

function goalsOf(s: ParsedScenario): GoalConfig[] {
  return s.goals.flatMap((g) => [
    ...(g.atLeast === undefined ? [] : [{ metric: g.metric, op: '>=' as const, value: g.atLeast, window: g.over }]),
    ...(g.atMost === undefined ? [] : [{ metric: g.metric, op: '<=' as const, value: g.atMost, window: g.over }]),
  ]);
}

/** The engine's scenario from a validated file; texts stay behind in the LoadedScenario. */
export function toEngineConfig(s: ParsedScenario): ScenarioConfig {
  const config: ScenarioConfig = {
    id: s.id,
    seed: s.seed,
    startYear: s.startYear,
    turns: s.turns,
    turnDays: s.turnDays,
    era: s.era,
    maxEra: s.maxEra ?? latestReachableEra(s),
    team: { ...s.team },
    budget: s.budget,
    systems: s.systems.map((sys) => ({
      id: sys.id,
      kind: sys.kind,
      nodes: sys.nodes,
      dependsOn: [...sys.dependsOn],
      capacityPerNode: sys.capacityPerNode,
      ...(sys.entryShare === undefined ? {} : { entryShare: sys.entryShare }),
    })),
    nodeCostPerTurn: s.nodeCostPerTurn,
    practices: {
      adopted: [...s.practices.adopted], offered: s.practices.offered === 'all' ? 'all' : [...s.practices.offered],
      // Left out at 1, so that a scenario without it keeps the state (and hash) it had.
      ...(s.practices.priceScale !== 1 ? { priceScale: s.practices.priceScale } : {}),
    },
    policies: {
      cadence: cadenceOf(s.policies.cadence),
      wipLimit: s.policies.wipLimit,
      approval: s.policies.approval,
      capacitySplit: { ...s.policies.capacitySplit },
      incidentResponse: s.policies.incidentResponse,
    },
    allowedPolicies: { ...s.allowedPolicies, approvals: [...s.allowedPolicies.approvals] },
    work: { ...s.work },
    business: { ...s.business },
    traffic: {
      spikeChancePerTurn: s.traffic.spikeChancePerTurn,
      spikeMultiplier: [s.traffic.spikeMultiplier[0], s.traffic.spikeMultiplier[1]],
      spikeHours: s.traffic.spikeHours,
      scheduledSpikes: s.traffic.scheduledSpikes.map((x) => ({ ...x })),
    },
    slo: { ...s.slo },
    initial: { ...s.start },
    events: {
      randomChancePerTurn: s.events.randomChancePerTurn,
      randomPool: [...s.events.random],
      repeatRandom: s.events.repeatRandom,
      scheduled: s.events.scheduled.map((x) => ({ ...x })),
      definitions: s.events.defined.map((d) => ({ id: d.id, options: d.options.map((o) => ({ id: o.id, effects: o.effects.map(toEffect) })) })),
    },
    goals: goalsOf(s),
    acts: actsOf(s),
    difficulty: s.difficulty,
    market: { ...s.market },
    incidents: { ...s.incidents },
    stakes: { ...s.stakes },
  };
  if (s.tuning) config.tuning = structuredClone(s.tuning) as ScenarioConfig['tuning'];
  return config;
}
