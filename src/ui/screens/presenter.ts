import type { TFunction } from 'i18next';
import { ChevronLeft, ChevronRight, Dices, Pause, Play, Pointer } from 'lucide';
import type { LoadedScenario, PointAt } from '../../scenarios/load.ts';
import { mechanisms, summarize } from '../../sim/index.ts';
import type { GameState, SimEvent } from '../../sim/types.ts';
import { bandBadge } from '../band.ts';
import type { UiContext } from '../context.ts';
import { h, icon } from '../dom.ts';
import { scenarioWords } from '../scenario-words.ts';
import { factText } from '../facts.ts';
import { fitText } from '../fit.ts';
import { formatMetric, percent, turnDateText } from '../format.ts';
import { recentWindow } from '../../state/recent-window.ts';
import { doraKeys, keyText } from '../panels/dashboard.ts';
import { keyOfMetric, pointName } from '../notes.ts';
import type { VoteHost } from '../room/vote-host.ts';
import { choiceLine, voteAsk, voteJoin, voteStory, voting } from './presenter-vote.ts';

/** What the presenter drives: the talk's steps, replayed from the seed (src/embed/stepper.ts). */
export interface PresenterDeck {
  readonly scenario: LoadedScenario;
  view(): { step: number; steps: number; turn: number; playing: boolean; events: SimEvent[]; status: string; choices: Record<string, string> };
  next(): void;
  prev(): void;
  play(): void;
  pause(): void;
  subscribe(listener: () => void): () => void;
}

export interface PresenterOptions {
  /** In a slide deck's iframe: then a toggle sends clicker keys on to the deck. */
  embedded: boolean;
  /** Show Back, Next, Play and the key toggle; a deck that steps the game by itself may hide them. */
  controls: boolean;
  /** The audience's votes, when the talk has any (the server decides whether one can open). */
  vote?: VoteHost;
}

/**
 * The speaker's screen: the step's words, what to look at, the board and the four keys in large
 * type, and the draws that decided the step's incidents. Clicker keys step; back replays.
 * Returns a function that draws it again (after a change of language or theme).
 */
export function startPresenter(root: HTMLElement, ctx: UiContext, deck: PresenterDeck, options: PresenterOptions): () => void {
  const boardHost = h('div', { class: 'board-canvas present-board', attrs: { 'aria-hidden': 'true' } });
  const screen = h('div', { class: 'screen present-screen' });
  const live = h('div', { class: 'visually-hidden', attrs: { 'aria-live': 'polite', role: 'status' } });
  root.replaceChildren(screen, live);
  // The board lives as long as the page: a talk never leaves this screen.
  void ctx.mountBoard(boardHost);

  const render = () => {
    const state = ctx.game.getState().session?.state;
    if (!state) return;
    // Re-rendering replaces the buttons; keep the keyboard where it was.
    const focused = document.activeElement?.id;
    renderPresenter(screen, ctx, deck, state, boardHost, options);
    if (focused) document.getElementById(focused)?.focus();
    fitText(screen);
  };
  // Type follows the frame; a new frame size may let a long text grow back, or make it shrink.
  new ResizeObserver(() => fitText(screen)).observe(root);
  options.vote?.subscribe(render);
  deck.subscribe(() => {
    render();
    const v = deck.view();
    live.textContent = ctx.i18n.t('present.stepOf', { step: v.step, steps: v.steps });
  });
  render();

  const onKey = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    const target = e.target as HTMLElement | null;
    // Space and Enter on a button press that button; the clicker's page keys always step.
    if (e.key === ' ' && target?.closest('button, input, select, a')) return;
    if (e.key === 'PageDown' || e.key === 'ArrowRight' || e.key === ' ') { e.preventDefault(); deck.next(); }
    else if (e.key === 'PageUp' || e.key === 'ArrowLeft') { e.preventDefault(); deck.prev(); }
  };
  document.addEventListener('keydown', onKey);
  return render;
}

function renderPresenter(root: HTMLElement, ctx: UiContext, deck: PresenterDeck, s: GameState, boardHost: HTMLElement, options: PresenterOptions): void {
  const { i18n, settings } = ctx;
  const t = i18n.t.bind(i18n);
  const lng = i18n.language;
  const sc = deck.scenario;
  const say = scenarioWords(i18n, sc);
  const v = deck.view();
  const step = v.step > 0 && sc.steps.length > 0 ? sc.steps[v.step - 1] : null;
  const when = turnDateText(s, lng);

  const controls = h('nav', { class: 'present-controls', attrs: { 'aria-label': t('present.controls') } },
    h('button', { class: 'btn', id: 'present-prev', attrs: { disabled: v.step === 0, 'aria-keyshortcuts': 'PageUp ArrowLeft' }, on: { click: () => deck.prev() } },
      icon(ChevronLeft, 28), t('present.back')),
    h('button', { class: 'btn primary', id: 'present-next', attrs: { disabled: v.step >= v.steps || v.status !== 'running', 'aria-keyshortcuts': 'PageDown ArrowRight Space' }, on: { click: () => deck.next() } },
      t('present.next'), icon(ChevronRight, 28)),
    h('button', { class: 'btn ghost', id: 'present-play', attrs: { 'aria-pressed': v.playing ? 'true' : 'false', disabled: v.step >= v.steps }, on: { click: () => (v.playing ? deck.pause() : deck.play()) } },
      icon(v.playing ? Pause : Play, 24), t(v.playing ? 'present.pause' : 'present.play')),
    options.embedded
      ? h('label', { class: 'present-forward' },
          h('input', {
            id: 'present-forward', attrs: { type: 'checkbox', checked: settings.getState().forwardClickerKeys },
            on: { change: (e) => settings.setState({ forwardClickerKeys: (e.target as HTMLInputElement).checked }) },
          }),
          t('embed.forwardKeys'))
      : null);

  const stepText = step ? say(step.text) : say(sc.meta.brief);
  const vote = options.vote?.view() ?? null;
  // While the room votes, the slide is the vote's: the question and tally, and how to join in place of the board.
  const live = voting(vote) && options.vote ? vote : null;
  boardHost.style.display = live ? 'none' : '';
  root.replaceChildren(h('div', { class: options.controls ? 'presenter' : 'presenter no-controls' },
    h('header', { class: 'present-top' },
      h('div', { class: 'present-where' },
        h('h1', { text: say(sc.meta.title) }),
        h('p', { class: 'present-clock', text: t('present.where', { step: v.step, steps: v.steps, count: s.turn, date: when }) })),
      controls),
    h('main', { class: 'present-body' },
      h('section', { class: 'present-story', attrs: { 'aria-labelledby': 'present-step-heading' } },
        h('h2', { id: 'present-step-heading', class: 'present-step-no', text: step ? t('present.step', { step: v.step }) : t('present.start') }),
        ...(live ? [voteStory(t, say, live, options.vote!)] : [
          h('p', { class: 'present-text', text: stepText }),
          choiceLine(t, say, sc, v.step, v.choices),
          step?.point ? pointer(t, ctx, sc, step.point) : null,
          vote && options.vote ? voteAsk(t, say, vote, options.vote) : null,
          doraBlock(t, lng, s, step?.point),
          otherMetric(t, lng, s, step?.point)])),
      h('section', { class: 'present-side', attrs: { 'aria-label': live ? t('vote.howTo') : t('game.board') } },
        boardHost,
        live ? voteJoin(t, live) : dice(t, lng, s, v.events)))));
}

function pointer(t: TFunction, ctx: UiContext, sc: LoadedScenario, point: PointAt): HTMLElement {
  const what = pointName(t, sc, point, ctx.i18n.language);
  const state = ctx.game.getState().session?.state;
  const status = 'practice' in point && state
    ? state.practices.adopted.includes(point.practice) ? t('present.inPlace')
      : state.practices.adopting.some((a) => a.id === point.practice) ? t('present.adopting') : t('present.notAdopted')
    : null;
  return h('p', { class: 'present-point' }, icon(Pointer, 28), h('span', { text: t('present.lookAt', { what }) }), status ? h('span', { class: 'present-status', text: status }) : null);
}

function doraBlock(t: TFunction, lng: string, s: GameState, point: PointAt | undefined): HTMLElement {
  if (s.history.length === 0) return h('p', { class: 'present-empty', text: t('present.noTurnYet') });
  const [from, to] = recentWindow(s);
  const summary = summarize(s, from, to);
  const pointed = point && 'metric' in point ? keyOfMetric[point.metric] : null;
  const all = point && 'area' in point && (point.area === 'dora' || point.area === 'metrics');
  return h('ul', { class: 'present-keys', attrs: { 'aria-label': t('present.keys', { days: (to - from) * s.scenario.turnDays }) } },
    ...doraKeys.map((k) => {
      const band = summary.bands[k.id];
      const on = all || pointed === k.id;
      return h('li', { class: `present-key band-${band ?? 'none'}${on ? ' pointed' : ''}` },
        h('span', { class: 'key-name', text: t(`dora.${k.id}.name`) }),
        h('span', { class: 'key-value', text: keyText(t, lng, k, summary) }),
        bandBadge(t, band),
        on ? h('span', { class: 'visually-hidden', text: t('present.pointed') }) : null);
    }));
}

/** A step may point at a metric beyond the four keys: it gets a card of its own. */
function otherMetric(t: TFunction, lng: string, s: GameState, point: PointAt | undefined): HTMLElement | null {
  if (!point || !('metric' in point) || keyOfMetric[point.metric] || s.history.length === 0) return null;
  const last = s.history[s.history.length - 1];
  return h('p', { class: 'present-key pointed present-other' },
    h('span', { class: 'key-name', text: t(`metric.${point.metric}.name`) }),
    h('span', { class: 'key-value', text: formatMetric(t, lng, point.metric, last[point.metric]) }));
}

/** Rounded down, so a roll just under the odds never reads as equal to them. */
function rollText(lng: string, roll: number): string {
  return new Intl.NumberFormat(lng, { style: 'percent', maximumFractionDigits: 1 }).format(Math.floor(roll * 1000) / 1000);
}

/**
 * The odds in force and the draws that decided: for the riskiest deploy of the step, how many
 * defects escaped, the chance each had to break production, and the lowest roll against it.
 */
function rollLine(t: TFunction, lng: string, deploys: SimEvent[]): HTMLElement | null {
  const risky = deploys.filter((e) => Number(e.params.escaped) > 0)
    .sort((a, b) => Number(a.params.lowestRoll) - Number(b.params.lowestRoll))[0];
  if (!risky) return null;
  return h('p', { class: 'present-roll', text: t('present.roll', {
    count: Number(risky.params.escaped),
    chance: percent(lng, Number(risky.params.breakChance)),
    roll: rollText(lng, Number(risky.params.lowestRoll)),
    outcome: t(risky.params.failed === true ? 'present.rollBroke' : 'present.rollHeld'),
  }) });
}

/** A deploy that broke on an environment difference, whatever it carried: its roll against the odds. */
function envLine(t: TFunction, lng: string, deploys: SimEvent[]): HTMLElement | null {
  const broke = deploys.find((e) => Number(e.params.envRoll) < Number(e.params.envChance));
  if (!broke) return null;
  return h('p', { class: 'present-roll', text: t('present.envRoll', {
    chance: percent(lng, Number(broke.params.envChance)),
    roll: rollText(lng, Number(broke.params.envRoll)),
  }) });
}

function dice(t: TFunction, lng: string, s: GameState, events: SimEvent[]): HTMLElement {
  const deploys = events.filter((e) => e.type === 'deploy');
  const failed = deploys.filter((e) => e.params.failed === true).length;
  const incidents = events.filter((e) => e.type === 'incident');
  const m = mechanisms(s);
  const breakChance = m.breakProb * (1 - s.people.learning);
  const env = envLine(t, lng, deploys);
  // The box leaves the board most of the column: one incident is told, the rest counted.
  const listed = 1;
  return h('section', { class: 'present-dice', attrs: { 'aria-labelledby': 'present-dice-heading' } },
    h('h2', { id: 'present-dice-heading' }, icon(Dices, 24), t('present.dice')),
    h('p', { text: t('present.odds', { defect: percent(lng, breakChance), env: percent(lng, m.envDriftRisk) }) }),
    events.length === 0 ? h('p', { text: t('present.noDraws') }) : h('p', { text: t('present.deploys', { count: deploys.length, failed }) }),
    rollLine(t, lng, deploys),
    env,
    incidents.length > 0
      ? h('ul', { class: 'present-incidents' }, ...incidents.slice(0, listed).map((e) => h('li', { text: factText(t, lng, e) })),
          incidents.length > listed ? h('li', { text: t('present.moreIncidents', { count: incidents.length - listed }) }) : null)
      : events.length > 0 ? h('p', { text: t('present.noIncidents') }) : null);
}
