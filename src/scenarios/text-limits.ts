// How long each kind of scenario text may be, in characters (a Chinese character counts as one).
// Chosen from the shipped scenarios with room to spare: the longest brief is under 450 characters,
// the longest step under 250. The layout is checked with texts of exactly these lengths.
import type { PathKey } from './yaml-source.ts';

export const TEXT_LIMITS = {
  title: 80,
  brief: 1200,
  systemName: 60,
  eventTitle: 80,
  eventText: 600,
  option: 160,
  goal: 200,
  debrief: 300,
  step: 600,
  lesson: 300,
  act: 600,
  // Read from a projected slide and a phone at once: a line, and a few words.
  voteQuestion: 160,
  voteOption: 80,
} as const;

export type TextKind = keyof typeof TEXT_LIMITS;

/** Names of the kinds as a trainer reads them in a message. */
export const TEXT_KIND_NAMES: Record<TextKind, string> = {
  title: 'a title', brief: 'a brief', systemName: "a system's name", eventTitle: "an event's title", eventText: "an event's text",
  option: "an event's option", goal: 'a goal', debrief: 'a debrief question', step: "a step's text", lesson: 'a lesson', act: "an act's text",
  voteQuestion: "a vote's question", voteOption: "a vote's option",
};

/** The kind of the text field at `path` (as listed by textFields). */
export function textKind(path: readonly PathKey[]): TextKind {
  const [top] = path;
  const last = path[path.length - 1];
  if (top === 'systems') return 'systemName';
  if (top === 'events') return path.includes('options') ? 'option' : last === 'title' ? 'eventTitle' : 'eventText';
  if (top === 'goals') return 'goal';
  if (top === 'steps') return path.includes('vote') ? (last === 'question' ? 'voteQuestion' : 'voteOption') : 'step';
  if (top === 'lessons') return 'lesson';
  if (top === 'debrief') return 'debrief';
  if (top === 'acts') return 'act';
  return top === 'title' ? 'title' : 'brief';
}

/** What i18next would read as a template. Scenario texts are shown as written, so these show too. */
export const TEMPLATE_MARKS = /\{\{|\}\}|\$t\(/;
