import { createStore } from 'zustand/vanilla';

export type Theme = 'default' | 'projector';

export interface Settings {
  language: string | null;
  theme: Theme;
  reducedMotion: 'system' | 'on' | 'off';
  /** In an iframe, send clicker keys on to the host deck even after the game was clicked. */
  forwardClickerKeys: boolean;
}

export const defaultSettings: Settings = {
  language: null,
  theme: 'default',
  reducedMotion: 'system',
  forwardClickerKeys: false,
};

const storageKey = 'devops-journey:settings';

/** Settings survive a reload; anything unreadable falls back field by field to the defaults. */
export function readSettings(storage: Pick<Storage, 'getItem'> | undefined): Settings {
  let raw: unknown;
  try {
    raw = JSON.parse(storage?.getItem(storageKey) ?? 'null');
  } catch {
    return { ...defaultSettings };
  }
  if (!raw || typeof raw !== 'object') return { ...defaultSettings };
  const r = raw as Record<string, unknown>;
  return {
    language: typeof r.language === 'string' ? r.language : defaultSettings.language,
    theme: r.theme === 'projector' ? 'projector' : 'default',
    reducedMotion: r.reducedMotion === 'on' || r.reducedMotion === 'off' ? r.reducedMotion : 'system',
    forwardClickerKeys: r.forwardClickerKeys === true,
  };
}

export function createSettingsStore(storage: Storage | undefined) {
  const store = createStore<Settings>(() => readSettings(storage));
  store.subscribe((settings) => {
    try {
      storage?.setItem(storageKey, JSON.stringify(settings));
    } catch {
      // A full or blocked storage (private mode) must not stop the game; settings then last one visit.
    }
  });
  return store;
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
