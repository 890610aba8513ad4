import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarMonths, todayInSweden } from '../../contract/dates.js';
import { browserUnavailable, launchBrowser, seriousAxeViolations, signedIn, startApp, typeDate, type RunningApp } from '../support/browser.js';
import { call, createHospital, createReview, signIn, type HospitalFixture, type Session } from '../support/factories.js';

const unavailable = browserUnavailable();
if (unavailable) console.warn(`Skipping browser tests: ${unavailable}`);

/** Generous: the machine is shared with other test runs. Nothing here asserts how long anything takes. */
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 30_000, interval: 200 });

/**
 * The coverage page as a study director and an inspector use it: which units are overdue, the
 * share reviewed within five years as of a day, recording an earlier review, print and axe.
 */
describe.skipIf(unavailable)('the coverage page', () => {
  let app: RunningApp;
  let browser: Browser;
  let inspector: Session;
  let reader: Session;
  let hospital: HospitalFixture;
  const today = todayInSweden(new Date());

  beforeAll(async () => {
    app = await startApp();
    inspector = await signIn(app.app, 'inspector');
    hospital = await createHospital(app.app, inspector, ['surgical', 'medical', 'diagnostic']);
    reader = await signIn(app.app, 'reader', { hospitalId: hospital.id });
    const [ortho, cardio, radio] = hospital.units;
    await call(app.app, inspector, 'POST', `/api/units/${ortho.id}/external-reviews`, { reviewedOn: addCalendarMonths(today, -78), body: 'SPUR' }, 201);
    await call(app.app, inspector, 'POST', `/api/units/${cardio.id}/external-reviews`, { reviewedOn: addCalendarMonths(today, -12), body: 'IVO' }, 201);
    await createReview(app.app, inspector, hospital, { unitIds: [radio.id] });
    browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const statusOf = (page: Page, unitName: string) => page.getByRole('row').filter({ hasText: unitName }).locator('.coverage-status').textContent();

  it('an inspector sees each unit’s status and the share, changes the day, records a review; no serious axe violation', async () => {
    const page = await signedIn(browser, app, inspector);
    await page.getByRole('link', { name: 'Granskningstäckning' }).click();
    await page.getByRole('link', { name: `Sjukhus ${hospital.units[0].code.split('-')[0]}` }).click();
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Granskningstäckning – Sjukhus/);
    await poll(() => statusOf(page, hospital.units[0].name)).toBe('Försenad');
    expect(await statusOf(page, hospital.units[1].name)).toBe('I tid');
    expect(await statusOf(page, hospital.units[2].name)).toBe('Planerad');
    expect(await page.locator('.coverage-figure').textContent()).toMatch(/^1 av 3 enheter \(33\s%\) granskade inom fem år per /);
    expect(await page.getByText('Inga påminnelser: kontakter saknas').count()).toBe(3);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Sorting by unit puts the units in name order.
    await page.getByRole('columnheader', { name: 'Enhet', exact: true }).click();
    await poll(() => page.locator('.coverage-table').getByRole('rowheader').allTextContents()).toEqual(
      hospital.units.map((u) => u.name).sort((a, b) => a.localeCompare(b, 'sv')),
    );

    // Two years ago the orthopaedic review was still within five years.
    await typeDate(page, 'Per datum', addCalendarMonths(today, -24));
    await poll(() => page.locator('.coverage-figure').textContent()).toMatch(/^1 av 3 enheter \(33\s%\)/);
    await poll(() => statusOf(page, hospital.units[1].name)).toBe('Aldrig granskad');
    await poll(() => statusOf(page, hospital.units[0].name)).toBe('Inom 12 månader');

    // Recording a recent review of the orthopaedic unit puts it on time, today.
    await page.goto(`${app.baseUrl}/coverage/hospitals/${hospital.id}`);
    await page.getByRole('button', { name: /Välj enhet/ }).click();
    await page.getByRole('option', { name: hospital.units[0].name }).click();
    await typeDate(page, 'Datum', addCalendarMonths(today, -1));
    await page.getByLabel('Granskare', { exact: true }).fill('SPUR');
    await page.getByRole('button', { name: 'Registrera granskning' }).click();
    await poll(() => statusOf(page, hospital.units[0].name)).toBe('I tid');
    expect(await page.locator('.coverage-figure').textContent()).toMatch(/^2 av 3 enheter \(67\s%\)/);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // On paper: the table and the figure, without the forms and buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.coverage-manage').first().isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Skriv ut' }).isVisible()).toBe(false);
    expect(await page.locator('.coverage-table').isVisible()).toBe(true);
  });

  it('a reader of the hospital reads its coverage, in English too, without the forms', async () => {
    const page = await signedIn(browser, app, reader);
    await page.getByRole('link', { name: 'Granskningstäckning' }).click();
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Granskningstäckning/);
    expect(await page.getByRole('heading', { name: 'Registrera för en enhet' }).count()).toBe(0);
    await page.getByRole('button', { name: 'English' }).click();
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Review coverage – /);
    expect(await page.locator('.coverage-figure').textContent()).toMatch(/units \(67%\) reviewed within five years as of/);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('an inspector opens the organisation’s coverage from the index and shortens its interval: the due dates follow', async () => {
    const admin = await signIn(app.app, 'admin');
    await call(app.app, admin, 'POST', '/api/organisations', { name: 'Nätverket i test', hospitalIds: [hospital.id] }, 201);
    const page = await signedIn(browser, app, inspector);
    await page.getByRole('link', { name: 'Granskningstäckning' }).click();
    await page.getByRole('link', { name: 'Nätverket i test' }).click();
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Granskningstäckning – Nätverket i test');
    // Reviewed twelve months ago: on time with five years, due today with one.
    await poll(() => statusOf(page, hospital.units[1].name)).toBe('I tid');
    await page.getByRole('button', { name: /Intervall$/ }).click();
    await page.getByRole('option', { name: '1 år' }).click();
    await page.getByRole('button', { name: 'Spara intervallet' }).click();
    await poll(() => page.getByRole('status').filter({ hasText: 'Intervallet är sparat' }).textContent()).toBe('Intervallet är sparat: 1 år.');
    await poll(() => statusOf(page, hospital.units[1].name)).toBe('Inom 12 månader');
    expect(await page.locator('.coverage-figure').textContent()).toMatch(/^\d av 3 enheter .* granskade inom fem år/); // the share counts five years whatever the interval
    expect(await seriousAxeViolations(page)).toEqual([]);
  }, 120_000);
});
