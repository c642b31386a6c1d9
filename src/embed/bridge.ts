// The host side of the protocol: commands in from the page that embeds the game, events out to it.
import { NAMESPACE, readInbound, type Command, type OutPayload } from './protocol.ts';

export interface Controller {
  run(command: Command): void;
  /** reveal.js showed (start) or left (stop) the slide the game sits on. */
  slide(event: 'slide:start' | 'slide:stop'): void;
}

export interface Bridge {
  /** Commands that arrived before the game was ready are run now, in order. */
  attach(controller: Controller): void;
  post(event: OutPayload): void;
}

export interface BridgeOptions {
  /** The window the game lives in. */
  self: Window;
  /** Origins allowed to talk to the game; empty means any embedding page. */
  origins: readonly string[];
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
      if (queued.length < 50) queued.push(inbound);
      return;
    }
    if (inbound.kind === 'reveal') controller.slide(inbound.event);
    else controller.run(inbound.command);
  }

  if (parent !== self) {
    self.addEventListener('message', (e) => {
      if (e.source !== parent) return;
      if (origins.length > 0 && !origins.includes(e.origin)) return;
      const inbound = readInbound(e.data);
      if (inbound) dispatch(inbound);
    });
  }

  return {
    attach(c) {
      controller = c;
      queued.splice(0).forEach(dispatch);
    },
    post(event) {
      if (parent === self) return;
      const message = { namespace: NAMESPACE, ...event };
      // Metrics are not secret, but with an allow-list nothing leaves for a page not on it.
      for (const origin of origins.length > 0 ? origins : ['*']) {
        try {
          parent.postMessage(message, origin);
        } catch {
          // A parent that went away mid-talk.
        }
      }
    },
  };
}

/** The build's allow-list (VITE_EMBED_ORIGINS) wins: a URL, which any framing page writes, may only narrow it. */
export function allowedOrigins(fromBuild: readonly string[], fromUrl: readonly string[]): string[] {
  if (fromBuild.length === 0) return [...fromUrl];
  if (fromUrl.length === 0) return [...fromBuild];
  const narrowed = fromUrl.filter((o) => fromBuild.includes(o));
  // Nothing in common must not fall back to "anyone": keep the build's list.
  return narrowed.length > 0 ? narrowed : [...fromBuild];
}
