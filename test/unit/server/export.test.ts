import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvCell, teamsCsv, teamsJson } from '../../../src/server/export.ts';
import type { TeamSummary } from '../../../src/state/team-view.ts';

const team = (name: string): TeamSummary => ({
  team: 0, members: [{ id: 'a', name, connected: true }], turn: 1, turns: 10, status: 'running', score: 40, bands: null, trend: [40], ready: false,
  series: [{ turn: 1, score: 40, deployFrequency: 0.1, leadTime: 100, changeFailureRate: 0.2, timeToRestore: 5 }],
  decisions: [{ turn: 0, command: { type: 'adoptPractice', practice: 'continuous-integration' } }], hash: 'h',
});

/** The cells of a CSV line as a spreadsheet reads them (quoted cells may hold commas and quotes). */
function cells(line: string): string[] {
  const out: string[] = [];
  const re = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) && m[0] !== '') {
    out.push(m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1]);
    if (m[2] === '') break;
  }
  return out;
}

describe('workshop exports', () => {
  it('never lets a display name start a cell with a formula character', () => {
    fc.assert(fc.property(fc.string({ maxLength: 24 }), fc.constantFrom('=', '+', '-', '@', '\t', ''), (rest, lead) => {
      const line = teamsCsv([team(lead + rest)]).split('\r\n')[1];
      for (const cell of cells(line)) {
        if (/^-?\d/.test(cell)) continue;
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }
    }));
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell(-3)).toBe('-3');
  });

  it('holds every team turn by turn, in CSV and JSON', () => {
    const csv = teamsCsv([team('Ana')]);
    expect(csv.split('\r\n')[0]).toBe('team,members,turn,score,deployFrequency,leadTimeHours,changeFailureRate,timeToRestoreHours,decisions');
    const json = JSON.parse(teamsJson('ABCD', 'keep-it-simple', [team('Ana')]));
    expect(json.teams[0]).toMatchObject({ team: 1, members: ['Ana'], turns: [{ turn: 1, score: 40 }] });
  });
});
