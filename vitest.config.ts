import { defineConfig } from 'vitest/config';

// The migrated database each file copies, and the run's folder for the demo's snapshot.
const globalSetup = ['tests/support/global-setup.ts', 'tests/support/demo-setup.ts'];

// All three projects share two workers (browser files first, then integration, then unit; the
// longest first in each), instead of unit, then integration, then browser files one at a time.
// Two at once: each file has a database of its own (an embedded one takes ~0.8 GB), and most
// files keep a core busy by themselves.
// A worker runs file after file of a project without starting afresh (isolate: false): loading
// the app's modules cost 2-5 s of CPU per file, paid once per worker now. Nothing a file does
// outlives it: each file has its own database and app, which it closes; the modules' own state is
// caches of what never changes (compiled surveys and schemas, and parsed report snapshots, checked
// against their stored time before use), so a file passes or fails alone as in the whole run.
const twoAtOnce = { maxWorkers: 2, isolate: false, sequence: { groupOrder: 0 } };

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
