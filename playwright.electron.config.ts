import { defineConfig } from '@playwright/test';

// Drives the real desktop app (Electron) built by `npm run build`: `npm run test:electron`.
// Not part of `npm test`: it needs the Electron runtime binary, which CI images may lack.
export default defineConfig({
  testDir: 'tests/electron',
  testMatch: '**/*.spec.ts',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  // One Electron at a time: each test launches its own app on its own data dir.
  workers: 1,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
