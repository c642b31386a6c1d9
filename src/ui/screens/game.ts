import type { TFunction } from 'i18next';
import { CircleHelp, LogOut, MessageCircleWarning, Newspaper, Siren, SkipForward, Undo2 } from 'lucide';
import type { LoadedScenario } from '../../scenarios/load.ts';
import type { Session } from '../../state/game.ts';
import { parOf } from '../../state/par.ts';
import { scoreVital } from '../scorecard.ts';
import type { Command } from '../../sim/types.ts';
import type { UiContext } from '../context.ts';
import { h, icon } from '../dom.ts';
import { money, turnDateText } from '../format.ts';
import { boardInWords } from '../board-words.ts';
import { coachBox, pointAt } from '../coach.ts';
import { eventText } from '../event-text.ts';
import { scenarioWords, type Say } from '../scenario-words.ts';
import { openActDialog, opensAct } from '../dialogs/act.ts';
import { isDecision, openEventDialog } from '../dialogs/event.ts';
import { comingUp } from '../coming.ts';
import { openHelp } from '../dialogs/help.ts';
import { openIncidentDialog } from '../dialogs/incident.ts';
import { openQuitDialog } from '../dialogs/quit.ts';
import { renderDashboard } from '../panels/dashboard.ts';
import { renderLog } from '../panels/log.ts';
import { renderPolicies } from '../panels/policies.ts';
import { reasonText, renderShop, type ShopView } from '../panels/shop.ts';
import { renderTeam } from '../panels/team.ts';
import { turnMoments } from '../../state/moments.ts';
import { turnSummary } from '../../state/turn-summary.ts';
import { scenarioNames } from '../scenario-names.ts';
import { reportAnnouncement, turnReport } from '../turn-report.ts';
import { tabs } from '../tabs.ts';
import { explained } from '../tooltip.ts';

/** What survives a re-render of the game screen: the open tab, the shop filters, the turn whose report was hidden. */
export interface GameView {
  tab: string;
  shop: ShopView;
  /** Turns played when the player hid the turn report; it comes back with the next turn. */
  reportHidden: number;
}

export const initialGameView: GameView = { tab: 'dashboard', shop: { habit: 'all', onlyAvailable: false }, reportHidden: -1 };

/**
 * The main screen: the top bar (time, money, era, actions), the animated board, and the panels.
 * The board container is created once and kept across re-renders so Phaser is not rebooted.
 */
export function renderGame(root: HTMLElement, ctx: UiContext, view: GameView, setView: (v: GameView) => void, boardHost: HTMLElement): void {
  const session = ctx.game.getState().session;
  if (!session) return;
  const { i18n, game } = ctx;
  const t = i18n.t.bind(i18n);
  const lng = i18n.language;
  const s = session.state;

  const send = (command: Command): string | null => {
    const result = game.command(command);
    return result.ok ? null : reasonText(result.reason, t, lng);
  };

  const when = turnDateText(s, lng);
  const current = session.turns[session.turns.length - 1];
  const loaded = ctx.scenarios.get(session.ref);
  const say = scenarioWords(i18n, loaded);
  const names = scenarioNames(say, loaded);
  const coach = loaded ? coachBox(loaded, session, t, say, () => game.coachNext()) : null;

  // While a major incident holds the turn, the button goes back to it.
  const endTurn = h('button', {
    class: s.fight ? 'btn primary large alarm' : 'btn primary large', id: 'end-turn', attrs: { 'aria-keyshortcuts': 'N', 'data-area': 'end-turn' },
    on: { click: () => void finishTurn(ctx) },
  }, icon(s.fight ? Siren : SkipForward), t(s.fight ? 'fight.reopen' : 'game.endTurn'));
  const undoable = current.length > 0 && current[current.length - 1]!.type !== 'respondIncident';

  const top = h('header', { class: 'topbar' },
    h('div', { class: 'where' },
      h('h1', { class: 'scenario-name', text: say(loaded?.meta.title ?? '') }),
      h('p', { class: 'clock', text: t('game.turnOf', { turn: s.turn + 1, turns: s.scenario.turns, date: when }) })),
    h('dl', { class: 'vitals' },
      h('div', {}, h('dt', { text: t('game.era') }), h('dd', {}, explained(h('span', { text: t(`era.${s.era}`) }), t('game.eraExplain')))),
      h('div', {}, h('dt', { text: t('game.budget') }),
        h('dd', { class: s.money.budget < 0 ? 'bad' : '' }, explained(h('span', { text: money(lng, s.money.budget) }), t('metric.budget.explain')))),
      scoreVital(t, lng, s, parOf(session.scenario, session.seed))),
    h('div', { class: 'actions' },
      h('button', { class: 'btn ghost', attrs: { 'aria-keyshortcuts': '?' }, on: { click: () => openHelp(ctx) } }, icon(CircleHelp), t('game.help')),
      h('button', {
        class: 'btn', attrs: { disabled: !undoable, 'aria-keyshortcuts': 'U' },
        on: { click: () => { if (game.undo()) ctx.announce(t('game.undone')); } },
      }, icon(Undo2), t('game.undo')),
      h('button', { class: 'btn ghost', on: { click: () => openQuitDialog(ctx) } }, icon(LogOut), t('game.quit')),
      endTurn));

  const panels = tabs('side', [
    { id: 'dashboard', label: t('tab.dashboard'), area: 'metrics', render: (p) => renderDashboard(p, s, t, lng) },
    { id: 'practices', label: t('tab.practices'), area: 'practices', render: (p) => renderShop(p, s, t, lng, view.shop, (shop) => setView({ ...view, shop }), (id) => {
      const problem = send({ type: 'adoptPractice', practice: id });
      ctx.announce(problem ?? t('game.adopted', { practice: t(`practice.${id}.name`) }));
    }, () => {
      const problem = send({ type: 'advanceEra' });
      ctx.announce(problem ?? t('game.eraAdvanced', { era: t(`era.${game.getState().session?.state.era ?? s.era}`) }));
    }) },
    { id: 'policies', label: t('tab.policies'), area: 'policies', render: (p) => renderPolicies(p, s, t, send) },
    { id: 'team', label: t('tab.team'), area: 'team', render: (p) => renderTeam(p, s, t, lng, send) },
    { id: 'log', label: t('tab.log'), area: 'log', render: (p) => renderLog(p, session.log, t, lng, names) },
  ], view.tab, (tab) => setView({ ...view, tab }));

  const played = s.history.length;
  const report = view.reportHidden === played ? null
    : turnReport(t, lng, played, turnSummary(s, session.log), turnMoments(s), names, () => setView({ ...view, reportHidden: played }));

  root.replaceChildren(h('div', { class: 'game' },
    top,
    report,
    h('main', { class: 'game-body' },
      h('section', { class: 'board-area', attrs: { 'aria-labelledby': 'board-heading', 'data-area': 'board' } },
        h('h2', { id: 'board-heading', class: 'visually-hidden', text: t('game.board') }),
        boardHost,
        boardInWords(s, t, lng)),
      h('aside', { class: 'side', attrs: { 'aria-label': t('game.panels') } }, coach, pendingBanner(ctx, session, loaded, t, say), comingUp(s, loaded, t, say), panels))));
  pointAt(root, loaded && session.coach ? loaded.steps[session.coach.step] : undefined);
}

/** Answers the decisions waiting in the game, one dialog each; false if the player put them off. */
async function answerPending(ctx: UiContext): Promise<boolean> {
  for (;;) {
    const session = ctx.game.getState().session;
    const pending = session?.state.status === 'running' ? session.state.pendingEvents.find((p) => isDecision(ctx, p)) : undefined;
    if (!session || !pending) return true;
    const option = await openEventDialog(ctx, session.ref, pending);
    if (option === null) return false;
    if (!ctx.game.command({ type: 'chooseEventOption', event: pending.event, option }).ok) return true;
  }
}

/** The news the turn opens with, each with an OK; the engine plays them when the turn ends. */
async function showNotices(ctx: UiContext): Promise<void> {
  const session = ctx.game.getState().session;
  if (session?.state.status !== 'running') return;
  for (const p of session.state.pendingEvents.filter((e) => !isDecision(ctx, e))) await openEventDialog(ctx, session.ref, p);
}

/** Ends the turn once every waiting decision is taken; the banner above the panels shows what waits. */
export async function finishTurn(ctx: UiContext): Promise<void> {
  const { game, i18n } = ctx;
  const t = i18n.t.bind(i18n);
  const played = game.getState().session?.state.history.length ?? 0;
  if (!game.getState().session?.state.fight) {
    if (!(await answerPending(ctx))) return;
    game.endTurn();
  }
  if (!(await fightIncidents(ctx))) return;
  const session = game.getState().session;
  const s = session?.state;
  // Told once the turn is over, after any incident that held it: what changed and why.
  if (session && s && !s.fight && s.history.length > played) {
    const loaded = ctx.scenarios.get(session.ref);
    const report = reportAnnouncement(t, i18n.language, turnSummary(s, session.log), turnMoments(s), scenarioNames(scenarioWords(i18n, loaded), loaded));
    ctx.announce(`${t('game.turnEnded', { turn: s.turn })} ${report}`);
  }
  if (s && opensAct(s)) await openActDialog(ctx, s);
  await showNotices(ctx);
}

/**
 * The major incidents that stop the turn, one dialog each, then the postmortem that follows them;
 * false if the player left one for later.
 */
async function fightIncidents(ctx: UiContext): Promise<boolean> {
  let fought = false;
  while (ctx.game.getState().session?.state.fight) {
    if (!(await openIncidentDialog(ctx))) return false;
    fought = true;
  }
  const session = ctx.game.getState().session;
  const postmortem = session?.state.pendingEvents.find((p) => p.event === 'postmortem');
  if (fought && session && postmortem && session.state.status === 'running') {
    const option = await openEventDialog(ctx, session.ref, postmortem);
    if (option !== null) ctx.game.command({ type: 'chooseEventOption', event: postmortem.id, option });
  }
  return true;
}

/** Decisions the turn opened with, in view from the start of the turn rather than sprung at its end; news as news. */
function pendingBanner(ctx: UiContext, session: Session, loaded: LoadedScenario | null, t: TFunction, say: Say): HTMLElement | null {
  if (session.state.status !== 'running') return null;
  const decisions = session.state.pendingEvents.filter((p) => isDecision(ctx, p));
  const notices = session.state.pendingEvents.filter((p) => !isDecision(ctx, p));
  if (decisions.length === 0 && notices.length === 0) return null;
  const titles = (list: typeof decisions) => list.map((p) => eventText(say, loaded, p.event).title).join(' · ');
  return h('section', { class: 'pending', attrs: { 'data-area': 'events', 'aria-labelledby': 'pending-heading' } },
    decisions.length > 0
      ? h('h2', { id: 'pending-heading' }, icon(MessageCircleWarning, 18), t('game.pending', { count: decisions.length }))
      : h('h2', { id: 'pending-heading' }, icon(Newspaper, 18), t('game.news')),
    ...(decisions.length > 0 ? [h('p', { text: titles(decisions) }), h('button', { class: 'btn primary', on: { click: () => void answerPending(ctx) } }, t('game.decide'))] : []),
    ...(notices.length > 0 ? [h('p', { class: 'news', text: t('game.newsThisTurn', { events: titles(notices) }) })] : []));
}
