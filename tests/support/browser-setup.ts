import fs from 'node:fs';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's one Chromium, for `chromium.connect()`; null without a Chromium. */
    chromiumEndpoint: string | null;
  }
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * One Chromium for all browser test files instead of one per file (a launch is a second or two of
 * CPU): each file connects to it, and each test still opens contexts of its own, which share
 * nothing (cookies, storage, cache) with any other context.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    project.provide('chromiumEndpoint', null);
    return undefined;
  }
  const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}
