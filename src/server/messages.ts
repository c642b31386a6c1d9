// Every message a client may send, as zod schemas. Anything else is refused with a reason.
import { z } from 'zod';

/** The largest message the transport accepts at all (ws closes the socket on a bigger one). */
export const MAX_MESSAGE_BYTES = 4096;
export const NAME_MAX = 24;
export const MAX_TEAMS = 20;

const secret = z.string().min(1).max(100);

/** A display name: trimmed, printable, short; it is only ever shown as text. */
export const displayName = z.string().transform((s) => s.replace(/[\p{C}]/gu, '').trim().slice(0, NAME_MAX))
  .pipe(z.string().min(1));

/**
 * An engine command is any object with a type: the engine itself (checkCommand) says whether it is
 * one it knows and may take now, so new commands need no change here.
 */
export const commandMessage = z.object({ command: z.looseObject({ type: z.string().min(1).max(40) }) });

/** Engine commands only the facilitator gives (through the workshop room), refused from any client. */
export const FACILITATOR_COMMANDS: ReadonlySet<string> = new Set(['injectEvent']);

export const createOptions = z.object({
  scenario: z.string().min(1).max(60),
  difficulty: z.enum(['easy', 'normal', 'hard']).optional(),
  pacing: z.enum(['self', 'together']),
  roundSeconds: z.number().int().min(30).max(3600).default(300),
  seeds: z.enum(['same', 'perTeam']),
  teams: z.number().int().min(1).max(MAX_TEAMS),
});
export type CreateOptions = z.infer<typeof createOptions>;

export const facilitatorMessages = {
  pause: z.object({ secret, paused: z.boolean() }),
  extend: z.object({ secret, seconds: z.number().int().min(10).max(1800) }),
  move: z.object({ secret, attendee: z.string().min(1).max(40), team: z.number().int().min(0).max(MAX_TEAMS - 1) }),
  advance: z.object({ secret }),
  inject: z.object({ secret, event: z.string().min(1).max(60) }),
  export: z.object({ secret }),
};

export const joinWorkshop = z.object({
  /** Absent only for the facilitator who creates the room and does not know its code yet. */
  code: z.string().min(1).max(20).optional(),
  name: displayName.optional(),
  secret: secret.optional(),
});

export const joinTeam = z.object({
  code: z.string().min(1).max(20),
  team: z.number().int().min(0).max(MAX_TEAMS - 1),
  name: displayName,
  seat: z.string().max(40).optional(),
});

export const pickTeam = z.object({ team: z.number().int().min(0).max(MAX_TEAMS - 1).nullable() });

/** What a refused message is told, in codes the client translates. */
export interface Refusal {
  code: string;
  params: Record<string, string | number>;
}

export function parseOr<T>(schema: z.ZodType<T>, value: unknown): { ok: true; value: T } | { ok: false; refusal: Refusal } {
  const r = schema.safeParse(value);
  if (r.success) return { ok: true, value: r.data };
  const field = r.error.issues[0]?.path.join('.') || 'message';
  return { ok: false, refusal: { code: 'badMessage', params: { field } } };
}

/** A vote room is opened by a presenter for a step of a shipped talk that holds a vote. */
export const createVote = z.object({
  scenario: z.string().min(1).max(60),
  step: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
});

export const joinVote = z.object({
  /** Absent only for the presenter who creates the room. */
  code: z.string().min(1).max(20).optional(),
  secret: secret.optional(),
  /** A voter's own random id, kept by the phone, so a reload is the same voter with the same one vote. */
  voter: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/).optional(),
});

export const castVote = z.strictObject({ option: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/) });

export const presenterMessages = {
  /** No more votes; everyone sees the result. */
  close: z.strictObject({ secret }),
  /** The presenter took the winner: the room tells everyone and closes. */
  apply: z.strictObject({ secret }),
  /** The talk is at this step now; any other step than the vote's closes the room. */
  step: z.strictObject({ secret, step: z.string().max(64).nullable() }),
};
