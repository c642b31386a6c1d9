// The facilitator's room: one per workshop, found by its join code. It creates the teams' rooms
// (on whichever process has room for them), keeps the dashboard, and passes the facilitator's
// actions on to every team. Attendees pass through it to pick a team.
import { matchMaker, Room, ServerError, type Client } from '@colyseus/core';
import { downChannel, secretsKey, upChannel, type Down, type Up } from './channels.ts';
import { normaliseCode } from '../state/join-code.ts';
import { digest, newJoinCode, newSecret, sameDigest } from './code.ts';
import { teamsCsv, teamsJson } from './export.ts';
import { createOptions, facilitatorMessages, joinWorkshop, parseOr, pickTeam, type CreateOptions } from './messages.ts';
import { shippedScenario } from './scenarios.ts';
import { shockEvents } from '../sim/index.ts';
import type { TeamSummary } from '../state/team-view.ts';
import type { TeamOptions } from './team-room.ts';

interface Seat {
  role: 'facilitator' | 'attendee';
  name?: string;
}

export class WorkshopRoom extends Room {
  maxClients = 400;
  private code = '';
  private secretDigest = '';
  /** Handed once to the client that created the room; later the facilitator proves it holds it. */
  private secretForCreator: string | null = null;
  private settings!: CreateOptions;
  private teams: (TeamSummary | null)[] = [];
  private paused = false;
  /** The scenario's events the facilitator may bring into every team. */
  private shocks: string[] = [];
  /** The last shock brought in, and the teams it reached. */
  private shock: { event: string; reached: number[]; refused: number[] } | null = null;
  private readonly onUp = (msg: Up) => this.up(msg);

  async onCreate(options: unknown) {
    const parsed = parseOr(createOptions, options);
    if (!parsed.ok) throw new ServerError(400, `badOptions:${parsed.refusal.params.field}`);
    const settings = parsed.value;
    const scenario = shippedScenario(settings.scenario);
    if (!scenario) throw new ServerError(400, `unknownScenario:${settings.scenario}`);
    this.settings = settings;
    this.shocks = shockEvents(scenario.config);
    this.code = newJoinCode();
    const secret = newSecret();
    this.secretForCreator = secret;
    this.secretDigest = digest(secret);
    this.teams = Array.from({ length: settings.teams }, () => null);
    await this.presence.hset(secretsKey, this.code, this.secretDigest);
    this.setMetadata({ code: this.code });
    // matchMaker.query and the join filter find the room by this option.
    this.listing.code = this.code;
    await this.presence.subscribe(upChannel(this.code), this.onUp);

    const base = scenario.config.seed;
    for (let team = 0; team < settings.teams; team++) {
      const teamOptions: TeamOptions = {
        code: this.code, team, key: secret, scenario: settings.scenario, difficulty: settings.difficulty,
        seed: settings.seeds === 'same' ? base : base + 7919 * (team + 1),
        pacing: settings.pacing, roundSeconds: settings.roundSeconds,
      };
      await matchMaker.createRoom('team', teamOptions);
    }

    this.onMessage('pick', (client, message) => {
      const seat = client.userData as Seat;
      const parsed = parseOr(pickTeam, message);
      if (!parsed.ok || seat.role !== 'attendee') return client.send('refused', parsed.ok ? { code: 'notAttendee', params: {} } : parsed.refusal);
      const team = parsed.value.team !== null && parsed.value.team < this.settings.teams ? parsed.value.team : this.smallestTeam();
      client.send('seat', { code: this.code, team });
    });
    for (const [type, schema] of Object.entries(facilitatorMessages)) {
      this.onMessage(type, (client, message) => {
        const parsed = parseOr(schema, message);
        if (!parsed.ok) return client.send('refused', parsed.refusal);
        if (!sameDigest((parsed.value as { secret: string }).secret, this.secretDigest)) return client.send('refused', { code: 'notFacilitator', params: {} });
        this.facilitate(client, type as keyof typeof facilitatorMessages, parsed.value as never);
      });
    }
    // A facilitator back after a drop asks for the board it may have missed.
    this.onMessage('look', (client) => {
      if ((client.userData as Seat).role === 'facilitator') client.send('board', this.board());
    });
    this.onMessage('*', (client, type) => client.send('refused', { code: 'unknownMessage', params: { type: String(type).slice(0, 40) } }));
  }

  onAuth(_client: Client, options: unknown): Seat {
    const parsed = parseOr(joinWorkshop, options);
    if (!parsed.ok) throw new ServerError(400, 'badJoin');
    if (this.secretForCreator !== null) return { role: 'facilitator' };
    if (normaliseCode(parsed.value.code ?? '') !== this.code) throw new ServerError(403, 'wrongRoom');
    if (parsed.value.secret !== undefined) {
      if (!sameDigest(parsed.value.secret, this.secretDigest)) throw new ServerError(403, 'notFacilitator');
      return { role: 'facilitator' };
    }
    if (!parsed.value.name) throw new ServerError(400, 'nameMissing');
    return { role: 'attendee', name: parsed.value.name };
  }

  onJoin(client: Client, _options: unknown, seat: Seat) {
    client.userData = seat;
    if (seat.role === 'facilitator') {
      client.send('facilitator', { code: this.code, secret: this.secretForCreator, settings: this.settings });
      this.secretForCreator = null;
      client.send('board', this.board());
      this.presence.publish(downChannel(this.code), { kind: 'hello' } satisfies Down);
    } else {
      client.send('lobby', { code: this.code, scenario: this.settings.scenario, teams: this.teams.map((t, team) => ({ team, members: t?.members.length ?? 0 })) });
    }
  }

  async onLeave(client: Client, consented: boolean) {
    if ((client.userData as Seat | undefined)?.role !== 'facilitator' || consented) return;
    try {
      await this.allowReconnection(client, 60);
    } catch {
      // The facilitator can come back later with the secret.
    }
  }

  async onDispose() {
    if (!this.code) return;
    this.presence.publish(downChannel(this.code), { kind: 'close' } satisfies Down);
    await this.presence.unsubscribe(upChannel(this.code), this.onUp);
    await this.presence.hdel(secretsKey, this.code);
  }

  private facilitate(client: Client, type: keyof typeof facilitatorMessages, message: Record<string, unknown>): void {
    const send = (down: Down) => this.presence.publish(downChannel(this.code), down);
    switch (type) {
      case 'pause':
        this.paused = message.paused as boolean;
        send({ kind: 'pause', paused: this.paused });
        break;
      case 'extend': send({ kind: 'extend', seconds: message.seconds as number }); break;
      case 'advance': send({ kind: 'advance' }); break;
      case 'inject': {
        const event = message.event as string;
        if (!this.shocks.includes(event)) return client.send('refused', { code: 'noSuchShock', params: {} });
        this.shock = { event, reached: [], refused: [] };
        send({ kind: 'inject', event });
        break;
      }
      case 'move':
        if ((message.team as number) >= this.settings.teams) return client.send('refused', { code: 'noSuchTeam', params: {} });
        send({ kind: 'move', attendee: message.attendee as string, team: message.team as number });
        break;
      case 'export': {
        const teams = this.teams.filter((t): t is TeamSummary => t !== null);
        client.send('export', { csv: teamsCsv(teams), json: teamsJson(this.code, this.settings.scenario, teams) });
        break;
      }
    }
    this.broadcastBoard();
  }

  private up(msg: Up): void {
    if (msg.kind === 'injected') {
      if (this.shock?.event !== msg.event || msg.team < 0 || msg.team >= this.teams.length) return;
      (msg.refused === null ? this.shock.reached : this.shock.refused).push(msg.team);
      return this.broadcastBoard();
    }
    if (msg.summary.team < 0 || msg.summary.team >= this.teams.length) return;
    this.teams[msg.summary.team] = msg.summary;
    const playing = this.teams.filter((t) => t && t.members.length > 0 && t.status === 'running');
    if (this.settings.pacing === 'together' && playing.length > 0 && playing.every((t) => t!.ready)) {
      this.presence.publish(downChannel(this.code), { kind: 'advance' } satisfies Down);
    }
    this.broadcastBoard();
  }

  private smallestTeam(): number {
    let best = 0;
    this.teams.forEach((t, i) => {
      if ((t?.members.length ?? 0) < (this.teams[best]?.members.length ?? 0)) best = i;
    });
    return best;
  }

  private board() {
    return { code: this.code, settings: this.settings, paused: this.paused, teams: this.teams, shocks: this.shocks, shock: this.shock };
  }

  private broadcastBoard(): void {
    const board = this.board();
    for (const client of this.clients) {
      if ((client.userData as Seat | undefined)?.role === 'facilitator') client.send('board', board);
    }
  }
}
