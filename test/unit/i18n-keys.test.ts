import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/index.ts';
import { BASE_MECHANISMS, PRACTICES } from '../../src/sim/index.ts';
import { DIFFICULTIES, ERAS, GAME_STATUSES, INCIDENT_ACTIONS, RESPONDERS, ROLES, WORK_CLASSES } from '../../src/sim/types.ts';
import { PAR_STRATEGIES } from '../../src/state/par.ts';
import { metricUnits } from '../../src/ui/format.ts';

/**
 * Every interface key the code can ask for must exist in every shipped locale, and every key a
 * locale holds must be asked for somewhere: a missing key shows as a raw key, an unused one rots.
 */
const flatten = (obj: unknown, prefix = ''): string[] =>
  obj && typeof obj === 'object' && !Array.isArray(obj)
    ? Object.entries(obj).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k))
    : [prefix];

// i18next plural forms live under one key: `x_one`, `x_other` are both "x".
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const uiSource = [...files('src/ui'), ...files('src/scenes'), 'src/main.ts'].map((f) => readFileSync(f, 'utf8')).join('\n');
// Facts come from the engine; reason codes from the engine and the store.
const simSource = files('src/sim').map((f) => readFileSync(f, 'utf8')).join('\n');
const storeSource = readFileSync('src/state/game.ts', 'utf8');
const matches = (source: string, re: RegExp) => [...source.matchAll(re)].map((m) => m[1]);

/** Keys written out in full: every t('…') call, and dotted strings of a known family in key lists. */
const callKeys = new Set(matches(uiSource, /\bt\(\s*'([^'$`]+)'/g));

/** Keys the code builds from data; each family lists every value it can take. */
const factTypes = new Set(matches(simSource, /emit\(ctx, '([A-Za-z0-9]+)'/g));
const reasonCodes = new Set([
  ...matches(simSource, /code: '([A-Za-z0-9]+)'/g), ...matches(simSource, /fail\('([A-Za-z0-9]+)'/g),
  ...matches(storeSource, /reason: \{ code: '([A-Za-z0-9]+)'/g),
]);
const knobs = Object.keys(BASE_MECHANISMS);
const dynamicKeys = [
  ...PRACTICES.flatMap((p) => [`practice.${p.id}.name`, `practice.${p.id}.why`]),
  ...[...new Set(PRACTICES.map((p) => p.habit))].map((h) => `habit.${h}`),
  ...knobs.map((k) => `knob.${k}`),
  ...ERAS.map((e) => `era.${e}`),
  ...['low', 'medium', 'high', 'elite'].map((b) => `band.${b}`),
  ...['deployFrequency', 'leadTime', 'changeFailureRate', 'timeToRestore'].flatMap((k) => [`dora.${k}.name`, `dora.${k}.explain`]),
  ...Object.keys(metricUnits).flatMap((m) => [`metric.${m}.name`, `metric.${m}.explain`]),
  ...[...reasonCodes].map((c) => `reason.${c}`),
  ...[...factTypes].map((f) => `fact.${f}`),
  ...['change', 'capacity', 'hardware', 'security'].map((c) => `cause.${c}`),
  ...['obvious', 'complicated', 'complex', 'chaotic'].map((c) => `cynefin.${c}`),
  ...['rollback', 'flag', 'fixForward', 'workaround', 'auto', 'scale', 'replace', 'shed', 'failover', 'pending'].map((r) => `recovery.${r}`),
  ...INCIDENT_ACTIONS.flatMap((a) => [`fight.action.${a}`, `fight.actionHint.${a}`]),
  ...RESPONDERS.flatMap((r) => [`fight.responders.${r}`, `fight.respondersHint.${r}`]),
  ...['change', 'capacity', 'hardware', 'security'].map((c) => `fight.title.${c}`),
  ...['capacity', 'hardware', 'security'].map((c) => `fight.cause.${c}`),
  ...['obvious', 'complicated', 'complex', 'chaotic'].map((c) => `fight.domainHint.${c}`),
  ...ROLES.flatMap((r) => [`role.${r}`, `roleOne.${r}`]),
  ...WORK_CLASSES.map((c) => `workClass.${c}`),
  ...['cab', 'lightweight'].map((a) => `policy.approval.${a}`),
  ...['rollback', 'fixForward'].map((r) => `policy.response.${r}`),
  ...['cadence', 'wipLimit', 'approval', 'capacitySplit', 'incidentResponse'].map((p) => `policy.name.${p}`),
  ...['beginner', 'intermediate', 'advanced'].map((l) => `level.${l}`),
  ...['tutorial', 'talk'].map((m) => `mode.${m}`),
  ...['unreadable', 'wrongFormat', 'newerVersion', 'scenarioMissing', 'replayFailed', 'versionMismatch', 'shippedId'].map((c) => `save.problem.${c}`),
  ...['kept', 'removed', 'stuck'].map((a) => `save.aside.${a}`),
  ...['error', 'warning'].map((s) => `severity.${s}`),
  ...['pathological', 'bureaucratic', 'generative'].map((c) => `culture.${c}`),
  ...['backlog', 'develop', 'review', 'integrate', 'ready', 'release', 'hotfix'].map((p) => `stage.${p}`),
  ...['adoptPractice', 'abandonPractice', 'setPolicy', 'hire', 'fire', 'chooseEventOption', 'advanceEra', 'expandMarket', 'respondIncident', 'injectEvent'].map((d) => `decision.${d}`),
  ...[...GAME_STATUSES, 'won'].map((s) => `debrief.outcome.${s}`),
  ...DIFFICULTIES.flatMap((d) => [`difficulty.${d}.name`, `difficulty.${d}.hint`]),
  ...PAR_STRATEGIES.map((p) => `strategy.${p}`),
  ...['final', 'lastThird', 'game'].map((w) => `window.${w}`),
  ...['dashboard', 'practices', 'policies', 'team', 'log'].map((tab) => `tab.${tab}`),
  ...['backlog', 'develop', 'review', 'integrate', 'test', 'approve', 'release', 'deploy', 'run'].map((c) => `board.stage.${c}`),
];

const english = new Set(flatten(resources.en.translation).map(base));
const families = new Set([...english, ...dynamicKeys].map((k) => k.split('.')[0]));
const literalKeys = new Set(matches(uiSource, /'((?:[a-z][A-Za-z0-9]*\.)+[a-z][A-Za-z0-9]*)'/g).filter((k) => families.has(k.split('.')[0])));

describe('interface translations', () => {
  it('has every key the code asks for in English', () => {
    const missing = [...new Set([...dynamicKeys, ...callKeys, ...literalKeys])].filter((k) => !english.has(k));
    expect(callKeys.size).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  it('passes a count to every key that only exists in plural forms, so no raw key reaches the screen', () => {
    const plural = new Set(flatten(resources.en.translation).filter((k) => /_(one|other)$/.test(k)).map(base));
    const bare = new Set(flatten(resources.en.translation));
    const uncounted: string[] = [];
    for (const m of uiSource.matchAll(/\bt\(\s*'([^'$`]+)'\s*(\)|,\s*\{)/g)) {
      const key = m[1]!;
      if (!plural.has(key) || bare.has(key)) continue;
      // The options object runs to its matching brace; a count must be among its keys.
      let depth = 0, end = m.index! + m[0].length - 1;
      if (m[2] === ')') { uncounted.push(key); continue; }
      for (let i = end; i < uiSource.length; i++) {
        if (uiSource[i] === '{') depth++;
        else if (uiSource[i] === '}' && --depth === 0) { end = i; break; }
      }
      if (!/\bcount\b/.test(uiSource.slice(m.index!, end))) uncounted.push(key);
    }
    expect(uncounted).toEqual([]);
  });

  it('has no English key that nothing asks for', () => {
    const asked = new Set([...dynamicKeys, ...callKeys, ...literalKeys]);
    const unused = [...english].filter((k) => !asked.has(k));
    expect(unused).toEqual([]);
  });

  for (const lng of ['zh', 'id'] as const) {
    it(`ships ${lng} with exactly the English keys`, () => {
      const keys = new Set(flatten(resources[lng].translation).map(base));
      expect([...english].filter((k) => !keys.has(k))).toEqual([]);
      expect([...keys].filter((k) => !english.has(k))).toEqual([]);
    });

    it(`has no ${lng} text left in English by mistake`, () => {
      const en = new Map(flatten(resources.en.translation).map((k) => [k, String(lookup(resources.en.translation, k))]));
      const same = flatten(resources[lng].translation).filter((k) => {
        const text = String(lookup(resources[lng].translation, k));
        // Names, units and numbers may be identical across languages; sentences may not.
        return text === en.get(k) && text.split(' ').length > 3;
      });
      expect(same).toEqual([]);
    });
  }
});

function lookup(obj: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}
