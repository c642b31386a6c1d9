import type { TFunction } from 'i18next';
import { Award, ChevronsDown, ChevronsUp, Minus } from 'lucide';
import type { DoraBand } from '../sim/types.ts';
import { h, icon } from './dom.ts';

const bandIcons = { low: ChevronsDown, medium: Minus, high: ChevronsUp, elite: Award } as const;

/**
 * A DORA band as icon, word and colour together, so no one has to tell colours apart; nothing for
 * a key with no data in its window (no deploy, no restore): an empty window earns no grade.
 */
export function bandBadge(t: TFunction, band: DoraBand | null): HTMLElement | null {
  return band === null ? null : h('span', { class: `band band-${band}` }, icon(bandIcons[band], 16), t(`band.${band}`));
}
