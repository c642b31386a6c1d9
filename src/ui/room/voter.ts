// A member of a talk's audience, on a phone: the link behind the slide's QR code (?vote=CODE), the
// question and its options in the phone's language, one tap to vote (changeable until voting
// closes), then the result. Nothing here is typed but the code, and nothing typed is shown.
import type { Client, Room } from 'colyseus.js';
import { Check } from 'lucide';
import { normaliseCode, showCode } from '../../state/join-code.ts';
import type { UiContext } from '../context.ts';
import { h, icon } from '../dom.ts';
import { scenarioWords } from '../scenario-words.ts';
import { joinProblem, keepSeat, workshopClient } from './connection.ts';
import { roomFrame } from './frame.ts';
import { barFill } from '../screens/presenter-vote.ts';

interface Tally { counts: Record<string, number>; voters: number }
interface Ballot { code: string; scenario: string; step: string; options: string[]; open: boolean; chosen: string | null; tally: Tally | null; winner: string | null }

type Phase =
  | { kind: 'form'; code: string; problem: string | null; busy: boolean }
  | { kind: 'ballot'; ballot: Ballot; notice: string | null; trying: boolean; lost: boolean; ended: 'applied' | 'closed' | 'movedOn' | null };

/** The phone's own id, kept across reloads, so that it has one vote however often it comes back. */
function voterId(): string | undefined {
  try {
    const key = 'devops-journey:voter';
    let id = localStorage.getItem(key);
    if (!id || !/^[A-Za-z0-9_-]{16,64}$/.test(id)) {
      id = Array.from(crypto.getRandomValues(new Uint8Array(18)), (b) => b.toString(16).padStart(2, '0')).join('');
      localStorage.setItem(key, id);
    }
    return id;
  } catch {
    // Without storage the connection is the voter.
    return undefined;
  }
}

const refusals: Record<string, string> = { tooFast: 'vote.error.tooFast', voteClosed: 'vote.error.closed' };

export function startVoter(root: HTMLElement, ctx: UiContext, codeFromLink: string): () => void {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const client: Client = workshopClient();
  let phase: Phase = { kind: 'form', code: codeFromLink, problem: null, busy: false };
  let seat: ReturnType<typeof keepSeat> | null = null;
  const set = (next: Phase) => { phase = next; render(); };
  const onBallot = (update: (p: Extract<Phase, { kind: 'ballot' }>) => Phase) => { if (phase.kind === 'ballot') set(update(phase)); };

  async function join(code: string): Promise<void> {
    set({ kind: 'form', code, problem: null, busy: true });
    let room: Room;
    try {
      room = await client.join('vote', { code: normaliseCode(code), voter: voterId() });
    } catch (error) {
      const key = joinProblem(error);
      const problem = key === 'workshop.error.noRoom' ? 'vote.error.noVote' : key === 'workshop.error.noServer' ? 'vote.error.noServer'
        : key === 'workshop.error.tooMany' ? 'vote.error.tooMany' : 'vote.error.other';
      return set({ kind: 'form', code, problem, busy: false });
    }
    seat = keepSeat(client, room, {
      onRoom: (r) => {
        r.onMessage('ballot', (ballot: Ballot) => {
          if (phase.kind === 'ballot') set({ ...phase, ballot, trying: false });
          else set({ kind: 'ballot', ballot, notice: null, trying: false, lost: false, ended: ballot.open ? null : 'closed' });
        });
        r.onMessage('counted', (msg: { option: string }) => onBallot((p) => ({ ...p, ballot: { ...p.ballot, chosen: msg.option }, notice: null })));
        r.onMessage('closed', (msg: { tally: Tally; winner: string }) => onBallot((p) => ({ ...p, ballot: { ...p.ballot, open: false, tally: msg.tally, winner: msg.winner }, ended: 'closed' })));
        r.onMessage('applied', (msg: { tally: Tally; winner: string }) => onBallot((p) => ({ ...p, ballot: { ...p.ballot, open: false, tally: msg.tally, winner: msg.winner }, ended: 'applied' })));
        r.onMessage('ended', (msg: { tally: Tally }) => onBallot((p) => ({ ...p, ballot: { ...p.ballot, open: false, tally: msg.tally }, ended: p.ended === 'applied' ? 'applied' : 'movedOn' })));
        r.onMessage('refused', (reason: { code: string }) => onBallot((p) => ({ ...p, notice: refusals[reason.code] ?? 'vote.error.other' })));
      },
      onTrying: (trying) => onBallot((p) => ({ ...p, trying: trying && p.ended === null })),
      onLost: () => onBallot((p) => ({ ...p, lost: p.ended === null })),
    });
  }

  function render(): void {
    let body: HTMLElement;
    let code: string | null = null;
    if (phase.kind === 'form') {
      const p = phase;
      const input = h('input', { id: 'vote-code', attrs: { name: 'code', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', maxlength: 12, required: true, value: p.code } });
      body = h('form', { class: 'room-form', on: { submit: (e) => { e.preventDefault(); void join(input.value); } } },
        h('label', { attrs: { for: 'vote-code' }, text: t('vote.code') }), input,
        p.problem ? h('p', { class: 'notice bad', attrs: { role: 'alert' }, text: t(p.problem) }) : null,
        h('button', { class: 'btn primary large', attrs: { type: 'submit', disabled: p.busy }, text: p.busy ? t('vote.joining') : t('vote.join') }));
    } else {
      const p = phase;
      const b = p.ballot;
      code = showCode(b.code);
      const scenario = ctx.scenarios.get({ kind: 'builtin', id: b.scenario });
      const say = scenarioWords(ctx.i18n, scenario);
      const vote = scenario?.steps.find((s) => s.id === b.step)?.vote;
      const label = (id: string) => say(vote?.options.find((o) => o.id === id)?.label ?? id);
      const total = b.tally ? Object.values(b.tally.counts).reduce((x, y) => x + y, 0) : 0;
      body = h('section', { class: 'vote-ballot', attrs: { 'aria-labelledby': 'ballot-question' } },
        h('h2', { id: 'ballot-question', text: vote ? say(vote.question) : '' }),
        p.trying ? h('p', { class: 'notice warn', attrs: { role: 'status' }, text: t('vote.reconnecting') }) : null,
        p.lost ? h('p', { class: 'notice bad', attrs: { role: 'alert' }, text: t('vote.dropped') }) : null,
        p.notice ? h('p', { class: 'notice bad', attrs: { role: 'alert' }, text: t(p.notice) }) : null,
        b.open ? h('p', { class: 'hint', text: t('vote.tap') }) : null,
        b.open
          ? h('ul', { class: 'ballot-options' }, ...b.options.map((id) => h('li', {}, h('button', {
              class: b.chosen === id ? 'btn ballot-option chosen' : 'btn ballot-option',
              attrs: { 'aria-pressed': b.chosen === id ? 'true' : 'false', 'data-option': id, disabled: p.lost },
              on: { click: () => seat?.current().send('vote', { option: id }) },
            }, b.chosen === id ? icon(Check, 24) : null, h('span', { text: label(id) })))))
          : null,
        b.chosen ? h('p', { class: 'notice good', attrs: { role: 'status' }, text: t('vote.counted', { option: label(b.chosen) }) }) : null,
        b.open && b.chosen ? h('p', { class: 'hint', text: t('vote.waiting') }) : null,
        p.ended === 'closed' ? h('p', { class: 'notice', attrs: { role: 'status' }, text: t('vote.closed') }) : null,
        p.ended === 'movedOn' ? h('p', { class: 'notice warn', attrs: { role: 'status' }, text: t('vote.ended') }) : null,
        p.ended === 'applied' && b.winner ? h('p', { class: 'notice good', attrs: { role: 'status' }, text: t('vote.taken', { option: label(b.winner) }) }) : null,
        !b.open && b.tally ? h('section', { class: 'ballot-result', attrs: { 'aria-labelledby': 'ballot-result' } },
          h('h3', { id: 'ballot-result', text: t('vote.result') }),
          h('ul', { class: 'vote-tally' }, ...b.options.map((id) => {
            const n = b.tally!.counts[id] ?? 0;
            return h('li', { class: id === b.winner ? 'vote-row top' : 'vote-row', attrs: { 'data-option': id } },
              h('span', { class: 'vote-label' }, h('span', { text: label(id) }),
                id === b.winner ? h('span', { class: 'vote-lead' }, icon(Check, 16), t('vote.winner')) : null),
              h('span', { class: 'vote-count', text: t('vote.votes', { count: n }) }),
              h('span', { class: 'vote-bar', attrs: { 'aria-hidden': 'true' } }, barFill(total > 0 ? Math.round((100 * n) / total) : 0)));
          })),
          h('p', { class: 'hint', text: t('vote.voters', { count: b.tally.voters }) })) : null);
    }
    root.replaceChildren(roomFrame(ctx, t('vote.title'), code, body));
  }

  // The QR code's link carries the code: join at once, no typing.
  if (codeFromLink) void join(codeFromLink);
  else render();
  return render;
}
