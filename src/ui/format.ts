import type { TFunction } from 'i18next';
import { currentDate } from '../sim/index.ts';
import type { GameState, MetricKey } from '../sim/types.ts';

/** How each measured quantity reads to a person, in the current locale. */
export type Unit = 'perDay' | 'perTurn' | 'hours' | 'share' | 'count' | 'money' | 'score' | 'ratio';

export const metricUnits: Record<MetricKey, Unit> = {
  deploys: 'count', unplannedDeploys: 'count', failedDeploys: 'count', deployFrequency: 'perDay',
  itemsDeployed: 'count', leadTimeMean: 'hours', leadTimeMedian: 'hours', leadTimeP90: 'hours', cycleTimeMean: 'hours',
  changeFailureRate: 'share', restoreChangeMean: 'hours', restoreAllMean: 'hours', incidents: 'count',
  changeIncidents: 'count', reworkRate: 'share', changeVolume: 'ratio', successRate: 'share',
  throughput: 'perDay', wip: 'ratio', utilisation: 'share', queueWaitMean: 'hours', availability: 'share',
  errorBudgetLeft: 'share', newWorkShare: 'share', unplannedWorkShare: 'share', techDebt: 'score',
  securityDebt: 'count', vulnShipped: 'perTurn', morale: 'share', burnout: 'share', culture: 'score', headcount: 'count', leavers: 'count',
  users: 'count', revenue: 'money', cost: 'money', budget: 'money', backlog: 'count', releaseCostHours: 'ratio',
  restoredChange: 'count', restoredAll: 'count', score: 'ratio', freshFeatures: 'ratio',
};

/** The calendar date of the turn about to be played (the last one once the game is over), from the scenario's acts. */
export function turnDate(s: GameState): Date {
  const d = currentDate(s);
  return new Date(Date.UTC(d.year, d.month, d.day));
}

/** The turn's date in words: the month for monthly or longer turns, the day for shorter ones. */
export function turnDateText(s: GameState, lng: string): string {
  const byDay = s.scenario.turnDays < 28;
  return new Intl.DateTimeFormat(lng, { year: 'numeric', month: 'long', ...(byDay ? { day: 'numeric' } : {}), timeZone: 'UTC' }).format(turnDate(s));
}

export function number(lng: string, value: number, digits = 1): string {
  return new Intl.NumberFormat(lng, { maximumFractionDigits: digits }).format(value);
}

export function money(lng: string, value: number): string {
  return new Intl.NumberFormat(lng, {
    style: 'currency', currency: 'USD', notation: Math.abs(value) >= 1e6 ? 'compact' : 'standard', maximumFractionDigits: Math.abs(value) >= 1e6 ? 2 : 0,
  }).format(value);
}

/** Durations in the unit a DevOps person would use: minutes, hours, days, weeks or months. */
export function duration(t: TFunction, lng: string, hours: number): string {
  if (hours <= 0) return t('unit.none');
  if (hours < 1) return t('unit.minutes', { count: Math.round(hours * 60), value: number(lng, Math.round(hours * 60), 0) });
  if (hours < 48) return t('unit.hours', { count: hours, value: number(lng, hours, hours < 10 ? 1 : 0) });
  const days = hours / 24;
  if (days < 21) return t('unit.days', { count: days, value: number(lng, days, days < 10 ? 1 : 0) });
  if (days < 60) return t('unit.weeks', { count: days / 7, value: number(lng, days / 7, 1) });
  return t('unit.months', { count: days / 30.4, value: number(lng, days / 30.4, 1) });
}

/** Deploy frequency reads as "n per day" when frequent and "once every n days" when rare. */
export function frequency(t: TFunction, lng: string, perDay: number): string {
  if (perDay <= 0) return t('unit.never');
  if (perDay >= 1) return t('unit.perDay', { value: number(lng, perDay, perDay < 10 ? 1 : 0) });
  const every = 1 / perDay;
  // The plural follows the number shown: 1.04 days reads "every day", not "every 1 days".
  if (every < 14) return t('unit.everyDays', { count: Math.round(every), value: number(lng, every, 0) });
  if (every < 60) return t('unit.everyWeeks', { count: Math.round(every / 7), value: number(lng, every / 7, 0) });
  return t('unit.everyMonths', { count: Math.round(every / 30.4), value: number(lng, every / 30.4, 0) });
}

export function percent(lng: string, share: number): string {
  return new Intl.NumberFormat(lng, { style: 'percent', maximumFractionDigits: share > 0 && share < 0.1 ? 1 : 0 }).format(share);
}

export function formatMetric(t: TFunction, lng: string, key: MetricKey, value: number): string {
  switch (metricUnits[key]) {
    case 'perDay': return key === 'deployFrequency' ? frequency(t, lng, value) : t('unit.perDay', { value: number(lng, value, 1) });
    case 'hours': return duration(t, lng, value);
    case 'share':
      // An overspent error budget reads as how many budgets were burnt, not as "-4,517%".
      if (key === 'errorBudgetLeft' && value < 0) return t('unit.overspent', { value: number(lng, 1 - value, 1) });
      return percent(lng, value);
    case 'money': return money(lng, value);
    case 'count': return number(lng, value, 0);
    case 'score': return number(lng, value, 0);
    case 'perTurn': return t('unit.perTurn', { value: number(lng, value, 1) });
    case 'ratio': return number(lng, value, 1);
  }
}
