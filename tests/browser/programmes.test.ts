import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable, launchBrowser, seriousAxeViolations, signedIn, startApp, type RunningApp } from '../support/browser.js';
import { currentModel } from '../../surveys/leadership-model.js';
import { call, createHospital, signIn, type Session } from '../support/factories.js';

const unavailable = browserUnavailable();
if (unavailable) console.warn(`Skipping browser tests: ${unavailable}`);

/** Generous: the machine is shared with other test runs. Nothing here asserts how long anything takes. */
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 30_000, interval: 200 });

const POINTS = currentModel().points.length;

const programme = (regionCode: string, name: string) => ({
  regionCode,
  name,
  programmeType: 'leadership_st',
  doctorsOnly: true,
  aimedAtJunior: true,
  status: 'active',
  lengthMonths: 12,
});

/**
 * The conformance matrix as the coordinator and a reader use it: the programmes against the
 * national model point by point, a point judged in the page, the regions side by side, print and axe.
 */
describe.skipIf(unavailable)('the conformance matrix', () => {
  let app: RunningApp;
  let browser: Browser;
  let admin: Session;
  let reader: Session;
  let regional: string;

  beforeAll(async () => {
    app = await startApp();
    admin = await signIn(app.app, 'admin');
    const hospital = await createHospital(app.app, admin, ['medical']);
    reader = await signIn(app.app, 'reader', { hospitalId: hospital.id });
    regional = (await call(app.app, admin, 'POST', '/api/programmes', programme('E', 'Ledarskapsprogram för ST-läkare'), 201)).json().id;
    const other = (await call(app.app, admin, 'POST', '/api/programmes', programme('AC', 'Ledarskaps-ST'), 201)).json().id;
    const judge = (id: string, point: string, status: string, evidence?: string) =>
      call(app.app, admin, 'PUT', `/api/programmes/${id}/assessments/${point}`, { status, ...(evidence ? { evidence } : {}) }, 200);
    await judge(regional, 'contract-programme-time', 'not_met', 'ST kan förlängas med högst 3 månader.');
    await judge(regional, 'contract-specialist-pay', 'met');
    await judge(regional, 'university-course', 'not_met');
    await judge(other, 'contract-programme-time', 'met');
    await judge(other, 'university-course', 'met');
    browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** The status shown for a point (its row) and a programme (its column) in the first table. */
  async function cell(page: Page, pointText: RegExp, programmeName: string) {
    const table = page.locator('.conformance-table').first();
    const headers = await table.locator('thead th').allTextContents();
    const column = headers.findIndex((h) => h.startsWith(programmeName));
    return table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: pointText }) })
      .locator('td')
      .nth(column - 1)
      .textContent();
  }

  it('a reader sees the matrix, the counts and the regions side by side, and it prints without buttons; no serious axe violation', async () => {
    const page = await signedIn(browser, app, reader);
    await page.getByRole('link', { name: 'Ledarskapsprogram' }).click();
    await page.getByRole('link', { name: 'Jämför programmen med den nationella modellen' }).click();
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Programmen mot den nationella modellen');
    await poll(() => cell(page, /^Avtalet anger programtiden/, 'Ledarskapsprogram för ST-läkare')).toBe('Uppfylls inte');
    expect(await cell(page, /^Specialistlön utgår/, 'Ledarskapsprogram för ST-läkare')).toBe('Uppfylls');
    expect(await cell(page, /^Specialistlön utgår/, 'Ledarskaps-ST')).toBe('Ej bedömd');
    expect(await cell(page, /^Minst en av kurserna är en universitetskurs/, 'Ledarskaps-ST')).toBe('Uppfylls');
    expect(await page.getByRole('heading', { name: 'Regionerna jämförda' }).isVisible()).toBe(true);
    expect(await page.getByRole('columnheader', { name: 'Region Östergötland', exact: true }).isVisible()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Skriv ut' }).isVisible()).toBe(false);
    expect(await page.locator('.conformance-table').first().isVisible()).toBe(true);
  });

  it('the coordinator judges a point on the programme’s page and the matrix follows; no serious axe violation', async () => {
    const page = await signedIn(browser, app, admin);
    await page.goto(`${app.baseUrl}/programmes/${regional}`);
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Ledarskapsprogram för ST-läkare – Region Östergötland');
    expect(await page.locator('.programme-summary').textContent()).toMatch(new RegExp(`^1 av ${POINTS} punkter uppfylls, 0 delvis, 2 uppfylls inte`));
    expect(await page.getByText('ST kan förlängas med högst 3 månader.').isVisible()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /^Bedöm: ST-läkaren leder ett förbättringsarbete/ }).click();
    const form = page.locator('.judge-disclosure').filter({ hasText: 'ST-läkaren leder ett förbättringsarbete' });
    await form.getByRole('button', { name: /Bedömning/ }).click();
    await page.getByRole('option', { name: 'Uppfylls delvis' }).click();
    await form.getByLabel('Citat ur programmets dokument').fill('Deltagaren genomför ett förbättringsarbete på heltid under 6 veckor.');
    await form.getByRole('button', { name: 'Spara bedömningen' }).click();
    await poll(() => page.locator('.programme-summary').textContent()).toMatch(new RegExp(`^1 av ${POINTS} punkter uppfylls, 1 delvis`));

    await page.goto(`${app.baseUrl}/programmes/conformance`);
    await poll(() => cell(page, /^ST-läkaren leder ett förbättringsarbete/, 'Ledarskapsprogram för ST-läkare')).toBe('Uppfylls delvis');
  });
});
