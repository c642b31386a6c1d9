// The mechanism knobs in force: base values, then the era's process, then every adopted practice
// in catalog order. A practice being adopted has no effect yet, only its dip (the J-curve).
import { BASE_MECHANISMS, DEFAULT_TUNING } from './catalog/tuning.ts';
import { ERA_DEFS } from './catalog/eras.ts';
import { PRACTICES } from './catalog/practices.ts';
import type { Era, GameState, Knob, KnobEffects, Mechanisms, Tuning } from './types.ts';
import { ERAS } from './types.ts';

function apply(m: Mechanisms, effects: KnobEffects): void {
  for (const key in effects) {
    const knob = key as Knob;
    const op = effects[knob]!;
    if (op[0] === 'set') m[knob] = op[1];
    else if (op[0] === 'mul') m[knob] *= op[1];
    else m[knob] += op[1];
  }
}

function compute(era: GameState['era'], adopted: readonly string[]): Mechanisms {
  const m: Mechanisms = { ...BASE_MECHANISMS };
  const eraIndex = ERAS.indexOf(era);
  for (let i = 0; i <= eraIndex; i++) apply(m, ERA_DEFS[ERAS[i]!].effects);
  for (const def of PRACTICES) if (adopted.includes(def.id)) apply(m, def.effects);
  return m;
}

// The knobs depend only on the era and the adopted set, which change a few times per game, while
// every turn and command needs them. The adopted list is replaced, never changed in place, so
// successive states share it and its identity is the fast key; a list read back from JSON falls
// back to its contents (bounded, so odd play cannot grow the memo without end).
const byList = new WeakMap<readonly string[], { era: Era; m: Mechanisms }>();
const byKey = new Map<string, Mechanisms>();

/** The engine's shared, read-only copy of the knobs in force. */
export function knobs(s: GameState): Mechanisms {
  const adopted = s.practices.adopted;
  const hit = byList.get(adopted);
  if (hit !== undefined && hit.era === s.era) return hit.m;
  const m = knobsOf(s.era, adopted);
  byList.set(adopted, { era: s.era, m });
  return m;
}

/** The shared, read-only knobs of an era and an adopted set (a state's, or one it had before). */
export function knobsOf(era: Era, adopted: readonly string[]): Mechanisms {
  const key = era + '|' + adopted.join(',');
  let m = byKey.get(key);
  if (m === undefined) {
    if (byKey.size >= 256) byKey.clear();
    m = compute(era, adopted);
    byKey.set(key, m);
  }
  return m;
}

/** The knobs in force, as a fresh object the caller may keep or change. */
export function mechanisms(s: GameState): Mechanisms {
  return { ...knobs(s) };
}

export function tuning(s: GameState): Tuning {
  const t = s.scenario.tuning;
  return t ? { ...DEFAULT_TUNING, ...t } : DEFAULT_TUNING;
}

/** Combined chance that at least one of up to three independent checks catches something. */
export function anyOf(a: number, b: number, c = 0): number {
  return 1 - (1 - a) * (1 - b) * (1 - c);
}
