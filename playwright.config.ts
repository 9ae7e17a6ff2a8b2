import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Our machines cannot download Playwright's browsers: use Debian's Chromium when it is there.
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

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
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: 'node scripts/preview-lms.ts --port 4399',
    url: 'http://127.0.0.1:4399/lms-preview.html',
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
