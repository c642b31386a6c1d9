import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ColyseusTestServer } from '@colyseus/testing';
import type { Room } from 'colyseus.js';
import { createGameStore } from '../../../src/state/game.ts';
import { shippedScenario } from '../../../src/server/scenarios.ts';
import { startWorkshopServer } from '../../../src/server/app.ts';
import { CODE_ALPHABET, normaliseCode, showCode } from '../../../src/state/join-code.ts';
import type { TeamView } from '../../../src/state/team-view.ts';
import { freePort } from './free-port.ts';
import { finishTurn, nextView } from './play.ts';

let colyseus: ColyseusTestServer;

beforeAll(async () => {
  const port = await freePort();
  colyseus = new ColyseusTestServer(await startWorkshopServer({ port, host: '127.0.0.1', failuresPerMinute: 1000 }));
});
afterAll(async () => {
  await colyseus.shutdown();
});

const settings = { scenario: 'keep-it-simple', pacing: 'self', roundSeconds: 600, seeds: 'same', teams: 2 };

async function facilitated() {
  const room = await colyseus.sdk.create('workshop', settings);
  const hello = await room.waitForMessage('facilitator') as { code: string; secret: string };
  return { room, ...hello };
}

async function seat(code: string, name: string, team: number): Promise<{ room: Room; view: TeamView }> {
  const room = await colyseus.sdk.join('team', { code, team, name });
  room.send('look');
  const view = await room.waitForMessage('view') as TeamView;
  return { room, view };
}

describe('workshop rooms', () => {
  it('gives the facilitator a code without look-alikes and a secret', async () => {
    const { code, secret } = await facilitated();
    expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{8}$`));
    expect(code).not.toMatch(/[01OILSZB258]/);
    expect(secret.length).toBeGreaterThan(20);
    expect(normaliseCode(showCode(code).toLowerCase())).toBe(code);
  });

  it('lets attendees join a team by code, with the same board for every member', async () => {
    const { code } = await facilitated();
    const lobby = await colyseus.sdk.join('workshop', { code, name: 'Ana' });
    const teams = await lobby.waitForMessage('lobby') as { teams: unknown[] };
    expect(teams.teams).toHaveLength(2);
    lobby.send('pick', { team: null });
    const given = await lobby.waitForMessage('seat') as { team: number };
    expect(given.team).toBe(0);
    const ana = await seat(code, 'Ana', given.team);
    const ben = await seat(code, 'Ben', given.team);
    expect(ben.view.summary.members.map((m) => m.name)).toEqual(['Ana', 'Ben']);
    const offer = ben.view.practices.find((p) => p.status === 'open' && p.refused === null)!;
    const anaSees = ana.room.waitForMessage('view');
    ben.room.send('command', { command: { type: 'adoptPractice', practice: offer.id } });
    const after = await anaSees as TeamView;
    expect(after.practices.find((p) => p.id === offer.id)!.status).not.toBe('open');
    expect(after.summary.decisions).toEqual([{ turn: 0, command: { type: 'adoptPractice', practice: offer.id } }]);
  });

  it('refuses a join with a wrong code or to a team room with another code', async () => {
    const { code } = await facilitated();
    await expect(colyseus.sdk.join('workshop', { code: 'AAAAAAAA', name: 'Eve' })).rejects.toThrow();
    await expect(colyseus.sdk.join('team', { code: 'AAAAAAAA', team: 0, name: 'Eve' })).rejects.toThrow();
    await expect(colyseus.sdk.join('team', { team: 0, name: 'Eve' })).rejects.toThrow();
    await expect(colyseus.sdk.join('workshop', { name: 'Eve' })).rejects.toThrow();
    await expect(colyseus.sdk.create('team', { code, team: 5, key: 'guess', scenario: 'keep-it-simple', seed: 1, pacing: 'self', roundSeconds: 60 })).rejects.toThrow();
  });

  it('refuses a bad message and a command the engine refuses, and lets no client set its score', async () => {
    const { code } = await facilitated();
    const { room, view } = await seat(code, 'Ana', 1);
    room.send('command', { command: 'win' });
    expect(await room.waitForMessage('refused')).toMatchObject({ code: 'badMessage' });
    room.send('command', { command: { type: 'setScore', score: 1e9 } });
    expect(await room.waitForMessage('refused')).toMatchObject({ code: 'unknownCommand' });
    room.send('setState', { turn: 20 });
    expect(await room.waitForMessage('refused')).toMatchObject({ code: 'unknownMessage' });
    const next = await finishTurn(room, view);
    expect(next.summary.turn).toBe(view.summary.turn + 1);
    expect(next.summary.decisions.filter((d) => d.command.type !== 'respondIncident')).toEqual([]);
  });

  it('refuses facilitator actions without the secret', async () => {
    const { code, room: host } = await facilitated();
    const lobby = await colyseus.sdk.join('workshop', { code, name: 'Eve' });
    await lobby.waitForMessage('lobby');
    lobby.send('pause', { secret: 'guess', paused: true });
    expect(await lobby.waitForMessage('refused')).toMatchObject({ code: 'notFacilitator' });
    lobby.send('export', {});
    expect(await lobby.waitForMessage('refused')).toMatchObject({ code: 'badMessage' });
    await expect(colyseus.sdk.join('workshop', { code, secret: 'guess' })).rejects.toThrow();
    host.leave();
  });

  it('brings a member who dropped back to the same seat within 60 s', async () => {
    const { code } = await facilitated();
    const { room } = await seat(code, 'Ana', 0);
    const token = room.reconnectionToken;
    room.connection.close(3000);
    await new Promise((r) => setTimeout(r, 200));
    const back = await colyseus.sdk.reconnect(token);
    back.send('look');
    const view = await back.waitForMessage('view') as TeamView;
    expect(view.summary.members).toEqual([{ id: room.sessionId, name: 'Ana', connected: true }]);
  });

  it('shows nothing of one workshop in another', async () => {
    const a = await facilitated();
    const b = await facilitated();
    const { room, view } = await seat(a.code, 'Ana', 0);
    await finishTurn(room, view);
    const boardB = await new Promise<{ teams: ({ members: unknown[] } | null)[] }>((resolve) => {
      b.room.onMessage('board', resolve);
      b.room.send('pause', { secret: b.secret, paused: false });
    });
    expect(JSON.stringify(boardB)).not.toContain('Ana');
    expect(JSON.stringify(boardB)).not.toContain(a.code);
    b.room.send('export', { secret: b.secret });
    const exported = await b.room.waitForMessage('export') as { csv: string; json: string };
    expect(exported.csv).not.toContain('Ana');
  });

  it('plays the same game as the solo state layer: same scenario, seed and commands give the same hash', async () => {
    const { code } = await facilitated();
    const seated = await seat(code, 'Ana', 1);
    const { room } = seated;
    let { view } = seated;
    for (let turn = 0; turn < 3; turn++) {
      const offer = view.practices.find((p) => p.status === 'open' && p.refused === null);
      if (offer) {
        const adopted = nextView(room);
        room.send('command', { command: { type: 'adoptPractice', practice: offer.id } });
        view = await adopted;
      }
      view = await finishTurn(room, view);
    }
    expect(view.summary.turn).toBe(3);
    expect(view.summary.decisions.length).toBeGreaterThan(0);

    // The solo game's store, given the same commands turn by turn (a response to an incident is the
    // first command of the turn after the one it stopped), reaches the same state.
    const scenario = shippedScenario('keep-it-simple')!.config;
    const solo = createGameStore(() => scenario, undefined);
    solo.open({ kind: 'builtin', id: 'keep-it-simple' }, scenario);
    solo.begin();
    const entries = Math.max(...view.summary.decisions.map((d) => d.turn)) + 1;
    for (let entry = 0; entry < entries; entry++) {
      if (entry > 0) solo.endTurn();
      for (const d of view.summary.decisions.filter((x) => x.turn === entry)) expect(solo.command(d.command)).toEqual({ ok: true });
    }
    const { hashState } = await import('../../../src/sim/index.ts');
    expect(hashState(solo.getState().session!.state)).toBe(view.summary.hash);
  });
});

describe('pacing a workshop', () => {
  it('lets a late joiner into a team mid-game, on the team\'s current turn', async () => {
    const { code } = await facilitated();
    const { room, view } = await seat(code, 'Ana', 0);
    await finishTurn(room, await finishTurn(room, view));
    const late = await seat(code, 'Late', 0);
    expect(late.view.summary.turn).toBe(2);
    expect(late.view.summary.members.map((m) => m.name)).toEqual(['Ana', 'Late']);
  });

  it('pauses every team and moves a person to another team at the facilitator\'s word', async () => {
    const { code, secret, room: host } = await facilitated();
    const ana = await seat(code, 'Ana', 0);
    const ben = await seat(code, 'Ben', 1);
    host.send('pause', { secret, paused: true });
    const paused = await ben.room.waitForMessage('view') as TeamView;
    expect(paused.paused).toBe(true);
    ben.room.send('endTurn');
    expect(await ben.room.waitForMessage('refused')).toMatchObject({ code: 'paused' });
    host.send('pause', { secret, paused: false });
    await ben.room.waitForMessage('view');
    host.send('move', { secret, attendee: ana.room.sessionId, team: 1 });
    expect(await ana.room.waitForMessage('moveTo')).toEqual({ team: 1 });
  });

  it('advances a together-paced workshop when every team with people is ready', async () => {
    const room = await colyseus.sdk.create('workshop', { ...settings, pacing: 'together', teams: 3 });
    const { code } = await room.waitForMessage('facilitator') as { code: string };
    const a = await seat(code, 'Ana', 0);
    const b = await seat(code, 'Ben', 2);
    a.room.send('endTurn');
    const ready = await a.room.waitForMessage('view') as TeamView;
    expect(ready.summary).toMatchObject({ ready: true, turn: 0 });
    const next = nextView(b.room, (v) => v.summary.turn === 1 || v.fight !== null);
    b.room.send('endTurn');
    const after = await finishTurn(b.room, await next);
    expect(after.summary).toMatchObject({ ready: false, turn: 1 });
  });
});

describe('a shock from the facilitator', () => {
  it('is refused from an attendee, as a command or as the facilitator\'s message', async () => {
    const { code } = await facilitated();
    const { room } = await seat(code, 'Eve', 0);
    room.send('command', { command: { type: 'injectEvent', event: 'web-two' } });
    expect(await room.waitForMessage('refused')).toMatchObject({ code: 'facilitatorOnly' });
    room.send('inject', { event: 'web-two' });
    expect(await room.waitForMessage('refused')).toMatchObject({ code: 'unknownMessage' });
    const lobby = await colyseus.sdk.join('workshop', { code, name: 'Eve' });
    await lobby.waitForMessage('lobby');
    lobby.send('inject', { secret: 'guess', event: 'web-two' });
    expect(await lobby.waitForMessage('refused')).toMatchObject({ code: 'notFacilitator' });
    lobby.send('inject', { event: 'web-two' });
    expect(await lobby.waitForMessage('refused')).toMatchObject({ code: 'badMessage' });
    const look = nextView(room);
    room.send('look');
    const view = await look;
    expect(view.pending).toEqual([]);
    expect(view.summary.decisions).toEqual([]);
  });

  it('reaches every team at once through the engine, and a team\'s replay in the solo game gives the same hash', async () => {
    const { code, secret, room: host } = await facilitated();
    const ana = await seat(code, 'Ana', 0);
    const ben = await seat(code, 'Ben', 1);
    host.send('inject', { secret, event: 'salary-secrecy' });
    expect(await host.waitForMessage('refused')).toMatchObject({ code: 'noSuchShock' });

    const shocked = (v: TeamView) => v.pending.some((p) => p.event === 'web-two' && p.shock);
    const anaSees = nextView(ana.room, shocked);
    const benSees = nextView(ben.room, shocked);
    type Board = { shocks: string[]; shock: { event: string; reached: number[] } | null };
    const reached = new Promise<Board>((resolve) => {
      host.onMessage('board', (b: Board) => { if (b.shock?.reached.length === 2) resolve(b); });
    });
    host.send('inject', { secret, event: 'web-two' });
    const [a, b] = await Promise.all([anaSees, benSees]);
    const board = await reached;
    expect(board.shocks.sort()).toEqual(['big-everything', 'web-two']);
    expect(board.shock).toMatchObject({ event: 'web-two', reached: expect.arrayContaining([0, 1]) });
    expect(a.summary.decisions).toEqual([{ turn: 0, command: { type: 'injectEvent', event: 'web-two' } }]);
    expect(b.summary.decisions).toEqual([{ turn: 0, command: { type: 'injectEvent', event: 'web-two' } }]);

    // The team answers it, plays on, and its game replays in the solo store to the same hash.
    const pending = a.pending.find((p) => p.event === 'web-two')!;
    const answered = nextView(ana.room, (v) => !v.pending.some((p) => p.id === pending.id));
    ana.room.send('command', { command: { type: 'chooseEventOption', event: pending.id, option: pending.options.at(-1) } });
    const view = await finishTurn(ana.room, await answered);
    const scenario = shippedScenario('keep-it-simple')!.config;
    const solo = createGameStore(() => scenario, undefined);
    solo.open({ kind: 'builtin', id: 'keep-it-simple' }, scenario);
    solo.begin();
    expect(view.summary.turn).toBe(1);
    for (let entry = 0; entry <= view.summary.turn; entry++) {
      if (entry > 0) solo.endTurn();
      for (const d of view.summary.decisions.filter((x) => x.turn === entry)) expect(solo.command(d.command)).toEqual({ ok: true });
    }
    const { hashState } = await import('../../../src/sim/index.ts');
    expect(hashState(solo.getState().session!.state)).toBe(view.summary.hash);
  });
});
