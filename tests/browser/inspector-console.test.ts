import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../server/features/auth/service.js';
import { hashPassword } from '../../server/security/passwords.js';
import { browserUnavailable, launchBrowser, seriousAxeViolations, startApp, typeDate, type RunningApp } from '../support/browser.js';

const unavailable = browserUnavailable();
if (unavailable) console.warn(`Skipping browser tests: ${unavailable}`);

const INSPECTOR = { email: 'inspektor@example.se', name: 'Ingrid Inspektör', password: 'granska-noga-2027' };
const ADMIN = { email: 'admin@example.se', name: 'Adam Admin', password: 'admin-losenord-1' };

/** Swedish percentages have a no-break space ("0 %"); compare text with plain spaces. */
const text = async (page: Page, selector: string) => ((await page.locator(selector).textContent()) ?? '').replace(/\s+/g, ' ').trim();

const csv = (rows: string[]) => Buffer.from(['namn;e-post;roll;enhet', ...rows].join('\r\n'), 'utf8');
const RESPONDENTS = ['Anna Andersson;anna@example.se;ST-läkare;KIR', 'Bo Berg;bo@example.se;handledare;MED', 'Cecilia Ek;cecilia@example.se;studierektor;KIR'];

async function logIn(page: Page, user: { email: string; password: string }) {
  await page.getByLabel('E-postadress').fill(user.email);
  await page.getByLabel('Lösenord').fill(user.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

/** A react-aria Select: open it by its label (its button is named "<value> <label>"), pick the option. */
async function choose(page: Page, label: string, option: string) {
  await page.getByRole('button', { name: new RegExp(`${label.replace(/[()]/g, '\\$&')}$`) }).click();
  await clickOption(page, option);
}

/**
 * Types into a searchable select and picks an option. A list still closing when the next field's
 * opens can take that field's click (seen once under load: the click landed on the page, and the
 * new list closed), so the option click returns only once no list is open.
 */
async function pick(page: Page, combobox: Locator, typed: string, option: string) {
  await combobox.fill(typed);
  await clickOption(page, option);
}

async function clickOption(page: Page, option: string) {
  await page.getByRole('option', { name: option }).click();
  await expect.poll(() => page.getByRole('listbox').count()).toBe(0);
}

describe.skipIf(unavailable)('the inspector’s console', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let reviewUrl: string;

  beforeAll(async () => {
    app = await startApp();
    for (const [user, role] of [
      [INSPECTOR, 'inspector'],
      [ADMIN, 'admin'],
    ] as const) {
      await createUser(app.app.db, null, { email: user.email, name: user.name, role, hospitalId: null, passwordHash: await hashPassword(user.password) });
    }
    browser = await launchBrowser();
    page = await (await browser.newContext()).newPage();
    page.setDefaultTimeout(10_000);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('sends someone who is not logged in to the login page, and back after logging in', async () => {
    await page.goto(`${app.baseUrl}/reviews`);
    await page.waitForURL(/\/login\?next=%2Freviews$/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Logga in');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Glömt lösenordet?' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Glömt lösenordet');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Tillbaka till inloggningen' }).click();

    await logIn(page, { ...INSPECTOR, password: 'fel lösenord' });
    await expect.poll(() => text(page, '.status-error')).toContain('Fel e-postadress eller lösenord.');

    await logIn(page, INSPECTOR);
    await page.waitForURL(/\/reviews$/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Granskningar');
    expect(await text(page, '.empty-state')).toBe('Inga granskningar ännu – skapa den första.');
    expect(await text(page, '.account-name')).toBe('Inloggad som Ingrid Inspektör (Granskare)');
    // Inspectors get no admin pages in the menu.
    expect(await page.getByRole('link', { name: 'Utskick' }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('adds a hospital with two units', async () => {
    await page.getByRole('link', { name: 'Sjukhus och enheter' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Sjukhus och enheter');
    await page.getByLabel('Namn', { exact: true }).fill('Universitetssjukhuset i Lund');
    await page.getByLabel('Kod', { exact: true }).fill('USL');
    await page.getByLabel('Region (frivilligt)').fill('Skåne');
    await page.getByRole('button', { name: 'Lägg till sjukhus' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'är tillagt' }).textContent()).toBe('Universitetssjukhuset i Lund är tillagt.');

    for (const unit of [
      { name: 'Kirurgiska kliniken', code: 'KIR', specialty: 'Kirurgi', group: 'Opererande specialiteter och akutsjukvård' },
      { name: 'Medicinkliniken', code: 'MED', specialty: 'Internmedicin', group: 'Medicinska specialiteter' },
    ]) {
      await page.getByLabel('Enhetens namn').fill(unit.name);
      await page.getByLabel('Enhetskod').fill(unit.code);
      await page.getByLabel('Specialitet', { exact: true }).fill(unit.specialty);
      await choose(page, 'Specialitetsgrupp', unit.group);
      await page.getByRole('button', { name: 'Lägg till enhet', exact: true }).click();
      await expect.poll(() => page.getByRole('row', { name: new RegExp(unit.name) }).count()).toBe(1);
    }
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('creates a review of both units', async () => {
    await page.getByRole('link', { name: 'Granskningar', exact: true }).click();
    await page.getByRole('link', { name: 'Ny granskning' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Ny granskning');
    // Focus moves to the new page's heading after a client-side navigation.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    await page.getByLabel('Namn på granskningen').fill('Extern granskning av ST 2027');
    // The hospital field narrows as one types.
    await page.getByRole('combobox', { name: 'Sjukhus (vårdgivare)' }).fill('lund');
    await page.getByRole('option', { name: 'Universitetssjukhuset i Lund' }).click();
    await page.locator('label.checkbox', { hasText: 'Kirurgiska kliniken' }).click();
    await page.locator('label.checkbox', { hasText: 'Medicinkliniken' }).click();
    await typeDate(page, 'Stänger (frivilligt)', '2027-03-31');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Skapa granskning' }).click();

    await page.waitForURL(/\/reviews\/\d+$/);
    reviewUrl = page.url();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Extern granskning av ST 2027');
    expect(await text(page, '.summary-list')).toContain('31 mars 2027');
    expect(await text(page, '.badge')).toBe('Utkast');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('imports respondents: a file with a bad row lists its problems and imports nothing; the fixed file imports', async () => {
    await page.getByRole('navigation', { name: 'Granskningens sidor' }).getByRole('link', { name: 'Respondenter' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Respondenter');
    expect(await text(page, '.empty-state')).toBe('Inga respondenter ännu – importera en fil eller lägg till en i taget.');

    const bad = [RESPONDENTS[0], 'Bo Berg;bo-at-example.se;handledare;MED', RESPONDENTS[2]];
    await page.locator('input[type=file]').setInputFiles({ name: 'respondenter.csv', mimeType: 'text/csv', buffer: csv(bad) });
    await page.getByRole('button', { name: 'Importera' }).click();

    const problems = page.locator('#import-problems');
    await expect.poll(() => problems.locator('caption').textContent()).toBe('1 fel i respondenter.csv');
    const cells = await problems.locator('tbody tr').first().locator('th, td').allTextContents();
    expect(cells.slice(0, 2)).toEqual(['3', 'e-post']);
    expect(cells[2]).toContain('är ingen e-postadress');
    expect(await text(page, '.status-error')).toContain('Inget importerades.');
    // The message took the focus, so screen readers read it at once.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('status-error'))).toBe(true);
    expect(await text(page, '.empty-state')).toContain('Inga respondenter ännu');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.locator('input[type=file]').setInputFiles({ name: 'respondenter.csv', mimeType: 'text/csv', buffer: csv(RESPONDENTS) });
    await page.getByRole('button', { name: 'Importera' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'importerades' }).textContent()).toBe('3 respondenter importerades.');
    expect(await problems.count()).toBe(0);
    await expect.poll(() => page.getByRole('grid').getByRole('row').count()).toBe(4); // header + 3
    expect(await text(page, '#respondents-heading + p')).toBe('3 respondenter · 0 inbjudna · 0 har svarat');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('opens the review and sends the invitations', async () => {
    await page.goto(reviewUrl);
    await page.getByRole('button', { name: 'Öppna granskningen' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Öppna granskningen' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'öppen' }).textContent()).toBe('Granskningen är öppen.');
    expect(await text(page, '.badge')).toBe('Öppen');

    await page.getByRole('link', { name: 'Inbjudningar och påminnelser' }).first().click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Inbjudningar och påminnelser');
    await page.getByRole('button', { name: 'Skicka inbjudningar till 3 respondenter' }).click();
    expect(await seriousAxeViolations(page)).toEqual([]); // with the confirmation dialog open
    await page.getByRole('alertdialog').getByRole('button', { name: 'Skicka' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'skickades' }).textContent()).toBe('3 inbjudningar skickades.');
    await expect.poll(() => text(page, '#send-heading ~ p:last-of-type')).toBe('Alla respondenter har fått sin inbjudan.');

    await typeDate(page, 'Datum', '2099-01-15');
    await typeDate(page, 'Klockslag', '09:30');
    await page.getByRole('button', { name: 'Planera påminnelse' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'planerad' }).textContent()).toBe('Påminnelsen är planerad till 15 jan. 2099 09:30.');
    expect(await page.locator('table tbody tr').first().locator('th, td').allTextContents()).toEqual(['15 jan. 2099 09:30', 'Planerad', '0', '–', 'Ställ in']);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('shows the response rate: 0 % answered, by specialty group and role', async () => {
    await page.getByRole('link', { name: 'Svarsfrekvens' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Svarsfrekvens');
    await expect.poll(() => text(page, '#rates-by-group caption')).toBe('Svar per specialitetsgrupp och roll');
    const rows = await page
      .locator('#rates-by-group tr')
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())));
    expect(rows).toEqual([
      ['Specialitetsgrupp', 'ST-läkare', 'Handledare', 'Studierektor', 'Verksamhetschef', 'Totalt'],
      ['Opererande specialiteter och akutsjukvård', '0 / 1 (0 %)', '–', '0 / 1 (0 %)', '–', '0 / 2 (0 %)'],
      ['Medicinska specialiteter', '–', '0 / 1 (0 %)', '–', '–', '0 / 1 (0 %)'],
      ['Totalt', '0 / 1 (0 %)', '0 / 1 (0 %)', '0 / 1 (0 %)', '–', '0 / 3 (0 %)'],
    ]);
    expect(await text(page, 'p.lead')).toBe('0 av 3 inbjudna har svarat (0 %).');
    // The chart is an image whose alternative is the table above.
    expect(await page.locator('canvas[role=img]').getAttribute('aria-details')).toBe('rates-by-group');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('marks an invitee who has left: shown apart, and the response rate of those reached beside the rate', async () => {
    await page.getByRole('link', { name: 'Respondenter' }).first().click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Respondenter');
    await page.getByRole('button', { name: 'Nåddes inte – Bo Berg' }).click();
    await page.getByRole('menuitem', { name: 'Har slutat på kliniken' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'markerad' }).textContent()).toBe('Bo Berg är markerad: har slutat på kliniken.');
    expect(await page.locator('#unreachable-table tbody th').allTextContents()).toEqual(['Bo Berg']);
    expect(await text(page, '#unreachable-table tbody td:nth-of-type(4)')).toBe('Har slutat på kliniken');
    expect(await page.getByRole('grid').getByRole('row').count()).toBe(3); // header + Anna and Cecilia
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Svarsfrekvens' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Svarsfrekvens');
    await expect.poll(() => text(page, 'p.lead + p')).toBe('1 av de inbjudna nåddes inte (studsad e-post eller slutat); av de övriga har 0 % svarat.');
  });

  it('lets an admin see the invitations in the outbox, the users and the audit log', async () => {
    const admin = await (await browser.newContext()).newPage();
    await admin.goto(`${app.baseUrl}/admin/outbox`);
    await admin.waitForURL(/\/login/);
    await logIn(admin, ADMIN);
    await admin.waitForURL(/\/admin\/outbox$/);
    await expect.poll(() => admin.locator('h1').textContent()).toBe('Utskick');
    await expect.poll(() => admin.locator('tbody tr').count()).toBe(3);
    const recipients = await admin.locator('tbody th').allTextContents();
    expect(recipients.sort()).toEqual(['anna@example.se', 'bo@example.se', 'cecilia@example.se']);
    expect(await admin.locator('tbody td:nth-child(2)').allTextContents()).toEqual(['Inbjudan', 'Inbjudan', 'Inbjudan']);
    expect(await admin.locator('tbody .badge').allTextContents()).toEqual(['Skickat', 'Skickat', 'Skickat']);
    expect(await seriousAxeViolations(admin)).toEqual([]);

    await admin.getByRole('link', { name: 'Användare' }).click();
    await expect.poll(() => admin.getByRole('grid').getByRole('row').count()).toBe(3); // header + 2
    expect(await seriousAxeViolations(admin)).toEqual([]);

    // A head of department: a reader of the hospital, tied to their clinic, which the list names.
    const form = admin.locator('section', { has: admin.getByRole('heading', { name: 'Lägg till användare' }) });
    await form.getByLabel('Namn', { exact: true }).fill('Harald Verksamhetschef');
    await form.getByLabel('E-postadress').fill('harald@example.se');
    await choose(admin, 'Roll', 'Läsare');
    await pick(admin, form.getByRole('combobox', { name: 'Sjukhus' }), 'lund', 'Universitetssjukhuset i Lund');
    await pick(admin, form.getByRole('combobox', { name: 'Klinik (verksamhetschef eller studierektor)' }), 'medicin', 'Medicinkliniken');
    await form.getByLabel('Lösenord', { exact: true }).fill('ett långt lösenord');
    await admin.getByRole('button', { name: 'Lägg till användare' }).click();
    await expect.poll(() => admin.getByRole('status').filter({ hasText: 'är tillagd' }).textContent()).toBe('Harald Verksamhetschef är tillagd.');
    await expect.poll(() => text(admin, 'tr:has-text("harald@example.se")')).toContain('Universitetssjukhuset i Lund · Medicinkliniken');
    expect(await seriousAxeViolations(admin)).toEqual([]);

    await admin.getByRole('link', { name: 'Händelselogg' }).click();
    await expect.poll(() => text(admin, 'tbody')).toContain('Skickade inbjudningar');
    expect(await seriousAxeViolations(admin)).toEqual([]);
  });

  it('switches the console to English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Response rate');
    expect(await text(page, 'p.lead')).toBe('0 of 3 invited have answered (0%).');
    expect(await text(page, '.account-name')).toBe('Logged in as Ingrid Inspektör (Inspector)');
  });

  it('logs out', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(/\/login\?notice=loggedOut$/);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'logged out' }).textContent()).toBe('You are logged out.');
    await page.goto(reviewUrl);
    await page.waitForURL(/\/login\?next=/);
  });
});
