// The presenter's side of an audience vote: opens a vote room for the step on screen, follows its
// tally, and applies the winner to the talk. The talk itself never waits for it: without a server
// (vite preview, the single file, no network) nothing is offered and Next takes the first option.
import type { Client, Room } from 'colyseus.js';
import type { LoadedScenario, LoadedVote } from '../../scenarios/load.ts';

/** What the presenter drives (src/embed/stepper.ts, seen from here). */
export interface VoteDeck {
  readonly scenario: LoadedScenario;
  view(): { step: number; id: string | null; choices: Record<string, string> };
  choose(step: string, option: string): boolean;
  next(): void;
  subscribe(listener: () => void): () => void;
}

export interface Tally {
  counts: Record<string, number>;
  voters: number;
}

export type VotePhase = 'idle' | 'opening' | 'open' | 'closed' | 'applying' | 'lost' | 'failed';

/** The vote of the step on screen, as the presenter shows it. */
export interface VoteView {
  step: string;
  vote: LoadedVote;
  /** Whether a server is here to hold a vote at all; null while it is being asked. */
  available: boolean | null;
  phase: VotePhase;
  code: string | null;
  url: string | null;
  /** The join link as a QR code (an SVG data URL), once drawn. */
  qr: string | null;
  tally: Tally | null;
  winner: string | null;
  /** An i18n key saying why the vote could not open. */
  problem: string | null;
}

/** What a deck embedding the game is told (src/embed/protocol.ts, `vote` event). */
export interface VoteEvent {
  phase: 'opened' | 'tally' | 'closed' | 'applied' | 'ended';
  step: string;
  code: string;
  url: string;
  tally: Record<string, number>;
  voters: number;
  winner: string | null;
}

export interface VoteHost {
  /** The vote of the step on screen, or null when the step holds none. */
  view(): VoteView | null;
  open(): void;
  close(): void;
  apply(): void;
  /** Ends the vote without applying it: the talk goes on as if nobody had voted. */
  cancel(): void;
  subscribe(listener: () => void): () => void;
}

export function voteUrl(code: string): string {
  const url = new URL('.', location.href);
  url.search = `?vote=${code}`;
  return url.href;
}

/** Asks the page's own server whether it holds rooms (src/server/app.ts answers rooms.json). */
async function roomsHere(): Promise<boolean> {
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return false;
  try {
    const r = await fetch(new URL('rooms.json', location.href), { cache: 'no-store' });
    const body: unknown = r.ok ? await r.json() : null;
    return typeof body === 'object' && body !== null && Array.isArray((body as { rooms?: unknown }).rooms) && (body as { rooms: unknown[] }).rooms.includes('vote');
  } catch {
    return false;
  }
}

export function createVoteHost(deck: VoteDeck, tell: (event: VoteEvent) => void = () => {}): VoteHost {
  const listeners = new Set<() => void>();
  let client: Client | null = null;
  let available: boolean | null = null;
  let room: Room | null = null;
  let secret = '';
  let state: Omit<VoteView, 'vote' | 'available'> | null = null;
  const changed = () => listeners.forEach((l) => l());

  const current = () => {
    const v = deck.view();
    const step = v.step > 0 ? deck.scenario.steps[v.step - 1] : undefined;
    return step?.vote && deck.scenario.id && v.id ? { id: v.id, vote: step.vote } : null;
  };
  const event = (phase: VoteEvent['phase']) => {
    if (!state?.code || !state.url) return;
    tell({ phase, step: state.step, code: state.code, url: state.url, tally: state.tally?.counts ?? {}, voters: state.tally?.voters ?? 0, winner: state.winner });
  };
  const leave = () => {
    const r = room;
    room = null;
    if (r) void r.leave(true).catch(() => {});
  };

  // The talk moved: a vote for another step is over (the room also closes itself when told, or when we leave).
  let lastStep = deck.view().step;
  deck.subscribe(() => {
    const v = deck.view();
    if (v.step === lastStep) return;
    lastStep = v.step;
    if (state && state.phase !== 'applying') {
      if (room) room.send('step', { secret, step: v.id });
      event('ended');
      leave();
    }
    state = null;
    if (current() && available === null) probe();
    changed();
  });
  const probe = () => {
    available = null;
    void roomsHere().then((here) => { available = here; changed(); });
  };
  if (current()) probe();

  const open = async () => {
    const here = current();
    if (!here || !available || (state && state.phase !== 'failed' && state.phase !== 'lost')) return;
    const opening = deck.view().step;
    state = { step: here.id, phase: 'opening', code: null, url: null, qr: null, tally: null, winner: null, problem: null };
    changed();
    // The room client and the QR code load only when a vote opens: a talk without one never pays for
    // them, and colyseus.js' MessagePack decoder probes for eval (refused by the page's policy) as it loads.
    let problemOf = (_error: unknown) => 'workshop.error.noServer';
    try {
      const [{ joinProblem, workshopClient }, { default: QRCode }] = await Promise.all([import('./connection.ts'), import('qrcode')]);
      problemOf = joinProblem;
      client ??= workshopClient();
      const r = await client.create('vote', { scenario: deck.scenario.id, step: here.id });
      if (deck.view().step !== opening) return void r.leave(true);
      room = r;
      r.onMessage('presenter', (msg: { code: string; secret: string | null; tally: Tally }) => {
        if (msg.secret) secret = msg.secret;
        const url = voteUrl(msg.code);
        state = { ...state!, phase: 'open', code: msg.code, url, tally: msg.tally };
        void QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then((svg) => {
          if (state?.code !== msg.code) return;
          state = { ...state, qr: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` };
          changed();
        });
        event('opened');
        changed();
      });
      r.onMessage('tally', (msg: { tally: Tally }) => {
        if (!state) return;
        state = { ...state, tally: msg.tally };
        event('tally');
        changed();
      });
      r.onMessage('closed', (msg: { tally: Tally; winner: string }) => {
        if (!state) return;
        state = { ...state, phase: 'closed', tally: msg.tally, winner: msg.winner };
        event('closed');
        changed();
      });
      r.onMessage('applied', (msg: { tally: Tally; winner: string }) => {
        if (!state) return;
        state = { ...state, phase: 'applying', tally: msg.tally, winner: msg.winner };
        room = null;
        event('applied');
        // The winner is played as the talk steps on, exactly as a link with ?choices= would play it.
        deck.choose(state.step, msg.winner);
        deck.next();
      });
      r.onMessage('ended', () => {});
      r.onMessage('refused', () => {});
      r.onLeave(() => {
        if (room !== r) return;
        room = null;
        if (state && state.phase !== 'applying') {
          state = { ...state, phase: 'lost' };
          event('ended');
          changed();
        }
      });
    } catch (error) {
      state = { ...state!, phase: 'failed', problem: problemOf(error) };
      changed();
    }
  };

  return {
    view() {
      const here = current();
      if (!here) return null;
      const base = state && state.step === here.id ? state : { step: here.id, phase: 'idle' as const, code: null, url: null, qr: null, tally: null, winner: null, problem: null };
      return { ...base, vote: here.vote, available };
    },
    open: () => void open(),
    close() {
      if (room && state?.phase === 'open') room.send('close', { secret });
    },
    apply() {
      if (!room || (state?.phase !== 'open' && state?.phase !== 'closed')) return;
      room.send('apply', { secret });
    },
    cancel() {
      if (!state) return;
      event('ended');
      leave();
      state = null;
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
