import type { TFunction } from 'i18next';
import { ArrowDownRight, ArrowUpRight, Banknote, Gauge, TriangleAlert, X } from 'lucide';
import type { DoraBand } from '../sim/types.ts';
import type { Moment } from '../state/moments.ts';
import type { Cause, KeyId, Move } from '../state/turn-summary.ts';
import { bandBadge } from './band.ts';
import { policyValueText } from './decisions.ts';
import { h, icon } from './dom.ts';
import { duration, formatMetric, frequency, money, number, percent } from './format.ts';
import type { ScenarioNames } from './scenario-names.ts';

const keyValue: Record<KeyId, (t: TFunction, lng: string, v: number) => string> = {
  deployFrequency: frequency,
  leadTime: duration,
  changeFailureRate: (_t, lng, v) => percent(lng, v),
  timeToRestore: duration,
};

const keyName: Record<KeyId, string> = {
  deployFrequency: 'dora.deployFrequency.name', leadTime: 'dora.leadTime.name',
  changeFailureRate: 'dora.changeFailureRate.name', timeToRestore: 'dora.timeToRestore.name',
};

const bandName: Record<DoraBand, string> = { low: 'band.low', medium: 'band.medium', high: 'band.high', elite: 'band.elite' };

/** How each policy reads in a sentence about its effect, from the fact's value. */
function policyPhrase(t: TFunction, c: Extract<Cause, { kind: 'policy' }>): string {
  const turn = c.turn + 1;
  switch (c.policy) {
    case 'cadence':
      return c.to === 'continuous' ? t('summary.cause.continuous', { turn })
        : t('summary.cause.cadence', { count: Number(c.to), turn, from: policyValueText(t, 'cadence', c.from) });
    case 'wipLimit':
      return c.to === 'none' ? t('summary.cause.noWipLimit', { turn }) : t('summary.cause.wipLimit', { count: Number(c.to), turn });
    case 'approval':
      return t('summary.cause.approval', { value: policyValueText(t, 'approval', c.to), turn });
    case 'incidentResponse':
      return t('summary.cause.response', { value: policyValueText(t, 'incidentResponse', c.to), turn });
    default:
      return t('summary.cause.split', { value: policyValueText(t, c.policy, c.to), turn });
  }
}

function causeText(t: TFunction, lng: string, c: Cause, names: ScenarioNames): string {
  switch (c.kind) {
    case 'policy': return policyPhrase(t, c);
    case 'practice': return t('summary.cause.practice', { practice: t(`practice.${c.practice}.name`), turn: c.turn + 1 });
    case 'adopting': return t('summary.cause.adopting', { count: c.practices.length, practices: c.practices.map((p) => t(`practice.${p}.name`)).join(', ') });
    case 'failedDeploys': return t('summary.cause.failedDeploys', { count: c.deploys, failed: c.failed });
    case 'cleanDeploys': return t('summary.cause.cleanDeploys', { count: c.deploys });
    case 'noRelease': return t('summary.cause.noRelease');
    case 'releases': return t('summary.cause.releases', { count: c.deploys });
    case 'incidents': return t('summary.cause.incidents', { count: c.count, service: names.service(c.service), cause: t(`cause.${c.cause}`), impact: percent(lng, c.impact) });
    case 'slowRestore': return t('summary.cause.slowRestore', { count: c.count, hours: duration(t, lng, c.hours) });
    case 'noIncidents': return t('summary.cause.noIncidents');
    case 'thisTurn': return c.key === 'leadTime'
      ? t('summary.cause.turnLeadTime', { value: duration(t, lng, c.value) })
      : t('summary.cause.turnRestore', { value: duration(t, lng, c.value) });
    case 'windowMoved': return t('summary.cause.windowMoved', { count: c.days });
    case 'event': return t('summary.cause.event', { event: names.event(c.event), option: names.option(c.event, c.option) });
    case 'part':
      switch (c.part) {
        case 'keys': return c.band && c.band.from !== c.band.to
          ? t('summary.cause.keyBand', { key: t(keyName[c.band.key]), band: t(bandName[c.band.to]), from: t(bandName[c.band.from]) })
          : t('summary.cause.partKeys', { from: percent(lng, c.from), to: percent(lng, c.to) });
        case 'availability': return t('summary.cause.partAvailability', { from: formatMetric(t, lng, 'availability', c.from), to: formatMetric(t, lng, 'availability', c.to) });
        case 'revenue': return t('summary.cause.partRevenue', { from: formatMetric(t, lng, 'revenue', c.from), to: formatMetric(t, lng, 'revenue', c.to) });
        case 'morale': return t('summary.cause.partMorale', { from: formatMetric(t, lng, 'morale', c.from), to: formatMetric(t, lng, 'morale', c.to) });
      }
  }
}

/** One move as a sentence: what moved, from what to what, and why. */
export function moveText(t: TFunction, lng: string, m: Move, names: ScenarioNames): string {
  const up = m.to > m.from;
  const what = m.key === 'score'
    ? t(up ? 'summary.scoreUp' : 'summary.scoreDown', { from: number(lng, m.from, 0), to: number(lng, m.to, 0), count: Math.round(m.to) })
    : t(up ? 'summary.up' : 'summary.down', { name: t(keyName[m.key]), from: keyValue[m.key](t, lng, m.from), to: keyValue[m.key](t, lng, m.to) });
  const band = m.band ? t('summary.band', { band: t(bandName[m.band.to]) }) : '';
  return m.cause ? t('summary.sentence', { move: what + band, cause: causeText(t, lng, m.cause, names) }) : t('summary.bare', { move: what + band });
}

export function momentText(t: TFunction, lng: string, m: Moment): string {
  switch (m.kind) {
    case 'band':
      return t(m.better ? 'moment.bandUp' : 'moment.bandDown', { key: t(keyName[m.key]), band: t(bandName[m.to]), from: t(bandName[m.from]) });
    case 'errorBudget':
      return t('moment.errorBudget');
    case 'moneyLow':
      return t('moment.moneyLow', { count: m.turns, budget: money(lng, m.budget), cost: money(lng, m.cost) });
  }
}

/** The sentence already names the band; its badge is for the eye only. */
function hidden(el: HTMLElement | null): HTMLElement | null {
  el?.setAttribute('aria-hidden', 'true');
  return el;
}

const momentIcon = { band: Gauge, errorBudget: TriangleAlert, moneyLow: Banknote } as const;

/**
 * Under the top bar: the turn's moments as banners (a band changed, the error budget ran out, money
 * runs low) and the summary of what moved and why. Screen readers hear both when the turn ends
 * (see finishTurn); here they are a region to come back to.
 */
export function turnReport(
  t: TFunction, lng: string, turn: number, moves: readonly Move[], moments: readonly Moment[], names: ScenarioNames, dismiss: () => void,
): HTMLElement | null {
  if (moves.length === 0 && moments.length === 0) return null;
  return h('section', { class: 'turn-report', attrs: { 'aria-labelledby': 'turn-report-heading', 'data-area': 'turn-report' } },
    h('div', { class: 'turn-report-head' },
      h('h2', { id: 'turn-report-heading', text: t('summary.heading', { turn }) }),
      h('button', { class: 'btn ghost small', attrs: { 'aria-label': t('summary.dismiss') }, on: { click: dismiss } }, icon(X, 16))),
    moments.length > 0 ? h('ul', { class: 'moments' }, ...moments.map((m) => h('li', {
      class: `moment moment-${m.kind}${m.kind === 'band' ? (m.better ? ' good' : ' bad') : ' bad'}`,
    }, icon(momentIcon[m.kind], 18), h('span', { text: momentText(t, lng, m) }), m.kind === 'band' ? hidden(bandBadge(t, m.to)) : null))) : null,
    moves.length > 0 ? h('ul', { class: 'turn-moves' }, ...moves.map((m) => h('li', { class: m.better ? 'good' : 'bad' },
      icon(m.to > m.from ? ArrowUpRight : ArrowDownRight, 16), h('span', { text: moveText(t, lng, m, names) })))) : null);
}

/** What the live region says when a turn ends: the moments first, then the moves. */
export function reportAnnouncement(t: TFunction, lng: string, moves: readonly Move[], moments: readonly Moment[], names: ScenarioNames): string {
  return [...moments.map((m) => momentText(t, lng, m)), ...moves.map((m) => moveText(t, lng, m, names))].join(' ');
}
