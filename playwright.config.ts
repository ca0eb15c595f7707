import { defineConfig } from '@playwright/test';

/**
 * API tests (e2e/api) and browser flows (e2e/*.spec.ts) against a server that
 * `npm test` starts on a fresh data folder and names in BASE_URL. Debian's Chromium is used
 * because Playwright cannot download its own browser on these machines.
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: process.env.BASE_URL ?? 'http://127.0.0.1:3000',
    locale: 'pl-PL',
    timezoneId: 'Europe/Warsaw',
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
});
