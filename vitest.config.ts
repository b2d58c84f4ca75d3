import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    environment: 'node',
    // Server suites each start a fresh embedded database; give them room on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ['packages/server/test/global-setup.ts'],
  },
});
