import type { TFunction } from 'i18next';
import type { SimEvent } from '../../sim/types.ts';
import { logTurns, type LogLine } from '../../state/log-lines.ts';
import { h } from '../dom.ts';
import { factText } from '../facts.ts';
import { duration, percent } from '../format.ts';
import type { ScenarioNames } from '../scenario-names.ts';

function lineText(t: TFunction, lng: string, line: LogLine, names: ScenarioNames): string {
  switch (line.kind) {
    case 'deploys':
      return t('log.deploys', {
        count: line.count,
        failed: line.failed === 0 ? t('log.noneFailed', { count: line.count }) : t('log.failed', { count: line.failed }),
      });
    case 'incidents':
      return line.count === 1 ? factText(t, lng, line.worst, names) : t('log.incidents', {
        count: line.count, cause: t(`cause.${line.cause}`), service: names.service(String(line.worst.params.service)),
        impact: percent(lng, Number(line.worst.params.impact)),
      });
    case 'restores':
      return t('log.restores', { count: line.count, hours: duration(t, lng, line.longestHours) });
    case 'fact':
      return factText(t, lng, line.fact, names);
  }
}

/** The game's facts, newest turn first, what repeats within a turn on one line. */
export function renderLog(panel: HTMLElement, log: readonly SimEvent[], t: TFunction, lng: string, names: ScenarioNames): void {
  if (log.length === 0) {
    panel.replaceChildren(h('p', { class: 'empty', text: t('log.empty') }));
    return;
  }
  panel.replaceChildren(...logTurns(log).map(({ turn, lines }) => h('section', { class: 'log-turn' },
    h('h3', { class: 'sub', text: t('log.turn', { turn: turn + 1 }) }),
    h('ul', { class: 'log' }, ...lines.map((line) => h('li', {
      class: `fact fact-${line.kind === 'fact' ? line.fact.type : line.kind}`, text: lineText(t, lng, line, names),
    }))))));
}
