import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, todayInSweden } from '../../contract/dates.js';
import { providerDuties } from '../../surveys/provider-duties.js';
import { browserUnavailable, launchBrowser, seriousAxeViolations, signedIn, startApp, type RunningApp } from '../support/browser.js';
import { call, createHospital, signIn, type HospitalFixture, type Session } from '../support/factories.js';

const unavailable = browserUnavailable() ?? (fs.existsSync('/usr/bin/pdftotext') ? null : 'no pdftotext (apt-get install poppler-utils)');
if (unavailable) console.warn(`Skipping browser tests: ${unavailable}`);

/** Generous: the machine is shared with other test runs. Nothing here asserts how long anything takes. */
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 30_000, interval: 200 });

/**
 * The hospital-level review as its inspector judges the provider's duties and as the hospital's
 * reader reads the published report (on screen and printed), with axe on both.
 */
describe.skipIf(unavailable)('the hospital-level review', () => {
  let app: RunningApp;
  let browser: Browser;
  let inspector: Session;
  let reader: Session;
  let hospital: HospitalFixture;
  let draft: string;
  let published: string;

  beforeAll(async () => {
    app = await startApp();
    inspector = await signIn(app.app, 'inspector');
    hospital = await createHospital(app.app, inspector, ['surgical', 'medical']);
    reader = await signIn(app.app, 'reader', { hospitalId: hospital.id });
    const create = async () =>
      (await call(app.app, inspector, 'POST', '/api/hospital-reviews', { title: 'Sjukhusnivå', hospitalId: hospital.id }, 201)).json().id as string;
    draft = await create();
    published = await create();
    const base = `/api/hospital-reviews/${published}`;
    await call(
      app.app,
      inspector,
      'PUT',
      `${base}/profile`,
      { beds: 900, doctors: 610, stDoctors: 144, directorPercentPerTrainee: 1.5, stFundingPerPost: 385000 },
      200,
    );
    for (const duty of providerDuties)
      await call(app.app, inspector, 'PUT', `${base}/duties/${duty.id}`, { status: duty.id === 'P7' ? 'not_met' : 'met', note: 'Internt underlag.' }, 200);
    await call(
      app.app,
      inspector,
      'PUT',
      `${base}/interview-notes/6f0c1d2e-3a4b-4c5d-8e6f-708192a3b4c5`,
      { function: 'fn-hr-head', body: 'Hemlig anteckning.', savedAt: new Date().toISOString() },
      200,
    );
    await call(app.app, inspector, 'POST', `${base}/close`, undefined, 200);
    const report = `/api/reviews/${published}/report`;
    const content = (await call(app.app, inspector, 'GET', `${report}/authoring`, undefined, 200)).json().current.content;
    for (const duty of providerDuties) {
      content.duties[duty.id] = {
        judgement: 'not_assessed',
        finding: `Utlåtande om ${duty.id}.`,
        recommendations: duty.id === 'P7' ? ['Inför årlig intern granskning.'] : [],
      };
    }
    await call(app.app, inspector, 'PUT', `${report}/content`, { content }, 200);
    await call(
      app.app,
      inspector,
      'POST',
      `${report}/send-for-comment`,
      { deadline: addCalendarDays(todayInSweden(new Date()), 14), recipients: [reader.email] },
      200,
    );
    await call(app.app, inspector, 'POST', `${report}/publish`, undefined, 200);
    browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('an inspector judges a duty and writes its evidence, saved as they go; no serious axe violation', async () => {
    const page = await signedIn(browser, app, inspector);
    await page.goto(`${app.baseUrl}/hospital-reviews/${draft}/duties`);
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Vårdgivarens uppgifter');
    expect(await seriousAxeViolations(page)).toEqual([]);
    const duty = page.getByRole('article').filter({ hasText: 'Det finns tillräckligt många handledare' });
    await duty.getByRole('radio', { name: 'Delvis uppfylld' }).check();
    await poll(() => duty.getByRole('status').textContent()).toBe('Sparad');
    await duty.getByLabel('Underlag för P3').fill('Var femte handledare saknar utbildning.');
    await duty.getByLabel('Underlag för P3').blur();
    await poll(async () => (await call(app.app, inspector, 'GET', `/api/hospital-reviews/${draft}/duties`, undefined, 200)).json().duties[2]).toMatchObject({
      id: 'P3',
      status: 'partly',
      note: 'Var femte handledare saknar utbildning.',
    });
  });

  it('the hospital’s reader reads the published report per duty, with no interview note, on screen and printed; no serious axe violation', async () => {
    const page = await signedIn(browser, app, reader);
    await page.getByRole('link', { name: 'Granskningar på sjukhusnivå' }).click();
    await page.getByRole('link', { name: 'Sjukhusnivå', exact: true }).click();
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Rapport: Sjukhusnivå');
    const p7 = page.locator('.report-duty').filter({ hasText: 'P7.' });
    expect(await p7.locator('.duty-judgement').textContent()).toBe('Ej uppfylld');
    expect(await p7.getByRole('listitem').allTextContents()).toEqual(['Inför årlig intern granskning.']);
    expect((await page.getByText('Head of HR').count()) + (await page.getByText('HR-chef').count())).toBe(1);
    expect(await page.getByText('Hemlig anteckning').count()).toBe(0);
    expect(await page.getByText('Internt underlag').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Skriv ut' }).isVisible()).toBe(false);
    expect(await page.locator('.report-duty').count()).toBe(providerDuties.length);

    // The PDF is that page on paper, for the reader, with the hospital and the revision on every page.
    const href = await page.getByRole('link', { name: 'Ladda ner som PDF', includeHidden: true }).getAttribute('href');
    const pdf = await app.app.inject({ url: href!, headers: reader.headers });
    expect(pdf.statusCode).toBe(200);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spur-hospital-pdf-'));
    try {
      fs.writeFileSync(path.join(dir, 'report.pdf'), pdf.rawPayload);
      const text = execFileSync('/usr/bin/pdftotext', [path.join(dir, 'report.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      for (const line of ['Rapport: Sjukhusnivå', 'Inför årlig intern granskning.', 'Rapport, revision 1', 'Sida 1 av']) expect(text).toContain(line);
      expect(text).toMatch(/Sjukhus H\d+/); // the running header names the hospital
      expect(text).not.toContain('Hemlig anteckning');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
