// The host side of the protocol: commands in from the page that embeds the game, events out to it.
import type { Origins } from './origins.ts';
import { NAMESPACE, readInbound, type Command, type OutPayload } from './protocol.ts';

export interface Controller {
  run(command: Command): void;
  /** reveal.js showed (start) or left (stop) the slide the game sits on. */
  slide(event: 'slide:start' | 'slide:stop'): void;
}

/** Commands that wait for the game to be ready; past this each is refused with an `error` event. */
export const QUEUE_LIMIT = 1000;

export interface Bridge {
  /** Commands that arrived before the game was ready are run now, in order. */
  attach(controller: Controller): void;
  post(event: OutPayload): void;
}

export interface BridgeOptions {
  /** The window the game lives in. */
  self: Window;
  /** Origins allowed to talk to the game: 'any' embedding page, or a list (an empty one lets nobody in). */
  origins: Origins;
}

/**
 * Only the embedding page (the parent window) may command the game, and only from an allowed
 * origin; events go only to allowed origins. Anything else is dropped without an error, since a
 * page receives many messages that were never meant for it.
 */
export function createBridge({ self, origins }: BridgeOptions): Bridge {
  const parent = self.parent;
  let controller: Controller | null = null;
  const queued: Parameters<typeof dispatch>[0][] = [];

  function dispatch(inbound: NonNullable<ReturnType<typeof readInbound>>): void {
    if (!controller) {
      if (queued.length < QUEUE_LIMIT) queued.push(inbound);
      else if (inbound.kind === 'command') post({ type: 'error', code: 'queueFull', command: inbound.command.type });
      return;
    }
    if (inbound.kind === 'reveal') controller.slide(inbound.event);
    else controller.run(inbound.command);
  }

  if (parent !== self) {
    self.addEventListener('message', (e) => {
      if (e.source !== parent) return;
      if (origins !== 'any' && !origins.includes(e.origin)) return;
      const inbound = readInbound(e.data);
      if (inbound) dispatch(inbound);
    });
  }

  function post(event: OutPayload): void {
    if (parent === self) return;
    const message = { namespace: NAMESPACE, ...event };
    // Metrics are not secret, but with an allow-list nothing leaves for a page not on it.
    for (const origin of origins === 'any' ? ['*'] : origins) {
      try {
        parent.postMessage(message, origin);
      } catch {
        // A parent that went away mid-talk.
      }
    }
  }

  return {
    attach(c) {
      controller = c;
      queued.splice(0).forEach(dispatch);
    },
    post,
  };
}
