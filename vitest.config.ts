import { defineConfig } from 'vitest/config';

const globalSetup = ['tests/support/global-setup.ts'];

// All three projects share two workers, the longest files first: a browser file runs beside an
// integration or unit file instead of all browser files waiting, one at a time, for the rest.
// Two at once: each file has a database of its own (an embedded one takes ~0.8 GB), and most
// files keep a core busy by themselves.
const twoAtOnce = { maxWorkers: 2, sequence: { groupOrder: 0 } };

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], ...twoAtOnce } },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          ...twoAtOnce,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // One Chromium for the whole run; each file connects to it.
          globalSetup: [...globalSetup, 'tests/support/browser-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A page under a loaded machine can take more than the default second to show what it
          // must; a poll still fails when it never does.
          expect: { poll: { timeout: 10_000 } },
          ...twoAtOnce,
        },
      },
    ],
  },
});
