// The audience's vote on a talk's step: one room per open vote, found by a short code (the QR
// code's link). The options come from the shipped scenario, never from a client, so a phone shows
// nothing anybody typed; the presenter proves with a secret that it may close and apply the vote.
import { Room, ServerError, type Client } from '@colyseus/core';
import { normaliseCode } from '../state/join-code.ts';
import { digest, newJoinCode, newSecret, sameDigest } from './code.ts';
import { castVote, createVote, joinVote, parseOr, presenterMessages } from './messages.ts';
import { shippedScenario } from './scenarios.ts';

interface Seat {
  role: 'presenter' | 'voter';
  /** Whose ballot this is: the phone's own id, or the connection's. */
  voter: string;
  /** When this voter's recent votes were cast, for the rate limit. */
  recent: number[];
}

/** Votes one voter may cast in VOTE_WINDOW_MS (changing one's mind is fine; a script is not). */
export const VOTES_PER_WINDOW = 10;
export const VOTE_WINDOW_MS = 10_000;
/** Seconds a presenter who dropped has to come back before the vote ends. */
export const PRESENTER_RECONNECT_SECONDS = 20;

export interface Tally {
  counts: Record<string, number>;
  voters: number;
}

export class VoteRoom extends Room {
  maxClients = 1000;
  private code = '';
  private secretDigest = '';
  private secretForCreator: string | null = null;
  private scenario = '';
  private step = '';
  private options: string[] = [];
  private ballots = new Map<string, string>();
  private open = true;

  async onCreate(options: unknown) {
    const parsed = parseOr(createVote, options);
    if (!parsed.ok) throw new ServerError(400, `badOptions:${parsed.refusal.params.field}`);
    const scenario = shippedScenario(parsed.value.scenario);
    if (!scenario) throw new ServerError(400, `unknownScenario:${parsed.value.scenario}`);
    const vote = scenario.steps.find((s) => s.id === parsed.value.step)?.vote;
    if (!vote) throw new ServerError(400, `noVote:${parsed.value.step}`);
    this.scenario = scenario.id;
    this.step = parsed.value.step;
    this.options = vote.options.map((o) => o.id);
    this.code = newJoinCode();
    const secret = newSecret();
    this.secretForCreator = secret;
    this.secretDigest = digest(secret);
    this.setMetadata({ code: this.code });
    this.listing.code = this.code;

    this.onMessage('vote', (client, message) => {
      const seat = client.userData as Seat;
      const parsed = parseOr(castVote, message);
      if (!parsed.ok) return client.send('refused', parsed.refusal);
      if (seat.role !== 'voter') return client.send('refused', { code: 'notVoter', params: {} });
      if (!this.open) return client.send('refused', { code: 'voteClosed', params: {} });
      if (!this.options.includes(parsed.value.option)) return client.send('refused', { code: 'noSuchOption', params: {} });
      const now = Date.now();
      seat.recent = seat.recent.filter((t) => now - t < VOTE_WINDOW_MS);
      if (seat.recent.length >= VOTES_PER_WINDOW) return client.send('refused', { code: 'tooFast', params: {} });
      seat.recent.push(now);
      this.ballots.set(seat.voter, parsed.value.option);
      // Every device of the same voter shows the same choice.
      for (const c of this.clients) if ((c.userData as Seat | undefined)?.voter === seat.voter) c.send('counted', { option: parsed.value.option });
      this.tellPresenters('tally', { tally: this.tally() });
    });
    for (const [type, schema] of Object.entries(presenterMessages)) {
      this.onMessage(type, (client, message) => {
        const parsed = parseOr(schema, message);
        if (!parsed.ok) return client.send('refused', parsed.refusal);
        if (!sameDigest((parsed.value as { secret: string }).secret, this.secretDigest)) return client.send('refused', { code: 'notPresenter', params: {} });
        this.preside(type as keyof typeof presenterMessages, parsed.value as never);
      });
    }
    this.onMessage('*', (client, type) => client.send('refused', { code: 'unknownMessage', params: { type: String(type).slice(0, 40) } }));
  }

  onAuth(client: Client, options: unknown): Seat {
    const parsed = parseOr(joinVote, options);
    if (!parsed.ok) throw new ServerError(400, 'badJoin');
    if (this.secretForCreator !== null) return { role: 'presenter', voter: client.sessionId, recent: [] };
    if (normaliseCode(parsed.value.code ?? '') !== this.code) throw new ServerError(403, 'wrongRoom');
    if (parsed.value.secret !== undefined) {
      if (!sameDigest(parsed.value.secret, this.secretDigest)) throw new ServerError(403, 'notPresenter');
      return { role: 'presenter', voter: client.sessionId, recent: [] };
    }
    return { role: 'voter', voter: parsed.value.voter ?? client.sessionId, recent: [] };
  }

  onJoin(client: Client, _options: unknown, seat: Seat) {
    client.userData = seat;
    if (seat.role === 'presenter') {
      client.send('presenter', { code: this.code, secret: this.secretForCreator, scenario: this.scenario, step: this.step, options: this.options, tally: this.tally() });
      this.secretForCreator = null;
    } else {
      client.send('ballot', {
        code: this.code, scenario: this.scenario, step: this.step, options: this.options, open: this.open,
        chosen: this.ballots.get(seat.voter) ?? null, tally: this.open ? null : this.tally(), winner: this.open ? null : this.winner(),
      });
    }
  }

  async onLeave(client: Client, consented: boolean) {
    if ((client.userData as Seat | undefined)?.role !== 'presenter') return;
    if (!consented) {
      try {
        await this.allowReconnection(client, PRESENTER_RECONNECT_SECONDS);
        return;
      } catch {
        // Gone for good: the vote goes with them.
      }
    }
    if (!this.clients.some((c) => (c.userData as Seat | undefined)?.role === 'presenter')) this.end('presenterLeft');
  }

  private preside(type: keyof typeof presenterMessages, message: Record<string, unknown>): void {
    switch (type) {
      case 'close':
        this.open = false;
        this.broadcast('closed', { tally: this.tally(), winner: this.winner() });
        break;
      case 'apply':
        this.open = false;
        this.broadcast('applied', { tally: this.tally(), winner: this.winner() });
        this.end(null);
        break;
      case 'step':
        if (message.step !== this.step) this.end('movedOn');
        break;
    }
  }

  /** Tells everyone why the vote is over (unless it was applied, which said so) and closes the room. */
  private end(reason: 'movedOn' | 'presenterLeft' | null): void {
    if (reason) this.broadcast('ended', { reason, tally: this.tally() });
    this.open = false;
    void this.disconnect();
  }

  private tally(): Tally {
    const counts = Object.fromEntries(this.options.map((o) => [o, 0]));
    for (const option of this.ballots.values()) counts[option]++;
    return { counts, voters: this.ballots.size };
  }

  /** The most votes; a tie goes to the option listed first, and no votes at all to the first option. */
  private winner(): string {
    const { counts } = this.tally();
    return this.options.reduce((best, o) => (counts[o] > counts[best] ? o : best), this.options[0]);
  }

  private tellPresenters(type: string, message: unknown): void {
    for (const client of this.clients) if ((client.userData as Seat | undefined)?.role === 'presenter') client.send(type, message);
  }
}
