// Seeded randomness. sfc32 uses only 32-bit integer operations, so it yields the same sequence in
// every JavaScript engine. Each subsystem draws from its own stream so that, say, an extra incident
// does not shift the arrival times of work.
import { ln } from './mathx.ts';

export const STREAMS = ['arrivals', 'work', 'defects', 'ops', 'people', 'events', 'strategy'] as const;
export type StreamName = (typeof STREAMS)[number];

/** sfc32 state [a, b, c, d], mutated in place by the draws. */
export type Stream = number[];

function splitmix32(state: number[]): number {
  state[0] = (state[0]! + 0x9e3779b9) | 0;
  let z = state[0]!;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

export function seedStreams(seed: number): Record<string, Stream> {
  const out: Record<string, Stream> = {};
  const sm = [seed | 0];
  for (const name of STREAMS) {
    const s = [splitmix32(sm), splitmix32(sm), splitmix32(sm), splitmix32(sm)];
    // sfc32 needs a few rounds before its output is well mixed.
    for (let i = 0; i < 12; i++) nextU32(s);
    out[name] = s;
  }
  return out;
}

export function nextU32(s: Stream): number {
  let a = s[0]!, b = s[1]!, c = s[2]!, d = s[3]!;
  const t = (((a + b) | 0) + d) | 0;
  d = (d + 1) | 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) | 0;
  c = (c << 21) | (c >>> 11);
  c = (c + t) | 0;
  s[0] = a; s[1] = b; s[2] = c; s[3] = d;
  return t >>> 0;
}

/** Uniform in [0, 1). */
export function uniform(s: Stream): number {
  return nextU32(s) / 4294967296;
}

export function chance(s: Stream, p: number): boolean {
  return p > 0 && uniform(s) < p;
}

export function intBelow(s: Stream, n: number): number {
  return Math.floor(uniform(s) * n);
}

export function exponential(s: Stream, mean: number): number {
  return -mean * ln(1 - uniform(s));
}

/**
 * Erlang-2 variate: coefficient of variation 0.71, a plausible spread for task sizes. The sum of
 * two exponentials of mean m/2 is -(m/2)·ln(u1·u2): one logarithm instead of two.
 */
export function erlang2(s: Stream, mean: number): number {
  return -mean / 2 * ln((1 - uniform(s)) * (1 - uniform(s)));
}

/** Poisson count by summing exponential gaps; means here are small (≤ a few hundred). */
export function poisson(s: Stream, mean: number): number {
  if (mean <= 0) return 0;
  let n = 0;
  let t = exponential(s, 1);
  while (t < mean) {
    n++;
    t += exponential(s, 1);
  }
  return n;
}
