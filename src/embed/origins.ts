// The allow-list of host pages. Whoever frames the game writes its URL, so every doubt closes the
// door: an entry that is not an origin is dropped, and a list left empty lets nobody in.

/** Any page that frames the game may talk to it (no list was given anywhere). */
export type Origins = 'any' | readonly string[];

/**
 * An entry as a browser writes MessageEvent.origin: "HTTPS://Slides.Example.org/" and
 * "https://slides.example.org:443/deck" both become "https://slides.example.org". Anything that is
 * not an http(s) URL without credentials (`*`, `null`, a bare host) is not an origin.
 */
export function normaliseOrigin(entry: string): string | null {
  const s = entry.trim();
  if (s.length === 0 || s.length > 200 || !/^https?:\/\//i.test(s)) return null;
  try {
    const u = new URL(s);
    return /^https?:$/.test(u.protocol) && u.hostname !== '' && !u.username && !u.password ? u.origin : null;
  } catch {
    return null;
  }
}

/** A comma-separated list: the origins it names, and the entries that name none. */
export function readOrigins(raw: string): { origins: string[]; rejected: string[] } {
  const origins: string[] = [];
  const rejected: string[] = [];
  for (const entry of raw.split(',').slice(0, 50)) {
    if (entry.trim() === '') continue;
    const origin = normaliseOrigin(entry);
    if (origin === null) rejected.push(entry.trim());
    else if (!origins.includes(origin)) origins.push(origin);
  }
  return { origins, rejected };
}

/**
 * The build's list (VITE_EMBED_ORIGINS) wins: a URL may only narrow it. `undefined` is a list that
 * was not given; `[]` is one given with no valid entry, which lets nobody in rather than anybody.
 */
export function allowedOrigins(fromBuild: readonly string[] | undefined, fromUrl: readonly string[] | undefined): Origins {
  if (fromBuild === undefined) return fromUrl === undefined ? 'any' : [...fromUrl];
  if (fromUrl === undefined) return [...fromBuild];
  const narrowed = fromUrl.filter((o) => fromBuild.includes(o));
  // Nothing in common must not fall back to "anyone": keep the build's list.
  return narrowed.length > 0 ? narrowed : [...fromBuild];
}
