import { defineConfig } from '@playwright/test';
import { chromiumArgs, systemChromium } from './scripts/lib/chromium.ts';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4399',
    launchOptions: {
      executablePath: systemChromium,
      args: chromiumArgs,
    },
  },
  webServer: {
    command: 'node scripts/preview-lms.ts --port 4399',
    url: 'http://127.0.0.1:4399/lms-preview.html',
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
