import { defineConfig } from '@playwright/test';

// End-to-end tests drive the built renderer in browser mode: each test starts its own server
// (tests/e2e/fixtures/browser-app.ts) on a temp data dir, so no webServer is configured here.
// `npm run build` must have run first (`npm test` does).
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    headless: true,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    // The app then skips MUI's transitions, so axe never sees a half-faded dialog.
    contextOptions: { reducedMotion: 'reduce' },
    trace: 'retain-on-failure',
    actionTimeout: 15_000,
    launchOptions: {
      executablePath: process.env.KIM_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
});
