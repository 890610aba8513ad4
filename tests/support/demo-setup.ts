import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's folder for the demo's snapshot (demo.ts), shared by the integration and browser projects. */
    demoSnapshotDir: string;
  }
}

const shared = globalThis as { spurDemoSnapshotDir?: string };

/** One folder per run, whichever project sets up first; the demo itself is made when a file first needs it. */
export default function setup(project: TestProject): () => void {
  shared.spurDemoSnapshotDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'spur-demo-'));
  const dir = shared.spurDemoSnapshotDir;
  project.provide('demoSnapshotDir', dir);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
