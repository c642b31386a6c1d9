/**
 * Join codes are read aloud and typed on phones: no 0/O, 1/I/L, 2/Z, 5/S, 8/B look-alikes.
 * Eight of these 25 characters make 1.5·10^11 codes; with refused joins rate-limited per address,
 * a room's few hours leave no useful chance of guessing one.
 */
export const CODE_ALPHABET = '34679ACDEFGHJKMNPQRTUVWXY';
export const CODE_LENGTH = 8;

/** What a person typed, as a code: case, spaces and dashes do not matter. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

/** A code shown to people: two groups of four, easier to read out and copy. */
export function showCode(code: string): string {
  return code.length === CODE_LENGTH ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}
