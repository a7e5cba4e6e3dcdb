import { defineConfig } from '@playwright/test';
import { findChromium } from '../../scripts/ensure-chromium.mjs';

export const PORT = 4173;
export const BASE_PORT = 4174;
const isCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: '.',
  timeout: 30_000,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: '../../test-results/e2e.json' }]],
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
      command: `node scripts/serve-static.mjs --dir dist --port ${PORT}`,
      cwd: '../..',
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !isCI,
      timeout: 30_000,
    },
    {
      command: `node scripts/serve-static.mjs --dir dist-base --base /news/storm-0558/ --port ${BASE_PORT}`,
      cwd: '../..',
      url: `http://127.0.0.1:${BASE_PORT}/news/storm-0558/`,
      reuseExistingServer: !isCI,
      timeout: 30_000,
    },
  ],
});
