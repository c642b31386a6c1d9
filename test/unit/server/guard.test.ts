import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '@colyseus/testing';
import { Client } from 'colyseus.js';
import type { Server } from '@colyseus/core';
import { startWorkshopServer } from '../../../src/server/app.ts';
import { freePort } from './free-port.ts';

let server: Server;
let base = '';

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = await startWorkshopServer({ port, host: '127.0.0.1', failuresPerMinute: 3 });
});
afterAll(async () => {
  await server.gracefullyShutdown(false);
});

const join = (body: unknown) => fetch(`${base}/matchmake/join/workshop`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('the guard in front of matchmaking', () => {
  it('refuses a huge join request before Colyseus reads it', async () => {
    const res = await join({ code: 'X'.repeat(5000), name: 'Eve' });
    expect(res.status).toBe(413);
  });

  it('closes a socket that sends a message over the size limit', async () => {
    const client = new Client(base);
    const host = await client.create('workshop', { scenario: 'keep-it-simple', pacing: 'together', seeds: 'same', teams: 1 });
    const closed = new Promise<number>((resolve) => host.onLeave(resolve));
    host.send('pause', { secret: 'x'.repeat(10_000), paused: true });
    expect(await closed).not.toBe(1000);
    // The server itself carries on.
    const again = await client.create('workshop', { scenario: 'keep-it-simple', pacing: 'together', seeds: 'same', teams: 1 });
    expect(await again.waitForMessage('facilitator')).toMatchObject({ code: expect.any(String) });
  });

  it('makes an address that keeps guessing codes wait', async () => {
    const answers: number[] = [];
    for (let i = 0; i < 5; i++) answers.push((await join({ code: `GUESS${i}AA`, name: 'Eve' })).status);
    expect(answers.slice(0, 3)).toEqual([200, 200, 200]);
    expect(answers.slice(3)).toEqual([429, 429]);
    const body = await (await join({ code: 'GUESS9AA', name: 'Eve' })).json() as { error: string };
    expect(body.error).toBe('tooManyJoins');
  });
});
