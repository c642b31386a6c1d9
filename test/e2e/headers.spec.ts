import { expect, test } from '@playwright/test';
import { securityHeaders } from '../../src/server/headers.ts';

// The server Playwright starts is the one `npm start` runs (scripts/serve.ts).
test('the server sends the security headers with the page and with every file', async ({ request }) => {
  const page = await request.get('/');
  expect(page.ok()).toBe(true);
  const html = await page.text();
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  expect(meta).toBeTruthy();
  const headers = page.headers();
  // The header is the page's own policy plus what a <meta> cannot carry.
  expect(headers['content-security-policy']).toBe(`${meta}; frame-ancestors *`);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');

  const script = /<script[^>]+src="\.?\/?([^"]+\.js)"/.exec(html)?.[1];
  expect(script).toBeTruthy();
  const asset = await request.get(`/${script}`);
  expect(asset.headers()['x-content-type-options']).toBe('nosniff');
  expect(asset.headers()['content-security-policy']).toBe(headers['content-security-policy']);
});

test('an allow-list of hosts narrows who may frame the game, and bad entries never open it', () => {
  expect(securityHeaders(['https://slides.example.org'])['Content-Security-Policy']).toMatch(/; frame-ancestors 'self' https:\/\/slides\.example\.org$/);
  expect(securityHeaders([])['Content-Security-Policy']).toMatch(/; frame-ancestors 'self'$/);
});
