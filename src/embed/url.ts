// Deep links: a URL names what a speaker wants on screen, and the same URL always gives the same
// picture. Every parameter is checked on its own, so one typo costs that parameter, not the link.
import '../scenarios/no-eval.ts';
import { z } from 'zod';
import { readOrigins } from './origins.ts';

export type Mode = 'play' | 'present' | 'poster';

export interface EmbedParams {
  scenario?: string;
  /** A step number (0 = nothing played yet, n = the first n steps played) or a step's id. */
  step?: number | string;
  /** The turn to open at (1 is the first), reached by `play`; see src/embed/preview.ts. */
  turn?: number;
  /** Preview: the play (or built-in strategy) that reaches `turn`. */
  play?: string;
  /** Preview: an event whose dialog opens at `turn`. */
  event?: string;
  seed?: number;
  lang?: 'en' | 'zh' | 'id';
  mode: Mode;
  theme?: 'default' | 'projector';
  /** Host origins allowed to send commands and receive events, when the link names them (an empty list lets nobody in). */
  origins?: string[];
  /** Seconds between steps while playing. */
  interval?: number;
  /** Start playing at once (still paused by reveal's slide:stop). */
  autoplay: boolean;
  /** Send clicker keys on to the host deck. */
  forwardKeys?: boolean;
  /** Show the presenter's own Back, Next and Play buttons (default); `controls=0` hides them. */
  controls?: boolean;
  /** The options taken at the talk's votes: `choices=decide:hire,other-step:option`. */
  choices?: Record<string, string>;
}

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);
const count = z.string().regex(/^\d{1,4}$/).transform(Number);
const flag = z.enum(['1', '0', 'true', 'false', 'on', 'off']).transform((v) => v === '1' || v === 'true' || v === 'on');
const fields = {
  scenario: id,
  step: z.union([count, id]),
  turn: count,
  play: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/),
  event: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/),
  seed: z.string().regex(/^\d{1,10}$/).transform(Number).refine((n) => n <= 0xffffffff),
  lang: z.enum(['en', 'zh', 'id']),
  mode: z.enum(['play', 'present', 'poster']),
  theme: z.enum(['default', 'projector']),
  interval: z.string().regex(/^\d{1,3}(\.\d{1,2})?$/).transform(Number).refine((n) => n >= 0.5 && n <= 600),
  autoplay: flag,
  forwardKeys: flag,
  controls: flag,
  choices: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}:[a-z0-9][a-z0-9-]{0,63}(,[a-z0-9][a-z0-9-]{0,63}:[a-z0-9][a-z0-9-]{0,63}){0,49}$/)
    .transform((v) => Object.fromEntries(v.split(',').map((pair) => pair.split(':') as [string, string]))),
} as const;

type Warn = (message: string) => void;

/** Reads the query string; anything unknown or malformed is dropped with a console warning. */
export function parseEmbedParams(search: string, warn: Warn = console.warn): EmbedParams {
  const params = new URLSearchParams(search);
  const out: Record<string, unknown> = {};
  for (const [name, raw] of params) {
    if (name === 'origins') {
      // A bad entry is dropped, never the list: without it any page could drive the game.
      const { origins, rejected } = readOrigins(raw);
      for (const entry of rejected) warn(`DevOps Journey: ignored the origin ${JSON.stringify(entry.slice(0, 40))}; write one like https://slides.example.org.`);
      out.origins = [...(Array.isArray(out.origins) ? out.origins : []), ...origins];
      continue;
    }
    if (!Object.hasOwn(fields, name)) {
      warn(`DevOps Journey: ignored the unknown URL parameter ${JSON.stringify(name.slice(0, 40))}.`);
      continue;
    }
    const parsed = fields[name as keyof typeof fields].safeParse(raw);
    // The value is quoted and cut short: the console is no place to echo a long crafted string.
    if (parsed.success) out[name] = parsed.data;
    else warn(`DevOps Journey: ignored ${name}=${JSON.stringify(raw.slice(0, 40))}, which is not a valid value.`);
  }
  return { mode: 'play', autoplay: false, ...out } as EmbedParams;
}

/** Inside a frame of another page (a slide deck), as opposed to a tab of its own. */
export function isEmbedded(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    // A cross-origin top window refuses even the comparison: that is a frame too.
    return true;
  }
}
