import { defineConfig } from '@playwright/test';
import { chromiumArgs, systemChromium } from './scripts/lib/chromium.ts';

// E2E_PORT lets several checkouts run their browser tests side by side.
const port = Number(process.env.E2E_PORT ?? 4399);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 2,
  // In CI a test gets one more try, as a safety net on busy shared machines: a real fault fails
  // both tries, and a test that passed only on its retry is listed as flaky, to be looked at.
  // Tests wait on conditions (and the pacer on a paused page clock), never on wall time.
  retries: process.env.CI ? 1 : 0,
  // Several tests play a whole module in a real browser: on 2 busy cores that nears a minute.
  timeout: 120_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: systemChromium,
      args: chromiumArgs,
    },
  },
  webServer: {
    command: `node scripts/preview-lms.ts --port ${port}`,
    url: `http://127.0.0.1:${port}/lms-preview.html`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
