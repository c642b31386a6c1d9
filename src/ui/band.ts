import type { TFunction } from 'i18next';
import { Award, ChevronsDown, ChevronsUp, Minus } from 'lucide';
import type { DoraBand } from '../sim/types.ts';
import { h, icon } from './dom.ts';

const bandIcons = { low: ChevronsDown, medium: Minus, high: ChevronsUp, elite: Award } as const;

/** A DORA band as icon, word and colour together, so no one has to tell colours apart. */
export function bandBadge(t: TFunction, band: DoraBand): HTMLElement {
  return h('span', { class: `band band-${band}` }, icon(bandIcons[band], 16), t(`band.${band}`));
}
