import { defineConfig } from 'vitest/config';

/**
 * `npm run test:stress`: real server processes under load and faults (kill -9, database
 * restarts), two servers on one database, backup and restore. Not part of `npm test`: it takes
 * minutes. One file at a time, so the files do not compete for the machine's cores.
 */
export default defineConfig({
  test: {
    include: ['tests/stress/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // The figures printed by the tests are the point: show them even when everything passes.
    silent: false,
  },
});
