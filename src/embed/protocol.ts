// The postMessage protocol of docs/embedding.md, as schemas: a message that does not match one
// exactly is not ours, or is broken, and is ignored without a sound.
import '../scenarios/no-eval.ts';
import { z } from 'zod';

export const NAMESPACE = 'devops-journey';

const stepRef = z.union([z.number().int().min(0).max(9999), z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/)]);

export const commandSchema = z.discriminatedUnion('type', [
  z.strictObject({ namespace: z.literal(NAMESPACE), type: z.literal('goto'), step: stepRef }),
  z.strictObject({ namespace: z.literal(NAMESPACE), type: z.literal('next') }),
  z.strictObject({ namespace: z.literal(NAMESPACE), type: z.literal('prev') }),
  z.strictObject({ namespace: z.literal(NAMESPACE), type: z.literal('play'), interval: z.number().min(0.5).max(600).optional() }),
  z.strictObject({ namespace: z.literal(NAMESPACE), type: z.literal('pause') }),
  z.strictObject({ namespace: z.literal(NAMESPACE), type: z.literal('setLanguage'), lang: z.enum(['en', 'zh', 'id']) }),
  z.strictObject({ namespace: z.literal(NAMESPACE), type: z.literal('getState') }),
  z.strictObject({ namespace: z.literal(NAMESPACE), type: z.literal('reset') }),
  /** Takes an option of a step's vote, as if the room had voted for it (a deck with a vote of its own). */
  z.strictObject({ namespace: z.literal(NAMESPACE), type: z.literal('choose'), step: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/), option: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/) }),
]);
export type Command = z.infer<typeof commandSchema>;

/**
 * reveal.js posts the bare strings 'slide:start' and 'slide:stop' to every iframe of a slide it
 * shows or leaves (js/controllers/slidecontent.js). The object form is what reveal posts about
 * itself to its own parent; a host that relays it is understood too.
 */
const revealSchema = z.union([
  z.enum(['slide:start', 'slide:stop']),
  z.object({ namespace: z.literal('reveal'), eventName: z.enum(['slide:start', 'slide:stop']) }).transform((m) => m.eventName),
]);

export type Inbound = { kind: 'command'; command: Command } | { kind: 'reveal'; event: 'slide:start' | 'slide:stop' };

/** Reads a message's data; JSON text is accepted because reveal and some hosts only send strings. */
export function readInbound(data: unknown): Inbound | null {
  let value = data;
  if (typeof data === 'string' && data.length <= 10_000 && data.startsWith('{')) {
    try {
      value = JSON.parse(data);
    } catch {
      return null;
    }
  }
  const reveal = revealSchema.safeParse(value);
  if (reveal.success) return { kind: 'reveal', event: reveal.data };
  const command = commandSchema.safeParse(value);
  return command.success ? { kind: 'command', command: command.data } : null;
}

const band = z.enum(['low', 'medium', 'high', 'elite']);
/** band is null when the window has nothing to grade (no deploy; for time to restore, no restore). */
const key = z.strictObject({ value: z.number(), band: band.nullable() });

export const doraSchema = z.strictObject({
  /** Deployments per day. */
  deployFrequency: key,
  /** Median hours from commit to production. */
  leadTime: key,
  /** Share of deployments that caused an incident, 0..1. */
  changeFailureRate: key,
  /** Mean hours to restore service after a failed change. */
  timeToRestore: key,
});

const stepFields = {
  /** Steps played so far: 0 before the first, `steps` after the last. */
  step: z.number().int().min(0),
  steps: z.number().int().min(0),
  /** The step's id in the scenario file, or null at the start and in scenarios without steps. */
  id: z.string().nullable(),
  /** Turns played so far: the screen's "after turn N". */
  turn: z.number().int().min(0),
  playing: z.boolean(),
  /** The option taken at each vote the speaker applied (step id → option id); a vote not named took its first option. */
  choices: z.record(z.string(), z.string()),
};

/** Keys a clicker or a speaker presses: stepping keys, and reveal's blank (b, .), overview (Escape) and fullscreen (f). */
export const clickerKeys = ['PageDown', 'PageUp', 'ArrowRight', 'ArrowLeft', ' ', 'b', '.', 'Escape', 'f'] as const;

const figure = z.strictObject({
  id: z.string(), name: z.string(), value: z.number(), text: z.string(), band: band.nullable(), pointed: z.boolean(),
});

export const eventSchema = z.discriminatedUnion('type', [
  z.strictObject({ namespace: z.literal(NAMESPACE), type: z.literal('ready'), scenario: z.string(), mode: z.enum(['play', 'present', 'poster']), lang: z.string(), ...stepFields }),
  z.strictObject({ namespace: z.literal(NAMESPACE), type: z.literal('step'), ...stepFields }),
  z.strictObject({ namespace: z.literal(NAMESPACE), type: z.literal('metrics'), turn: z.number().int(), windowDays: z.number(), dora: doraSchema }),
  z.strictObject({
    namespace: z.literal(NAMESPACE), type: z.literal('incident'), turn: z.number().int(), incident: z.number().int(),
    cause: z.string(), service: z.string(), domain: z.string(), impact: z.number(), recovery: z.string(),
  }),
  z.strictObject({ namespace: z.literal(NAMESPACE), type: z.literal('ended'), ...stepFields, status: z.string() }),
  z.strictObject({ namespace: z.literal(NAMESPACE), type: z.literal('state'), scenario: z.string(), lang: z.string(), ...stepFields, dora: doraSchema.nullable(),
    /** Seconds between steps when playing (null for a poster, which does not play). */
    interval: z.number().nullable() }),
  z.strictObject({ namespace: z.literal(NAMESPACE), type: z.literal('error'), code: z.enum(['queueFull']), command: z.string() }),
  z.strictObject({ namespace: z.literal(NAMESPACE), type: z.literal('key'), key: z.enum(clickerKeys), direction: z.enum(['next', 'prev']).nullable() }),
  z.strictObject({
    namespace: z.literal(NAMESPACE), type: z.literal('notes'), step: z.number().int().min(0), id: z.string().nullable(), lang: z.string(),
    text: z.string(), lookAt: z.string().nullable(), figures: z.array(figure),
  }),
  /**
   * The audience's vote on the step on screen: opened (code and join link to show), tally (live,
   * on every vote), closed (no more votes), applied (the winner was taken and the talk stepped on),
   * ended (the vote room went away unapplied: the talk moved on, or the connection dropped).
   */
  z.strictObject({
    namespace: z.literal(NAMESPACE), type: z.literal('vote'), phase: z.enum(['opened', 'tally', 'closed', 'applied', 'ended']),
    step: z.string(), code: z.string(), url: z.string(), tally: z.record(z.string(), z.number().int().min(0)), voters: z.number().int().min(0), winner: z.string().nullable(),
  }),
]);
export type OutEvent = z.infer<typeof eventSchema>;
/** An event before the namespace is stamped on it. */
export type OutPayload = OutEvent extends infer E ? (E extends OutEvent ? Omit<E, 'namespace'> : never) : never;
export type StepFields = { step: number; steps: number; id: string | null; turn: number; playing: boolean; choices: Record<string, string> };
