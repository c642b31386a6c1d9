import type { TFunction } from 'i18next';
import { CalendarClock } from 'lucide';
import type { LoadedScenario } from '../scenarios/load.ts';
import { eventsAhead } from '../sim/index.ts';
import type { GameState } from '../sim/types.ts';
import { h, icon } from './dom.ts';
import { eventText } from './event-text.ts';
import type { Say } from './scenario-words.ts';

/**
 * What the player was told is coming: a countdown per announced event ("Launch day in 3 turns"),
 * in view all along so there is time to prepare; nothing when nothing is announced.
 */
export function comingUp(s: GameState, loaded: LoadedScenario | null, t: TFunction, say: Say): HTMLElement | null {
  const ahead = s.status === 'running' ? eventsAhead(s) : [];
  if (ahead.length === 0) return null;
  return h('section', { class: 'coming', attrs: { 'data-area': 'coming', 'aria-labelledby': 'coming-heading' } },
    h('h2', { id: 'coming-heading' }, icon(CalendarClock, 18), t('game.comingUp')),
    h('ul', {}, ...ahead.map((a) => h('li', { text: t('game.ahead', { event: eventText(say, loaded, a.event).title, count: a.inTurns, turn: a.turn }) }))));
}
