import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath, requireChromium } from './scripts/chromium.ts';

requireChromium();

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  // Generous limits: CI machines have two cores and the build shares them with the browser.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  webServer: {
    // The same server `npm start` runs: the built game and the workshop rooms on one port.
    command: `npx vite build && PORT=${port} node --import tsx scripts/serve.ts`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
