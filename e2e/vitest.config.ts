import { defineConfig } from 'vitest/config';

/**
 * Browser tests: one built web app, one real server, Debian's Chromium. Files run one after
 * another because they share that server, and the timeouts allow for a cold build on a small
 * machine.
 */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
  },
});
