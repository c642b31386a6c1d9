// The text keys a scenario uses that a language lacks, with the main language's text to translate
// from: what `npm run scenario -- check --write-missing-keys` adds to the locale files.
import { BUILTIN_EVENTS } from '../sim/index.ts';
import { BUILTIN_EVENT_TEXTS } from './event-texts.ts';
import { eventKeys, type ScenarioFile } from './load.ts';
import { readLocale } from './locales.ts';
import { scenarioSchema } from './schema.ts';
import { textFields } from './texts.ts';
import { parseYaml } from './yaml-source.ts';

/** What a text still to be translated starts with; the trainer searches for it. */
export const TRANSLATE_MARK = 'TODO translate:';
/** A text the main language lacks: the trainer has to write it. */
export const WRITE_MARK = 'TODO write this text';

export interface MissingKeys { lang: string; keys: { key: string; text: string }[] }

/**
 * Per language the scenario offers, the keys it uses and lacks, each with its placeholder text.
 * Undefined when scenario.yaml does not parse or fit the schema: fix what check reports first.
 */
export function missingKeys(files: readonly ScenarioFile[]): MissingKeys[] | undefined {
  const main = files.find((f) => /(?:^|[\\/])scenario\.ya?ml$/.test(f.path));
  if (!main) return undefined;
  const source = parseYaml(main.path, main.text);
  const parsed = scenarioSchema.safeParse(source.data ?? {});
  if (source.errors.length > 0 || !parsed.success) return undefined;
  const s = parsed.data;
  const locales = files.filter((f) => f !== main).map((f) => {
    const lang = /([^\\/]+)\.ya?ml$/.exec(f.path)?.[1] ?? '';
    return readLocale(lang, parseYaml(f.path, f.text)).locale;
  });
  const textsOf = (lang: string) => ({ ...(BUILTIN_EVENT_TEXTS[lang] ?? {}), ...Object.assign({}, ...locales.filter((l) => l.lang === lang).map((l) => l.texts)) as Record<string, string> });
  const own = new Set(s.events.defined.map((d) => d.id));
  const builtin = Object.entries(eventKeys(s)).filter(([id]) => !own.has(id) && BUILTIN_EVENTS.some((e) => e.id === id))
    .flatMap(([, e]) => [e.title, e.text, ...Object.values(e.options)]);
  const used = [...new Set([...textFields(s).flatMap(({ ref }) => (typeof ref === 'string' ? [ref] : [])), ...builtin])];
  const languages = [...new Set([s.language, ...locales.map((l) => l.lang)])];
  const mainTexts = textsOf(s.language);
  return languages.map((lang) => {
    const have = textsOf(lang);
    const keys = used.filter((k) => !Object.hasOwn(have, k)).map((key) => ({
      key,
      text: lang === s.language || mainTexts[key] === undefined ? WRITE_MARK : `${TRANSLATE_MARK} ${mainTexts[key]}`,
    }));
    return { lang, keys };
  }).filter((m) => m.keys.length > 0);
}
