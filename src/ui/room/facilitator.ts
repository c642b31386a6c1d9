// The facilitator's side: set up a room, then the dashboard (join code, QR, leaderboard, pacing,
// moving people) and, for the debrief, the reveal.
import type { Client, Room } from 'colyseus.js';
import type { TeamSummary } from '../../state/team-view.ts';
import { showCode } from '../../state/join-code.ts';
import type { UiContext } from '../context.ts';
import { h } from '../dom.ts';
import { eventText } from '../event-text.ts';
import { scenarioWords } from '../scenario-words.ts';
import { joinProblem, keepSeat, recall, remember, serverRefusal, workshopClient } from './connection.ts';
import { dashboard, type Board } from './dashboard.ts';
import { roomFrame } from './frame.ts';
import { reveal } from './reveal.ts';

interface Hosting {
  code: string;
  secret: string;
  token?: string;
}

type Phase =
  | { kind: 'setup'; problem: string | null; busy: boolean }
  | { kind: 'dashboard'; board: Board | null; showReveal: boolean; trying: boolean; lost: boolean; problem?: string | null };

export function startFacilitator(root: HTMLElement, ctx: UiContext): () => void {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const client: Client = workshopClient();
  let hosting = recall<Hosting>('hosting');
  let phase: Phase = { kind: 'setup', problem: null, busy: false };
  let seat: ReturnType<typeof keepSeat> | null = null;
  let destroyReveal: (() => void) | null = null;
  const set = (next: Phase) => { phase = next; render(); };
  const shockTitle = shockTitleIn(ctx);

  function listen(room: Room): void {
    seat = keepSeat(client, room, {
      onRoom: (r) => {
        r.onMessage('facilitator', (msg: { code: string; secret: string | null }) => {
          if (msg.secret) hosting = { code: msg.code, secret: msg.secret };
          if (hosting) remember('hosting', { ...hosting, token: r.reconnectionToken });
        });
        r.onMessage('board', (board: Board) => {
          // The reveal holds still while teams play on (a redraw would lose the scroll and the pointed turn).
          if (phase.kind === 'dashboard' && phase.showReveal) phase = { ...phase, board };
          else if (phase.kind === 'dashboard') set({ ...phase, board, problem: null });
          else set({ kind: 'dashboard', board, showReveal: false, trying: false, lost: false });
        });
        r.onMessage('export', (files: { csv: string; json: string }) => {
          download(`workshop-${hosting?.code ?? ''}.csv`, files.csv, 'text/csv');
          download(`workshop-${hosting?.code ?? ''}.json`, files.json, 'application/json');
        });
        r.onMessage('refused', (reason: { code: string }) => {
          if (phase.kind === 'dashboard') set({ ...phase, problem: serverRefusal(reason.code) ?? 'workshop.error.other' });
        });
        r.send('look');
      },
      onTrying: (trying) => { if (phase.kind === 'dashboard') set({ ...phase, trying }); },
      onLost: () => { if (phase.kind === 'dashboard') set({ ...phase, lost: true }); },
    });
  }

  async function create(options: Record<string, unknown>): Promise<void> {
    set({ kind: 'setup', problem: null, busy: true });
    try {
      listen(await client.create('workshop', options));
    } catch (error) {
      set({ kind: 'setup', problem: joinProblem(error), busy: false });
    }
  }

  const send = (type: string, message: Record<string, unknown> = {}) => {
    if (hosting) seat?.current().send(type, { ...message, secret: hosting.secret });
  };

  function render(): void {
    destroyReveal?.();
    destroyReveal = null;
    let body: HTMLElement;
    if (phase.kind === 'setup') {
      body = setupForm(ctx, phase.problem, phase.busy, (options) => void create(options));
    } else if (!phase.board) {
      body = h('p', { text: t('workshop.joining') });
    } else if (phase.showReveal) {
      const p = phase;
      const host = h('div', { class: 'room-reveal' });
      body = h('div', { class: 'room-stack' },
        h('button', { class: 'btn room-back', text: t('workshop.backToDashboard'), on: { click: () => { if (phase.kind === 'dashboard') set({ ...phase, showReveal: false }); } } }),
        host);
      requestAnimationFrame(() => { destroyReveal = reveal(host, t, ctx.i18n.language, p.board!.teams.filter((x): x is TeamSummary => x !== null)); });
    } else {
      const p = phase;
      body = h('div', {},
        p.trying ? h('p', { class: 'notice warn', attrs: { role: 'status' }, text: t('workshop.reconnecting') }) : null,
        p.lost ? h('p', { class: 'notice bad', attrs: { role: 'alert' }, text: t('workshop.lost') }) : null,
        p.problem ? h('p', { class: 'notice bad', attrs: { role: 'alert' }, text: t(p.problem) }) : null,
        dashboard(t, ctx.i18n.language, p.board!, {
          pause: (paused) => send('pause', { paused }),
          extend: (seconds) => send('extend', { seconds }),
          advance: () => send('advance'),
          move: (attendee, team) => send('move', { attendee, team }),
          inject: (event) => send('inject', { event }),
          exportAll: () => send('export'),
          reveal: () => set({ ...p, showReveal: true }),
        }, shockTitle(p.board!.settings.scenario)));
    }
    const code = phase.kind === 'dashboard' ? phase.board?.code ?? null : null;
    root.replaceChildren(roomFrame(ctx, t('workshop.runTitle'), code ? showCode(code) : null, body));
  }

  if (hosting?.token) {
    const saved = hosting;
    set({ kind: 'dashboard', board: null, showReveal: false, trying: true, lost: false });
    client.reconnect(saved.token!).then(listen, () => client.join('workshop', { code: saved.code, secret: saved.secret }).then(listen, () => {
      remember('hosting', null);
      hosting = null;
      set({ kind: 'setup', problem: null, busy: false });
    }));
  } else {
    render();
  }
  return render;
}

/** An event's title in the scenario's words (its own, or the built-in texts), for the shock list. */
function shockTitleIn(ctx: UiContext): (scenarioId: string) => (event: string) => string {
  return (scenarioId) => {
    const scenario = ctx.scenarios.get({ kind: 'builtin', id: scenarioId });
    const say = scenarioWords(ctx.i18n, scenario);
    return (event) => eventText(say, scenario, event).title;
  };
}

function setupForm(ctx: UiContext, problem: string | null, busy: boolean, create: (options: Record<string, unknown>) => void): HTMLElement {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const scenarios = ctx.scenarios.list().filter((s) => s.id !== 'tutorial' && s.meta.mode === 'game');
  const field = (id: string, label: string, control: HTMLElement, hint?: string) =>
    h('div', { class: 'room-field' }, h('label', { attrs: { for: id }, text: label }), control, hint ? h('p', { class: 'hint', text: hint }) : null);
  const select = (id: string, options: [string, string][]) =>
    h('select', { id, attrs: { name: id } }, ...options.map(([value, text]) => h('option', { attrs: { value }, text })));
  const scenario = select('ws-scenario', scenarios.map((s) => [s.id, scenarioWords(ctx.i18n, s)(s.meta.title)]));
  const difficulty = select('ws-difficulty', [['', t('workshop.scenarioDifficulty')], ['easy', t('difficulty.easy.name')], ['normal', t('difficulty.normal.name')], ['hard', t('difficulty.hard.name')]]);
  const pacing = select('ws-pacing', [['self', t('workshop.pacingSelf')], ['together', t('workshop.pacingTogether')]]);
  const minutes = h('input', { id: 'ws-minutes', attrs: { type: 'number', min: 1, max: 60, value: 5, inputmode: 'numeric' } });
  const seeds = select('ws-seeds', [['same', t('workshop.seedsSame')], ['perTeam', t('workshop.seedsPerTeam')]]);
  const teams = h('input', { id: 'ws-teams', attrs: { type: 'number', min: 1, max: 20, value: 4, inputmode: 'numeric' } });
  return h('form', {
    class: 'room-form wide',
    on: {
      submit: (e) => {
        e.preventDefault();
        create({
          scenario: scenario.value,
          ...(difficulty.value ? { difficulty: difficulty.value } : {}),
          pacing: pacing.value,
          roundSeconds: Math.round(Math.min(60, Math.max(1, Number(minutes.value) || 5)) * 60),
          seeds: seeds.value,
          teams: Math.round(Math.min(20, Math.max(1, Number(teams.value) || 4))),
        });
      },
    },
  },
  h('p', { text: t('workshop.setupIntro') }),
  field('ws-scenario', t('workshop.scenario'), scenario),
  field('ws-difficulty', t('workshop.difficulty'), difficulty),
  field('ws-pacing', t('workshop.pacing'), pacing, t('workshop.pacingHint')),
  field('ws-minutes', t('workshop.roundMinutes'), minutes),
  field('ws-seeds', t('workshop.seeds'), seeds, t('workshop.seedsHint')),
  field('ws-teams', t('workshop.teams'), teams),
  problem ? h('p', { class: 'notice bad', attrs: { role: 'alert' }, text: t(problem) }) : null,
  h('button', { class: 'btn primary large', attrs: { type: 'submit', disabled: busy }, text: t('workshop.create') }));
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { attrs: { href: url, download: name } });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
