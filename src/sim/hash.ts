// State hash: a canonical JSON (object keys sorted; JSON number formatting is fixed by the
// ECMAScript spec) fed through two 32-bit multiply-xorshift lanes (cyrb53-style, Math.imul only),
// so Node and browsers produce the same 16 hex digits for the same state.

function canonical(v: unknown, out: string[]): void {
  if (Array.isArray(v)) {
    out.push('[');
    for (let i = 0; i < v.length; i++) {
      if (i > 0) out.push(',');
      canonical(v[i], out);
    }
    out.push(']');
  } else if (v !== null && typeof v === 'object') {
    const keys = Object.keys(v).sort();
    out.push('{');
    let first = true;
    for (const k of keys) {
      const x = (v as Record<string, unknown>)[k];
      if (x === undefined) continue;
      if (!first) out.push(',');
      first = false;
      out.push(JSON.stringify(k), ':');
      canonical(x, out);
    }
    out.push('}');
  } else {
    out.push(v === undefined ? 'null' : JSON.stringify(v));
  }
}

export function canonicalJson(v: unknown): string {
  const out: string[] = [];
  canonical(v, out);
  return out.join('');
}

export function hashString(str: string): string {
  let h1 = 0xdeadbeef, h2 = 0x41c6ce57;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

export function hashState(state: unknown): string {
  return hashString(canonicalJson(state));
}
