// The log as a person reads it: what repeats within a turn becomes one line ("151 deploys, 3
// failed"; incidents by cause with the worst one named; restores with the longest), at the place
// the first of them happened; every other fact keeps its own line.
import type { SimEvent } from '../sim/types.ts';

export type LogLine =
  | { kind: 'deploys'; count: number; failed: number; items: number }
  | { kind: 'incidents'; cause: string; count: number; worst: SimEvent }
  | { kind: 'restores'; count: number; longestHours: number }
  | { kind: 'fact'; fact: SimEvent };

export interface LogTurn {
  turn: number;
  lines: LogLine[];
}

/** One turn's facts (in the order they happened) as log lines. */
export function groupTurn(facts: readonly SimEvent[]): LogLine[] {
  const lines: LogLine[] = [];
  let deploys: Extract<LogLine, { kind: 'deploys' }> | null = null;
  let restores: Extract<LogLine, { kind: 'restores' }> | null = null;
  const incidents = new Map<string, Extract<LogLine, { kind: 'incidents' }>>();
  for (const fact of facts) {
    if (fact.type === 'deploy') {
      if (!deploys) lines.push(deploys = { kind: 'deploys', count: 0, failed: 0, items: 0 });
      deploys.count++;
      if (fact.params.failed === true) deploys.failed++;
      deploys.items += Number(fact.params.items) || 0;
    } else if (fact.type === 'incident') {
      const cause = String(fact.params.cause);
      const group = incidents.get(cause);
      if (!group) {
        const line: LogLine = { kind: 'incidents', cause, count: 1, worst: fact };
        incidents.set(cause, line);
        lines.push(line);
      } else {
        group.count++;
        if (Number(fact.params.impact) > Number(group.worst.params.impact)) group.worst = fact;
      }
    } else if (fact.type === 'incidentRestored') {
      if (!restores) lines.push(restores = { kind: 'restores', count: 0, longestHours: 0 });
      restores.count++;
      restores.longestHours = Math.max(restores.longestHours, Number(fact.params.hours) || 0);
    } else {
      lines.push({ kind: 'fact', fact });
    }
  }
  return lines;
}

/**
 * The turn a fact belongs to in the log. The engine numbers a turn's closing line with the turn it
 * opens (it is emitted after the count moved on); the log shows it with the turn it closes.
 */
export function logTurnOf(e: SimEvent): number {
  return e.type === 'turnEnded' ? e.turn - 1 : e.turn;
}

/** The newest `turns` turns of the log, newest first, each grouped. */
export function logTurns(log: readonly SimEvent[], turns = 12): LogTurn[] {
  const byTurn = new Map<number, SimEvent[]>();
  for (let i = log.length - 1; i >= 0; i--) {
    const e = log[i]!;
    const turn = logTurnOf(e);
    if (!byTurn.has(turn) && byTurn.size >= turns) break;
    const list = byTurn.get(turn) ?? [];
    list.push(e);
    byTurn.set(turn, list);
  }
  return [...byTurn].map(([turn, facts]) => ({ turn, lines: groupTurn(facts.reverse()) }));
}
