import type { TFunction } from 'i18next';
import { ArrowRight, GraduationCap } from 'lucide';
import type { LoadedScenario, LoadedStep } from '../scenarios/load.ts';
import { canonicalJson } from '../sim/index.ts';
import type { Command } from '../sim/types.ts';
import type { CoachProgress, Session } from '../state/game.ts';
import { h, icon } from './dom.ts';
import type { Say } from './scenario-words.ts';

/** What a step still waits for: the move it asks for, or turns to end; nothing once it is done. */
export function stepWaitsFor(step: LoadedStep, session: Session, coach: CoachProgress): 'move' | 'turns' | null {
  if (step.expect) {
    const expected = canonicalJson(step.expect);
    const since: Command[] = session.turns.slice(coach.markTurn).flatMap((cmds, i) => (i === 0 ? cmds.slice(coach.markCommands) : cmds));
    if (!since.some((c) => canonicalJson(c) === expected)) return 'move';
  }
  const ended = session.turns.length - 1 - coach.markTurn;
  if (ended < step.advance) return 'turns';
  return null;
}

/**
 * The tutorial's guide: the current step's text, what it waits for, and the way on. It points at
 * the part of the screen the step is about by marking it (see `pointAt`), never by moving focus.
 */
export function coachBox(scenario: LoadedScenario, session: Session, t: TFunction, say: Say, next: () => void): HTMLElement | null {
  const coach = session.coach;
  const step = coach ? scenario.steps[coach.step] : undefined;
  if (!coach || !step) return null;
  const waits = stepWaitsFor(step, session, coach);
  const last = coach.step === scenario.steps.length - 1;
  const ended = session.turns.length - 1 - coach.markTurn;
  return h('section', { class: 'coach', attrs: { 'aria-labelledby': 'coach-heading', 'aria-live': 'polite' } },
    h('h2', { id: 'coach-heading' }, icon(GraduationCap, 18), t('coach.step', { step: coach.step + 1, steps: scenario.steps.length })),
    h('p', { class: 'coach-text', text: say(step.text) }),
    waits === 'move' ? h('p', { class: 'hint', text: t('coach.waitingMove') })
      : waits === 'turns' ? h('p', { class: 'hint', text: t('coach.waitingTurns', { count: step.advance - ended }) })
        : null,
    h('button', {
      class: waits ? 'btn' : 'btn primary', id: 'coach-next', attrs: { disabled: waits !== null },
      on: { click: next },
    }, t(last ? 'coach.finish' : 'coach.next'), icon(ArrowRight, 16)));
}

/** Marks the element a step points at, so the eye finds it; the text already says it in words. */
export function pointAt(root: HTMLElement, step: LoadedStep | undefined): void {
  root.querySelectorAll('.coach-target').forEach((el) => el.classList.remove('coach-target'));
  const point = step?.point;
  if (!point) return;
  const selector = 'area' in point ? `[data-area="${point.area}"]`
    : 'metric' in point ? `[data-metric~="${point.metric}"]`
      : 'practice' in point ? `[data-practice="${point.practice}"]`
        : `[data-system="${point.system}"]`;
  const found = root.querySelectorAll(selector);
  found.forEach((el) => el.classList.add('coach-target'));
  // What the step names sits in a closed panel: point at the tab that opens it.
  const panel = 'practice' in point ? 'practices' : 'metric' in point || ('area' in point && point.area === 'dora') ? 'metrics' : null;
  if (found.length === 0 && panel) root.querySelector(`[data-area="${panel}"]`)?.classList.add('coach-target');
}
