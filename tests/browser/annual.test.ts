import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable, launchBrowser, seriousAxeViolations, startApp, type RunningApp } from '../support/browser.js';
import { call, createHospital, csv, signIn, type HospitalFixture, type Session } from '../support/factories.js';
import { annualAnswers } from '../support/annual.js';

const unavailable = browserUnavailable() ?? (fs.existsSync('/usr/bin/pdftotext') ? null : 'no pdftotext (apt-get install poppler-utils)');
if (unavailable) console.warn(`Skipping the annual report's browser tests: ${unavailable}`);

/** The text of a PDF, white space (line ends, no-break spaces) as single spaces. */
function pdfText(pdf: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spur-annual-pdf-'));
  try {
    fs.writeFileSync(path.join(dir, 'annual.pdf'), pdf);
    return execFileSync('/usr/bin/pdftotext', [path.join(dir, 'annual.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Swedish percentages have a no-break space ("50 %"); compare text with plain spaces. */
const text = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** A react-aria Select: open it by its label (its button is named "<value> <label>"), pick the option. */
/** Waits for a status line (role status) saying `message`. */
async function announced(page: Page, message: string | RegExp) {
  await expect.poll(() => page.getByRole('status').filter({ hasText: message }).count()).toBeGreaterThan(0);
}

async function choose(page: Page, label: string, option: string) {
  await page.getByRole('button', { name: new RegExp(`${label}$`) }).click();
  await page.getByRole('option', { name: option }).click();
}

/** Presses a ConfirmButton and confirms in its dialog. */
async function confirm(page: Page, label: string) {
  await page.getByRole('button', { name: label, exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: label, exact: true }).click();
}

describe.skipIf(unavailable)('the yearly study-director report in the browser', () => {
  let app: RunningApp;
  let browser: Browser;
  let admin: Session;
  let inspector: Session;
  let hospital: HospitalFixture;
  let organisationId: string;
  let annualUrl: string;
  const organisationName = 'Universitetssjukhuset i Test';

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
    inspector = await signIn(app.app, 'inspector');
    hospital = await createHospital(app.app, admin, ['surgical', 'medical', 'diagnostic']);
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('an admin creates the organisation, starts its goals from the suggested set and imports earlier years', async () => {
    const page = await pageAs(admin);
    await page.goto(`${app.baseUrl}/organisations`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Organisationer');
    await page.getByRole('button', { name: 'Ny organisation' }).click();
    await page.getByRole('textbox', { name: 'Namn' }).fill(organisationName);
    const hospitals: { id: string; name: string }[] = (await call(app.app, admin, 'GET', '/api/hospitals', undefined, 200)).json().hospitals;
    const hospitalName = hospitals.find((h) => h.id === hospital.id)!.name;
    await page.locator('label.checkbox', { hasText: hospitalName }).click();
    expect(await page.getByRole('checkbox', { name: hospitalName }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Skapa organisationen' }).click();
    await announced(page, `Organisationen ${organisationName} är sparad.`);
    await expect.poll(() => page.getByRole('row', { name: new RegExp(organisationName) }).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);

    organisationId = (await call(app.app, admin, 'GET', '/api/organisations', undefined, 200)).json().organisations[0].id;
    await page.goto(`${app.baseUrl}/organisations/${organisationId}/goals/2025`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Mål 2025');
    await page.getByRole('button', { name: 'Börja från de föreslagna målen' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: /^Benämning \(svenska\)/ }).count()).toBeGreaterThan(5);
    await page.getByRole('button', { name: 'Spara målen' }).click();
    await announced(page, 'Målen är sparade från 2025.');
    const saved = (await call(app.app, admin, 'GET', `/api/organisations/${organisationId}/goals/2025`, undefined, 200)).json();
    expect(saved.fromYear).toBe(2025);
    expect(saved.goals.find((g: { key: string }) => g.key === 'supervision-talks')).toMatchObject({ comparison: 'atLeast', threshold: 9 });

    // A bad file: each problem named by line and column, nothing imported.
    await page.locator('#history-file').setInputFiles({
      name: 'fel.csv',
      mimeType: 'text/csv',
      buffer: csv([
        ['goal', 'year', 'share', 'n', 'threshold'],
        ['no-such-goal', '2023', '70', '40', ''],
      ]),
    });
    await page.getByRole('button', { name: 'Importera' }).click();
    await expect.poll(() => page.locator('#history-problems tbody tr').count()).toBe(1);
    expect(await text(page, '#history-problems tbody tr')).toContain('goal');

    await page.locator('#history-file').setInputFiles({
      name: 'historik.csv',
      mimeType: 'text/csv',
      buffer: csv([
        ['goal', 'year', 'share', 'n', 'threshold'],
        ['supervision-talks', '2023', '71', '48', '6'],
        ['supervision-talks', '2024', '75', '49', '6'],
      ]),
    });
    await page.getByRole('button', { name: 'Importera' }).click();
    await announced(page, '2 rader importerade.');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('an inspector creates the year’s report, names two directors and opens it', async () => {
    const page = await pageAs(inspector);
    await page.goto(`${app.baseUrl}/annual`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Årsrapporter');
    await choose(page, 'Organisation', organisationName);
    await page.getByRole('textbox', { name: 'År' }).fill('2025');
    await page.getByRole('button', { name: 'Skapa årsrapporten' }).click();
    await announced(page, /är skapad\./);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: /Studierektorernas årsrapport 2025/ }).click();
    await page.waitForURL(/\/annual\/[^/]+$/);
    annualUrl = page.url();
    await expect.poll(() => page.getByText('Årsrapporten är inte stängd ännu.').count()).toBe(1);

    for (const [i, unit] of hospital.units.slice(0, 2).entries()) {
      const row = page.getByRole('row', { name: new RegExp(unit.name.replace(/[()]/g, '\\$&')) });
      await row.getByRole('textbox', { name: /namn/ }).fill(`Studierektor ${i + 1}`);
      await row.getByRole('textbox', { name: /e-post/ }).fill(`sr${i + 1}@example.se`);
      await row.getByRole('button', { name: 'Lägg till' }).click();
      await expect.poll(async () => (await row.textContent()) ?? '').toContain(`sr${i + 1}@example.se`);
    }
    expect(await seriousAxeViolations(page)).toEqual([]);
    await confirm(page, 'Öppna och skicka länkar');
    await announced(page, '2 länkar skickade.');
    // Nobody has answered yet: a reminder round goes to both.
    await confirm(page, 'Påminn dem som inte svarat');
    await announced(page, 'Påminnelserna skickas inom en minut till dem som inte har svarat.');
    const rounds = (await call(app.app, inspector, 'GET', `/api/annual-reports/${annualUrl.split('/').pop()}/reminders`, undefined, 200)).json().rounds;
    expect(rounds).toHaveLength(1);
  });

  it('two directors answer, the inspector closes and publishes, and the report shows the goals, their trends and the clinics', async () => {
    const annualId = annualUrl.split('/').pop()!;
    const mails = await app.app.db
      .selectFrom('mails')
      .select(['recipient', 'body'])
      .where('campaign_id', '=', annualId)
      .where('kind', '=', 'invitation')
      .execute();
    for (const [email, given] of [
      ['sr1@example.se', annualAnswers(3, 'yes')], // 6 talks a year: below the goal of 9
      ['sr2@example.se', annualAnswers(5, 'no')], // 10 a year: meets it
    ] as const) {
      const token = mails.find((m) => m.recipient === email)!.body.match(/\/s\/([A-Za-z0-9_-]{43})/)![1];
      await call(app.app, null, 'POST', `/api/respond/${token}/submit`, { data: given }, 200);
    }

    const page = await pageAs(inspector);
    await page.goto(annualUrl);
    await confirm(page, 'Stäng');
    await announced(page, 'Årsrapporten är stängd.');
    await page.locator('article.annual-report[data-ready="true"]').waitFor();
    await confirm(page, 'Publicera');
    await announced(page, 'Årsrapporten är publicerad.');

    const report = (await call(app.app, inspector, 'GET', `/api/annual-reports/${annualId}/report`, undefined, 200)).json();
    const talks = report.goals.find((g: { key: string }) => g.key === 'supervision-talks');
    expect(talks.share).toEqual({ met: 1, n: 2, percent: 50 });
    expect(await text(page, '.annual-report > p')).toContain('2 av 3 kliniker har svarat');
    const download = page.getByRole('link', { name: 'Ladda ner som Excel-fil' });
    const workbook = await app.app.inject({ url: (await download.getAttribute('href'))!, headers: inspector.headers });
    expect(workbook.statusCode).toBe(200);
    expect(workbook.headers['content-type']).toContain('spreadsheetml');
    // The PDF is the page as the inspector sees it, with the organisation and "published" on every page.
    const pdf = await app.app.inject({ url: (await page.getByRole('link', { name: 'Ladda ner som PDF' }).getAttribute('href'))!, headers: inspector.headers });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const printed = pdfText(pdf.rawPayload);
    for (const line of ['Handledarsamtal 9 gånger per år', '50 % (1 av 2)', organisationName, 'Publicerad', 'Sida 1 av']) expect(printed).toContain(line);
    expect(printed).not.toContain('Ladda ner som Excel-fil'); // the page's controls stay off paper
    const row = await text(page, 'tr[data-goal="supervision-talks"]');
    expect(row).toContain('Handledarsamtal 9 gånger per år');
    expect(row).toContain('minst 9 per år');
    expect(row).toContain('50 % (1 av 2)');

    // The trend: the imported years and this one, the raised goal named, the figures as a table.
    const trend = page.locator('figure.annual-trend', { hasText: 'Handledarsamtal 9 gånger per år' });
    expect(await trend.locator('canvas[role="img"]').count()).toBe(1);
    expect((await trend.textContent())?.replace(/\s+/g, ' ')).toContain('Mål höjt till 9 per år från 2025');
    expect(await trend.locator('tbody tr').count()).toBe(3);
    expect(await trend.locator('tbody tr').last().textContent()).toContain('2025');

    // The clinics' lines, in words as well as symbols.
    const grid = await text(page, 'table.annual-grid');
    expect(grid).toContain('✓ når');
    expect(grid).toContain('✗ når inte');
    expect(grid).toContain('– inget svar');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
