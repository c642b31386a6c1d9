// DORA performance bands. Thresholds follow the cluster table of the 2019 Accelerate State of
// DevOps report (DORA / Google Cloud), the last one with four clusters on all four keys:
//   deployment frequency: elite on demand (multiple per day), high daily–weekly,
//                         medium weekly–monthly, low monthly–every six months;
//   lead time for changes: elite < 1 day, high 1 day–1 week, medium 1 week–1 month,
//                         low 1–6 months;
//   time to restore:      elite < 1 hour, high < 1 day, medium < 1 day, low 1 week–1 month;
//   change failure rate:  elite/high/medium 0–15 %, low 46–60 %.
// The published ranges leave gaps; we close them at the boundary of the better band. Two choices
// follow from that: restore between 1 day and 1 week is "medium" (as in the 2021 report), and a
// change failure rate between 15 % and 46 % is "medium" since no better cluster reaches it.
import type { DoraBand, DoraBands } from './types.ts';

const HOUR = 1;
const DAY = 24;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;

export const DORA_THRESHOLDS = {
  /** Minimum deploys per day for each band. */
  deployFrequency: { elite: 1, high: 1 / 7, medium: 1 / 30 },
  /** Maximum lead time, hours. */
  leadTime: { elite: DAY, high: WEEK, medium: MONTH },
  /** Maximum time to restore, hours. */
  timeToRestore: { elite: HOUR, high: DAY, medium: WEEK },
  /** Maximum change failure rate. */
  changeFailureRate: { elite: 0.15, medium: 0.46 },
} as const;

export function deployFrequencyBand(perDay: number): DoraBand {
  const t = DORA_THRESHOLDS.deployFrequency;
  return perDay >= t.elite ? 'elite' : perDay >= t.high ? 'high' : perDay >= t.medium ? 'medium' : 'low';
}

export function leadTimeBand(hours: number): DoraBand {
  const t = DORA_THRESHOLDS.leadTime;
  return hours < t.elite ? 'elite' : hours < t.high ? 'high' : hours < t.medium ? 'medium' : 'low';
}

/** With no failed change restored in the window there is nothing to grade. */
export function timeToRestoreBand(hours: number, restored: number): DoraBand | null {
  if (restored === 0) return null;
  const t = DORA_THRESHOLDS.timeToRestore;
  return hours < t.elite ? 'elite' : hours < t.high ? 'high' : hours < t.medium ? 'medium' : 'low';
}

export function changeFailureRateBand(rate: number): DoraBand {
  const t = DORA_THRESHOLDS.changeFailureRate;
  return rate <= t.elite ? 'elite' : rate <= t.medium ? 'medium' : 'low';
}

export function doraBands(
  deploysPerDay: number, leadHours: number, changeFailureRate: number, restoreHours: number, restored: number,
  deploys: number,
): DoraBands {
  return {
    deployFrequency: deployFrequencyBand(deploysPerDay),
    // Nothing delivered in the window: no change to time and none that could fail.
    leadTime: deploys > 0 ? leadTimeBand(leadHours) : null,
    changeFailureRate: deploys > 0 ? changeFailureRateBand(changeFailureRate) : null,
    timeToRestore: timeToRestoreBand(restoreHours, restored),
  };
}

export const BAND_RANK: Record<DoraBand, number> = { low: 0, medium: 1, high: 2, elite: 3 };
