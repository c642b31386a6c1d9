// Where the system Chromium lives and how it must start on these machines (the test tool
// cannot download a browser here, and the closed network refuses Chromium's background calls).
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  ...(typeof process.getuid === 'function' && process.getuid() === 0 ? ['--no-sandbox'] : []),
];

/** One clear line instead of a Playwright stack trace when the browser is missing. */
export function requireChromium(): void {
  if (existsSync(chromiumPath)) return;
  console.error(
    `Chromium not found at ${chromiumPath}. Install it with "sudo apt-get install -y chromium" ` +
      '(or set CHROMIUM_PATH to another Chromium binary), then run npm test again.',
  );
  process.exit(1);
}
