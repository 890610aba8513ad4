import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInSweden } from '../../contract/dates.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../server/demo/load.js';
import { createUser } from '../../server/features/auth/service.js';
import { currentSurvey } from '../../server/features/surveys/service.js';
import { hashPassword } from '../../server/security/passwords.js';
import { browserUnavailable, launchBrowser, seriousAxeViolations, startApp, type RunningApp } from '../support/browser.js';

const unavailable = browserUnavailable();
if (unavailable) console.warn(`Skipping browser tests: ${unavailable}`);

const ADMIN = { email: 'admin@example.se', name: 'Adam Admin', password: 'admin-losenord-1' };

const text = async (page: Page, selector: string) => ((await page.locator(selector).textContent()) ?? '').replace(/\s+/g, ' ').trim();
const cells = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c) => (c as HTMLElement).innerText.replace(/\s+/g, ' ').trim())));

/** Earlier answers of four trainees, one per line; line 3 (the second person) has a 7 on a 1–4 scale. */
function historicCsv(): { file: Buffer; firstItem: string; answersPerRow: number } {
  const items = currentSurvey('spur-external')
    .items.filter((i) => i.kind === 'statement')
    .map((i) => i.id);
  const answers = [...items.map((_, i) => String((i % 4) + 1)), '1,5'];
  // HX is not in the register; the demo hospital's code is written by hand, in lower case with spaces.
  const rows = [
    ['role', 'hospital_code', 'unit_code', 'answered_on', ...items, 'F.self-study-hours'],
    ['st', 'HX', 'HX-KIR', '2025-03-10', ...answers],
    ['st', 'HX', 'HX-KIR', '2025-03-11', '7', ...answers.slice(1)],
    ['st', ' de mo ', 'DEMO-KIR', '2025-03-12', ...answers],
    ['st', 'HX', 'HX-MED', '2025-04-02', ...answers],
  ];
  return { file: Buffer.from(rows.map((r) => r.join(';')).join('\r\n'), 'utf8'), firstItem: items[0], answersPerRow: items.length + 1 };
}

describe.skipIf(unavailable)('an admin’s data: demo data on an empty install, earlier answers into the pool', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startApp();
    await createUser(app.app.db, null, {
      email: ADMIN.email,
      name: ADMIN.name,
      role: 'admin',
      hospitalId: null,
      passwordHash: await hashPassword(ADMIN.password),
    });
    browser = await launchBrowser();
    page = await (await browser.newContext()).newPage();
    page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('offers nobody demo data on the start page until an admin logs in', async () => {
    await page.goto(app.baseUrl);
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Tjänsten är igång');
    expect(await page.getByRole('heading', { name: 'Demodata' }).count()).toBe(0);

    await page.goto(`${app.baseUrl}/login?next=%2F`);
    await page.getByLabel('E-postadress').fill(ADMIN.email);
    await page.getByLabel('Lösenord').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL(`${app.baseUrl}/`);
    await expect.poll(() => page.getByRole('heading', { name: 'Demodata' }).count()).toBe(1);
    expect(await text(page, '#demo-heading ~ p >> nth=0')).toContain('Installationen har inga granskningar ännu.');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('loads the demo with a progress bar and then shows the accounts, the password and the report', async () => {
    // A small national pool keeps the test short; the button itself asks for the default 3,000.
    await page.route('**/api/admin/demo', (route) =>
      route.request().method() === 'POST' ? route.continue({ postData: JSON.stringify({ poolTrainees: 20 }) }) : route.continue(),
    );
    await page.getByRole('button', { name: 'Läs in demodata' }).click();

    const progress = page.getByRole('progressbar', { name: 'Inläsning av demodata' });
    await expect.poll(() => progress.count()).toBe(1);
    expect(await page.getByRole('status').filter({ hasText: 'Läser in demodata, steg' }).count()).toBe(1);
    // The pressed button went away; the focus is on the section's heading, not lost.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('demo-heading');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Demodatan är inläst.' }).count(), { timeout: 240_000, interval: 1_000 }).toBe(1);
    expect(await progress.count()).toBe(0);
    expect(await cells(page, '#demo-accounts tbody tr')).toEqual(
      DEMO_ACCOUNTS.map((a) => [a.email, { admin: 'Administratör', inspector: 'Granskare', reader: 'Läsare' }[a.role]]),
    );
    expect(await text(page, '#demo-heading ~ p code')).toBe(DEMO_PASSWORD);
    expect(await page.getByRole('link', { name: 'Läs den publicerade rapporten' }).getAttribute('href')).toMatch(/^\/reviews\/\d+\/report$/);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Till granskningarna' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Sjukhusövergripande extern granskning av ST' }).count()).toBe(1);
  }, 300_000);

  it('sets a hospital’s targets for a year, leaving the year before as it was', async () => {
    const year = Number(todayInSweden(new Date()).slice(0, 4));
    await page.getByRole('link', { name: 'Sjukhusens mål' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Sjukhusens mål');
    await expect.poll(() => text(page, '#targets-set-heading + p')).toBe(`Sjukhusets egna mål för ${year}.`);
    expect(await page.locator('fieldset legend').first().textContent()).toBe('Mål 1: Handledningssamtal');
    expect(await seriousAxeViolations(page)).toEqual([]);

    const threshold = page.locator('fieldset').first().getByRole('textbox', { name: 'Målvärde' });
    expect(await threshold.inputValue()).toBe('6');
    await threshold.fill('9');
    await threshold.blur();
    await page.getByRole('button', { name: `Spara målen för ${year}` }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'sparade' }).textContent()).toBe(`Målen för ${year} är sparade.`);

    // The demo's year before asked for 4 talks, and still does.
    await page.getByRole('textbox', { name: 'År' }).fill(String(year - 1));
    await page.getByRole('textbox', { name: 'År' }).blur();
    await expect.poll(() => text(page, '#targets-set-heading')).toBe(`År ${year - 1}`);
    expect(await page.locator('fieldset').first().getByRole('textbox', { name: 'Målvärde' }).inputValue()).toBe('4');
  });

  it('checks a file of earlier answers, shows the bad row by line and column, imports the valid rows and withdraws them', async () => {
    const { file, firstItem, answersPerRow } = historicCsv();
    await page.getByRole('link', { name: 'Import av tidigare svar' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Import av tidigare svar');
    await expect.poll(() => text(page, '.empty-state')).toBe('Inga filer är inlästa ännu.');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.locator('input[type=file]').setInputFiles({ name: 'historik.csv', mimeType: 'text/csv', buffer: file });
    await page.getByRole('button', { name: 'Kontrollera filen' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Kontrollerad' }).textContent())
      .toBe('Kontrollerad: historik.csv har 4 rader. 3 är giltiga och 1 har fel.');
    const problems = await cells(page, '#pool-import-problems tbody tr');
    expect(problems).toHaveLength(1);
    expect(problems[0].slice(0, 2)).toEqual(['3', firstItem]);
    expect(problems[0][2]).toContain('"7" finns inte på skalan');
    expect(await text(page, '#pool-import-problems caption')).toBe('1 fel i historik.csv');
    // Checking stores nothing.
    expect(await text(page, '.empty-state')).toBe('Inga filer är inlästa ännu.');
    // Every hospital code against the register: HX is unknown, the demo hospital's code written by hand is its own.
    const codes = await cells(page, '#pool-import-codes tbody tr');
    expect(codes.map((c) => c.slice(0, 3))).toEqual([
      ['HX', '–', '2'],
      ['DEMO', '“de mo”', '1'],
    ]);
    expect(codes[1][3]).toBe('Demosjukhuset');
    expect(await page.getByRole('button', { name: /^Importera/ }).count()).toBe(0);
    expect(await text(page, '#pool-codes-heading ~ p[role=status]')).toBe('1 kod finns inte i sjukhusregistret. Välj vad som ska gälla för den.');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /Val för koden HX/ }).click();
    await page.getByRole('option', { name: 'Behåll som annat sjukhus (inte i registret)' }).click();
    await expect.poll(() => text(page, '#pool-codes-heading ~ p[role=status]')).toBe('Alla koder som registret saknar har ett val.');

    await page.getByRole('button', { name: 'Importera de giltiga raderna, hoppa över resten' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'är importerad' }).textContent())
      .toBe(`historik.csv är importerad: 3 rader med ${3 * answersPerRow} svar. 1 rad med fel hoppades över.`);
    await expect.poll(() => page.locator('#pool-batches tbody tr').count()).toBe(1);
    const [row] = await cells(page, '#pool-batches tbody tr');
    expect(row[0]).toBe('historik.csv 1 kod behållen som annat sjukhus');
    expect(row[2]).toBe(ADMIN.email);
    expect(row.slice(3, 6)).toEqual(['3 av 4 1 hoppades över', String(3 * answersPerRow), 'I jämförelsen']);
    expect(await page.locator('#pool-import-problems').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /^Återkalla historik\.csv/ }).click();
    expect(await seriousAxeViolations(page)).toEqual([]); // with the confirmation open
    await page.getByRole('alertdialog').getByRole('button', { name: 'Återkalla' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'återkallad' }).textContent()).toBe('historik.csv är återkallad ur jämförelsen.');
    await expect.poll(() => text(page, '#pool-batches tbody .badge')).toBe('Återkallad');
    expect(await page.getByRole('button', { name: /^Återkalla/ }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('refuses a file without the needed columns, listing what is missing', async () => {
    await page.locator('input[type=file]').setInputFiles({ name: 'fel.csv', mimeType: 'text/csv', buffer: Buffer.from('who,when\r\nst,2025-01-01\r\n') });
    await page.getByRole('button', { name: 'Kontrollera filen' }).click();
    await expect.poll(() => text(page, '.status-error')).toContain('Det gick inte att kontrollera filen:');
    const columns = (await cells(page, '#pool-import-problems tbody tr')).map((r) => r[1]);
    expect(columns).toEqual(expect.arrayContaining(['who', 'role', 'hospital_code', 'unit_code', 'answered_on']));
    expect(await page.getByRole('button', { name: /^Importera/ }).count()).toBe(0);
  });
});
