import { randomInt, randomBytes, createHash, timingSafeEqual } from 'node:crypto';

/**
 * Join codes are read aloud and typed on phones: no 0/O, 1/I/L, 2/Z, 5/S, 8/B look-alikes.
 * Eight of these 25 characters make 1.5·10^11 codes; with joins rate-limited to a few a minute per
 * address, a room's few hours leave no useful chance of guessing one.
 */
export const CODE_ALPHABET = '34679ACDEFGHJKMNPQRTUVWXY';
export const CODE_LENGTH = 8;

export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** What a person typed, as a code: case, spaces and dashes do not matter. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

export function newSecret(): string {
  return randomBytes(24).toString('base64url');
}

export function digest(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function sameDigest(secret: unknown, expected: string): boolean {
  if (typeof secret !== 'string' || secret.length > 100) return false;
  const a = Buffer.from(digest(secret), 'hex');
  const b = Buffer.from(expected, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
