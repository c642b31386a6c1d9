// Every team's turns as CSV and JSON for the debrief. Display names are the attendees' own words:
// a cell a spreadsheet would read as a formula is quoted so it stays text.
import type { TeamSummary } from '../state/team-view.ts';

/** A cell as text a spreadsheet will not evaluate (OWASP's CSV-injection advice). */
export function csvCell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s) && !(typeof value === 'number')) s = `'${s}`;
  return /[",\n\r']/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function teamsCsv(teams: readonly TeamSummary[]): string {
  const header = ['team', 'members', 'turn', 'score', 'deployFrequency', 'leadTimeHours', 'changeFailureRate', 'timeToRestoreHours', 'decisions'];
  const rows = [header.join(',')];
  for (const t of teams) {
    const members = t.members.map((m) => m.name).join('; ');
    for (const p of t.series) {
      const decisions = t.decisions.filter((d) => d.turn === p.turn).map((d) => JSON.stringify(d.command)).join(' ');
      rows.push([t.team + 1, members, p.turn, round(p.score), round(p.deployFrequency), round(p.leadTime), round(p.changeFailureRate), round(p.timeToRestore), decisions].map(csvCell).join(','));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}

export function teamsJson(code: string, scenario: string, teams: readonly TeamSummary[]): string {
  return JSON.stringify({ format: 'devops-journey-workshop', version: 1, code, scenario, teams: teams.map((t) => ({
    team: t.team + 1, members: t.members.map((m) => m.name), score: t.score, status: t.status, hash: t.hash, turns: t.series, decisions: t.decisions,
  })) }, null, 2);
}

const round = (n: number) => Math.round(n * 1000) / 1000;
