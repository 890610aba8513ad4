import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable, launchBrowser, seriousAxeViolations, startApp, type RunningApp } from '../support/browser.js';

const unavailable = browserUnavailable();
if (unavailable) console.warn(`Skipping browser tests: ${unavailable}`);

describe.skipIf(unavailable)('the start page', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await (await browser.newContext()).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('greets in Swedish and shows that the service and its database are up', async () => {
    await page.goto(app.baseUrl);
    await expect.poll(() => page.locator('h1').textContent()).toBe('SPUR-granskning av ST');
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Tjänsten är igång');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('switches to English and remembers it after a reload', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('SPUR review of ST');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('The service is running');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('offers a skip link as the first stop for keyboard users', async () => {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBe('#main');
  });

  it('the accessibility check does find a serious problem when there is one', async () => {
    const probe = await (await browser.newContext()).newPage();
    await probe.setContent('<html lang="sv"><body><main><h1>Test</h1><input type="text"><img src="x.png"></main></body></html>');
    expect((await seriousAxeViolations(probe)).join('\n')).toMatch(/label|image-alt/);
  });

  it('loads client routes directly and shows a friendly page for unknown ones', async () => {
    const res = await page.goto(`${app.baseUrl}/no/such/page`);
    expect(res?.status()).toBe(200);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Page not found');
  });
});
