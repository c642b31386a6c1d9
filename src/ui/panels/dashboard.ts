import type { TFunction } from 'i18next';
import { summarize } from '../../sim/index.ts';
import type { GameState, MetricKey, MetricsSummary, TurnMetrics } from '../../sim/types.ts';
import { recentWindow } from '../../state/recent-window.ts';
import { h } from '../dom.ts';
import { bandBadge } from '../band.ts';
import { duration, formatMetric, frequency, percent } from '../format.ts';
import { sparkline } from '../sparkline.ts';
import { explained } from '../tooltip.ts';

interface Key {
  id: keyof MetricsSummary['bands'];
  metric: MetricKey;
  /** Every metric this card stands for, so a tutorial step naming any of them finds it. */
  metrics: string;
  value(s: MetricsSummary): number;
  show(t: TFunction, lng: string, v: number): string;
}

export const doraKeys: Key[] = [
  { id: 'deployFrequency', metric: 'deployFrequency', metrics: 'deployFrequency deploys', value: (s) => s.deployFrequency, show: frequency },
  { id: 'leadTime', metric: 'leadTimeMedian', metrics: 'leadTimeMedian leadTimeMean', value: (s) => s.leadTimeMedian, show: duration },
  { id: 'changeFailureRate', metric: 'changeFailureRate', metrics: 'changeFailureRate failedDeploys', value: (s) => s.changeFailureRate, show: (_t, lng, v) => percent(lng, v) },
  { id: 'timeToRestore', metric: 'restoreChangeMean', metrics: 'restoreChangeMean', value: (s) => s.restoreChangeMean, show: duration },
];

/** A key's value over a window, or "no data yet" when the window has nothing to grade. */
export function keyText(t: TFunction, lng: string, k: Key, s: MetricsSummary): string {
  return s.bands[k.id] === null ? t('dashboard.noData') : k.show(t, lng, k.value(s));
}

const otherMetrics: MetricKey[] = [
  'availability', 'errorBudgetLeft', 'reworkRate', 'changeVolume', 'successRate', 'throughput', 'wip',
  'utilisation', 'queueWaitMean', 'newWorkShare', 'unplannedWorkShare', 'incidents', 'restoreAllMean',
  'techDebt', 'securityDebt', 'vulnShipped', 'morale', 'burnout', 'culture', 'headcount', 'users', 'revenue', 'cost',
];

export function renderDashboard(panel: HTMLElement, s: GameState, t: TFunction, lng: string): void {
  if (s.history.length === 0) {
    panel.replaceChildren(h('p', { class: 'empty', text: t('dashboard.noTurnYet') }));
    return;
  }
  const [from, to] = recentWindow(s);
  const summary = summarize(s, from, to);
  const last: TurnMetrics = s.history[s.history.length - 1];
  const windowDays = (to - from) * s.scenario.turnDays;

  const keys = h('ul', { class: 'dora-keys', attrs: { 'aria-label': t('dashboard.doraKeys'), 'data-area': 'dora' } },
    ...doraKeys.map((k) => {
      const band = summary.bands[k.id];
      return h('li', { class: `dora-key band-${band ?? 'none'}`, attrs: { 'data-metric': k.metrics } },
        h('span', { class: 'key-name', text: t(`dora.${k.id}.name`) }),
        explained(h('span', { class: 'key-value', text: keyText(t, lng, k, summary) }), t(`dora.${k.id}.explain`)),
        bandBadge(t, band),
        sparkline(s.history.map((m) => m[k.metric]), t('dashboard.trend', { name: t(`dora.${k.id}.name`) })));
    }));

  const rows = h('dl', { class: 'metric-list' },
    ...otherMetrics.map((m) => h('div', { class: 'metric-row', attrs: { 'data-metric': m } },
      h('dt', { text: t(`metric.${m}.name`) }),
      h('dd', {}, explained(h('span', { text: formatMetric(t, lng, m, last[m]) }), t(`metric.${m}.explain`))))));

  panel.replaceChildren(
    h('p', { class: 'window-note', text: t('dashboard.window', { days: windowDays, turn: last.turn + 1 }) }),
    keys,
    h('h3', { class: 'sub', text: t('dashboard.lastTurn') }),
    rows);
}
