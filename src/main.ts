// The only composition root: it wires i18n, state, scenarios, UI and the Phaser board together.
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './ui/theme.css';
import './ui/layout.css';
import { htmlLang, initI18n, isLanguage, languages, pickLanguage } from './i18n/index.ts';
import { createGameStore } from './state/game.ts';
import { createSettingsStore, type Settings } from './state/settings.ts';
import { startApp } from './ui/app.ts';
import { createScenarioSource } from './ui/scenario-source.ts';
import type { i18n } from 'i18next';

const root = document.getElementById('app');
if (root) {
  const storage = safeStorage();
  const settings = createSettingsStore(storage);
  const params = new URLSearchParams(location.search);
  const urlLang = params.get('lang');
  const lang = pickLanguage([isLanguage(urlLang) ? urlLang : null, settings.getState().language, ...navigator.languages]);
  const i18n = await initI18n(lang);
  const scenarios = createScenarioSource(i18n, languages.map((l) => l.code));
  const game = createGameStore((ref) => scenarios.get(ref)?.config ?? null, storage);

  const live = { announce: (_text: string) => {} };
  const ctx = {
    i18n,
    game,
    settings,
    scenarios,
    announce: (text: string) => live.announce(text),
    mountBoard: async (container: HTMLElement) => {
      const { mountBoard } = await import('./scenes/board.ts');
      const board = await mountBoard(container, {
        getState: () => game.getState().session?.state ?? null,
        subscribe: (listener) => game.subscribe((s) => listener(s.session?.state ?? null, s.session?.lastEvents ?? [])),
        reducedMotion: () => prefersReducedMotion(settings.getState()),
        theme: () => settings.getState().theme,
      }, { t: i18n.t.bind(i18n) });
      return () => board.destroy();
    },
  };

  applySettings(settings.getState(), i18n);
  const render = startApp(root, ctx);
  const region = root.querySelector<HTMLElement>('[aria-live]');
  live.announce = (text) => {
    if (!region) return;
    // Clearing first makes a repeated message be read again.
    region.textContent = '';
    requestAnimationFrame(() => { region.textContent = text; });
  };

  scenarios.onChange(() => {
    // The scenario being played changed under the player: show its new brief rather than a stale game.
    const session = game.getState().session;
    const loaded = session && scenarios.get(session.ref);
    if (session && loaded && session.ref.kind === 'builtin') game.open(session.ref, loaded.config, session.seed);
    else render();
  });

  settings.subscribe(async (s) => {
    if (s.language && s.language !== i18n.language) await i18n.changeLanguage(s.language);
    applySettings(s, i18n);
    render();
  });

  const requested = params.get('scenario');
  if (requested && !game.getState().session) {
    const ref = { kind: 'builtin' as const, id: requested };
    const loaded = scenarios.get(ref);
    if (loaded) game.open(ref, loaded.config, Number(params.get('seed')) || loaded.config.seed);
  } else if (game.hasSave()) {
    game.resume();
  }
}

function applySettings(s: Settings, i18n: i18n): void {
  const html = document.documentElement;
  html.lang = htmlLang(i18n.language);
  html.dataset.theme = s.theme;
  html.dataset.reducedMotion = s.reducedMotion;
  document.title = i18n.t('app.title');
}

function prefersReducedMotion(s: Settings): boolean {
  if (s.reducedMotion !== 'system') return s.reducedMotion === 'on';
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function safeStorage(): Storage | undefined {
  try {
    const probe = '__devops-journey__';
    localStorage.setItem(probe, probe);
    localStorage.removeItem(probe);
    return localStorage;
  } catch {
    return undefined;
  }
}
