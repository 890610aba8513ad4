import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeAnswers } from '../support/answers.js';
import { browserUnavailable, launchBrowser, seriousAxeViolations, startApp, type RunningApp } from '../support/browser.js';
import { call, closeReview, createHospital, openReviewWithInvitations, PASSWORD, signIn, type Session } from '../support/factories.js';

const unavailable = browserUnavailable();
if (unavailable) console.warn(`Skipping browser tests: ${unavailable}`);

/** Generous: the machine is shared with other test runs. Nothing here asserts how long anything takes. */
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 30_000, interval: 200 });

const HEAD = 'hedda.chef@example.se';
const DIRECTOR = 'sture.rektor@example.se';

/**
 * The comment round as its people live it: the inspector sends the draft, the clinic's head opens
 * the link from the mail and comments, the inspector reads it beside the area, and publishes
 * after confirming; the hospital's readers get a mail.
 */
describe.skipIf(unavailable)('the clinic comments on the draft report through its own link', () => {
  let app: RunningApp;
  let browser: Browser;
  let inspector: Session;
  let reader: Session;
  let reviewId: string;

  beforeAll(async () => {
    app = await startApp();
    inspector = await signIn(app.app, 'inspector');
    const hospital = await createHospital(app.app, inspector, ['medical']);
    reader = await signIn(app.app, 'reader', { hospitalId: hospital.id });
    const people: [string, string, string, number][] = [
      ['A', 'st1@example.se', 'st', 0],
      ['B', 'st2@example.se', 'st', 0],
      ['C', 'st3@example.se', 'st', 0],
      ['Hedda Chef', HEAD, 'head', 0],
      ['Sture Rektor', DIRECTOR, 'director', 0],
    ];
    const { review, tokens } = await openReviewWithInvitations(app.app, inspector, hospital, people);
    reviewId = review.id;
    for (const [, email, role] of people) {
      const res = await app.app.inject({ method: 'POST', url: `/api/respond/${tokens.get(email)}/submit`, payload: { data: completeAnswers(role as 'st') } });
      if (res.statusCode !== 200) throw new Error(res.body);
    }
    await closeReview(app, inspector, reviewId);
    const base = `/api/reviews/${reviewId}/report`;
    const authoring = (await call(app.app, inspector, 'GET', `${base}/authoring`, undefined, 200)).json();
    const content = authoring.current.content;
    for (const area of 'ABCDEFGH') content.areas[area].grade = authoring.suggestions[area].grade ?? 'B';
    content.areas.D.strengths = 'Alla ST-läkare har en IUP.';
    await call(app.app, inspector, 'PUT', `${base}/content`, { content }, 200);
    browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function loggedIn(email: string): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(`${app.baseUrl}/login`);
    await page.getByLabel('E-postadress').fill(email);
    await page.getByLabel('Lösenord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    return page;
  }

  const mails = (kind: 'comment_request' | 'report_published') =>
    app.app.db
      .selectFrom('mails')
      .select(['recipient', 'subject', 'body'])
      .where('campaign_id', '=', reviewId)
      .where('kind', '=', kind)
      .orderBy('id')
      .execute();

  it('sends for comment → the head comments through the mailed link → the inspector reads it → publishes after confirming → the readers are mailed', async () => {
    // The inspector chooses who reads the draft: the head and the study director are preselected.
    const inspectorPage = await loggedIn(inspector.email);
    await inspectorPage.goto(`${app.baseUrl}/reviews/${reviewId}/report/edit`);
    const headBox = inspectorPage.getByRole('checkbox', { name: /Hedda Chef \(Verksamhetschef/ });
    await poll(() => headBox.isChecked()).toBe(true);
    expect(await inspectorPage.getByRole('checkbox', { name: /Sture Rektor \(Studierektor/ }).isChecked()).toBe(true);
    const readerBox = inspectorPage.getByRole('checkbox', { name: new RegExp(`Läsare vid sjukhuset.*${reader.email}`) });
    expect(await readerBox.isChecked()).toBe(false);
    await readerBox.check();
    // The suggested last day, in the date field (year-month-day; segments wrapped in direction isolates).
    const lastDay = (await inspectorPage.getByRole('group', { name: 'Sista dag för synpunkter', exact: true }).textContent()) ?? '';
    expect(lastDay.replace(/[\u2066-\u2069]/g, '')).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(await seriousAxeViolations(inspectorPage)).toEqual([]);
    await inspectorPage.getByRole('button', { name: 'Skicka utkastet till kliniken' }).click();
    await poll(() => inspectorPage.getByRole('status').filter({ hasText: 'Utkastet är skickat' }).count()).toBe(1);
    expect(await inspectorPage.getByRole('status').filter({ hasText: 'Utkastet är skickat' }).textContent()).toBe(
      'Utkastet är skickat till 3 personer för synpunkter.',
    );
    await poll(() => inspectorPage.locator('.comment-round tbody tr').count()).toBe(3);

    // The head opens the link from the mail, without an account.
    const request = (await mails('comment_request')).find((m) => m.recipient === HEAD)!;
    const link = request.body.match(/https?:\/\/\S+\/c\/[A-Za-z0-9_-]{43}/)![0];
    const headPage = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    headPage.setDefaultTimeout(30_000);
    await headPage.goto(link.replace(/^https?:\/\/[^/]+/, app.baseUrl));
    await poll(() => headPage.locator('h1').textContent()).toMatch(/^Synpunkter på rapportutkastet: /);
    expect(await headPage.locator('#comment-status').textContent()).toMatch(/^Skriv dina synpunkter senast \d+ \S+ \d{4}\./);
    expect(await headPage.getByText('Alla ST-läkare har en IUP.').count()).toBe(1);
    await poll(() => headPage.locator('canvas[role="img"]').count()).toBe(8);
    expect(await seriousAxeViolations(headPage)).toEqual([]);

    await headPage.getByLabel('Dina synpunkter på område D').fill('Vi har infört IUP-samtal varje halvår.');
    await headPage.getByRole('button', { name: 'Spara utkast' }).click();
    await poll(() =>
      headPage
        .getByRole('status')
        .filter({ hasText: /^Sparat/ })
        .count(),
    ).toBe(1);
    await headPage.getByRole('textbox', { name: 'Dina synpunkter i stort' }).fill('Tack för en grundlig granskning.');
    await headPage.getByRole('button', { name: 'Skicka in synpunkterna' }).click();
    const confirm = headPage.getByRole('alertdialog');
    await confirm.getByRole('button', { name: 'Skicka in' }).click();
    await poll(() => headPage.locator('#comment-status').textContent()).toMatch(/^Tack! Dina synpunkter skickades/);
    expect(await headPage.getByLabel('Dina synpunkter på område D').getAttribute('readonly')).not.toBeNull();

    // The inspector sees the comments beside area D, with the writer's role.
    await inspectorPage.reload();
    const aside = inspectorPage.getByRole('complementary', { name: 'Synpunkter från kliniken på område D' });
    await poll(() => aside.count()).toBe(1);
    expect(await aside.locator('blockquote').textContent()).toBe('Vi har infört IUP-samtal varje halvår.');
    expect(await aside.locator('figcaption').textContent()).toBe('Verksamhetschef, Hedda Chef');
    const editorBox = await inspectorPage.locator('#edit-area-D').boundingBox();
    const asideBox = await aside.boundingBox();
    expect(asideBox!.x).toBeGreaterThan(editorBox!.x + editorBox!.width - 1); // beside, not below
    expect(await inspectorPage.getByRole('complementary', { name: 'Synpunkter från kliniken i stort' }).locator('blockquote').textContent()).toBe(
      'Tack för en grundlig granskning.',
    );

    // Publishing asks first and says it cannot be undone.
    await inspectorPage.getByRole('button', { name: 'Publicera' }).click();
    const dialog = inspectorPage.getByRole('alertdialog');
    expect(await dialog.textContent()).toContain('Det går inte att ångra');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    expect(await mails('report_published')).toEqual([]);
    await inspectorPage.getByRole('button', { name: 'Publicera' }).click();
    await inspectorPage.getByRole('alertdialog').getByRole('button', { name: 'Publicera' }).click();
    await poll(() => inspectorPage.getByRole('status').filter({ hasText: 'Rapporten är publicerad.' }).count()).toBe(1);

    const published = await mails('report_published');
    expect(published.map((m) => m.recipient).sort()).toEqual([DIRECTOR, HEAD, reader.email].sort());
    expect(published.find((m) => m.recipient === reader.email)!.body).toContain(`/reviews/${reviewId}/report`);

    // The head's link now says the round is over.
    await headPage.reload();
    await poll(() => headPage.locator('.status-box').first().textContent()).toMatch(/rapporten är publicerad/);
  }, 240_000);
});
