import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '@colyseus/testing';
import { Client, type Room } from 'colyseus.js';
import type { TeamSummary } from '../../../src/state/team-view.ts';
import { freePort } from './free-port.ts';
import { finishTurn, nextView } from './play.ts';

// Two server processes share one Redis (Debian's redis-server, which .ci/run installs): a workshop
// made on one has teams on both, and attendees who reach the first land in their team's room.
const redisBin = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find(existsSync);
const children: ChildProcess[] = [];

function start(command: string, args: string[], env: Record<string, string>, ready: RegExp): Promise<ChildProcess> {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    const seen = (chunk: Buffer) => {
      out += chunk.toString();
      if (ready.test(out)) resolve(child);
    };
    child.stdout!.on('data', seen);
    child.stderr!.on('data', seen);
    child.once('exit', (code) => reject(new Error(`${command} exited (${code}):\n${out}`)));
  });
}

let ports: number[] = [];

beforeAll(async () => {
  if (!redisBin) throw new Error('This test needs Debian\'s redis-server (apt-get install redis-server; .ci/run installs it).');
  const redisPort = await freePort();
  await start(redisBin, ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {}, /Ready to accept connections/);
  const redisUrl = `redis://127.0.0.1:${redisPort}`;
  ports = [];
  for (let i = 0; i < 2; i++) {
    const port = await freePort();
    ports.push(port);
    await start(process.execPath, ['--import', 'tsx', 'test/unit/server/fixtures/rooms-process.ts'], { PORT: String(port), REDIS_URL: redisUrl }, /ready \d+/);
  }
}, 60_000);

afterAll(() => {
  for (const child of children.reverse()) child.kill('SIGTERM');
});

describe('rooms over two processes and Redis', () => {
  it('puts the teams of one workshop on both processes, and a client reaching the first lands in its team on either', async () => {
    const [a, b] = ports.map((p) => `127.0.0.1:${p}`);
    const viaA = new Client(`http://${a}`);
    const host = await viaA.create('workshop', { scenario: 'keep-it-simple', pacing: 'self', roundSeconds: 600, seeds: 'same', teams: 3 });
    const { code } = await host.waitForMessage('facilitator') as { code: string };

    // Seats are asked of process A only; Colyseus answers with the address of the process holding each room.
    const reservations = [];
    for (let team = 0; team < 3; team++) {
      const res = await fetch(`http://${a}/matchmake/join/team`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code, team, name: `P${team}` }) });
      reservations.push(await res.json());
    }
    const addresses = reservations.map((r) => r.room.publicAddress as string);
    expect(new Set(addresses)).toEqual(new Set([a, b]));

    const onA = reservations.findIndex((r) => r.room.publicAddress === a);
    const onB = reservations.findIndex((r) => r.room.publicAddress === b);
    const rooms: Room[] = [];
    for (const i of [onA, onB]) rooms.push(await viaA.consumeSeatReservation(reservations[i]));
    // The facilitator on A sees both teams move, whichever process runs them.
    const moved = new Set<number>();
    const seen = new Promise<void>((resolve) => {
      host.onMessage('board', (board: { teams: (TeamSummary | null)[] }) => {
        for (const t of board.teams) if (t && t.turn === 1) moved.add(t.team);
        if (moved.has(onA) && moved.has(onB)) resolve();
      });
    });
    for (const room of rooms) {
      const first = nextView(room);
      room.send('look');
      expect((await finishTurn(room, await first)).summary.turn).toBe(1);
    }
    await seen;
    expect(moved).toEqual(new Set([onA, onB]));
  });
});
