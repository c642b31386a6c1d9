import i18next, { type i18n, type TFunction } from 'i18next';
import en from './locales/en.json';
import id from './locales/id.json';
import zh from './locales/zh.json';

export type Language = 'en' | 'zh' | 'id';

/** Shipped interface languages, each named in its own language so a lost user can find theirs. */
export const languages: readonly { code: Language; nativeName: string; htmlLang: string }[] = [
  { code: 'en', nativeName: 'English', htmlLang: 'en' },
  { code: 'zh', nativeName: '简体中文', htmlLang: 'zh-Hans' },
  { code: 'id', nativeName: 'Bahasa Indonesia', htmlLang: 'id' },
];

export const defaultLanguage: Language = 'en';
export const resources = { en: { translation: en }, zh: { translation: zh }, id: { translation: id } } as const;

export function isLanguage(value: unknown): value is Language {
  return languages.some((l) => l.code === value);
}

/** The first supported language among the candidates, matching on the primary subtag ("zh-CN" → zh). */
export function pickLanguage(candidates: readonly (string | null | undefined)[]): Language {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const primary = candidate.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return defaultLanguage;
}

export function htmlLang(lng: string): string {
  return languages.find((l) => l.code === lng)?.htmlLang ?? lng;
}

/** Starts i18next once; every user-visible string goes through the instance it returns. */
export async function initI18n(lng: Language = defaultLanguage): Promise<i18n> {
  if (!i18next.isInitialized) {
    await i18next.init({
      lng,
      // Shipped locales are complete (a unit test checks it), so a fallback would only hide a missing key.
      fallbackLng: false,
      supportedLngs: languages.map((l) => l.code),
      resources,
      interpolation: { escapeValue: false },
      returnNull: false,
      returnEmptyString: false,
    });
  } else if (i18next.language !== lng) {
    await i18next.changeLanguage(lng);
  }
  return i18next;
}

export type { TFunction };
