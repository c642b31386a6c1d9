// How a workshop's rooms talk across processes: through Colyseus' presence (in memory on one
// process, Redis pub/sub with REDIS_URL), on channels named after the room's join code.
import type { TeamSummary } from '../state/team-view.ts';

export type Down =
  | { kind: 'pause'; paused: boolean }
  | { kind: 'extend'; seconds: number }
  | { kind: 'advance' }
  | { kind: 'move'; attendee: string; team: number }
  | { kind: 'inject'; event: string }
  | { kind: 'hello' }
  | { kind: 'close' };

export type Up =
  | { kind: 'summary'; summary: TeamSummary }
  /** A team's answer to a shock: brought in, or why not (its game is over, the event still waits). */
  | { kind: 'injected'; team: number; event: string; refused: string | null };

export const downChannel = (code: string) => `workshop:${code}:down`;
export const upChannel = (code: string) => `workshop:${code}:up`;
/** Hash of join code → sha256 of the facilitator's secret, which team rooms check before they start. */
export const secretsKey = 'workshop:secrets';
