// Binary min-heap of simulation events kept in one flat number array ([time, seq, type, ref] per
// entry) so it is plain JSON, copies with one slice, and allocates nothing per push or pop.
// Ties in time are broken by a sequence number, which keeps the order deterministic. Sifting moves
// a hole instead of swapping, so each level costs one entry copy.

const W = 4;

export function heapPush(h: number[], time: number, seq: number, type: number, ref: number): void {
  let i = h.length;
  h.push(time, seq, type, ref);
  while (i > 0) {
    const p = (((i >> 2) - 1) >> 1) << 2;
    const pt = h[p]!;
    if (pt < time || (pt === time && h[p + 1]! < seq)) break;
    h[i] = pt; h[i + 1] = h[p + 1]!; h[i + 2] = h[p + 2]!; h[i + 3] = h[p + 3]!;
    i = p;
  }
  h[i] = time; h[i + 1] = seq; h[i + 2] = type; h[i + 3] = ref;
}

/** Removes the earliest entry and writes it into `out` ([time, seq, type, ref]). */
export function heapPop(h: number[], out: number[]): void {
  out[0] = h[0]!; out[1] = h[1]!; out[2] = h[2]!; out[3] = h[3]!;
  const ref = h.pop()!, type = h.pop()!, seq = h.pop()!, time = h.pop()!;
  const end = h.length;
  if (end === 0) return;
  let i = 0;
  for (;;) {
    let c = 2 * i + W;
    if (c >= end) break;
    const r = c + W;
    if (r < end && (h[r]! < h[c]! || (h[r] === h[c] && h[r + 1]! < h[c + 1]!))) c = r;
    const ct = h[c]!;
    if (time < ct || (time === ct && seq < h[c + 1]!)) break;
    h[i] = ct; h[i + 1] = h[c + 1]!; h[i + 2] = h[c + 2]!; h[i + 3] = h[c + 3]!;
    i = c;
  }
  h[i] = time; h[i + 1] = seq; h[i + 2] = type; h[i + 3] = ref;
}
