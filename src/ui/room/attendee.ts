// An attendee's way into a workshop: code and display name, a team, then the team's shared board.
import type { Client, Room } from 'colyseus.js';
import { normaliseCode, showCode } from '../../state/join-code.ts';
import type { TeamView } from '../../state/team-view.ts';
import type { UiContext } from '../context.ts';
import { h } from '../dom.ts';
import { reasonText } from '../panels/shop.ts';
import { scenarioWords } from '../scenario-words.ts';
import { joinProblem, keepSeat, recall, remember, serverRefusal, workshopClient } from './connection.ts';
import { roomFrame } from './frame.ts';
import { clock, teamBoard } from './team-board.ts';

interface Seat {
  code: string;
  name: string;
  team: number;
  token?: string;
}

type Phase =
  | { kind: 'form'; code: string; name: string; problem: string | null; busy: boolean }
  | { kind: 'lobby'; code: string; name: string; teams: { team: number; members: number }[]; room: Room }
  | { kind: 'team'; seat: Seat; view: TeamView | null; problem: string | null; trying: boolean; lost: boolean };

export function startAttendee(root: HTMLElement, ctx: UiContext, codeFromLink: string): () => void {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const client: Client = workshopClient();
  const saved = recall<Seat>('seat');
  let phase: Phase = { kind: 'form', code: codeFromLink || saved?.code || '', name: saved?.name ?? '', problem: null, busy: false };
  let seat: ReturnType<typeof keepSeat> | null = null;
  let scenarioId = '';

  const set = (next: Phase) => { phase = next; render(); };
  // The round's clock counts down between the server's updates.
  let viewAt = 0;
  const tick = setInterval(() => {
    const el = root.querySelector<HTMLElement>('.room-clock');
    if (!el || phase.kind !== 'team' || phase.view?.secondsLeft == null || phase.view.paused) return;
    el.textContent = clock(Math.max(0, phase.view.secondsLeft - Math.floor((Date.now() - viewAt) / 1000)));
  }, 1000);
  addEventListener('pagehide', () => clearInterval(tick));

  async function join(code: string, name: string): Promise<void> {
    set({ kind: 'form', code, name, problem: null, busy: true });
    try {
      const lobby = await client.join('workshop', { code: normaliseCode(code), name: name.trim() });
      lobby.onMessage('lobby', (msg: { code: string; scenario: string; teams: { team: number; members: number }[] }) => {
        scenarioId = msg.scenario;
        set({ kind: 'lobby', code: msg.code, name: name.trim(), teams: msg.teams, room: lobby });
      });
      lobby.onMessage('seat', (msg: { code: string; team: number }) => {
        void lobby.leave(true);
        void sit({ code: msg.code, name: name.trim(), team: msg.team });
      });
      lobby.onMessage('refused', (reason: { code: string }) => {
        set({ kind: 'form', code, name, problem: serverRefusal(reason.code) ?? 'workshop.error.other', busy: false });
      });
    } catch (error) {
      set({ kind: 'form', code, name, problem: joinProblem(error), busy: false });
    }
  }

  async function sit(s: Seat, token?: string): Promise<void> {
    set({ kind: 'team', seat: s, view: null, problem: null, trying: Boolean(token), lost: false });
    let room: Room;
    try {
      room = token ? await client.reconnect(token) : await client.join('team', { code: s.code, team: s.team, name: s.name });
    } catch (error) {
      if (token) return void sit(s);
      return set({ kind: 'form', code: s.code, name: s.name, problem: joinProblem(error), busy: false });
    }
    seat = keepSeat(client, room, {
      onRoom: (r) => {
        remember('seat', { ...s, token: r.reconnectionToken });
        r.onMessage('view', (view: TeamView) => {
          scenarioId = view.scenario;
          viewAt = Date.now();
          if (phase.kind === 'team') set({ ...phase, view, problem: null });
        });
        r.onMessage('refused', (reason: { code: string; params: Record<string, string | number> }) => {
          const key = serverRefusal(reason.code);
          if (phase.kind === 'team') set({ ...phase, problem: key ? t(key) : reasonText(reason, t, ctx.i18n.language) });
        });
        r.onMessage('moveTo', (msg: { team: number }) => {
          seat?.leave();
          void sit({ ...s, team: msg.team });
        });
        r.send('look');
      },
      onTrying: (trying) => { if (phase.kind === 'team') set({ ...phase, trying }); },
      onLost: () => { if (phase.kind === 'team') set({ ...phase, lost: true }); },
    });
  }

  function render(): void {
    const scenario = scenarioId ? ctx.scenarios.get({ kind: 'builtin', id: scenarioId }) : null;
    let body: HTMLElement;
    if (phase.kind === 'form') {
      const p = phase;
      const code = h('input', { id: 'join-code', attrs: { name: 'code', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', maxlength: 12, required: true, value: p.code, inputmode: 'text' } });
      const name = h('input', { id: 'join-name', attrs: { name: 'name', autocomplete: 'nickname', maxlength: 24, required: true, value: p.name } });
      body = h('form', {
        class: 'room-form', on: { submit: (e) => { e.preventDefault(); void join(code.value, name.value); } },
      },
      h('label', { attrs: { for: 'join-code' }, text: t('workshop.code') }), code,
      h('label', { attrs: { for: 'join-name' }, text: t('workshop.name') }), name,
      h('p', { class: 'hint', text: t('workshop.nameHint') }),
      p.problem ? h('p', { class: 'notice bad', attrs: { role: 'alert' }, text: t(p.problem) }) : null,
      h('button', { class: 'btn primary large', attrs: { type: 'submit', disabled: p.busy }, text: p.busy ? t('workshop.joining') : t('workshop.join') }));
    } else if (phase.kind === 'lobby') {
      const p = phase;
      body = h('section', { class: 'room-lobby', attrs: { 'aria-labelledby': 'lobby-heading' } },
        h('h2', { id: 'lobby-heading', text: t('workshop.pickTeam', { name: p.name }) }),
        h('ul', { class: 'room-teams' }, ...p.teams.map((team) => h('li', {}, h('button', {
          class: 'btn', on: { click: () => p.room.send('pick', { team: team.team }) },
        }, h('strong', { text: t('workshop.teamName', { number: team.team + 1 }) }), ' ', h('span', { text: t('workshop.members', { count: team.members }) }))))),
        h('button', { class: 'btn primary', text: t('workshop.anyTeam'), on: { click: () => p.room.send('pick', { team: null }) } }));
    } else {
      const p = phase;
      const say = scenarioWords(ctx.i18n, scenario);
      body = h('section', { class: 'room-team', attrs: { 'aria-labelledby': 'team-heading' } },
        h('h2', { id: 'team-heading', text: t('workshop.teamName', { number: p.seat.team + 1 }) }),
        p.view ? h('p', { class: 'room-members' }, t('workshop.together'), ' ', ...p.view.summary.members.flatMap((m, i) => [
          i > 0 ? ', ' : '', h('span', { class: m.connected ? 'member' : 'member away', text: m.name }),
        ])) : null,
        p.trying ? h('p', { class: 'notice warn', attrs: { role: 'status' }, text: t('workshop.reconnecting') }) : null,
        p.lost ? h('p', { class: 'notice bad', attrs: { role: 'alert' }, text: t('workshop.lost') }) : null,
        p.problem ? h('p', { class: 'notice bad', attrs: { role: 'alert' }, text: p.problem }) : null,
        p.view ? teamBoard(t, ctx.i18n.language, say, scenario, p.view, {
          command: (command) => seat?.current().send('command', { command }),
          endTurn: () => seat?.current().send('endTurn'),
        }) : h('p', { text: t('workshop.joining') }));
    }
    const code = phase.kind === 'form' ? null : phase.kind === 'lobby' ? phase.code : phase.seat.code;
    root.replaceChildren(roomFrame(ctx, t('workshop.joinTitle'), code ? showCode(code) : null, body));
  }

  // A reload, or the join link opened again, within the minute takes the same seat back.
  if (saved?.token && (!codeFromLink || normaliseCode(codeFromLink) === saved.code)) void sit(saved, saved.token);
  else render();
  return render;
}
