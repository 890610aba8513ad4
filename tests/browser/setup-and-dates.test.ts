import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeAnswers } from '../support/answers.js';
import { browserUnavailable, launchBrowser, seriousAxeViolations, startApp, typeDate, type RunningApp } from '../support/browser.js';
import { call, closeReview, createHospital, openReviewWithInvitations, PASSWORD, signIn, type HospitalFixture, type Session } from '../support/factories.js';

const unavailable = browserUnavailable();
if (unavailable) console.warn(`Skipping browser tests: ${unavailable}`);

/** Generous: the machine is shared with other test runs. Nothing here asserts how long anything takes. */
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 30_000, interval: 200 });
const text = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe.skipIf(unavailable)('setting up a review, localised problems and the date fields', () => {
  let app: RunningApp;
  let browser: Browser;
  let inspector: Session;
  let reviewed: HospitalFixture;
  let closedReviewId: string;

  /** A hospital through the API, with its units (names as given). */
  async function hospital(code: string, name: string, units: string[], poolOnly = false) {
    const created = (await call(app.app, inspector, 'POST', '/api/hospitals', { code, name, region: poolOnly ? null : 'Region Test', poolOnly }, 201)).json();
    for (const [i, unit] of units.entries()) {
      await call(
        app.app,
        inspector,
        'POST',
        `/api/hospitals/${created.id}/units`,
        { code: `${code}-U${i + 1}`, name: unit, specialty: 'kardiologi', specialtyGroup: 'medical' },
        201,
      );
    }
    return created;
  }

  beforeAll(async () => {
    app = await startApp();
    inspector = await signIn(app.app, 'inspector');
    // Out of order, numbered past 9, and one kept only for the national pool.
    await hospital('N10', 'Sjukhus 10', ['Medicin 10', 'Kirurgi 10']);
    await hospital('N2', 'Sjukhus 2', ['Medicin 2']);
    await hospital('N1', 'Sjukhus 1', ['Medicin 1', 'Kirurgi 1']);
    await hospital('NAT03', 'Sjukhus 3 (nationell jämförelse)', ['Medicin 3'], true);

    // A closed review with three trainees' answers: the checklist shows their shares as evidence.
    reviewed = await createHospital(app.app, inspector, ['medical'], 'CHK');
    const people: [string, string, string, number][] = [
      ['A', 'st1@example.se', 'st', 0],
      ['B', 'st2@example.se', 'st', 0],
      ['C', 'st3@example.se', 'st', 0],
    ];
    const { review, tokens } = await openReviewWithInvitations(app.app, inspector, reviewed, people);
    closedReviewId = review.id;
    for (const [, email] of people) {
      const res = await app.app.inject({ method: 'POST', url: `/api/respond/${tokens.get(email)}/submit`, payload: { data: completeAnswers('st') } });
      if (res.statusCode !== 200) throw new Error(res.body);
    }
    await closeReview(app, inspector, closedReviewId);
    browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function loggedIn(options: { viewport?: { width: number; height: number }; locale?: string } = {}): Promise<{ page: Page; context: BrowserContext }> {
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1200, height: 900 },
      ...(options.locale ? { locale: options.locale } : {}),
    });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(`${app.baseUrl}/login`);
    await page.getByLabel(/^(E-postadress|E-mail address)$/).fill(inspector.email);
    await page.getByLabel(/^(Lösenord|Password)$/).fill(PASSWORD);
    await page.getByRole('button', { name: /^(Logga in|Log in)$/ }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    return { page, context };
  }

  /** The hospital field: a combo box one can type in to narrow some 60 hospitals. */
  const hospitalField = (page: Page) => page.getByRole('combobox', { name: 'Sjukhus (vårdgivare)' });
  async function chooseHospital(page: Page, name: string) {
    await hospitalField(page).fill(name);
    await page.getByRole('option', { name, exact: true }).click();
  }

  it('a new review: hospitals in natural order without the pool’s, one unit chosen for you, no creating without a unit', async () => {
    const { page, context } = await loggedIn();
    await page.goto(`${app.baseUrl}/reviews/new`);
    await poll(() => page.locator('h1').textContent()).toBe('Ny granskning');
    const create = page.getByRole('button', { name: 'Skapa granskning' });
    await page.getByLabel('Namn på granskningen').fill('Granskning 2027');

    // Nothing chosen: the button is off and says why, beside it.
    expect(await create.isDisabled()).toBe(true);
    const reason = await create.getAttribute('aria-describedby');
    expect(await text(page, `#${reason}`)).toBe('Välj sjukhus och minst en enhet; då går det att skapa granskningen.');

    // The whole list on focus, in natural order and without the pool's; typing narrows it, in the same order.
    await hospitalField(page).click();
    await poll(() => page.getByRole('option').allTextContents()).toEqual(['Sjukhus 1', 'Sjukhus 2', 'Sjukhus 10', 'Sjukhus CHK']);
    await hospitalField(page).fill('sjukhus 1');
    await poll(() => page.getByRole('option').allTextContents()).toEqual(['Sjukhus 1', 'Sjukhus 10']);
    await hospitalField(page).fill('nationell');
    // (react-aria announces the empty state as the list's one entry.)
    await poll(() => page.getByRole('option').allTextContents()).toEqual(['Inget stämmer med det du skrev.']);
    await hospitalField(page).fill('');
    await page.keyboard.press('Escape');

    // One unit: it is the review's, already ticked.
    await chooseHospital(page, 'Sjukhus 2');
    await poll(() => page.getByRole('checkbox', { name: /Medicin 2/ }).isChecked()).toBe(true);
    expect(await create.isDisabled()).toBe(false);

    // Two units: the choice is yours, and creating waits for it.
    await chooseHospital(page, 'Sjukhus 10');
    await poll(() => create.isDisabled()).toBe(true);
    expect(await text(page, `#${await create.getAttribute('aria-describedby')}`)).toBe('Välj minst en enhet; då går det att spara granskningen.');
    for (const unit of [/Kirurgi 10/, /Medicin 10/]) expect(await page.getByRole('checkbox', { name: unit }).isChecked()).toBe(false);
    // Units in natural order too.
    expect((await page.locator('label.checkbox').allTextContents()).filter((l) => /10/.test(l))).toEqual([
      expect.stringContaining('Kirurgi 10'),
      expect.stringContaining('Medicin 10'),
    ]);
    await page.locator('label.checkbox', { hasText: 'Medicin 10' }).click();
    expect(await create.isDisabled()).toBe(false);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it('a review the server refuses shows the Swedish reason next to the field, with no field path or English', async () => {
    const { page, context } = await loggedIn();
    await page.goto(`${app.baseUrl}/reviews/new`);
    await page.getByLabel('Namn på granskningen').fill('Granskning med fast period');
    await chooseHospital(page, 'Sjukhus 1');
    await page.locator('label.checkbox', { hasText: 'Medicin 1' }).click();
    await page.getByText('Jämför med riket under en fast period').click();
    // Dates in the Swedish order, typed digit by digit into the date fields.
    await typeDate(page, 'Jämförelseperiod, från', '2025-10-02');
    await typeDate(page, 'Jämförelseperiod, till och med', '2025-10-31');
    expect(
      ((await page.getByRole('group', { name: 'Jämförelseperiod, till och med', exact: true }).textContent()) ?? '').replace(/[\u2066-\u2069]/g, ''),
    ).toContain('2025-10-31');
    await page.getByRole('button', { name: 'Skapa granskning' }).click();

    // October 2 – 31 holds no whole month: the server says so, and the form shows it at "until".
    const until = page.locator('.date-field', { has: page.getByRole('group', { name: 'Jämförelseperiod, till och med', exact: true }) });
    await poll(() => text(page, '.status-error')).toContain('Det gick inte att spara:');
    await poll(() => until.locator('.field-error').textContent()).toBe(
      'Jämförelseperioden 2025-10-02 – 2025-10-31 innehåller ingen hel kalendermånad. Den nationella jämförelsen räknar svar per månad, så perioden måste innehålla minst en hel månad.',
    );
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).not.toMatch(/body\.|benchmarkPeriod|must |holds no/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/wtc-review-refused.png', fullPage: true });
    await context.close();
  });

  it('the hospitals page: the add form at the top, a search, and the pool’s hospitals only when asked for', async () => {
    const { page, context } = await loggedIn();
    await page.goto(`${app.baseUrl}/hospitals`);
    await poll(() => page.locator('h1').textContent()).toBe('Sjukhus och enheter');
    // The disclosure's chevron is decoration (aria-hidden): compare the words.
    const headings = async () => (await page.locator('main h2').allTextContents()).map((h) => h.replace('▸', '').trim());
    await poll(headings).toEqual(['Nytt sjukhus', 'Sök bland sjukhusen', 'Sjukhus 1', 'Sjukhus 2', 'Sjukhus 10', 'Sjukhus CHK']);
    expect(await text(page, 'section[aria-labelledby="hospital-search-heading"] [role="status"]')).toBe('Visar 4 av 5 sjukhus.');

    await page.getByRole('searchbox', { name: /Sök sjukhus eller enhet/ }).fill('kirurgi 10');
    await poll(headings).toEqual(['Nytt sjukhus', 'Sök bland sjukhusen', 'Sjukhus 10']);
    await page.getByRole('searchbox', { name: /Sök sjukhus eller enhet/ }).fill('');
    await page.getByText('Visa även sjukhus som bara finns för den nationella jämförelsen (1)').click();
    await poll(headings).toContain('Sjukhus 3 (nationell jämförelse)');
    expect(await text(page, 'section:has(h2:text("Sjukhus 3 (nationell jämförelse)")) .muted')).toContain('Bara för nationell jämförelse');

    // The form opens where one looks for it, above the list.
    await page.getByRole('button', { name: 'Nytt sjukhus' }).click();
    const [form, firstHospital] = await Promise.all([
      page.getByLabel('Namn', { exact: true }).boundingBox(),
      page.getByRole('heading', { level: 2, name: 'Sjukhus 1', exact: true }).boundingBox(),
    ]);
    expect(form!.y).toBeLessThan(firstHospital!.y);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it('in an English browser the console is English and dates still read year-month-day, times 24 hours', async () => {
    const { page, context } = await loggedIn({ locale: 'en-US', viewport: { width: 768, height: 1024 } });
    await page.goto(`${app.baseUrl}/reviews/${closedReviewId}/visit`);
    await poll(() => page.locator('h1').textContent()).toBe('Site visit');
    const starts = page.getByRole('group', { name: 'First day', exact: true });
    // The visit's form may come after its heading: wait for the field rather than read it at once.
    await poll(async () => (await starts.getByRole('spinbutton').allTextContents()).join('-')).toBe('yyyy-mm-dd');
    await typeDate(page, 'First day', '2027-03-01');
    expect(((await starts.textContent()) ?? '').replace(/[\u2066-\u2069]/g, '')).toContain('2027-03-01');

    await page.getByRole('button', { name: 'Add a schedule entry' }).click();
    const entry = page.getByRole('group', { name: 'Schedule entry 1' });
    await typeDate(entry, 'Date', '2027-03-01');
    await typeDate(entry, 'From', '13:30');
    const from = entry.getByRole('group', { name: 'From', exact: true });
    // (Segments are wrapped in Unicode direction isolates; the digits are what one reads.)
    const shown = ((await from.textContent()) ?? '').replace(/[\u2066-\u2069]/g, '');
    expect(shown).toBe('13:30');
    // The calendar opens from its button, in English, and closes with Escape.
    await starts.getByRole('button', { name: /Choose the date in a calendar/ }).click();
    await poll(() => page.getByRole('dialog').getByRole('heading').textContent()).toBe('March 2027');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/wtc-visit-en.png', fullPage: true });
    await context.close();
  });

  it('the checklist’s evidence wraps and scrolls inside its column, and its notes do not overlap', async () => {
    for (const viewport of [
      { width: 1200, height: 900 },
      { width: 768, height: 1024 },
    ]) {
      const { page, context } = await loggedIn({ viewport });
      await page.goto(`${app.baseUrl}/reviews/${closedReviewId}/checklist`);
      await poll(() => page.locator('h1').textContent()).toBe('Checklista');
      await page.locator('.evidence-table').first().waitFor();
      // Nothing wider than the page; each table inside its column, scrolling there when it must.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      const boxes = await page.locator('.point-evidence').evaluateAll((asides) =>
        asides.map((aside) => {
          const scroll = aside.querySelector('.table-scroll');
          return {
            aside: aside.getBoundingClientRect().right,
            scroll: scroll ? scroll.getBoundingClientRect().right : 0,
            scrolls: scroll ? scroll.scrollWidth > scroll.clientWidth + 1 : false,
            region: scroll?.getAttribute('role') ?? null,
          };
        }),
      );
      for (const box of boxes) {
        expect(box.scroll).toBeLessThanOrEqual(box.aside + 1);
        if (box.scrolls) expect(box.region).toBe('region');
      }
      // E10 has no statement: its two lines (no survey evidence; what to look at) stand apart.
      const e10 = page.locator('article.checklist-point', { has: page.getByRole('heading', { name: /^E10 / }) });
      const notes = e10.locator('.evidence-note');
      expect(await notes.count()).toBe(2);
      const [first, second] = [await notes.nth(0).boundingBox(), await notes.nth(1).boundingBox()];
      expect(first!.y + first!.height).toBeLessThanOrEqual(second!.y);
      // axe at the tablet width, where the evidence tables scroll in their regions; the checklist
      // at desktop width is axe-checked in site-visit.test.ts (axe once per page type).
      if (viewport.width < 1000) expect(await seriousAxeViolations(page)).toEqual([]);
      await e10.screenshot({ path: `/tmp/wtc-checklist-e10-${viewport.width}.png` });
      await page
        .locator('article.checklist-point', { has: page.getByRole('heading', { name: /^E1 / }) })
        .screenshot({ path: `/tmp/wtc-checklist-e1-${viewport.width}.png` });
      await context.close();
    }
  });
});
