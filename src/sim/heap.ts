// Binary min-heap of simulation events kept in one flat number array ([time, seq, type, ref] per
// entry) so it is plain JSON, copies with one slice, and allocates nothing per push or pop.
// Ties in time are broken by a sequence number, which keeps the order deterministic.

const W = 4;

function less(h: number[], i: number, j: number): boolean {
  const a = h[i * W]!, b = h[j * W]!;
  return a < b || (a === b && h[i * W + 1]! < h[j * W + 1]!);
}

function swap(h: number[], i: number, j: number): void {
  for (let k = 0; k < W; k++) {
    const x = h[i * W + k]!;
    h[i * W + k] = h[j * W + k]!;
    h[j * W + k] = x;
  }
}

export function heapPush(h: number[], time: number, seq: number, type: number, ref: number): void {
  let i = h.length / W;
  h.push(time, seq, type, ref);
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!less(h, i, parent)) break;
    swap(h, i, parent);
    i = parent;
  }
}

export function heapPeekTime(h: number[]): number {
  return h.length > 0 ? h[0]! : Infinity;
}

/** Removes the earliest entry and writes it into `out` ([time, seq, type, ref]). */
export function heapPop(h: number[], out: number[]): void {
  for (let k = 0; k < W; k++) out[k] = h[k]!;
  const n = h.length / W - 1;
  if (n > 0) {
    for (let k = 0; k < W; k++) h[k] = h[n * W + k]!;
  }
  h.length = n * W;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1, r = l + 1;
    let m = i;
    if (l < n && less(h, l, m)) m = l;
    if (r < n && less(h, r, m)) m = r;
    if (m === i) break;
    swap(h, i, m);
    i = m;
  }
}
