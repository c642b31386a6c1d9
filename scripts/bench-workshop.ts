// `npm run bench:workshop`: 200 simulated attendees in 20 teams play a whole workshop scenario
// against one server process on loopback. Prints join time, command-to-update latency (p50/p95)
// and the server's memory and CPU per room. Figures, not assertions: machines differ.
import { fork } from 'node:child_process';
import { createServer } from 'node:net';
import { Client, type Room } from 'colyseus.js';

const ATTENDEES = Number(process.env.ATTENDEES ?? 200);
const TEAMS = Number(process.env.TEAMS ?? 20);
const SCENARIO = process.env.SCENARIO ?? 'our-devops-journey';

interface Stats { rss: number; heapUsed: number; cpu: NodeJS.CpuUsage }
interface View {
  summary: { turn: number; turns: number; status: string };
  practices: { id: string; status: string; refused: unknown }[];
  fight: { actions: string[] } | null;
}

async function freePort(): Promise<number> {
  for (let port = 2610; port <= 2690; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer().once('error', () => resolve(false)).once('listening', () => probe.close(() => resolve(true)));
      probe.listen(port, '127.0.0.1');
    });
    if (free) return port;
  }
  throw new Error('no free port in 2610-2690');
}

const port = await freePort();
const server = fork('scripts/bench-workshop-server.ts', [], { env: { ...process.env, PORT: String(port) }, execArgv: ['--import', 'tsx', '--expose-gc'] });
const reply = (kind: string) => new Promise<unknown>((resolve) => {
  const listen = (m: { kind?: string }) => {
    if (m?.kind !== kind) return;
    server.off('message', listen);
    resolve(m);
  };
  server.on('message', listen);
});
await reply('ready');
const stats = async () => {
  const answer = reply('stats');
  server.send({ kind: 'stats?' });
  return await answer as Stats;
};
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

const idle = await stats();
const client = new Client(`http://127.0.0.1:${port}`);
const host = await client.create('workshop', { scenario: SCENARIO, pacing: 'self', roundSeconds: 3600, seeds: 'same', teams: TEAMS });
host.onMessage('board', () => {});
const { code } = await new Promise<{ code: string }>((resolve) => host.onMessage('facilitator', resolve));

// Every attendee joins at once, as a room does when the code goes up.
const views = new Map<Room, View>();
const waiting = new Map<Room, (v: View) => void>();
const joinStart = performance.now();
const joinTimes: number[] = [];
const members: Room[][] = Array.from({ length: TEAMS }, () => []);
await Promise.all(Array.from({ length: ATTENDEES }, async (_, i) => {
  const t0 = performance.now();
  const team = i % TEAMS;
  const room = await client.join('team', { code, team, name: `Attendee ${i + 1}` });
  room.onMessage('view', (v: View) => {
    views.set(room, v);
    waiting.get(room)?.(v);
  });
  room.onMessage('refused', () => {});
  joinTimes.push(performance.now() - t0);
  members[team].push(room);
}));
const joinAll = performance.now() - joinStart;
const joined = await stats();

/** Sends on the team's first member and waits until every member of the team has the new board. */
async function act(team: Room[], send: (room: Room) => void, done: (v: View) => boolean): Promise<number> {
  const t0 = performance.now();
  const all = team.map((room) => new Promise<void>((resolve) => {
    waiting.set(room, (v) => { if (done(v)) { waiting.delete(room); resolve(); } });
  }));
  send(team[0]);
  await Promise.all(all);
  return performance.now() - t0;
}

const latencies: number[] = [];
const playStart = performance.now();
let turns = 0;
for (;;) {
  const running = members.filter((team) => views.get(team[0])?.summary.status === 'running');
  if (running.length === 0) break;
  await Promise.all(running.map(async (team) => {
    const before = views.get(team[0])!;
    const offer = before.practices.find((p) => p.status === 'open' && p.refused === null);
    if (offer) latencies.push(await act(team, (r) => r.send('command', { command: { type: 'adoptPractice', practice: offer.id } }), (v) => v.practices.find((p) => p.id === offer.id)?.status !== 'open'));
    const turn = views.get(team[0])!.summary.turn;
    const over = (v: View) => v.summary.turn > turn || v.summary.status !== 'running';
    latencies.push(await act(team, (r) => r.send('endTurn'), (v) => over(v) || v.fight !== null));
    // A major incident stopped the turn: the team answers with its playbook, which plays the rest.
    const fight = views.get(team[0])!.fight;
    if (fight && !over(views.get(team[0])!)) {
      latencies.push(await act(team, (r) => r.send('command', { command: { type: 'respondIncident', action: fight.actions[0], responders: 'onCall' } }), over));
    }
  }));
  turns++;
}
const playTime = performance.now() - playStart;
const played = await stats();

const rooms = TEAMS + 1;
const cpuMs = (s: Stats) => (s.cpu.user + s.cpu.system) / 1000;
console.log(`workshop bench: ${ATTENDEES} attendees in ${TEAMS} teams, scenario ${SCENARIO}, ${turns} turns, loopback, one server process`);
console.log(`  join: all ${ATTENDEES} in ${ms(joinAll)}; per attendee p50 ${ms(percentile(joinTimes, 50))}, p95 ${ms(percentile(joinTimes, 95))}`);
console.log(`  command to update on every member's screen: ${latencies.length} commands, p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}`);
console.log(`  whole game played in ${(playTime / 1000).toFixed(1)} s`);
console.log(`  server memory: idle ${(idle.rss / 2 ** 20).toFixed(0)} MiB rss; with the room full ${(joined.rss / 2 ** 20).toFixed(0)} MiB; after the game ${(played.rss / 2 ** 20).toFixed(0)} MiB rss, heap ${(played.heapUsed / 2 ** 20).toFixed(0)} MiB`);
console.log(`  per room (${rooms}: the workshop and ${TEAMS} teams): ${((played.heapUsed - idle.heapUsed) / rooms / 2 ** 10).toFixed(0)} KiB heap, ${((cpuMs(played) - cpuMs(joined)) / TEAMS).toFixed(0)} ms CPU per team over the game (${(((cpuMs(played) - cpuMs(joined)) / TEAMS) / Math.max(1, turns)).toFixed(1)} ms a turn)`);

for (const team of members) for (const room of team) await room.leave(true);
await host.leave(true);
server.disconnect();
server.kill('SIGTERM');
process.exit(0);
