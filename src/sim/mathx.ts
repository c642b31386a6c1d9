// Math.log/exp/pow are not required to be correctly rounded, so V8 and other engines may differ in
// the last bit, and a different bit would change a game's hash. The engine therefore uses only
// + - * / and sqrt (exact in IEEE 754) and this natural logarithm built from them.

const LN2 = 0.6931471805599453;
const SQRT2 = 1.4142135623730951;

/** Natural logarithm for x > 0, accurate to ~1e-15 relative. */
export function ln(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  // Scaling by powers of two is exact, so the steps taken do not change the result.
  let k = 0;
  while (x >= 65536) { x *= 1 / 65536; k += 16; }
  while (x < 1 / 65536) { x *= 65536; k -= 16; }
  while (x >= 16) { x *= 1 / 16; k += 4; }
  while (x < 1 / 16) { x *= 16; k -= 4; }
  while (x >= SQRT2) { x *= 0.5; k++; }
  while (x < SQRT2 / 2) { x *= 2; k--; }
  // x in [0.707, 1.414): ln x = 2 atanh(z), |z| <= 0.172, so z^2 <= 0.0295 and 11 terms suffice.
  const z = (x - 1) / (x + 1);
  const z2 = z * z;
  const p = 1 / 3 + z2 * (1 / 5 + z2 * (1 / 7 + z2 * (1 / 9 + z2 * (1 / 11 + z2 * (1 / 13 + z2 * (1 / 15 + z2 * (1 / 17 + z2 * (1 / 19 + z2 / 21))))))));
  return k * LN2 + 2 * (z + z * z2 * p);
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}
