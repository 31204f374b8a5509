import { defineConfig } from 'vitest/config';

// Unit, conformance and golden tests run in Node; tests/e2e drives Debian Chromium and runs separately
// (npm run test:e2e) because it needs a built site.
// Under CI's faked clock (scripts/test.sh), libfaketime gives every process of the run one shared lock,
// which it takes at each process's start and around each stat(). A process killed while holding it
// leaves it held, and every later process hangs at start: the whole run stalls. Without
// FAKETIME_SHARED, each worker makes a lock of its own (tests/support/unfaked-env.ts says more).
delete process.env.FAKETIME_SHARED;

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20000,
  },
});
