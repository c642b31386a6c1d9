import type { i18n } from 'i18next';
import { textOf, type LoadedScenario } from '../scenarios/load.ts';

/** A scenario's text by key, in the viewer's language. */
export type Say = (key: string) => string;

/**
 * A scenario's texts are data: shown exactly as the trainer wrote them, never read as an i18next
 * template, so `{{…}}` or `$t(…)` in one can neither fill in the game's values nor pull in (or loop
 * through) other texts. A missing language falls back to the scenario's main one.
 */
export function scenarioWords(i18n: i18n, scenario: LoadedScenario | null | undefined): Say {
  return (key) => (scenario ? textOf(scenario, i18n.language, key) : '');
}
