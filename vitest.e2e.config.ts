import { defineConfig } from 'vitest/config';

// End-to-end tests: build the site under a sub-path, serve it, drive Debian Chromium (npm run test:e2e).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    environment: 'node',
    testTimeout: 60000,
    hookTimeout: 180000,
    fileParallelism: false,
  },
});
