import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ColyseusTestServer } from '@colyseus/testing';
import type { Room } from 'colyseus.js';
import { matchMaker } from '@colyseus/core';
import { startWorkshopServer } from '../../../src/server/app.ts';
import { VOTES_PER_WINDOW } from '../../../src/server/vote-room.ts';
import { CODE_ALPHABET } from '../../../src/state/join-code.ts';
import { freePort } from './free-port.ts';

let colyseus: ColyseusTestServer;
let port: number;

beforeAll(async () => {
  port = await freePort();
  colyseus = new ColyseusTestServer(await startWorkshopServer({ port, host: '127.0.0.1', failuresPerMinute: 1000 }));
});
afterAll(async () => {
  await colyseus.shutdown();
});

interface Tally { counts: Record<string, number>; voters: number }

async function opened() {
  const room = await colyseus.sdk.create('vote', { scenario: 'talk', step: 'decide' });
  const hello = await room.waitForMessage('presenter') as { code: string; secret: string; options: string[]; tally: Tally };
  return { room, ...hello };
}

async function voter(code: string, id?: string): Promise<{ room: Room; ballot: { options: string[]; open: boolean; chosen: string | null } }> {
  const room = await colyseus.sdk.join('vote', { code, ...(id ? { voter: id } : {}) });
  const ballot = await room.waitForMessage('ballot') as { options: string[]; open: boolean; chosen: string | null };
  return { room, ballot };
}

/** Resolves when the room's connection closes (the server closed the room). */
const closed = (room: Room) => new Promise<number>((resolve) => room.onLeave((code) => resolve(code)));

describe('vote rooms', () => {
  it('opens only for a shipped talk step that holds a vote, with a short code and a secret', async () => {
    const { code, secret, options, tally } = await opened();
    expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{8}$`));
    expect(secret.length).toBeGreaterThan(20);
    expect(options).toEqual(['pay-debt', 'hire', 'features']);
    expect(tally).toEqual({ counts: { 'pay-debt': 0, hire: 0, features: 0 }, voters: 0 });
    await expect(colyseus.sdk.create('vote', { scenario: 'talk', step: 'baseline' })).rejects.toThrow(/noVote/);
    await expect(colyseus.sdk.create('vote', { scenario: 'nope', step: 'decide' })).rejects.toThrow(/unknownScenario/);
    await expect(colyseus.sdk.create('vote', { scenario: 'talk', step: '<b>x</b>' })).rejects.toThrow(/badOptions/);
    await expect(colyseus.sdk.join('vote', { code: 'AAAAAAAA' })).rejects.toThrow();
  });

  it('counts one vote per voter, changeable until closed, and shows the presenter the tally live', async () => {
    const { room, code, secret } = await opened();
    const ana = await voter(code, 'ana-phone-0123456789');
    const ben = await voter(code, 'ben-phone-0123456789');
    expect(ana.ballot).toMatchObject({ options: ['pay-debt', 'hire', 'features'], open: true, chosen: null });

    let seen = room.waitForMessage('tally');
    ana.room.send('vote', { option: 'hire' });
    expect(await ana.room.waitForMessage('counted')).toEqual({ option: 'hire' });
    expect(await seen).toEqual({ tally: { counts: { 'pay-debt': 0, hire: 1, features: 0 }, voters: 1 } });
    seen = room.waitForMessage('tally');
    ben.room.send('vote', { option: 'features' });
    expect((await seen as { tally: Tally }).tally.voters).toBe(2);
    // Ana changes her mind: still one vote.
    seen = room.waitForMessage('tally');
    ana.room.send('vote', { option: 'features' });
    expect(await seen).toEqual({ tally: { counts: { 'pay-debt': 0, hire: 0, features: 2 }, voters: 2 } });
    // The same voter again (a reload) has the same single vote, and is told it.
    const again = await voter(code, 'ana-phone-0123456789');
    expect(again.ballot.chosen).toBe('features');
    seen = room.waitForMessage('tally');
    again.room.send('vote', { option: 'pay-debt' });
    expect(await seen).toEqual({ tally: { counts: { 'pay-debt': 1, hire: 0, features: 1 }, voters: 2 } });

    const anaSees = ana.room.waitForMessage('closed');
    room.send('close', { secret });
    expect(await anaSees).toEqual({ tally: { counts: { 'pay-debt': 1, hire: 0, features: 1 }, voters: 2 }, winner: 'pay-debt' });
    ben.room.send('vote', { option: 'hire' });
    expect(await ben.room.waitForMessage('refused')).toMatchObject({ code: 'voteClosed' });

    const benSees = ben.room.waitForMessage('applied');
    const gone = closed(ben.room);
    room.send('apply', { secret });
    expect(await benSees).toMatchObject({ winner: 'pay-debt' });
    await gone;
  });

  it('refuses bad and foreign messages, a vote from the presenter, and presenting without the secret', async () => {
    const { room, code } = await opened();
    const eve = await voter(code);
    eve.room.send('vote', { option: 'win' });
    expect(await eve.room.waitForMessage('refused')).toMatchObject({ code: 'noSuchOption' });
    eve.room.send('vote', { option: 'hire', extra: 1 });
    expect(await eve.room.waitForMessage('refused')).toMatchObject({ code: 'badMessage' });
    eve.room.send('vote', 'hire');
    expect(await eve.room.waitForMessage('refused')).toMatchObject({ code: 'badMessage' });
    eve.room.send('tally', {});
    expect(await eve.room.waitForMessage('refused')).toMatchObject({ code: 'unknownMessage' });
    eve.room.send('close', { secret: 'guess' });
    expect(await eve.room.waitForMessage('refused')).toMatchObject({ code: 'notPresenter' });
    eve.room.send('apply', { secret: 'guess' });
    expect(await eve.room.waitForMessage('refused')).toMatchObject({ code: 'notPresenter' });
    room.send('vote', { option: 'hire' });
    expect(await room.waitForMessage('refused')).toMatchObject({ code: 'notVoter' });
    await expect(colyseus.sdk.join('vote', { code, secret: 'guess' })).rejects.toThrow(/notPresenter/);
    await expect(colyseus.sdk.join('vote', { code, voter: 'x' })).rejects.toThrow();
    // A script voting in a loop is told to slow down.
    const refused = eve.room.waitForMessage('refused');
    for (let i = 0; i < VOTES_PER_WINDOW + 1; i++) eve.room.send('vote', { option: i % 2 ? 'hire' : 'features' });
    expect(await refused).toMatchObject({ code: 'tooFast' });
  });

  it('closes itself when the talk moves to another step, telling the voters why', async () => {
    const { room, code, secret } = await opened();
    const ana = await voter(code);
    room.send('step', { secret, step: 'decide' });
    ana.room.send('vote', { option: 'hire' });
    await ana.room.waitForMessage('counted');
    const told = ana.room.waitForMessage('ended');
    const gone = closed(ana.room);
    room.send('step', { secret, step: 'outcome' });
    expect(await told).toMatchObject({ reason: 'movedOn' });
    await gone;
    expect(await matchMaker.query({ name: 'vote' })).not.toContainEqual(expect.objectContaining({ metadata: { code } }));
    await expect(colyseus.sdk.join('vote', { code })).rejects.toThrow();
  });

  it('closes itself when the presenter leaves', async () => {
    const { room, code } = await opened();
    const ana = await voter(code);
    const told = ana.room.waitForMessage('ended');
    await room.leave(true);
    expect(await told).toMatchObject({ reason: 'presenterLeft' });
  });

  it('tells a page that rooms are here', async () => {
    const r = await fetch(`http://127.0.0.1:${port}/rooms.json`);
    expect(await r.json()).toEqual({ rooms: ['workshop', 'team', 'vote'] });
  });
});
