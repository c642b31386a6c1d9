// The practice-value table of `npm run scenario -- balance` as text: two lines per practice, what it
// is worth added to the starting company and removed from the par company.
import { CASH_RELEVANT, goalPercent, KEY_RELEVANT, SCORE_RELEVANT, type DirectionValue, type Interval, type Key, type PracticeValueReport } from '../scenarios/practice-value.ts';

const KEY_LABELS: Record<Key, string> = { deployFrequency: 'deploys', leadTimeMedian: 'lead', changeFailureRate: 'CFR', timeToRestore: 'restore' };

const sign = (x: number, text: string) => (/^[0.]*[k%M]?$/.test(text) ? text : x > 0 ? `+${text}` : x < 0 ? `−${text}` : text);
const money = (x: number) => sign(x, Math.abs(x) >= 1e6 ? `${(Math.abs(x) / 1e6).toFixed(1)}M` : `${Math.round(Math.abs(x) / 1e3)}k`);
const points = (x: number) => sign(x, Math.abs(x).toFixed(Math.abs(x) >= 10 ? 0 : 1));
const percent = (x: number) => sign(x, `${Math.round(Math.abs(x) * 100)}`);

function cell(i: Interval, f: (x: number) => string, unit: string, relevant: boolean): string {
  if (!Number.isFinite(i.mean)) return 'no data';
  return `${f(i.mean)}${unit} [${f(i.lo)}, ${f(i.hi)}]${relevant ? '*' : ''}`;
}

function line(label: string, d: DirectionValue, goals: string[]): string {
  const keys = (Object.keys(KEY_LABELS) as Key[]).map((k) => `${KEY_LABELS[k]} ${cell(d.keys[k], percent, '%', d.relevant.includes(k))}`);
  const own = goals.map((g, i) => `goal ${g} ${cell(d.goals[i]!, percent, '%', d.relevant.includes(`goal ${g}`))}`);
  return `  ${label.padEnd(8)} score ${cell(d.score, points, '', d.relevant.includes('score'))}  ${[...keys, ...own].join('  ')}  cash ${cell(d.cash, money, '', d.relevant.includes('cash'))}  spent ${money(d.spent).replace('+', '')} (taken up in ${Math.round(d.adoptedShare * 100)}%)`;
}

export function printPractices(r: PracticeValueReport, seconds?: number): void {
  console.log(`\npractices: what each is worth (with it − without it) over ${r.seeds} seeds from ${r.seedStart}, paired by seed: mean [95% bootstrap interval].`);
  console.log(`  keys over the last third, as the change of their mean: deploys a day, median lead time, change failure rate, time to restore; cash at the end.`);
  console.log(`  * a relevant effect: interval clear of 0 and at least ${SCORE_RELEVANT * 100}% of the score without it, ${KEY_RELEVANT * 100}% on a key, or, on cash, ${CASH_RELEVANT * 100}% of the budget besides the practice's own price.`);
  console.log(`  added: the starting company played by ${r.strategy} with only the practice and what it needs on offer, against the same without the practice.`);
  console.log(`  removed: ${r.strategy} with everything on offer, against the same with the practice and all that needs it taken off the offer`);
  console.log(`    (its spending is on the practice and all that needs it).`);
  for (const p of r.practices) {
    const needs = [p.needs.length ? `needs ${p.needs.join(', ')}` : '', p.entersEras.length ? `enters ${p.entersEras.join(', ')}` : ''].filter(Boolean).join('; ');
    const gone = [p.dependants.length ? `removed with ${p.dependants.join(', ')}` : '', p.blocksEras.length ? `blocks ${p.blocksEras.join(', ')}` : ''].filter(Boolean).join('; ');
    console.log(`${p.practice} (${p.era}; ${money(p.costUpfront).replace('+', '')} + ${money(p.costPerTurn).replace('+', '')} a turn)${needs ? `; added: ${needs}` : ''}${gone ? `; ${gone}` : ''}`);
    console.log(line('added', p.added, r.goals));
    console.log(line('removed', p.removed, r.goals));
  }
  for (const u of r.unreachable) console.log(`${u.practice}: not measured, ${u.why}`);
  const m = r.medians;
  console.log(`median value per cost: added ${Math.round(m.added.scorePer100k)} points per 100k spent, ${m.added.cashPerCost.toFixed(1)} cash per unit spent; removed ${Math.round(m.removed.scorePer100k)} points per 100k, ${m.removed.cashPerCost.toFixed(1)} cash per unit`);
  r.goals.forEach((g, i) => console.log(`  goal ${g}, towards what it asks per 100k spent: added ${goalPercent(m.added.goalsPer100k[i])}, removed ${goalPercent(m.removed.goalsPer100k[i])}`));
  if (seconds !== undefined) console.log(`practice table took ${seconds.toFixed(1)} s`);
}
