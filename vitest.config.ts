import { defineConfig } from 'vitest/config';

// Unit and integration tests run in Node against real encrypted database files in temp dirs.
export default defineConfig({
  test: {
    include: ['tests/main/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
