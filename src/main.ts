// The only composition root: it wires i18n, state, scenarios, UI and the Phaser board together.
import './scenarios/no-eval.ts';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './ui/theme.css';
import './ui/layout.css';
import './ui/presenter.css';
import { createBridge } from './embed/bridge.ts';
import { allowedOrigins, readOrigins } from './embed/origins.ts';
import { connectCompanion, stateAt, type Companion } from './embed/companion.ts';
import { connectStill } from './embed/still.ts';
import { focusPolicy, forwardClickerKeys } from './embed/keys.ts';
import { createStepper } from './embed/stepper.ts';
import { isEmbedded, parseEmbedParams, type EmbedParams } from './embed/url.ts';
import { htmlLang, initI18n, pickLanguage } from './i18n/index.ts';
import { textOf, type LoadedScenario } from './scenarios/load.ts';
import { stepIndex } from './scenarios/steps.ts';
import { createGameStore } from './state/game.ts';
import type { ScenarioRef } from './state/save.ts';
import { createSettingsStore, type Settings, type Theme } from './state/settings.ts';
import { workshopLink } from './ui/room/link.ts';
import { createScenarioSource } from './ui/scenario-source.ts';
import type { i18n } from 'i18next';

const root = document.getElementById('app');
if (root) {
  registerServiceWorker();
  const embed = parseEmbedParams(location.search);
  const embedded = isEmbedded();
  // Listening starts before anything is awaited, so a host's first commands are queued, not lost.
  const bridge = createBridge({ self: window, origins: allowedOrigins(buildOrigins(), embed.origins) });
  const mayMoveFocus = focusPolicy(window, embedded);
  const storage = safeStorage();
  const settings = createSettingsStore(storage);
  if (embed.forwardKeys !== undefined) settings.setState({ forwardClickerKeys: embed.forwardKeys });
  forwardClickerKeys(window, bridge, () => embedded && settings.getState().forwardClickerKeys);
  const lang = pickLanguage([embed.lang, settings.getState().language, ...navigator.languages]);
  const i18n = await initI18n(lang);
  const scenarios = createScenarioSource();
  // A shared scenario travels in the link's #share=…; it goes through the same validator as a file.
  const shared = location.hash.startsWith('#share=') ? scenarios.openLink(location.hash) : null;
  const requestedRef: ScenarioRef | null = shared ?? (embed.scenario ? { kind: 'builtin', id: embed.scenario } : null);
  const requested = requestedRef ? scenarios.get(requestedRef) : null;
  if (embed.scenario && !requested) console.warn(`DevOps Journey: there is no scenario ${JSON.stringify(embed.scenario)}.`);
  const mode = requested ? embed.mode : 'play';
  // A trainer's preview link: the board at a turn, reached by a play, maybe with an event's dialog open.
  const preview = Boolean(requested) && mode === 'play' && !embedded &&
    (embed.play !== undefined || embed.event !== undefined || (embed.turn !== undefined && embed.step === undefined));
  // A talk, a poster or a preview never touches the player's save; only the full game keeps one.
  const game = createGameStore((ref) => (ref.kind === 'file' && scenarios.isShipped(ref.id)
    ? { code: 'shippedId', params: { id: ref.id } }
    : scenarios.get(ref)?.config ?? null), mode === 'play' && !preview ? storage : undefined);
  // The link's theme holds for this visit (a presenter defaults to the projector) until the viewer picks one.
  let linkTheme: Theme | undefined = embed.theme ?? (mode === 'present' ? 'projector' : undefined);
  const theme = () => linkTheme ?? settings.getState().theme;

  const live = { announce: (_text: string) => {} };
  const ctx = {
    i18n,
    game,
    settings,
    scenarios,
    announce: (text: string) => live.announce(text),
    mountBoard: async (container: HTMLElement) => {
      const { mountBoard } = await import('./scenes/board.ts');
      // The presenter's board is read across a room: labels of at least 14 px in a 1280×720 frame,
      // scaled with the frame; and drawn at twice the density in a deck, which may scale it up.
      // The game's own board never writes under 12 px.
      // (The same scale as presenter.css's --f, which lays an upright frame out 560 wide.)
      const frame = () => Math.min(innerWidth / (innerWidth < innerHeight ? 560 : 1280), innerHeight / 720);
      const presenting = requested !== null && mode === 'present';
      const board = await mountBoard(container, {
        getState: () => game.getState().session?.state ?? null,
        subscribe: (listener) => game.subscribe((s) => listener(s.session?.state ?? null, s.session?.lastEvents ?? [])),
        reducedMotion: () => prefersReducedMotion(settings.getState()),
        theme,
        systemName: (id) => {
          const session = game.getState().session;
          const loaded = session && scenarios.get(session.ref);
          const key = loaded?.systemNames[id];
          return key ? textOf(loaded, i18n.language, key) : id;
        },
      }, {
        t: i18n.t.bind(i18n),
        ratio: () => (presenting && embedded ? Math.max(2, devicePixelRatio) : devicePixelRatio),
        // A phone holds the board at arm's length; a laptop's board is read from further away.
        minFont: () => (presenting ? 14 * frame() : window.innerWidth >= 1024 ? 14 : 12),
      });
      return () => board.destroy();
    },
  };

  applySettings(settings.getState(), i18n, theme());
  /** A change of language, theme or motion reaches the page at once, whatever screen draws it. */
  const followSettings = (redraw: () => void) => settings.subscribe(async (s, before) => {
    // The viewer's own pick of theme overrides the link's from then on.
    if (s.theme !== before.theme) linkTheme = undefined;
    if (s.language && s.language !== i18n.language) await i18n.changeLanguage(s.language);
    applySettings(s, i18n, theme());
    redraw();
  });
  const position = requested ? startPosition(requested, embed) : 0;
  const seed = embed.seed ?? requested?.config.seed ?? 0;
  const choices = embed.choices ?? {};

  // A workshop link (?join, ?workshop) opens the room screens instead of the solo game.
  const workshop = embedded ? null : workshopLink(location.search);
  if (workshop) {
    const { startWorkshop } = await import('./ui/room/start.ts');
    followSettings(startWorkshop(root, ctx, workshop));
  } else if (requested && mode === 'poster') {
    const { renderPoster } = await import('./ui/screens/poster.ts');
    let shown = { step: position, state: stateAt(requested, position, seed, choices) };
    const draw = () => renderPoster(root, i18n, { scenario: requested, ...shown, steps: requested.steps.length || requested.config.turns });
    followSettings(draw);
    draw();
    connectStill({
      bridge, scenario: requested, seed, position, choices, settings, language: () => i18n.language,
      show: (step, state) => { shown = { step, state }; draw(); },
    });
  } else {
    const { startApp } = await import('./ui/app.ts');
    const { startPresenter } = await import('./ui/screens/presenter.ts');
    const stepper = requested && requestedRef ? createStepper(game, requested, requestedRef, seed, choices) : null;
    let render: () => void;
    if (stepper && mode === 'present') {
      stepper.goto(position);
      // A talk with votes offers them when its own server holds rooms (src/ui/room/vote-host.ts asks).
      const vote = requestedRef?.kind === 'builtin' && requested!.steps.some((st) => st.vote)
        ? (await import('./ui/room/vote-host.ts')).createVoteHost(stepper, (e) => bridge.post({ type: 'vote', ...e }))
        : undefined;
      render = startPresenter(root, ctx, stepper, { embedded, controls: embed.controls ?? true, vote });
    } else {
      render = startApp(root, ctx, { mayMoveFocus });
    }
    // The app's own live region is a child of the root; a screen's (the title's file problems) sits deeper and goes away.
    const region = root.querySelector<HTMLElement>(':scope > [aria-live]');
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
      if (session && loaded && session.ref.kind === 'builtin' && mode === 'play') game.open(session.ref, loaded.config, session.seed);
      else render();
    });

    let companion: Companion | null = null;
    followSettings(() => {
      render();
      companion?.languageChanged();
    });

    if (stepper && mode === 'play') {
      if (preview) {
        const { previewSession } = await import('./embed/preview.ts');
        const { session, warnings } = previewSession(requested!, requestedRef!, seed, { turn: embed.turn, play: embed.play, event: embed.event });
        for (const w of warnings) console.warn(`DevOps Journey: ${w}.`);
        if (session) game.setState({ screen: session.state.status === 'running' ? 'board' : 'debrief', session });
        if (embed.event !== undefined) void import('./ui/preview-dialog.ts').then((m) => m.openPendingDialog(ctx));
      // A deep link with a step, or any link in a deck, opens on the board: a brief would take focus.
      } else if (embed.step !== undefined || embed.turn !== undefined || embedded) stepper.goto(position);
      else game.open(requestedRef!, requested!.config, seed);
    } else if (!stepper && game.hasSave()) {
      game.resume();
    }
    if (stepper) {
      const { speakerNotes } = await import('./ui/notes.ts');
      const t = i18n.t.bind(i18n);
      companion = connectCompanion({
        bridge, stepper, settings, mode, language: () => i18n.language, interval: embed.interval, autoplay: embed.autoplay,
        notes: (v) => ({ step: v.step, id: v.id, lang: i18n.language, ...speakerNotes(t, i18n.language, stepper.scenario, stepper.state() ?? stateAt(stepper.scenario, v.step, seed, v.choices), v.step) }),
      });
    }
  }
}

/** Offline after the first visit (vite.config.ts builds sw.js). A frame on another site may be refused one: it then works online. */
function registerServiceWorker(): void {
  if (!import.meta.env.PROD || import.meta.env.MODE === 'single' || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => {});
}

/** Where a deep link opens: a step by number or id, or for a scenario without steps a turn. */
function startPosition(scenario: LoadedScenario, embed: EmbedParams): number {
  const count = scenario.steps.length || scenario.config.turns;
  if (typeof embed.step === 'string') {
    const index = stepIndex(scenario, embed.step);
    if (index < 0) console.warn(`DevOps Journey: the scenario has no step ${JSON.stringify(embed.step)}.`);
    return index + 1;
  }
  // turn=N shows turn N on the clock: N − 1 turns are played.
  const wanted = embed.step ?? (scenario.steps.length === 0 && embed.turn !== undefined ? embed.turn - 1 : undefined) ?? 0;
  return Math.min(wanted, count);
}

/** Hosts allowed by the build (VITE_EMBED_ORIGINS, comma-separated), or undefined when it names none; the URL may only narrow them. */
function buildOrigins(): string[] | undefined {
  const raw = import.meta.env.VITE_EMBED_ORIGINS;
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  const { origins, rejected } = readOrigins(raw);
  for (const entry of rejected) console.warn(`DevOps Journey: VITE_EMBED_ORIGINS names ${JSON.stringify(entry.slice(0, 40))}, which is not an origin; it was left out.`);
  return origins;
}

function applySettings(s: Settings, i18n: i18n, theme: Theme): void {
  const html = document.documentElement;
  html.lang = htmlLang(i18n.language);
  html.dataset.theme = theme;
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
