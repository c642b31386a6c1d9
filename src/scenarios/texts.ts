import type { ScenarioError } from './errors.ts';
import { BUILTIN_EVENT_TEXTS } from './event-texts.ts';
import type { LocaleTexts } from './locales.ts';
import { TEMPLATE_MARKS, TEXT_KIND_NAMES, TEXT_LIMITS, textKind } from './text-limits.ts';
import type { ParsedScenario, TextRef } from './schema.ts';
import type { PathKey, YamlSource } from './yaml-source.ts';

/** Every text field of a scenario, with where it is written. */
export function textFields(s: ParsedScenario): { path: PathKey[]; ref: TextRef }[] {
  const out: { path: PathKey[]; ref: TextRef }[] = [
    { path: ['title'], ref: s.title },
    { path: ['brief'], ref: s.brief },
  ];
  s.systems.forEach((sys, i) => sys.name !== undefined && out.push({ path: ['systems', i, 'name'], ref: sys.name }));
  s.events.defined.forEach((d, i) => {
    out.push({ path: ['events', 'defined', i, 'title'], ref: d.title }, { path: ['events', 'defined', i, 'text'], ref: d.text });
    d.options.forEach((o, j) => out.push({ path: ['events', 'defined', i, 'options', j, 'text'], ref: o.text }));
  });
  s.goals.forEach((g, i) => out.push({ path: ['goals', i, 'text'], ref: g.text }));
  s.debrief.forEach((d, i) => out.push({ path: ['debrief', i], ref: d }));
  s.steps.forEach((st, i) => {
    out.push({ path: ['steps', i, 'text'], ref: st.text });
    if (!st.vote) return;
    out.push({ path: ['steps', i, 'vote', 'question'], ref: st.vote.question });
    st.vote.options.forEach((o, j) => out.push({ path: ['steps', i, 'vote', 'options', j, 'label'], ref: o.label }));
  });
  s.lessons.forEach((l, i) => out.push({ path: ['lessons', i, 'text'], ref: l.text }));
  s.acts.forEach((a, i) => a.text !== undefined && out.push({ path: ['acts', i, 'text'], ref: a.text }));
  return out;
}

/** The key a text field is known by in LoadedScenario.texts; inline texts get one made from their path. */
export function keyOf(path: readonly PathKey[], ref: TextRef): string {
  return typeof ref === 'string' ? ref : `~${path.join('.')}`;
}

/**
 * Builds the texts per language (built-in event texts, then the scenario's locale files, then inline
 * texts) and reports keys missing from a language, inline texts without the main language, and
 * locale keys nothing uses.
 */
export function resolveTexts(
  s: ParsedScenario,
  source: YamlSource,
  locales: LocaleTexts[],
  eventKeysUsed: string[],
): { texts: Record<string, Record<string, string>>; errors: ScenarioError[] } {
  const errors: ScenarioError[] = [];
  const main = s.language;
  const fields = textFields(s);
  // A language is offered when it has a locale file or inline texts; then every text must exist in it.
  const inlineLangs = fields.flatMap(({ ref }) => (typeof ref === 'string' ? [] : Object.keys(ref)));
  const languages = [...new Set([main, ...locales.map((l) => l.lang), ...inlineLangs])];
  const texts: Record<string, Record<string, string>> = Object.create(null);
  for (const lang of languages) {
    // No prototype: "__proto__" from a locale file is a key like any other, not a setter.
    texts[lang] = Object.assign(Object.create(null) as Record<string, string>, BUILTIN_EVENT_TEXTS[lang] ?? {});
    for (const l of locales) if (l.lang === lang) Object.assign(texts[lang], l.texts);
  }
  const used = new Set<string>(eventKeysUsed);
  const hasFile = (lang: string) => locales.some((l) => l.lang === lang);
  const localeFile = (lang: string) => locales.find((l) => l.lang === lang)?.file ?? `locales/${lang}.yaml`;
  const missing = (lang: string) => (lang === main ? '' : ' (a missing translation)');

  // Texts written as keys with no locale file of the main language at all: the file was left behind.
  const keyed = fields.filter(({ ref }) => typeof ref === 'string').map(({ ref }) => ref as string);
  const fileMissing = !hasFile(main) && keyed.some((k) => !Object.hasOwn(texts[main], k));
  if (fileMissing) {
    const file = `${source.file.replace(/scenario\.ya?ml$/, '')}locales/${main}.yaml`;
    const shown = keyed.slice(0, 3).map((k) => `'${k}'`).join(', ') + (keyed.length > 3 ? ` and ${keyed.length - 3} more` : '');
    errors.push({ file: source.file, line: 0, column: 0, message: `${file} is missing: the scenario's texts (${shown}) are keys that live in it; load it together with scenario.yaml (pick or drop every file of the folder), or write each text inline as { ${main}: "…" }`, severity: 'error' });
  }

  for (const { path, ref } of fields) {
    const at = source.at(path);
    if (typeof ref === 'string') {
      used.add(ref);
      if (fileMissing) continue;
      for (const lang of languages) {
        if (Object.hasOwn(texts[lang], ref)) continue;
        const where = hasFile(lang) ? localeFile(lang) : `${localeFile(lang)}, which does not exist yet`;
        const hint = lang === main && !hasFile(lang) ? `; add it with "${ref}: …", or write the text inline as { ${main}: "…" }` : '';
        errors.push({ file: source.file, ...at, message: `text key '${ref}' is missing from ${where}${missing(lang)}${hint}`, severity: 'error' });
      }
    } else {
      const key = keyOf(path, ref);
      for (const lang of languages) {
        if (ref[lang] !== undefined) texts[lang][key] = ref[lang];
        else errors.push({ file: source.file, ...at, message: `this text has no ${lang} version${missing(lang)}; write it as ${lang}: "…" next to the others`, severity: 'error' });
      }
    }
  }
  errors.push(...checkWords(fields, texts, languages, locales, source));
  // Built-in event texts of the events this scenario uses must exist in every language it offers.
  for (const key of eventKeysUsed) {
    for (const lang of languages) {
      if (!Object.hasOwn(texts[lang], key)) {
        const file = hasFile(lang) ? localeFile(lang) : source.file;
        errors.push({ file, line: 1, column: 1, message: `text key '${key}' is missing from ${localeFile(lang)} (a missing translation of a built-in event)`, severity: 'error' });
      }
    }
  }
  for (const l of locales) {
    for (const key of Object.keys(l.texts)) {
      if (!used.has(key)) {
        errors.push({ file: l.file, ...l.source.at(l.paths[key] ?? [], true), message: `text key '${key}' is not used by the scenario`, severity: 'warning' });
      }
    }
  }
  return { texts, errors };
}

/**
 * Each text within the length its place on screen allows, in every language; and a warning for
 * what looks like a template, since the game shows a scenario's texts exactly as written.
 */
function checkWords(
  fields: { path: PathKey[]; ref: TextRef }[],
  texts: Record<string, Record<string, string>>,
  languages: string[],
  locales: LocaleTexts[],
  source: YamlSource,
): ScenarioError[] {
  const errors: ScenarioError[] = [];
  const seen = new Set<string>();
  for (const { path, ref } of fields) {
    const key = keyOf(path, ref);
    const kind = textKind(path);
    for (const lang of languages) {
      const text = Object.hasOwn(texts[lang], key) ? texts[lang][key] : undefined;
      if (text === undefined || seen.has(`${lang}\0${key}\0${kind}`)) continue;
      seen.add(`${lang}\0${key}\0${kind}`);
      // Where the words are written: the locale file's line for a key, the scenario's for inline text.
      const locale = typeof ref === 'string' ? locales.find((l) => l.lang === lang && Object.hasOwn(l.paths, ref)) : undefined;
      const where = locale ? { file: locale.file, ...locale.source.at(locale.paths[ref as string]) } : { file: source.file, ...source.at(path) };
      const length = [...text].length;
      if (length > TEXT_LIMITS[kind]) {
        errors.push({ ...where, severity: 'error', message: `this ${lang} text is ${length} characters long; ${TEXT_KIND_NAMES[kind]} may have at most ${TEXT_LIMITS[kind]}, to fit on screen` });
      }
      const mark = TEMPLATE_MARKS.exec(text)?.[0];
      if (mark) {
        errors.push({ ...where, severity: 'warning', message: `this ${lang} text contains "${mark}", which is shown exactly as written: scenario texts have no placeholders and cannot include other texts` });
      }
    }
  }
  return errors;
}
