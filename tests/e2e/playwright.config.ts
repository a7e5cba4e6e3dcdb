import { defineConfig } from '@playwright/test';
import { findChromium } from '../../scripts/ensure-chromium.mjs';

// Several checkouts or agents can run side by side with their own builds:
// E2E_DIST / E2E_PORT and E2E_BASE_DIST / E2E_BASE_PORT override the defaults.
export const PORT = Number(process.env.E2E_PORT ?? 4173);
export const BASE_PORT = Number(process.env.E2E_BASE_PORT ?? 4174);
const DIST = process.env.E2E_DIST ?? 'dist';
const BASE_DIST = process.env.E2E_BASE_DIST ?? 'dist-base';
const isCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: '.',
  timeout: 30_000,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON ?? '../../test-results/e2e.json' }]],
  outputDir: '../../test-results/artifacts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    trace: 'on-first-retry',
    launchOptions: {
      executablePath: findChromium() ?? undefined,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      command: `node scripts/serve-static.mjs --dir ${DIST} --port ${PORT}`,
      cwd: '../..',
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !isCI,
      timeout: 30_000,
    },
    {
      command: `node scripts/serve-static.mjs --dir ${BASE_DIST} --base /news/storm-0558/ --port ${BASE_PORT}`,
      cwd: '../..',
      url: `http://127.0.0.1:${BASE_PORT}/news/storm-0558/`,
      reuseExistingServer: !isCI,
      timeout: 30_000,
    },
  ],
});
