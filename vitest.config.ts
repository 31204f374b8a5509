import { defineConfig } from 'vitest/config';

// Unit, conformance and golden tests run in Node; tests/e2e drives Debian Chromium and runs separately
// (npm run test:e2e) because it needs a built site.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20000,
  },
});
