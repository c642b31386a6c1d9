// The facilitator's live view: how to join, the leaderboard on the balanced score, who is where.
import type { TFunction } from 'i18next';
import QRCode from 'qrcode';
import { showCode } from '../../state/join-code.ts';
import type { TeamSummary } from '../../state/team-view.ts';
import { bandBadge } from '../band.ts';
import { h } from '../dom.ts';
import { sparkline } from '../sparkline.ts';

export interface Board {
  code: string;
  settings: { scenario: string; pacing: 'self' | 'together'; roundSeconds: number; seeds: 'same' | 'perTeam'; teams: number };
  paused: boolean;
  teams: (TeamSummary | null)[];
  /** The scenario's events the facilitator may bring into every team, and the last one brought. */
  shocks: string[];
  shock: { event: string; reached: number[]; refused: number[] } | null;
}

export interface Controls {
  pause(paused: boolean): void;
  extend(seconds: number): void;
  advance(): void;
  move(attendee: string, team: number): void;
  inject(event: string): void;
  exportAll(): void;
  reveal(): void;
}

export function joinUrl(code: string): string {
  const url = new URL('.', location.href);
  url.search = `?join=${code}`;
  return url.href;
}

/** Ranked by the balanced score, best first; teams nobody joined yet come last. */
export function ranked(teams: readonly (TeamSummary | null)[]): TeamSummary[] {
  return teams.filter((t): t is TeamSummary => t !== null)
    .sort((a, b) => Number(b.members.length > 0) - Number(a.members.length > 0) || b.score - a.score || a.team - b.team);
}

/** The shock control: one of the scenario's events, brought into every team's game at once. */
function shockBox(t: TFunction, board: Board, title: (event: string) => string, act: Controls): HTMLElement | null {
  if (board.shocks.length === 0) return null;
  const pick = h('select', { id: 'room-shock-event', attrs: { name: 'event' } },
    ...board.shocks.map((e) => h('option', { attrs: { value: e }, text: title(e) })));
  const last = board.shock;
  return h('form', {
    class: 'room-shock-box', attrs: { 'aria-labelledby': 'room-shock-heading' },
    on: { submit: (e) => { e.preventDefault(); act.inject(pick.value); } },
  },
  h('h2', { id: 'room-shock-heading', text: t('workshop.shockTitle') }),
  h('p', { class: 'hint', text: t('workshop.shockHint') }),
  h('div', { class: 'room-shock-row' },
    h('label', { class: 'visually-hidden', attrs: { for: 'room-shock-event' }, text: t('workshop.shockEvent') }),
    pick,
    h('button', { class: 'btn', attrs: { type: 'submit' }, text: t('workshop.inject') })),
  last ? h('p', { class: 'room-shock-status', attrs: { role: 'status' }, text: t('workshop.shockReached', {
    event: title(last.event), count: last.reached.length, teams: board.settings.teams,
  }) + (last.refused.length > 0 ? ` ${t('workshop.shockMissed', { count: last.refused.length })}` : '') }) : null);
}

export function dashboard(t: TFunction, lng: string, board: Board, act: Controls, shockTitle: (event: string) => string): HTMLElement {
  const url = joinUrl(board.code);
  const qr = h('img', { class: 'room-qr', attrs: { alt: t('workshop.qrAlt', { code: showCode(board.code) }), width: 320, height: 320 } });
  void QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }).then((svg) => {
    qr.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
  const joinBox = h('section', { class: 'room-join', attrs: { 'aria-labelledby': 'join-heading' } },
    h('h2', { id: 'join-heading', text: t('workshop.howToJoin') }),
    qr,
    h('p', { class: 'room-code', attrs: { 'data-code': board.code } }, showCode(board.code)),
    h('p', { class: 'room-url' }, h('a', { attrs: { href: url }, text: url })));

  const rows = ranked(board.teams);
  const moveTargets = Array.from({ length: board.settings.teams }, (_, i) => i);
  const columns = ['workshop.col.rank', 'workshop.col.team', 'workshop.col.score', 'workshop.col.trend', 'workshop.col.keys', 'workshop.col.where', 'workshop.col.people'].map((k) => t(k));
  // On a phone the rows become cards, each value named by its column (data-label).
  const cell = (column: number, props: Parameters<typeof h>[1] = {}, ...children: Parameters<typeof h>[2][]) =>
    h('td', { ...props, attrs: { ...props.attrs, 'data-label': columns[column] } }, ...children);
  const table = h('table', { class: 'room-leaderboard' },
    h('caption', { text: t('workshop.leaderboard') }),
    h('thead', {}, h('tr', {}, ...columns.map((name) => h('th', { attrs: { scope: 'col' }, text: name })))),
    h('tbody', {}, ...rows.map((team, i) => h('tr', { attrs: { 'data-team': team.team + 1 } },
      cell(0, { text: String(i + 1) }),
      h('th', { attrs: { scope: 'row' }, text: t('workshop.teamName', { number: team.team + 1 }) }),
      cell(2, { class: 'room-score', text: new Intl.NumberFormat(lng, { maximumFractionDigits: 0 }).format(team.score) }),
      cell(3, {}, sparkline(team.trend, t('workshop.trendLabel', { values: team.trend.map((v) => Math.round(v)).join(', ') }), 80, 24)),
      cell(4, {}, h('div', { class: 'room-keys' }, ...(team.bands ? (['deployFrequency', 'leadTime', 'changeFailureRate', 'timeToRestore'] as const).map((k) =>
        h('span', { attrs: { title: t(`dora.${k}.name`) } }, bandBadge(t, team.bands![k]))) : [t('workshop.noTurnYet')]))),
      cell(5, { text: team.status === 'running' ? t('workshop.turnOf', { turn: team.turn + 1, turns: team.turns }) + (team.ready ? ` · ${t('workshop.isReady')}` : '') : t('workshop.finished') }),
      cell(6, {}, h('ul', { class: 'room-people' }, ...team.members.map((m) => h('li', { class: m.connected ? 'member' : 'member away' },
        h('span', { text: m.name }),
        m.connected ? null : h('span', { class: 'hint', text: ` (${t('workshop.away')})` }),
        h('select', {
          class: 'room-move', attrs: { 'aria-label': t('workshop.moveNamed', { name: m.name }) },
          on: { change: (e) => { const v = (e.target as HTMLSelectElement).value; if (v !== '') act.move(m.id, Number(v)); } },
        }, h('option', { attrs: { value: '' }, text: t('workshop.moveTo') }),
        ...moveTargets.filter((x) => x !== team.team).map((x) => h('option', { attrs: { value: x }, text: t('workshop.teamName', { number: x + 1 }) }))))))))),
  ));

  const controls = h('div', { class: 'room-controls', attrs: { role: 'group', 'aria-label': t('workshop.controls') } },
    h('button', { class: 'btn', text: board.paused ? t('workshop.resume') : t('workshop.pause'), on: { click: () => act.pause(!board.paused) } }),
    board.settings.pacing === 'self' ? h('button', { class: 'btn', text: t('workshop.extend', { count: 1 }), on: { click: () => act.extend(60) } }) : null,
    h('button', { class: 'btn', text: t('workshop.advance'), on: { click: () => act.advance() } }),
    h('button', { class: 'btn', text: t('workshop.export'), on: { click: () => act.exportAll() } }),
    h('button', { class: 'btn primary', text: t('workshop.reveal'), on: { click: () => act.reveal() } }));

  return h('div', { class: 'room-dashboard' },
    joinBox,
    h('section', { class: 'room-live', attrs: { 'aria-label': t('workshop.leaderboard') } },
      controls,
      board.paused ? h('p', { class: 'notice warn', attrs: { role: 'status' }, text: t('workshop.pausedAll') }) : null,
      rows.some((r) => r.members.length > 0) ? null : h('p', { class: 'hint', text: t('workshop.nobodyYet') }),
      h('div', { class: 'room-table-wrap' }, table),
      shockBox(t, board, shockTitle, act)));
}
