import { defineConfig, devices } from '@playwright/test';
import { SERVER_ENV, createUsersCommand } from './tests/e2e/e2e-server.ts';

/** The one place that says where the built app is served: the real server, on a fresh data dir. */
export const E2E_PORT = Number(process.env.SOPKA_E2E_PORT ?? 4173);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_DATA_DIR = `.tmp/e2e-data-${E2E_PORT}`;
const SERVER = { ...SERVER_ENV, SOPKA_DATA_DIR: E2E_DATA_DIR };

/** Debian's chromium: Playwright downloads no browser here. Repeat it in every launchOptions override. */
export const CHROMIUM_LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  // generous: a loaded 2-core machine runs axe and IndexedDB slowly; tests wait on what people see
  timeout: 120_000,
  use: {
    ...devices['Desktop Chrome'],
    baseURL: E2E_BASE_URL,
    locale: 'ru-RU',
    timezoneId: 'Asia/Kamchatka',
    serviceWorkers: 'allow',
    launchOptions: CHROMIUM_LAUNCH,
    trace: 'retain-on-failure',
  },
  webServer: {
    command: [
      `rm -rf ${E2E_DATA_DIR}`,
      'npm run build',
      createUsersCommand(),
      'node build/server/main.js',
    ].join(' && '),
    env: { ...SERVER, PORT: String(E2E_PORT) },
    url: `${E2E_BASE_URL}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 600_000,
    stdout: 'ignore',
  },
});
