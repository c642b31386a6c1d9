// The browser's link to the workshop server (colyseus.js). A seat survives a dropped network or a
// reload: the reconnection token is kept for the tab and tried again for up to a minute.
import { Client, type Room } from 'colyseus.js';

export const RECONNECT_MS = 60_000;

/** The server that served this page also hosts the rooms, on the same port and path. */
export function workshopClient(): Client {
  const url = new URL('.', location.href);
  return new Client(`${url.protocol}//${url.host}${url.pathname.replace(/\/$/, '')}`);
}

const key = (name: string) => `devops-journey:workshop:${name}`;

export function remember(name: string, value: unknown): void {
  try {
    if (value === null) sessionStorage.removeItem(key(name));
    else sessionStorage.setItem(key(name), JSON.stringify(value));
  } catch {
    // A tab without storage only loses its seat on reload.
  }
}

export function recall<T>(name: string): T | null {
  try {
    const raw = sessionStorage.getItem(key(name));
    return raw ? JSON.parse(raw) as T : null;
  } catch {
    return null;
  }
}

/** Close codes Colyseus uses when a room was left on purpose (leave(), kicked, room gone). */
const meant = new Set([1000, 4000, 4002]);

/**
 * Keeps a room alive across drops: on an unplanned close it reconnects with the room's token,
 * telling the screen it is trying, until it is back or the minute is up.
 */
export function keepSeat(client: Client, first: Room, hooks: {
  onRoom(room: Room): void;
  onTrying(trying: boolean): void;
  onLost(): void;
}): { current(): Room; leave(): void } {
  let room = first;
  let leaving = false;
  const watch = (r: Room) => {
    hooks.onRoom(r);
    r.onLeave((code) => {
      if (leaving || meant.has(code)) return;
      void retry(r.reconnectionToken);
    });
  };
  const retry = async (token: string) => {
    hooks.onTrying(true);
    const until = Date.now() + RECONNECT_MS;
    while (!leaving && Date.now() < until) {
      try {
        room = await client.reconnect(token);
        hooks.onTrying(false);
        watch(room);
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 1500));
      }
    }
    hooks.onTrying(false);
    if (!leaving) hooks.onLost();
  };
  watch(first);
  return {
    current: () => room,
    leave() {
      leaving = true;
      void room.leave(true);
    },
  };
}

/** A join refused by the server, as the key of its message (the server sends codes, not prose). */
export function joinProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/tooManyJoins|429/.test(message)) return 'workshop.error.tooMany';
  if (/no rooms found|wrongRoom/.test(message)) return 'workshop.error.noRoom';
  if (/nameMissing/.test(message)) return 'workshop.error.name';
  if (/notFacilitator/.test(message)) return 'workshop.error.notFacilitator';
  if (/Failed to fetch|NetworkError|ECONNREFUSED|404|offline/i.test(message)) return 'workshop.error.noServer';
  return 'workshop.error.other';
}

/** Codes the workshop server itself refuses with; the engine's own codes have reason.* texts. */
const serverRefusals: Record<string, string> = {
  paused: 'workshop.paused',
  badMessage: 'workshop.refused.badMessage',
  unknownMessage: 'workshop.refused.badMessage',
  notFacilitator: 'workshop.error.notFacilitator',
  noSuchTeam: 'workshop.refused.noSuchTeam',
  noSuchShock: 'workshop.refused.noSuchShock',
  facilitatorOnly: 'workshop.error.notFacilitator',
  notAttendee: 'workshop.refused.badMessage',
};

/** The key of a refusal's message when the server (not the engine) refused; null for the engine's. */
export function serverRefusal(code: string): string | null {
  return Object.hasOwn(serverRefusals, code) ? serverRefusals[code]! : null;
}
