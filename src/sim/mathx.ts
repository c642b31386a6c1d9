// Math.log/exp/pow are not required to be correctly rounded, so V8 and other engines may differ in
// the last bit, and a different bit would change a game's hash. The engine therefore uses only
// + - * / and sqrt (exact in IEEE 754) and this natural logarithm built from them.

const LN2 = 0.6931471805599453;
const SQRT2 = 1.4142135623730951;

/** Natural logarithm for x > 0, accurate to ~1e-15 relative. */
export function ln(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  let k = 0;
  while (x >= 65536) { x /= 65536; k += 16; }
  while (x < 1 / 65536) { x *= 65536; k -= 16; }
  while (x >= SQRT2) { x /= 2; k++; }
  while (x < SQRT2 / 2) { x *= 2; k--; }
  // x in [0.707, 1.414): ln x = 2 atanh(z), |z| <= 0.172, so z^2 <= 0.0295 and 10 terms suffice.
  const z = (x - 1) / (x + 1);
  const z2 = z * z;
  let term = z;
  let sum = 0;
  for (let n = 1; n <= 21; n += 2) {
    sum += term / n;
    term *= z2;
  }
  return k * LN2 + 2 * sum;
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}
