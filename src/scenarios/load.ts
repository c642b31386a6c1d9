// The one way in for a scenario, in the browser and in the CLI alike: files in, either a scenario
// ready for the engine or every problem found, each with file, line and column. Never throws.
import { BUILTIN_EVENTS } from '../sim/index.ts';
import type { z } from 'zod';
import type { Command, MetricKey, ScenarioConfig } from '../sim/types.ts';
import { sortErrors, type ScenarioError } from './errors.ts';
import { readLocale, type LocaleTexts } from './locales.ts';
import { checkReferences } from './references.ts';
import { scenarioSchema, type ParsedScenario, type PlayInput } from './schema.ts';
import { keyOf, resolveTexts } from './texts.ts';
import { toCommand, toEngineConfig } from './to-engine.ts';
import { repairAndParse } from './repair.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';
import { explainIssues } from './zod-messages.ts';

export type { ScenarioError } from './errors.ts';
export { formatError } from './errors.ts';

export interface ScenarioFile {
  /** As the trainer should see it in messages, e.g. "scenarios/mooc-launch-day/locales/zh.yaml". */
  path: string;
  text: string;
}

/** What is on screen at a step of a talk or tutorial. */
export type PointAt = { metric: MetricKey } | { system: string } | { practice: string } | { area: string };

export interface LoadedStep {
  id: string;
  /** Text key (see LoadedScenario.texts). */
  text: string;
  point?: PointAt;
  /** Commands to apply, in order, when the step starts. */
  do: Command[];
  /** Tutorial: the command the player must make before the step is done. */
  expect?: Command;
  /** Turns to advance after `do`. */
  advance: number;
  /** A decision the audience may vote on while the step is on screen (see steps.ts). Texts are keys. */
  vote?: LoadedVote;
}

export interface LoadedVote {
  question: string;
  /** The first is the default, taken when nobody votes. */
  options: { id: string; label: string; do: Command[] }[];
}

export interface LoadedScenario {
  id: string;
  /** Everything the engine needs: pass it to createGame. */
  config: ScenarioConfig;
  meta: {
    /** Text keys. */
    title: string;
    brief: string;
    level: 'beginner' | 'intermediate' | 'advanced';
    mode: 'game' | 'talk' | 'tutorial';
    turns: number;
    turnDays: number;
    startYear: number;
    /** How long a session takes: the scenario's own figure, or about two minutes a turn and ten for the brief and debrief. */
    minutes: number;
    /** The language every text exists in. */
    language: string;
    /** All languages with texts, the main one first. */
    languages: string[];
  };
  /** texts[lang][key]; every key below exists in texts[meta.language]. Plain text, never HTML. */
  texts: Record<string, Record<string, string>>;
  /** Text keys of every event the scenario can raise (built in or its own). */
  events: Record<string, { title: string; text: string; options: Record<string, string> }>;
  /** Text keys of system names, for the systems that have one. */
  systemNames: Record<string, string>;
  goals: { id: string; text: string; metric: MetricKey; atLeast?: number; atMost?: number; over: 'final' | 'lastThird' | 'game' }[];
  /** Text keys of the debrief questions. */
  debrief: string[];
  steps: LoadedStep[];
  /** Scripted ways of playing, for the balance report. */
  plays: PlayInput[];
  /** What the scenario teaches; `text` is a text key. */
  /** Text key of what changed in the world, by the turn its act opens. */
  actTexts: Record<number, string>;
  lessons: { id: string; text: string; better: string; worse: string; metric: MetricKey; over: 'final' | 'lastThird' | 'game'; expect: 'lower' | 'higher' }[];
}

export type LoadResult = { ok: true; scenario: LoadedScenario; warnings: ScenarioError[] } | { ok: false; errors: ScenarioError[] };

/** A text in the player's language, falling back to the scenario's main language, then to the key itself. */
/** About two minutes a turn, and ten for the brief and the debrief (see docs/authoring.md). */
export function sessionMinutes(turns: number): number {
  return 10 + 2 * turns;
}

export function textOf(s: LoadedScenario, lang: string, key: string): string {
  const from = (l: string) => (Object.hasOwn(s.texts, l) && Object.hasOwn(s.texts[l], key) ? s.texts[l][key] : undefined);
  return from(lang) ?? from(s.meta.language) ?? key;
}

const isScenarioFile = (p: string) => /(?:^|[\\/])scenario\.ya?ml$/.test(p);
// A dropped file may come without its folder: "zh.yaml" is as good as "locales/zh.yaml".
const localeLang = (p: string) => /(?:^|[\\/])(?:locales[\\/])?([^\\/]+)\.ya?ml$/.exec(p)?.[1];

/**
 * Validates and loads one scenario from its files: one scenario.yaml and any locales/<lang>.yaml.
 * On success, `warnings` lists what is suspicious but playable.
 */
export function loadScenario(files: readonly ScenarioFile[]): LoadResult {
  try {
    return load(files);
  } catch (e) {
    // A bug of ours must still not show a trainer a stack trace, nor half-start a game.
    const file = files.find((f) => isScenarioFile(f.path))?.path ?? files[0]?.path ?? 'scenario.yaml';
    return { ok: false, errors: [{ file, line: 0, column: 0, message: `internal error while checking the scenario (please report it): ${e instanceof Error ? e.message : String(e)}`, severity: 'error' }] };
  }
}

function load(files: readonly ScenarioFile[]): LoadResult {
  const errors: ScenarioError[] = [];
  const mains = files.filter((f) => isScenarioFile(f.path));
  if (mains.length !== 1) {
    const message = mains.length === 0 ? 'no scenario.yaml among the files; a scenario is a folder with scenario.yaml and locales/<lang>.yaml' : `${mains.length} scenario.yaml files given; load one scenario at a time`;
    return { ok: false, errors: [{ file: mains[1]?.path ?? files[0]?.path ?? 'scenario.yaml', line: 0, column: 0, message, severity: 'error' }] };
  }
  const source = parseYaml(mains[0].path, mains[0].text);
  errors.push(...source.errors);

  const locales: LocaleTexts[] = [];
  for (const f of files) {
    if (f === mains[0]) continue;
    const lang = localeLang(f.path);
    if (!lang || !/^[a-z]{2,3}(?:-[A-Za-z0-9]+)?$/.test(lang)) {
      errors.push({ file: f.path, line: 0, column: 0, message: 'not a scenario file: locale files are named locales/<language code>.yaml, like locales/en.yaml', severity: 'error' });
      continue;
    }
    const localeSource = parseYaml(f.path, f.text);
    errors.push(...localeSource.errors);
    const { locale, errors: localeErrors } = readLocale(lang, localeSource);
    errors.push(...localeErrors);
    locales.push(locale);
  }
  if (source.errors.length > 0) return { ok: false, errors: sortErrors(errors) };

  const parsed = scenarioSchema.safeParse(source.data ?? {});
  if (parsed.success) {
    const s = parsed.data;
    const events = eventKeys(s);
    const checked = crossCheck(s, source, locales, events);
    errors.push(...checked.errors);
    if (errors.some((e) => e.severity === 'error')) return { ok: false, errors: sortErrors(errors) };
    return { ok: true, scenario: assemble(s, checked.texts, events), warnings: sortErrors(errors) };
  }
  for (const m of explainIssues(scenarioSchema, parsed.error.issues, source.data)) {
    errors.push({ file: source.file, ...source.at(m.path, m.onKey), message: m.message, severity: 'error' });
  }
  // Cross-references of the parts the schema accepted, so the trainer sees every problem in one run.
  const repaired = repairAndParse(scenarioSchema, source.data, OPTIONAL_SECTIONS, placeholder);
  if (repaired) {
    const mapped: YamlSource = { ...source, at: (path, onKey) => source.at(repaired.toOriginal(path), onKey) };
    // Findings that name a cut item, or sit where the schema already complained, only echo that error.
    const taken = new Set(errors.map((e) => `${e.line}:${e.column}`));
    const echoes = (message: string) => [...message.matchAll(/'([^']*)'/g)].some((m) => repaired.removedIds.has(m[1]));
    const found = crossCheck(repaired.data, mapped, locales, eventKeys(repaired.data)).errors.filter(
      (e) => e.severity === 'error' && !echoes(e.message) && !taken.has(`${e.line}:${e.column}`),
    );
    errors.push(...found);
  }
  return { ok: false, errors: sortErrors(errors) };
}

const OPTIONAL_SECTIONS: ReadonlySet<string> = new Set(
  Object.entries(scenarioSchema.shape).flatMap(([k, v]) => (v.safeParse(undefined).success ? [k] : [])),
);

/** A value the schema accepts for a required top-level field, or undefined when there is none. */
function placeholder(field: string): unknown {
  const fieldSchema = (scenarioSchema.shape as Record<string, z.ZodType>)[field];
  if (!fieldSchema) return undefined;
  const def = fieldSchema._zod.def as { type: string; entries?: Record<string, string> };
  const candidates: unknown[] = [...Object.values(def.entries ?? {}), 1, 1995, 'placeholder', { en: '' }, { developers: 1 }];
  return candidates.find((c) => fieldSchema.safeParse(c).success);
}

function crossCheck(s: ParsedScenario, source: YamlSource, locales: LocaleTexts[], events: LoadedScenario['events']) {
  const errors = checkReferences(s, source);
  if (!locales.some((l) => l.lang === s.language) && locales.length > 0) {
    errors.push({ file: source.file, ...source.at(['language']), message: `there is no locales/${s.language}.yaml, but ${s.language} is the scenario's main language`, severity: 'error' });
  }
  const resolved = resolveTexts(s, source, locales, builtinKeys(s, events));
  errors.push(...resolved.errors);
  return { errors, texts: resolved.texts };
}

function builtinKeys(s: ParsedScenario, events: LoadedScenario['events']): string[] {
  const defined = new Set(s.events.defined.map((d) => d.id));
  return Object.entries(events)
    .filter(([id]) => !defined.has(id))
    .flatMap(([, e]) => [e.title, e.text, ...Object.values(e.options)]);
}

/** Text keys of every event the scenario can raise, built in or its own. */
export function eventKeys(s: ParsedScenario): LoadedScenario['events'] {
  const out: LoadedScenario['events'] = {};
  // The engine raises a postmortem after a major incident in every scenario.
  const ids = new Set(['postmortem', ...s.events.random, ...s.events.scheduled.map((x) => x.event), ...s.steps.flatMap((st) => [...st.do, ...(st.expect ? [st.expect] : []), ...(st.vote?.options.flatMap((o) => o.do) ?? [])].flatMap((c) => ('choose' in c ? [c.choose.event] : [])))]);
  const index = new Map<string, number>();
  // The first definition wins, as findIndex would have it; the checker reports the duplicate.
  s.events.defined.forEach((d, i) => { if (!index.has(d.id)) index.set(d.id, i); });
  for (const id of ids) {
    const own = index.get(id) ?? -1;
    if (own >= 0) {
      const d = s.events.defined[own];
      const base = ['events', 'defined', own];
      out[id] = {
        title: keyOf([...base, 'title'], d.title),
        text: keyOf([...base, 'text'], d.text),
        options: Object.fromEntries(d.options.map((o, j) => [o.id, keyOf([...base, 'options', j, 'text'], o.text)])),
      };
    } else {
      const builtin = BUILTIN_EVENTS.find((e) => e.id === id);
      if (!builtin) continue;
      out[id] = { title: `events.${id}.title`, text: `events.${id}.text`, options: Object.fromEntries(builtin.options.map((o) => [o.id, `events.${id}.options.${o.id}`])) };
    }
  }
  return out;
}

function assemble(s: ParsedScenario, texts: LoadedScenario['texts'], events: LoadedScenario['events']): LoadedScenario {
  const languages = [s.language, ...Object.keys(texts).filter((l) => l !== s.language).sort()];
  return {
    id: s.id,
    config: toEngineConfig(s),
    meta: {
      title: keyOf(['title'], s.title),
      brief: keyOf(['brief'], s.brief),
      level: s.level,
      mode: s.mode,
      turns: s.turns,
      turnDays: s.turnDays,
      startYear: s.startYear,
      minutes: s.minutes ?? sessionMinutes(s.turns),
      language: s.language,
      languages,
    },
    texts,
    events,
    systemNames: Object.fromEntries(s.systems.flatMap((sys, i) => (sys.name === undefined ? [] : [[sys.id, keyOf(['systems', i, 'name'], sys.name)]]))),
    goals: s.goals.map((g, i) => ({
      id: g.id,
      text: keyOf(['goals', i, 'text'], g.text),
      metric: g.metric,
      over: g.over,
      ...(g.atLeast === undefined ? {} : { atLeast: g.atLeast }),
      ...(g.atMost === undefined ? {} : { atMost: g.atMost }),
    })),
    debrief: s.debrief.map((d, i) => keyOf(['debrief', i], d)),
    steps: s.steps.map((st, i) => ({
      id: st.id,
      text: keyOf(['steps', i, 'text'], st.text),
      ...(st.point ? { point: st.point } : {}),
      do: st.do.map(toCommand),
      ...(st.expect ? { expect: toCommand(st.expect) } : {}),
      advance: st.advance,
      ...(st.vote ? { vote: {
        question: keyOf(['steps', i, 'vote', 'question'], st.vote.question),
        options: st.vote.options.map((o, j) => ({ id: o.id, label: keyOf(['steps', i, 'vote', 'options', j, 'label'], o.label), do: o.do.map(toCommand) })),
      } } : {}),
    })),
    plays: structuredClone(s.plays),
    lessons: s.lessons.map((l, i) => ({ ...l, text: keyOf(['lessons', i, 'text'], l.text) })),
    actTexts: Object.fromEntries(s.acts.flatMap((a, i) => (a.text === undefined ? [] : [[a.turn, keyOf(['acts', i, 'text'], a.text)]]))),
  };
}
