import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoMapping, type DemoMapping } from '../../server/demo/mapping.js';
import { insertHospital } from '../../server/features/hospitals/repository.js';
import { browserUnavailable, launchBrowser, seriousAxeViolations, startApp, type RunningApp } from '../support/browser.js';
import { signIn, type Session } from '../support/factories.js';

const unavailable = browserUnavailable();
if (unavailable) console.warn(`Skipping the mapping's browser tests: ${unavailable}`);

const text = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe.skipIf(unavailable)('the national mapping in the browser', () => {
  let app: RunningApp;
  let browser: Browser;
  let admin: Session;
  let reader: Session;
  let demo: DemoMapping;

  async function pageAs(session: Session): Promise<Page> {
    const context = await browser.newContext();
    const [name, value] = session.headers.cookie.split('=');
    await context.addCookies([{ name, value, url: app.baseUrl }]);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return page;
  }

  beforeAll(async () => {
    app = await startApp();
    admin = await signIn(app.app, 'admin');
    reader = await signIn(app.app, 'reader', { hospitalId: await insertHospital(app.app.db, { code: 'H1', name: 'Sjukhuset', region: 'Region Uppsala' }) });
    demo = await loadDemoMapping(app.app.db, { id: admin.userId, role: 'admin', hospitalId: null }, app.baseUrl);
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('a reader sees the region table with categories, change and the goal, accessible', async () => {
    const page = await pageAs(reader);
    await page.goto(`${app.baseUrl}/mapping`);
    await page.getByRole('link', { name: /2024/ }).click();
    const table = page.getByRole('table', { name: 'Regionernas kategorier, förändring och mål' });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(21);
    expect(await text(page, 'tr[data-region="AC"] td.mapping-goal')).toBe('Uppfyllt');
    expect(await text(page, 'tr[data-region="F"] td.mapping-goal')).toBe('Okänt');
    expect(await text(page, 'tr[data-region="M"]')).toContain('Ledarskaps-ST, Program för alla professioner');
    const categories = page.getByRole('table', { name: 'Antal regioner per kategori, nu och i förra omgången' });
    const cells = await categories
      .getByRole('row', { name: /^Ledarskaps-ST/ })
      .locator('td')
      .allTextContents();
    expect(cells.map((c) => c.replace(/\s+/g, ' ').trim())).toEqual(['2 / 21', '3 / 21', 'föll bort: Region Skåne']);
    await expect.poll(() => page.getByRole('button', { name: 'Samordna omgången' }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('the coordinator sees the sources and the reconciliation of the published round, accessible', async () => {
    const page = await pageAs(admin);
    await page.goto(`${app.baseUrl}/mapping/${demo.roundIds[2024]}`);
    // the sources, the reconciliation and the report load one after another: give a loaded machine time
    await expect.poll(() => page.getByRole('heading', { name: 'Jämför källorna och besluta' }).count(), { timeout: 15_000 }).toBe(1);
    expect(await page.getByText('Inga obeslutade konflikter.').count()).toBe(1);
    await page.getByRole('button', { name: /^▸?\s*Region Västerbotten/ }).click();
    await expect.poll(() => page.getByText(/Säger: Inget/).count()).toBeGreaterThan(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
