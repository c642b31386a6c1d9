// What a speaker reads beside the slide: the step's words, what to point at, and the figures
// the screen shows, as the presenter shows them. The embed layer posts it as the `notes` event.
import type { TFunction } from 'i18next';
import { textOf, type LoadedScenario, type PointAt } from '../scenarios/load.ts';
import { summarize } from '../sim/index.ts';
import type { GameState, MetricKey } from '../sim/types.ts';
import { recentWindow } from '../state/recent-window.ts';
import { formatMetric } from './format.ts';
import { doraKeys, keyText } from './panels/dashboard.ts';

/** The card each metric is shown on: the lead-time card shows the median, even for a step that names the mean. */
export const keyOfMetric: Partial<Record<MetricKey, string>> = {
  deployFrequency: 'deployFrequency', leadTimeMean: 'leadTime', leadTimeMedian: 'leadTime',
  changeFailureRate: 'changeFailureRate', restoreChangeMean: 'timeToRestore',
};

const areaKeys: Record<string, string> = {
  board: 'present.area.board', pipeline: 'present.area.pipeline', systems: 'present.area.systems', team: 'present.area.team',
  metrics: 'present.area.metrics', dora: 'present.area.dora', budget: 'present.area.budget', events: 'present.area.events',
  practices: 'present.area.practices', policies: 'present.area.policies', 'end-turn': 'present.area.endTurn',
};

/** What a step points at, named as the screen names it. */
export function pointName(t: TFunction, sc: LoadedScenario, point: PointAt, lng: string): string {
  const card = 'metric' in point ? keyOfMetric[point.metric] : undefined;
  if (card) return t(`dora.${card}.name`);
  if ('metric' in point) return t(`metric.${point.metric}.name`);
  if ('practice' in point) return t(`practice.${point.practice}.name`);
  if ('system' in point) return sc.systemNames[point.system] ? textOf(sc, lng, sc.systemNames[point.system]) : point.system;
  return t(areaKeys[point.area] ?? 'present.area.board');
}

export interface NoteFigure {
  /** A DORA key (`leadTime`, …) or, for a metric beyond them that the step points at, its metric id. */
  id: string;
  name: string;
  value: number;
  /** As the screen writes it, in the game's language. */
  text: string;
  band: 'low' | 'medium' | 'high' | 'elite' | null;
  /** The figure the step asks the audience to look at. */
  pointed: boolean;
}

export interface SpeakerNotes {
  text: string;
  lookAt: string | null;
  figures: NoteFigure[];
}

export function speakerNotes(t: TFunction, lng: string, sc: LoadedScenario, s: GameState, step: number): SpeakerNotes {
  const current = step > 0 && sc.steps.length > 0 ? sc.steps[step - 1] : undefined;
  const point = current?.point;
  const figures: NoteFigure[] = [];
  if (s.history.length > 0) {
    const [from, to] = recentWindow(s);
    const summary = summarize(s, from, to);
    const pointed = point && 'metric' in point ? keyOfMetric[point.metric] ?? point.metric : null;
    const all = point !== undefined && 'area' in point && (point.area === 'dora' || point.area === 'metrics');
    for (const k of doraKeys) {
      const value = k.value(summary);
      figures.push({ id: k.id, name: t(`dora.${k.id}.name`), value, text: keyText(t, lng, k, summary), band: summary.bands[k.id], pointed: all || pointed === k.id });
    }
    if (point && 'metric' in point && !keyOfMetric[point.metric]) {
      const value = s.history[s.history.length - 1][point.metric];
      figures.push({ id: point.metric, name: t(`metric.${point.metric}.name`), value, text: formatMetric(t, lng, point.metric, value), band: null, pointed: true });
    }
  }
  return {
    text: textOf(sc, lng, current ? current.text : sc.meta.brief),
    lookAt: point ? pointName(t, sc, point, lng) : null,
    figures,
  };
}
