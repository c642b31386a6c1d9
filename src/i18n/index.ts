import i18next, { type i18n } from 'i18next';
import en from './locales/en.json';

export const defaultLanguage = 'en';
export const resources = { en: { translation: en } } as const;

/** Starts i18next once; every user-visible string goes through the instance it returns. */
export async function initI18n(lng: string = defaultLanguage): Promise<i18n> {
  if (!i18next.isInitialized) {
    await i18next.init({
      lng,
      fallbackLng: defaultLanguage,
      resources,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return i18next;
}
