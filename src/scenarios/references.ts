// Checks that need the whole scenario at once: names that must point at something, ids that must be
// unique, and goals or practices the player could never reach.
import { BUILTIN_EVENTS, ERA_DEFS, practiceById } from '../sim/index.ts';
import { ERAS, type Era } from '../sim/types.ts';
import type { ScenarioError } from './errors.ts';
import { PRACTICE_IDS, STRATEGY_NAMES, type CommandInput, type ParsedScenario } from './schema.ts';
import { listOf, suggestionBudget } from './suggest.ts';
import type { PathKey, YamlSource } from './yaml-source.ts';

const RATE_METRICS = new Set(['changeFailureRate', 'availability', 'errorBudgetLeft', 'newWorkShare', 'unplannedWorkShare', 'successRate', 'reworkRate', 'utilisation', 'morale', 'burnout']);

export function checkReferences(s: ParsedScenario, source: YamlSource): ScenarioError[] {
  const errors: ScenarioError[] = [];
  const didYouMean = suggestionBudget();
  const error = (path: PathKey[], message: string, onKey = false) =>
    errors.push({ file: source.file, ...source.at(path, onKey), message, severity: 'error' });
  const warn = (path: PathKey[], message: string, onKey = false) =>
    errors.push({ file: source.file, ...source.at(path, onKey), message, severity: 'warning' });

  const unique = (what: string, list: { id: string }[], path: PathKey[]) => {
    const seen = new Map<string, number>();
    list.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined) error([...path, i, 'id'], `${what} id '${item.id}' is used twice (first at item ${first + 1}); ids must be unique`);
      else seen.set(item.id, i);
    });
  };

  // The id names the folder, so that ?scenario=<id> finds it.
  const folder = /(?:^|[\\/])([^\\/]+)[\\/]scenario\.ya?ml$/.exec(source.file)?.[1];
  if (folder && folder !== s.id) error(['id'], `the id '${s.id}' differs from the folder name '${folder}'; they must be the same`);

  // Systems and their dependency graph.
  unique('system', s.systems, ['systems']);
  const systemIds = s.systems.map((x) => x.id);
  const systemSet = new Set(systemIds);
  const systemById = new Map(s.systems.map((x) => [x.id, x]));
  s.systems.forEach((sys, i) =>
    sys.dependsOn.forEach((dep, j) => {
      if (dep === sys.id) error(['systems', i, 'dependsOn', j], `system '${sys.id}' cannot depend on itself`);
      else if (!systemSet.has(dep)) error(['systems', i, 'dependsOn', j], `system '${sys.id}' depends on '${dep}', which is not a system of this scenario${didYouMean(dep, systemIds)}`);
    }),
  );
  const cycle = findCycle(systemIds, (id) => systemById.get(id)?.dependsOn.filter((d) => d !== id && systemSet.has(d)) ?? []);
  if (cycle) error(['systems', systemIds.indexOf(cycle[0]), 'dependsOn'], `systems depend on each other in a circle (${cycle.join(' → ')}); a dependency graph must have no cycle`);
  const shares = s.systems.filter((x) => x.entryShare !== undefined);
  const shareSum = shares.reduce((a, x) => a + (x.entryShare ?? 0), 0);
  if (shares.length > 0 && Math.abs(shareSum - 1) > 0.001) {
    error(['systems', s.systems.indexOf(shares[0]), 'entryShare'], `the entry shares of the systems add up to ${round(shareSum)}; they must add up to 1`);
  }

  // Practices: what the player starts with, what is on offer, and whether prerequisites can be met.
  const adopted = new Set(s.practices.adopted);
  const offered = new Set(s.practices.offered === 'all' ? PRACTICE_IDS : s.practices.offered);
  const maxEra = s.maxEra ?? latestReachableEra(s);
  const eraIndex = (e: Era) => ERAS.indexOf(e);
  if (eraIndex(maxEra) < eraIndex(s.era)) error(['maxEra'], `maxEra '${maxEra}' comes before the starting era '${s.era}'`);
  s.practices.adopted.forEach((p, i) => {
    for (const req of practiceById(p)?.requires ?? []) {
      if (!adopted.has(req)) error(['practices', 'adopted', i], `practice '${p}' is adopted at the start, but it needs '${req}', which is not; add '${req}' to adopted`);
    }
  });
  const { practices: reachable, eras: reachableEras } = reachability(adopted, offered, s.era, s.maxEra ?? 'beyond');
  const eraBlock = () => {
    const blocked = ERAS[eraIndex(reachableEras[reachableEras.length - 1]) + 1];
    const missing = blocked ? ERA_DEFS[blocked].requires.filter((r) => !reachable.has(r)) : [];
    return `entering the ${blocked} era needs ${listOf(missing, 'and')}, which ${missing.length > 1 ? 'are' : 'is'} neither adopted nor offered`;
  };
  if (Array.isArray(s.practices.offered)) {
    s.practices.offered.forEach((p, i) => {
      const def = practiceById(p);
      if (!def) return;
      if (adopted.has(p)) warn(['practices', 'offered', i], `practice '${p}' is offered but already adopted at the start`);
      else if (eraIndex(def.era) > eraIndex(maxEra)) error(['practices', 'offered', i], `practice '${p}' belongs to the ${def.era} era, which this scenario never reaches${s.maxEra ? ` (maxEra is ${maxEra})` : `: ${eraBlock()}`}`);
      else if (!reachable.has(p)) {
        const missing = def.requires.filter((r) => !reachable.has(r));
        const why = missing.length
          ? `it needs ${listOf(missing, 'and')}, which cannot be had in this scenario`
          : `the ${def.era} era it belongs to is never reached`;
        error(['practices', 'offered', i], `practice '${p}' can never be adopted: ${why}`);
      }
    });
  }
  const prereqCycle = findCycle(PRACTICE_IDS, (id) => practiceById(id)?.requires ?? []);
  if (prereqCycle) error(['practices'], `the practices' prerequisites form a cycle (${prereqCycle.join(' → ')}), so none of them can be adopted`);
  // An era the trainer allows explicitly must be reachable: its key practices have to be on the table.
  if (s.maxEra && !reachableEras.includes(s.maxEra)) error(['maxEra'], `maxEra '${s.maxEra}' can never be reached: ${eraBlock()}`);

  // Policies at the start must be ones the player is allowed.
  const split = s.policies.capacitySplit;
  const splitSum = split.features + split.debt + split.security + split.operations;
  if (Math.abs(splitSum - 100) > 0.01) error(['policies', 'capacitySplit'], `the capacity split adds up to ${round(splitSum)}%; it must add up to 100`);
  if (!s.allowedPolicies.approvals.includes(s.policies.approval)) error(['policies', 'approval'], `approval '${s.policies.approval}' is not among the allowed approvals (${listOf(s.allowedPolicies.approvals)})`);
  const startEra = ERA_DEFS[s.era];
  const minDays = Math.max(s.allowedPolicies.minCadenceDays, startEra.minCadenceDays);
  if (s.policies.cadence === 'continuous') {
    if (!s.allowedPolicies.continuous || !startEra.continuous) error(['policies', 'cadence'], `continuous releases are not possible at the start: the ${s.era} era${s.allowedPolicies.continuous ? '' : ' (and allowedPolicies)'} does not allow them`);
  } else if (s.policies.cadence < minDays) {
    error(['policies', 'cadence'], `a release every ${s.policies.cadence} days is too often for the start: the ${s.era} era and allowedPolicies allow one every ${minDays} days at most`);
  }
  if (s.policies.wipLimit !== null && !s.allowedPolicies.wipLimit) error(['policies', 'wipLimit'], 'a WIP limit is set at the start, but allowedPolicies.wipLimit is false');
  if (s.policies.wipLimit !== null && !adopted.has('wip-limits')) error(['policies', 'wipLimit'], "a WIP limit at the start needs the practice 'wip-limits' adopted");
  if (s.policies.approval === 'lightweight' && !adopted.has('lightweight-approval')) error(['policies', 'approval'], "lightweight approval at the start needs the practice 'lightweight-approval' adopted");

  // Events: scheduled and random ones must exist; defined ones should be used.
  unique('event', s.events.defined, ['events', 'defined']);
  s.events.defined.forEach((d, i) => unique('option', d.options, ['events', 'defined', i, 'options']));
  const eventIds = new Set([...BUILTIN_EVENTS.map((e) => e.id), ...s.events.defined.map((e) => e.id)]);
  const used = new Set<string>();
  const checkEvent = (ev: string, path: PathKey[]) => {
    used.add(ev);
    if (!eventIds.has(ev)) error(path, `event '${ev}' does not exist: it is neither built in nor defined under events.defined${didYouMean(ev, eventIds)}`);
  };
  s.events.scheduled.forEach((x, i) => {
    checkEvent(x.event, ['events', 'scheduled', i, 'event']);
    if (x.turn > s.turns) warn(['events', 'scheduled', i, 'turn'], `event '${x.event}' is scheduled for turn ${x.turn}, but the game ends after ${s.turns} turns, so it never happens`);
  });
  s.events.random.forEach((ev, i) => checkEvent(ev, ['events', 'random', i]));
  if (s.events.random.length > 0 && s.events.randomChancePerTurn === 0) warn(['events', 'random'], 'random events are listed but randomChancePerTurn is 0, so none of them ever happens');
  s.events.defined.forEach((d, i) => {
    if (!used.has(d.id)) warn(['events', 'defined', i, 'id'], `event '${d.id}' is defined but neither scheduled nor random, so it never happens`);
  });
  s.traffic.scheduledSpikes.forEach((x, i) => {
    if (x.turn > s.turns) warn(['traffic', 'scheduledSpikes', i, 'turn'], `this traffic spike is at turn ${x.turn}, but the game ends after ${s.turns} turns`);
  });
  const definedById = new Map(s.events.defined.map((e) => [e.id, e]));
  const options = (ev: string) => (definedById.get(ev) ?? BUILTIN_EVENTS.find((e) => e.id === ev))?.options.map((o) => o.id) ?? [];
  s.events.defined.forEach((d, i) =>
    d.options.forEach((o, j) =>
      o.effects.forEach((e, k) => {
        if ('incident' in e && e.incident.service !== undefined && !systemSet.has(e.incident.service)) {
          error(['events', 'defined', i, 'options', j, 'effects', k, 'incident', 'service'], `system '${e.incident.service}' does not exist${didYouMean(e.incident.service, systemIds)}`);
        }
      }),
    ),
  );

  // The calendar: acts in order of turns, years that only move forward.
  s.acts.forEach((a, i) => {
    const prev = s.acts[i - 1];
    if (i === 0 && a.turn === 1 && a.year !== s.startYear) error(['acts', 0, 'year'], `the first act opens at turn 1 in ${a.year}, but startYear is ${s.startYear}; they must be the same`);
    if (a.turn > s.turns) warn(['acts', i, 'turn'], `this act opens at turn ${a.turn}, but the game ends after ${s.turns} turns, so it never opens`);
    if (prev && a.turn <= prev.turn) error(['acts', i, 'turn'], `acts must open in order of turns: turn ${a.turn} comes after turn ${prev.turn}`);
    const prevYear = prev ? prev.year + Math.floor(((a.turn - prev.turn) * s.turnDays) / 365) : s.startYear + Math.floor(((a.turn - 1) * s.turnDays) / 365);
    if (a.year < prevYear) error(['acts', i, 'year'], `this act opens in ${a.year}, but the calendar already reads ${prevYear} by turn ${a.turn}; time only moves forward`);
  });

  // Goals must be reachable by some play.
  unique('goal', s.goals, ['goals']);
  s.goals.forEach((g, i) => {
    const path = ['goals', i];
    if (g.atLeast === undefined && g.atMost === undefined) error(path, `goal '${g.id}' needs atLeast or atMost`);
    if (g.atLeast !== undefined && g.atMost !== undefined && g.atLeast > g.atMost) error([...path, 'atLeast'], `goal '${g.id}' can never be met: atLeast ${g.atLeast} is above atMost ${g.atMost}`);
    if (RATE_METRICS.has(g.metric) && g.atLeast !== undefined && g.atLeast > 1) error([...path, 'atLeast'], `goal '${g.id}' can never be met: ${g.metric} is a share between 0 and 1 (write 0.99 for 99%)`);
    if (g.atMost !== undefined && g.atMost < 0) error([...path, 'atMost'], `goal '${g.id}' can never be met: ${g.metric} is never below 0`);
    if (g.metric === 'deployFrequency' && g.atLeast !== undefined) {
      const continuous = s.allowedPolicies.continuous && eraIndex(maxEra) >= eraIndex('devops');
      const eraMin = Math.max(s.allowedPolicies.minCadenceDays, Math.min(...ERAS.slice(0, eraIndex(maxEra) + 1).map((e) => ERA_DEFS[e].minCadenceDays)));
      if (!continuous && g.atLeast > 1 / eraMin + 1e-9) {
        error([...path, 'atLeast'], `goal '${g.id}' can never be met: without continuous delivery the shortest release interval is ${eraMin} days, so at most ${round(1 / eraMin)} deploys a day`);
      }
    }
  });

  // Steps: every move they make or expect must be possible in this scenario.
  unique('step', s.steps, ['steps']);
  if (s.mode !== 'game' && s.steps.length === 0) error(['steps'], `a ${s.mode} scenario needs steps`);
  const checkCommand = (c: CommandInput, path: PathKey[]) => {
    const practice = 'adopt' in c ? c.adopt : 'abandon' in c ? c.abandon : undefined;
    if (practice !== undefined && !offered.has(practice) && !adopted.has(practice)) error(path, `practice '${practice}' is not offered in this scenario; add it to practices.offered`);
    if ('choose' in c) {
      if (!eventIds.has(c.choose.event)) error([...path, 'choose', 'event'], `event '${c.choose.event}' does not exist${didYouMean(c.choose.event, eventIds)}`);
      else if (!options(c.choose.event).includes(c.choose.option)) {
        error([...path, 'choose', 'option'], `event '${c.choose.event}' has no option '${c.choose.option}'${didYouMean(c.choose.option, options(c.choose.event)) || `; its options are ${listOf(options(c.choose.event))}`}`);
      }
    }
    if ('approval' in c && !s.allowedPolicies.approvals.includes(c.approval)) error(path, `approval '${c.approval}' is not allowed in this scenario`);
    if ('cadence' in c && c.cadence === 'continuous' && !s.allowedPolicies.continuous) error(path, 'continuous releases are not allowed in this scenario');
  };
  let turnsUsed = 0;
  s.steps.forEach((st, i) => {
    st.do.forEach((c, j) => checkCommand(c, ['steps', i, 'do', j]));
    if (st.expect) checkCommand(st.expect, ['steps', i, 'expect']);
    if (st.point && 'system' in st.point && !systemSet.has(st.point.system)) error(['steps', i, 'point', 'system'], `system '${st.point.system}' does not exist${didYouMean(st.point.system, systemIds)}`);
    if (st.point && 'practice' in st.point && !offered.has(st.point.practice) && !adopted.has(st.point.practice)) warn(['steps', i, 'point', 'practice'], `practice '${st.point.practice}' is not in this scenario, so there is nothing to point at`);
    turnsUsed += st.advance;
    if (st.vote) {
      unique('option', st.vote.options, ['steps', i, 'vote', 'options']);
      st.vote.options.forEach((o, j) => o.do.forEach((c, k) => checkCommand(c, ['steps', i, 'vote', 'options', j, 'do', k])));
      // The chosen option's moves are made when the talk steps on: the last step has nowhere to go.
      if (i === s.steps.length - 1) error(['steps', i, 'vote'], `step '${st.id}' is the last step, so its vote would never be played; add a step after it that shows the outcome`);
      if (s.mode === 'tutorial') error(['steps', i, 'vote'], 'a tutorial has no audience to vote; votes belong in a talk scenario');
    }
  });
  if (turnsUsed > s.turns) error(['steps'], `the steps advance ${turnsUsed} turns in all, but the game ends after ${s.turns}`);
  // Plays and lessons: what the balance report compares.
  unique('play', s.plays, ['plays']);
  unique('lesson', s.lessons, ['lessons']);
  const strategyNames = [...STRATEGY_NAMES, ...s.plays.map((p) => p.id)];
  s.plays.forEach((p, i) => {
    if (STRATEGY_NAMES.includes(p.id)) error(['plays', i, 'id'], `play '${p.id}' has the name of a built-in strategy; choose another id`);
    for (const [ev, opt] of Object.entries(p.answers)) {
      if (!eventIds.has(ev)) error(['plays', i, 'answers', ev], `event '${ev}' does not exist${didYouMean(ev, eventIds)}`, true);
      else if (!options(ev).includes(opt)) error(['plays', i, 'answers', ev], `event '${ev}' has no option '${opt}'${didYouMean(opt, options(ev)) || `; its options are ${listOf(options(ev))}`}`);
    }
    p.moves.forEach((m, j) => m.do.forEach((c, k) => checkCommand(c, ['plays', i, 'moves', j, 'do', k])));
  });
  s.lessons.forEach((l, i) => {
    for (const side of ['better', 'worse'] as const) {
      if (!strategyNames.includes(l[side])) error(['lessons', i, side], `'${l[side]}' is neither a play of this scenario nor a built-in strategy${didYouMean(l[side], strategyNames) || `; built-in strategies are ${listOf(STRATEGY_NAMES)}`}`);
    }
    if (l.better === l.worse) error(['lessons', i, 'worse'], `lesson '${l.id}' compares '${l.better}' with itself`);
  });
  return errors;
}

/**
 * What a player can reach: eras open one after another once their key practices are adopted, and
 * each era unlocks its practices; an offered practice is reachable once its prerequisites are.
 */
export function reachability(adopted: ReadonlySet<string>, offered: ReadonlySet<string>, start: Era, maxEra: Era): { practices: Set<string>; eras: Era[] } {
  const reach = new Set(adopted);
  const eras: Era[] = [start];
  for (let e = ERAS.indexOf(start); e <= ERAS.indexOf(maxEra); e++) {
    if (e > ERAS.indexOf(start)) {
      if (!ERA_DEFS[ERAS[e]].requires.every((r) => reach.has(r))) break;
      eras.push(ERAS[e]);
    }
    let grew = true;
    while (grew) {
      grew = false;
      for (const p of offered) {
        const def = practiceById(p);
        if (!def || reach.has(p) || ERAS.indexOf(def.era) > e) continue;
        if (def.requires.every((r) => reach.has(r))) {
          reach.add(p);
          grew = true;
        }
      }
    }
  }
  return { practices: reach, eras };
}

/** The latest era a scenario without maxEra can reach, which is then its maxEra. */
export function latestReachableEra(s: ParsedScenario): Era {
  const offered = new Set(s.practices.offered === 'all' ? PRACTICE_IDS : s.practices.offered);
  const { eras } = reachability(new Set(s.practices.adopted), offered, s.era, 'beyond');
  return eras[eras.length - 1];
}

/** The first cycle found in a directed graph, as a path that ends where it starts. */
export function findCycle(nodes: readonly string[], next: (n: string) => readonly string[]): string[] | undefined {
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const visit = (n: string): string[] | undefined => {
    if (state.get(n) === 2) return undefined;
    if (state.get(n) === 1) return [...stack.slice(stack.indexOf(n)), n];
    state.set(n, 1);
    stack.push(n);
    for (const m of next(n)) {
      const found = visit(m);
      if (found) return found;
    }
    stack.pop();
    state.set(n, 2);
    return undefined;
  };
  for (const n of nodes) {
    const found = visit(n);
    if (found) return found;
  }
  return undefined;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
