import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable, launchBrowser, seriousAxeViolations, startApp, type RunningApp } from '../support/browser.js';
import { createHospital, createReview, PASSWORD, signIn, type Session } from '../support/factories.js';

const unavailable = browserUnavailable();
if (unavailable) console.warn(`Skipping browser tests: ${unavailable}`);

/** Generous: the machine is shared with other test runs. Nothing here asserts how long anything takes. */
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 30_000, interval: 200 });

const GUIDELINES = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Title (Lokala riktlinjer) >>\nendobj\ntrailer\n<<>>\n%%EOF\n');

/**
 * The documents before the visit as their people live them: the inspector asks the study director
 * for the clinic's documents, she uploads the guidelines through the link in her mail, and the
 * inspector finds them on the documents page and beside the checklist point they support.
 */
describe.skipIf(unavailable)('the clinic sends its documents before the visit', () => {
  let app: RunningApp;
  let browser: Browser;
  let inspector: Session;
  let reviewId: string;

  beforeAll(async () => {
    app = await startApp();
    inspector = await signIn(app.app, 'inspector');
    const hospital = await createHospital(app.app, inspector, ['medical']);
    reviewId = (await createReview(app.app, inspector, hospital, { inspectorIds: [inspector.userId] })).id;
    browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function newPage(): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.setDefaultTimeout(30_000);
    return page;
  }

  it('asks → the contact uploads through the mailed link → the inspector reads it on the documents page and the checklist', async () => {
    const page = await newPage();
    await page.goto(`${app.baseUrl}/login`);
    await page.getByLabel('E-postadress').fill(inspector.email);
    await page.getByLabel('Lösenord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    await page.goto(`${app.baseUrl}/reviews/${reviewId}/documents`);
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Dokument/);
    // The clinic's own documents are preselected; the hospital-level ones are not.
    expect(await page.getByRole('checkbox', { name: 'Lokala riktlinjer för ST' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^Kurskatalog/ }).isChecked()).toBe(false);
    await page.getByLabel('Kontaktpersonens namn').fill('Sara Studierektor');
    await page.getByLabel('Kontaktpersonens e-postadress').fill('sara@example.se');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Be om dokumenten' }).click();
    await poll(() => page.getByText('Saknas ännu: Lokala riktlinjer för ST').count()).toBe(1);
    expect(await page.getByText('Inga dokument har kommit in än.').count()).toBe(1);

    // The contact opens the link from the mail, without an account, and uploads the guidelines.
    const mail = await app.app.db
      .selectFrom('mails')
      .select('body')
      .where('kind', '=', 'document_request')
      .where('campaign_id', '=', reviewId)
      .executeTakeFirstOrThrow();
    const link = mail.body.match(/https?:\/\/\S+\/d\/[A-Za-z0-9_-]{43}/)![0].replace(/^https?:\/\/[^/]+/, app.baseUrl);
    const contact = await newPage();
    await contact.goto(link);
    await poll(() => contact.locator('h1').textContent()).toBe('Dokument inför granskningsbesöket');
    expect(await contact.getByText(/^Hej Sara Studierektor!/).count()).toBe(1);
    expect(await seriousAxeViolations(contact)).toEqual([]);
    await contact.getByRole('button', { name: /Kategori/ }).click();
    await contact.getByRole('option', { name: 'Lokala riktlinjer för ST' }).click();
    await contact.getByLabel('Fil').setInputFiles({ name: 'Riktlinjer ST.pdf', mimeType: 'application/pdf', buffer: GUIDELINES });
    await contact.getByRole('button', { name: 'Skicka filen' }).click();
    await poll(() => contact.getByRole('status').filter({ hasText: 'Riktlinjer ST.pdf är skickad.' }).count()).toBe(1);
    await poll(() => contact.getByRole('row', { name: /Riktlinjer ST\.pdf/ }).count()).toBe(1);
    // A web page saved as .pdf is refused, with what to do, in Swedish.
    await contact.getByLabel('Fil').setInputFiles({ name: 'schema.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html><body>schema</body></html>') });
    await contact.getByRole('button', { name: 'Skicka filen' }).click();
    // The message takes focus, so a screen reader reads it at once.
    const refused = contact.locator('.status-error');
    await poll(() => refused.textContent()).toMatch(/^Filen kunde inte skickas\. Filen "schema\.pdf" är inte en PDF.*det avgörs av innehållet/);
    expect(await refused.evaluate((element) => element === document.activeElement)).toBe(true);

    // The inspector sees it, with who sent it, and as evidence for points D1 and D11.
    await page.reload();
    const row = page.getByRole('row', { name: /Riktlinjer ST\.pdf/ });
    await poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('Sara Studierektor (via länken)');
    expect(await page.getByText(/^Saknas ännu:/).textContent()).not.toContain('Lokala riktlinjer');
    const download = page.waitForEvent('download');
    await row.getByRole('link', { name: 'Riktlinjer ST.pdf' }).click();
    expect((await download).suggestedFilename()).toBe('Riktlinjer ST.pdf');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.goto(`${app.baseUrl}/reviews/${reviewId}/checklist`);
    const d11 = page.getByRole('complementary', { name: /D11/ });
    await poll(() => d11.getByRole('link', { name: 'Riktlinjer ST.pdf' }).count()).toBe(1);
  });
});
