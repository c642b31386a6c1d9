import type { TFunction } from 'i18next';
import { gameScore, grade, marketSize, scoreParts, scoreWindow, windowAvailability } from '../sim/index.ts';
import type { GameState } from '../sim/types.ts';
import { parAfter, type Par } from '../state/par.ts';
import { h } from './dom.ts';
import { formatMetric, number } from './format.ts';
import { explained } from './tooltip.ts';

/** Score and par after the same number of turns, for the top bar. */
export function scoreVital(t: TFunction, lng: string, s: GameState, par: Par): HTMLElement {
  const turns = s.history.length;
  const mine = gameScore(s.history);
  return h('div', { attrs: { 'data-score': '' } },
    h('dt', { text: t('metric.score.name') }),
    h('dd', {}, explained(h('span', { text: t('score.vsPar', { score: number(lng, mine, 0), par: number(lng, parAfter(par, turns), 0) }) }),
      t('score.explain', { strategy: t(`strategy.${par.strategy}`) }))));
}

const percent1 = (lng: string, share: number): string =>
  new Intl.NumberFormat(lng, { style: 'percent', maximumFractionDigits: 1 }).format(share);

/** Why a lost game was lost, in words and with the figure that decided it. */
export function lossText(t: TFunction, lng: string, s: GameState): string | null {
  const last = s.history[s.history.length - 1];
  if (!last) return null;
  switch (s.status) {
    case 'bankrupt':
      return t('loss.bankrupt', { turn: last.turn + 1, budget: formatMetric(t, lng, 'budget', s.money.budget), cost: formatMetric(t, lng, 'cost', last.cost), revenue: formatMetric(t, lng, 'revenue', last.revenue) });
    case 'lostTrust': {
      const window = windowAvailability(s, last);
      return t('loss.lostTrust', {
        // One decimal, so a figure just under the line never reads the same as the line.
        turn: last.turn + 1, availability: percent1(lng, window), threshold: percent1(lng, s.scenario.stakes.trustAvailability), days: s.scenario.slo.windowDays,
        incidents: last.incidents,
      });
    }
    case 'disrupted':
      return t('loss.disrupted', {
        turn: last.turn + 1, users: formatMetric(t, lng, 'users', s.business.users),
        start: formatMetric(t, lng, 'users', s.scenario.business.users),
        // The line the market drew: a share of the users the grown market would have given you.
        needed: formatMetric(t, lng, 'users', s.scenario.stakes.disruptedUsers * s.scenario.business.users * marketSize(s.scenario, last.turn + 1)),
      });
    default:
      return null;
  }
}

/** The debrief's scorecard: the score, par and grade, and what the last turn's points were made of. */
export function scorecard(t: TFunction, lng: string, s: GameState, par: Par): HTMLElement {
  const mine = gameScore(s.history);
  const g = grade(mine, par.total);
  const parts = s.history.length > 0 ? scoreParts(s) : null;
  const pct = (x: number) => formatMetric(t, lng, 'availability', x);
  return h('section', { class: 'scorecard', attrs: { 'aria-labelledby': 'score-heading' } },
    h('h2', { id: 'score-heading', text: t('score.heading') }),
    h('p', { class: 'score-line' },
      h('span', { class: `grade grade-${g}`, attrs: { role: 'img', 'aria-label': t('score.gradeLabel', { grade: g }) }, text: g }),
      h('span', { text: t('score.total', { score: number(lng, mine, 0), par: number(lng, par.total, 0), strategy: t(`strategy.${par.strategy}`) }) })),
    parts ? h('p', { class: 'hint', text: t('score.parts', {
      turns: scoreWindow(s.scenario.turnDays),
      keys: pct(parts.keyMean),
      availability: pct(parts.availability), revenue: pct(parts.revenue), morale: pct(parts.morale),
    }) }) : null);
}
