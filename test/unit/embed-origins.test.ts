import { describe, expect, it } from 'vitest';
import { createBridge, QUEUE_LIMIT } from '../../src/embed/bridge.ts';
import { normaliseOrigin, readOrigins } from '../../src/embed/origins.ts';
import { eventSchema } from '../../src/embed/protocol.ts';
import { parseEmbedParams } from '../../src/embed/url.ts';

describe('the origins allow-list', () => {
  it('normalises what people write to what a browser reports', () => {
    expect(normaliseOrigin('https://slides.example.org/')).toBe('https://slides.example.org');
    expect(normaliseOrigin(' HTTPS://Slides.Example.ORG ')).toBe('https://slides.example.org');
    expect(normaliseOrigin('https://slides.example.org:443/deck/?x=1#y')).toBe('https://slides.example.org');
    expect(normaliseOrigin('http://localhost:8000')).toBe('http://localhost:8000');
  });

  it('takes nothing that is not an http(s) origin', () => {
    for (const bad of ['*', 'null', '', 'slides.example.org', 'javascript:alert(1)', 'file:///x', 'https://user:pw@a.example', 'data:text/html,x', `https://${'a'.repeat(300)}.example`]) {
      expect(normaliseOrigin(bad), bad).toBeNull();
    }
  });

  it('fails closed: a bad entry is dropped, the good ones stay, and an empty list lets nobody in', () => {
    expect(readOrigins('https://a.example/,*,null,HTTPS://B.example')).toEqual({ origins: ['https://a.example', 'https://b.example'], rejected: ['*', 'null'] });
    const warnings: string[] = [];
    expect(parseEmbedParams('?origins=https://a.example/,*', (m) => warnings.push(m)).origins).toEqual(['https://a.example']);
    expect(warnings).toHaveLength(1);
    expect(parseEmbedParams('?origins=*', () => {}).origins).toEqual([]);
  });
});

/** A frame whose parent records what it is sent, and a way to post to the frame as that parent. */
function fakeFrame(parentOrigin: string) {
  const sent: { message: Record<string, unknown>; origin: string }[] = [];
  const listeners: ((e: MessageEvent) => void)[] = [];
  const parent = { postMessage: (message: Record<string, unknown>, origin: string) => sent.push({ message, origin }) };
  const self = { parent, addEventListener: (_type: string, l: (e: MessageEvent) => void) => listeners.push(l) } as unknown as Window;
  const send = (data: unknown, origin = parentOrigin) => listeners.forEach((l) => l({ source: parent, origin, data } as unknown as MessageEvent));
  return { self, sent, send };
}

describe('commands before ready', () => {
  it('are all kept and run in order once the game is ready', () => {
    const frame = fakeFrame('https://deck.example');
    const bridge = createBridge({ self: frame.self, origins: ['https://deck.example'] });
    for (let i = 0; i < 99; i++) frame.send({ namespace: 'devops-journey', type: 'next' });
    frame.send({ namespace: 'devops-journey', type: 'getState' });
    const ran: string[] = [];
    bridge.attach({ run: (c) => ran.push(c.type), slide: () => {} });
    expect(ran).toHaveLength(100);
    expect(ran.at(-1)).toBe('getState');
    expect(frame.sent).toEqual([]);
  });

  it('past the queue, are refused one by one with an error event', () => {
    const frame = fakeFrame('https://deck.example');
    createBridge({ self: frame.self, origins: 'any' });
    for (let i = 0; i < QUEUE_LIMIT + 3; i++) frame.send({ namespace: 'devops-journey', type: 'getState' });
    expect(frame.sent).toHaveLength(3);
    for (const { message } of frame.sent) {
      expect(eventSchema.safeParse(message).success).toBe(true);
      expect(message).toMatchObject({ type: 'error', code: 'queueFull', command: 'getState' });
    }
  });

  it('from a page not on the list are neither run nor answered', () => {
    const frame = fakeFrame('https://deck.example');
    const bridge = createBridge({ self: frame.self, origins: [] });
    frame.send({ namespace: 'devops-journey', type: 'getState' });
    const ran: string[] = [];
    bridge.attach({ run: (c) => ran.push(c.type), slide: () => {} });
    bridge.post({ type: 'step', step: 0, steps: 1, id: null, turn: 0, playing: false, choices: {} });
    expect(ran).toEqual([]);
    expect(frame.sent).toEqual([]);
  });
});

describe('the page policy', () => {
  it('is the same in index.html and in the server headers', async () => {
    const { readFileSync } = await import('node:fs');
    const { PAGE_POLICY } = await import('../../src/server/headers.ts');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync('index.html', 'utf8'))?.[1];
    expect(meta).toBe(PAGE_POLICY);
  });
});
