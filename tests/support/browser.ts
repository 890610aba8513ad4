import { AxeBuilder } from '@axe-core/playwright';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CLIENT_DIR } from '../../server/app.js';
import type { DemoSummary } from '../../server/demo/load.js';
import { createTestApp, type TestApp } from './app.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser-setup.js';
import { createDemoApp } from './demo.js';
import { PASSWORD } from './factories.js';

export { CHROMIUM_PATH };

/** Why browser tests cannot run here, or null when they can. */
export function browserUnavailable(): string | null {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    return `no Chromium at ${CHROMIUM_PATH} (install Debian's chromium or set CHROMIUM_PATH)`;
  }
  if (!fs.existsSync(`${CLIENT_DIR}/index.html`)) return 'the client is not built (run npm run build)';
  return null;
}

/**
 * Chromium with a Swedish browser by default (headless Chromium says en-US, and the app follows
 * the browser's language on a first visit); a test can still ask for another `locale`.
 * The run's shared Chromium (browser-setup.ts) when there is one, else one of the file's own;
 * `close()` closes this file's contexts (and a Chromium of its own).
 */
export async function launchBrowser(): Promise<Browser> {
  const shared = inject('chromiumEndpoint');
  const browser = shared ? await chromium.connect(shared) : await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options = {}) => newContext({ locale: 'sv-SE', ...options });
  return browser;
}

export interface RunningApp extends TestApp {
  baseUrl: string;
}

/** The real app with the built client, listening on a free loopback port. */
export async function startApp(): Promise<RunningApp> {
  return listen(await createTestApp({ serveClient: true }));
}

/** startApp() on a database holding the demo (tests/support/demo.ts). */
export async function startDemoApp(): Promise<{ app: RunningApp; summary: DemoSummary }> {
  const { t, summary } = await createDemoApp({ serveClient: true });
  return { app: await listen(t), summary };
}

async function listen(testApp: TestApp): Promise<RunningApp> {
  await testApp.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = testApp.app.server.address() as AddressInfo;
  return { ...testApp, baseUrl: `http://127.0.0.1:${port}` };
}

/**
 * A page of a new context (its own cookies), signed in through the login page as a person would,
 * on the page the login leads to.
 */
export async function signedIn(
  browser: Browser,
  app: RunningApp,
  account: { email: string; password?: string },
  options: BrowserContextOptions = { viewport: { width: 1280, height: 900 } },
): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(`${app.baseUrl}/login`);
  await page.getByLabel('E-postadress').fill(account.email);
  await page.getByLabel('Lösenord').fill(account.password ?? PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

/** axe violations that matter (serious or critical), as readable lines. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Violations only, in one pass: the full result of a 75-question survey page is megabytes.
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * Types a date (YYYY-MM-DD) or a time (HH:MM) into the app's date or time field named `label`
 * (react-aria's segments, year-month-day and 24 hours in both languages): the first segment
 * takes the focus and the digits fill the segments in turn, as a person types them.
 */
export async function typeDate(scope: Page | Locator, label: string, value: string): Promise<void> {
  const first = scope.getByRole('group', { name: label, exact: true }).getByRole('spinbutton').first();
  await first.click();
  await first.page().keyboard.type(value.replace(/\D/g, ''));
}
