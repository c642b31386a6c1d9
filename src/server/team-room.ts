// One team's game: the engine runs here, every member sees the same board, any member may act.
import { Room, ServerError, type Client } from '@colyseus/core';
import { checkCommand, RESPONSE_POLICIES, type Difficulty } from '../sim/index.ts';
import { createGameStore, type GameStore } from '../state/game.ts';
import { downChannel, secretsKey, upChannel, type Down, type Up } from './channels.ts';
import { sameDigest } from './code.ts';
import { commandMessage, FACILITATOR_COMMANDS, joinTeam, parseOr, type Refusal } from './messages.ts';
import { shippedScenario } from './scenarios.ts';
import { pendingChoices, practiceOffers, teamSummary, waitingFight, type Member, type TeamView } from '../state/team-view.ts';

export interface TeamOptions {
  code: string;
  team: number;
  key: string;
  scenario: string;
  difficulty?: Difficulty;
  seed: number;
  pacing: 'self' | 'together';
  roundSeconds: number;
}

/** Seconds a member who dropped keeps their seat. */
export const RECONNECT_SECONDS = 60;

export class TeamRoom extends Room {
  maxClients = 50;
  private options!: TeamOptions;
  private game!: GameStore;
  private members = new Map<string, Member>();
  private paused = false;
  private ready = false;
  private deadline: number | null = null;
  private pausedLeft: number | null = null;
  private round: { clear(): void } | null = null;
  private readonly onDown = (msg: Down) => this.down(msg);

  async onCreate(options: TeamOptions) {
    const stored = await this.presence.hget(secretsKey, String(options.code));
    if (!stored || !sameDigest(options.key, stored)) throw new ServerError(403, 'team rooms are made by their workshop');
    const scenario = shippedScenario(options.scenario);
    if (!scenario) throw new ServerError(400, `unknown scenario ${options.scenario}`);
    this.options = { ...options, key: '' };
    this.autoDispose = false;
    this.setMetadata({ code: options.code, team: options.team });
    this.game = createGameStore(() => scenario.config, undefined);
    this.game.open({ kind: 'builtin', id: options.scenario }, scenario.config, options.seed);
    if (options.difficulty) this.game.setDifficulty(options.difficulty);
    this.game.begin();
    this.startRound();
    await this.presence.subscribe(downChannel(options.code), this.onDown);

    this.onMessage('command', (client, message) => {
      const parsed = parseOr(commandMessage, message);
      if (!parsed.ok) return this.refuse(client, parsed.refusal);
      if (FACILITATOR_COMMANDS.has(parsed.value.command.type)) return this.refuse(client, { code: 'facilitatorOnly', params: {} });
      if (this.paused) return this.refuse(client, { code: 'paused', params: {} });
      const { state } = this.session();
      const reason = checkCommand(state, parsed.value.command);
      if (reason) return this.refuse(client, reason);
      const result = this.game.command(parsed.value.command as never);
      if (!result.ok) return this.refuse(client, result.reason);
      this.changed();
    });
    this.onMessage('endTurn', (client) => {
      if (this.paused) return this.refuse(client, { code: 'paused', params: {} });
      if (this.session().state.status !== 'running') return this.refuse(client, { code: 'gameOver', params: {} });
      if (this.session().state.fight) return this.refuse(client, { code: 'incidentWaiting', params: {} });
      if (this.options.pacing === 'together') {
        this.ready = true;
        this.changed();
      } else {
        this.endTurn();
      }
    });
    // A client that registered its handlers after joining asks for the board it may have missed.
    this.onMessage('look', (client) => client.send('view', this.view()));
    this.onMessage('*', (client, type) => this.refuse(client, { code: 'unknownMessage', params: { type: String(type).slice(0, 40) } }));
  }

  onAuth(_client: Client, options: unknown) {
    const parsed = parseOr(joinTeam, options);
    if (!parsed.ok) throw new ServerError(400, 'badJoin');
    if (parsed.value.code !== this.options.code || parsed.value.team !== this.options.team) throw new ServerError(403, 'wrongRoom');
    return parsed.value;
  }

  onJoin(client: Client, _options: unknown, auth: { name: string }) {
    this.members.set(client.sessionId, { id: client.sessionId, name: auth.name, connected: true });
    this.changed();
  }

  async onLeave(client: Client, consented: boolean) {
    const member = this.members.get(client.sessionId);
    if (!member) return;
    if (!consented) {
      member.connected = false;
      this.changed();
      try {
        await this.allowReconnection(client, RECONNECT_SECONDS);
        member.connected = true;
        this.changed();
        return;
      } catch {
        // The seat is given up after the wait.
      }
    }
    this.members.delete(client.sessionId);
    this.changed();
  }

  async onDispose() {
    this.round?.clear();
    // A room refused at creation has nothing to let go of.
    if (!this.options) return;
    await this.presence.unsubscribe(downChannel(this.options.code), this.onDown);
  }

  private session() {
    return this.game.getState().session!;
  }

  private down(msg: Down): void {
    switch (msg.kind) {
      case 'pause': return this.setPaused(msg.paused);
      case 'extend':
        if (this.deadline !== null) this.deadline += msg.seconds * 1000;
        if (this.pausedLeft !== null) this.pausedLeft += msg.seconds * 1000;
        this.armRound();
        return this.changed();
      case 'advance': return this.endTurn();
      case 'inject': return this.inject(msg.event);
      case 'move': {
        const client = this.clients.find((c) => c.sessionId === msg.attendee);
        if (client && msg.team !== this.options.team) client.send('moveTo', { team: msg.team });
        return;
      }
      case 'hello': return this.publish();
      case 'close': {
        this.disconnect();
        return;
      }
    }
  }

  /** The facilitator's shock, as an engine command: recorded with the team's turns, so replays keep it. */
  private inject(event: string): void {
    const result = this.game.command({ type: 'injectEvent', event });
    const up: Up = { kind: 'injected', team: this.options.team, event, refused: result.ok ? null : result.reason.code };
    this.presence.publish(upChannel(this.options.code), up);
    if (result.ok) this.changed();
  }

  private setPaused(paused: boolean): void {
    if (paused === this.paused) return;
    this.paused = paused;
    if (paused && this.deadline !== null) {
      this.pausedLeft = Math.max(0, this.deadline - Date.now());
      this.deadline = null;
    } else if (!paused && this.pausedLeft !== null) {
      this.deadline = Date.now() + this.pausedLeft;
      this.pausedLeft = null;
    }
    this.armRound();
    this.changed();
  }

  /**
   * Ends the turn for the team (its clock ran out, or everyone advances). A turn stopped at a major
   * incident is finished the way nobody deciding would: the company's playbook by the on-call engineer.
   */
  private endTurn(): void {
    const { state } = this.session();
    if (state.status !== 'running') return;
    if (state.fight) this.game.command({ type: 'respondIncident', ...RESPONSE_POLICIES.playbook!(state) });
    else this.game.endTurn();
    this.ready = false;
    this.startRound();
    this.changed();
  }

  private startRound(): void {
    const running = this.session().state.status === 'running';
    this.deadline = running && this.options.pacing === 'self' ? Date.now() + this.options.roundSeconds * 1000 : null;
    this.pausedLeft = null;
    this.armRound();
  }

  private armRound(): void {
    this.round?.clear();
    this.round = null;
    if (this.deadline === null || this.paused) return;
    this.round = this.clock.setTimeout(() => this.endTurn(), Math.max(0, this.deadline - Date.now()));
  }

  private refuse(client: Client, reason: Refusal): void {
    client.send('refused', reason);
  }

  private view(): TeamView {
    const { state, turns, ref } = this.session();
    return {
      summary: teamSummary(this.options.team, state, turns, [...this.members.values()], this.ready),
      scenario: ref.id,
      era: state.era,
      budget: state.money.budget,
      paused: this.paused,
      pacing: this.options.pacing,
      secondsLeft: this.deadline === null ? (this.pausedLeft === null ? null : Math.ceil(this.pausedLeft / 1000)) : Math.max(0, Math.ceil((this.deadline - Date.now()) / 1000)),
      pending: pendingChoices(state),
      practices: practiceOffers(state),
      fight: waitingFight(state),
    };
  }

  private changed(): void {
    const view = this.view();
    this.broadcast('view', view);
    this.publish(view.summary);
  }

  private publish(summary = this.view().summary): void {
    const up: Up = { kind: 'summary', summary };
    this.presence.publish(upChannel(this.options.code), up);
  }
}
