import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeAnswers } from '../support/answers.js';
import { browserUnavailable, launchBrowser, seriousAxeViolations, startApp, typeDate, type RunningApp } from '../support/browser.js';
import {
  call,
  closeReview,
  commentRequest,
  createHospital,
  createReview,
  openReviewWithInvitations,
  PASSWORD,
  signIn,
  type HospitalFixture,
  type Session,
} from '../support/factories.js';

const unavailable = browserUnavailable();
if (unavailable) console.warn(`Skipping browser tests: ${unavailable}`);

/** Generous: the machine is shared with other test runs. Nothing here asserts how long anything takes. */
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 30_000, interval: 200 });
const text = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe.skipIf(unavailable)('the site visit, the checklist and the action plan', () => {
  let app: RunningApp;
  let browser: Browser;
  let inspector: Session;
  let reader: Session;
  let hospital: HospitalFixture;
  let reviewId: string;

  beforeAll(async () => {
    app = await startApp();
    inspector = await signIn(app.app, 'inspector');
    hospital = await createHospital(app.app, inspector, ['medical']);
    // Three trainees (their shares show) and one supervisor (fewer than the threshold of 3: suppressed).
    const people: [string, string, string, number][] = [
      ['A', 'st1@example.se', 'st', 0],
      ['B', 'st2@example.se', 'st', 0],
      ['C', 'st3@example.se', 'st', 0],
      ['D', 'sup@example.se', 'supervisor', 0],
    ];
    const { review, tokens } = await openReviewWithInvitations(app.app, inspector, hospital, people);
    reviewId = review.id;
    for (const [, email, role] of people) {
      const res = await app.app.inject({ method: 'POST', url: `/api/respond/${tokens.get(email)}/submit`, payload: { data: completeAnswers(role as 'st') } });
      if (res.statusCode !== 200) throw new Error(res.body);
    }
    await closeReview(app, inspector, reviewId);

    // The report, graded as suggested, with two recommendations, published to the hospital.
    const base = `/api/reviews/${reviewId}`;
    const authoring = (await call(app.app, inspector, 'GET', `${base}/report/authoring`, undefined, 200)).json();
    const content = authoring.current.content;
    for (const area of 'ABCDEFGH') {
      content.areas[area].grade = authoring.suggestions[area].grade ?? 'B';
      content.areas[area].justification = 'Enligt enkäten och platsbesöket.';
    }
    content.areas.D.recommendations = ['Upprätta IUP inom sex månader från ST-start.'];
    content.areas.E.recommendations = ['Inför strukturerade bedömningar med skriftlig återkoppling.'];
    await call(app.app, inspector, 'PUT', `${base}/report/content`, { content }, 200);
    await call(app.app, inspector, 'POST', `${base}/report/send-for-comment`, await commentRequest(app.app, inspector, reviewId), 200);
    await call(app.app, inspector, 'POST', `${base}/report/publish`, undefined, 200);
    reader = await signIn(app.app, 'reader', { hospitalId: hospital.id });

    browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function loggedIn(email: string, viewport = { width: 1200, height: 900 }): Promise<{ page: Page; context: BrowserContext }> {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(`${app.baseUrl}/login`);
    await page.getByLabel('E-postadress').fill(email);
    await page.getByLabel('Lösenord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    return { page, context };
  }

  it('an inspector judges the checklist with the evidence beside each point, and the suggested grade follows', async () => {
    // A note from the visit, tagged with area E, shows beside the area's points.
    await call(
      app.app,
      inspector,
      'PUT',
      `/api/reviews/${reviewId}/visit-notes/${crypto.randomUUID()}`,
      {
        group: 'st',
        areas: ['E'],
        body: 'ST-läkarna beskriver täta handledningssamtal.',
        savedAt: new Date().toISOString(),
      },
      200,
    );

    const { page } = await loggedIn(inspector.email);
    await page.goto(`${app.baseUrl}/reviews/${reviewId}`);
    await page.getByRole('link', { name: 'Checklista', exact: true }).first().click();
    await poll(() => page.locator('h1').textContent()).toBe('Checklista');

    const areaE = page.locator('#area-E');
    await poll(() => text(page, '#area-E .suggested-grade')).toContain('Föreslagen bedömning: A');
    expect(await text(page, '#area-E .area-notes')).toContain('ST-läkare: ST-läkarna beskriver täta handledningssamtal.');

    // E1, a binding rule: the trainees' share with its n, the lone supervisor's suppressed.
    const e1 = areaE.locator('article.checklist-point', { has: page.getByRole('heading', { name: /^E1 / }) });
    expect(await e1.locator('.basis-badge').textContent()).toBe('Föreskrift (HSLF-FS 2021:8)');
    const row = e1.locator('.evidence-table tbody tr').first();
    expect(((await row.locator('td').nth(0).textContent()) ?? '').replace(/\s+/g, ' ')).toBe('100 % (n = 3)');
    expect(await row.locator('td').nth(1).textContent()).toBe('–för få svar');
    expect(await e1.locator('.evidence-table td').last().textContent()).toBe('ingen jämförelse');

    // A rule not met weighs 3: the area's suggestion falls from A to C.
    await e1.getByRole('radio', { name: 'Ej uppfylld' }).check();
    await poll(() => e1.locator('.save-state').textContent()).toMatch(/^Sparad /);
    await poll(() => text(page, '#area-E .suggested-grade')).toContain('Föreslagen bedömning: C');

    const e2 = areaE.locator('article.checklist-point', { has: page.getByRole('heading', { name: /^E2 / }) });
    await e2.getByRole('radio', { name: 'Uppfylld', exact: true }).check();
    await e2.getByLabel('Anteckning till E2').fill('Handledarna kände väl till målbeskrivningen.');
    await e2.getByLabel('Anteckning till E2').blur();
    await poll(
      async () =>
        (await call(app.app, inspector, 'GET', `/api/reviews/${reviewId}/checklist`, undefined, 200))
          .json()
          .areas.find((a: { area: string }) => a.area === 'E')
          .points.find((p: { id: string }) => p.id === 'E2').note,
    ).toBe('Handledarna kände väl till målbeskrivningen.');
    const stored = (await call(app.app, inspector, 'GET', `/api/reviews/${reviewId}/checklist`, undefined, 200)).json();
    const e = stored.areas.find((a: { area: string }) => a.area === 'E');
    expect(e.points.find((p: { id: string }) => p.id === 'E1').status).toBe('not_met');
    expect(e.suggestedGrade).toBe('C');

    expect(await seriousAxeViolations(page)).toEqual([]);
    // At tablet width the evidence goes under the judgement; a picture to look at.
    await page.setViewportSize({ width: 768, height: 1024 });
    await e1.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/site-visit-checklist.png' });

    // The same page in English.
    await page.getByRole('button', { name: 'English' }).click();
    await poll(() => page.locator('h1').textContent()).toBe('Checklist');
    expect(await text(page, '#area-E .suggested-grade')).toContain('Suggested grade: C');
    expect(await e1.getByRole('radio', { name: 'Not met' }).isChecked()).toBe(true);
  });

  it('on a tablet, an inspector plans the visit and takes notes that survive losing the network and a reload', async () => {
    const { page, context } = await loggedIn(inspector.email, { width: 768, height: 1024 });
    await page.goto(`${app.baseUrl}/reviews/${reviewId}/visit`);
    await poll(() => page.locator('h1').textContent()).toBe('Platsbesök');

    // The plan: two days, the team, one interview.
    await typeDate(page, 'Första dag', '2027-03-01');
    await typeDate(page, 'Sista dag', '2027-03-02');
    await page.getByLabel('Granskare 1').fill('Dr Granskare Ett');
    await page.getByRole('button', { name: 'Lägg till programpunkt' }).click();
    const entry = page.getByRole('group', { name: 'Programpunkt 1' });
    await typeDate(entry, 'Datum', '2027-03-01');
    await typeDate(entry, 'Från', '09:00');
    await typeDate(entry, 'Till', '10:00');
    await entry.getByLabel('Intervju med').selectOption('st');
    await entry.getByLabel('Plats').fill('Konferensrum 2');
    await page.getByRole('button', { name: 'Spara besöksplanen' }).click();
    await poll(() => text(page, '.plan-form [role="status"]')).toBe('Besöksplanen är sparad.');
    const plan = (await call(app.app, inspector, 'GET', `/api/reviews/${reviewId}/visit`, undefined, 200)).json();
    expect(plan).toMatchObject({ startsOn: '2027-03-01', endsOn: '2027-03-02', inspectors: ['Dr Granskare Ett'] });
    expect(plan.schedule).toEqual([{ date: '2027-03-01', start: '09:00', end: '10:00', kind: 'interview', role: 'st', place: 'Konferensrum 2' }]);

    // A note for the trainees, online. (The list also holds the note the first test stored.)
    expect(await text(page, '.notes-reminder')).toContain('Skriv inga namn');
    const addNote = async (group: string) => {
      await page.locator('#new-note-group').selectOption(group);
      await page.getByRole('button', { name: 'Lägg till anteckning' }).click();
      // The new note's text field takes the focus.
      await poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^note-.+-body$/);
      return page.locator(`#${await page.evaluate(() => document.activeElement!.id)}`);
    };
    const note = (body: ReturnType<typeof page.locator>) => page.locator('.note-editor', { has: body });
    const first = await addNote('st');
    await first.fill('Handledningen fungerar väl enligt ST-läkarna.');
    await note(first).getByRole('checkbox', { name: /^E/ }).check();
    await poll(() => text(page, '.notes-overall')).toBe('Alla anteckningar är sparade.');
    expect(await note(first).locator('.note-state').textContent()).toBe('Sparad');

    // The network goes: a new note and a change to the first stay queued, and say so.
    await context.setOffline(true);
    const second = await addNote('supervisor');
    await second.fill('Handledarna saknar avsatt tid.');
    await first.fill('Handledningen fungerar väl enligt ST-läkarna. Tätare samtal önskas.');
    await poll(() => text(page, '.notes-overall')).toBe('Offline – sparas när anslutningen är tillbaka (2 väntar)');
    expect(await note(second).locator('.note-state').textContent()).toBe('Offline – sparas när anslutningen är tillbaka');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The network returns but the server still cannot be reached; the page is reloaded meanwhile.
    await page.route('**/api/reviews/*/visit-notes/*', (route) => route.abort('internetdisconnected'));
    await context.setOffline(false);
    await page.reload();
    await poll(() => page.locator('.note-editor').count()).toBe(3);
    await poll(() => text(page, '.notes-overall')).toBe('Offline – sparas när anslutningen är tillbaka (2 väntar)');
    expect(await first.inputValue()).toBe('Handledningen fungerar väl enligt ST-läkarna. Tätare samtal önskas.');
    expect(await second.inputValue()).toBe('Handledarna saknar avsatt tid.');

    // The server is reachable again: the retry timer sends both, nothing lost.
    await page.unroute('**/api/reviews/*/visit-notes/*');
    await poll(() => text(page, '.notes-overall')).toBe('Alla anteckningar är sparade.');
    const notes = (await call(app.app, inspector, 'GET', `/api/reviews/${reviewId}/visit-notes`, undefined, 200)).json().notes;
    expect(notes.map((n: { group: string; areas: string[]; body: string }) => [n.group, n.areas, n.body])).toEqual(
      expect.arrayContaining([
        ['st', ['E'], 'Handledningen fungerar väl enligt ST-läkarna. Tätare samtal önskas.'],
        ['supervisor', [], 'Handledarna saknar avsatt tid.'],
      ]),
    );
    expect(notes).toHaveLength(3);
    await page.screenshot({ path: '/tmp/site-visit-notes.png', fullPage: true });

    // Deleting asks first, then the note is gone from the page and from the server.
    await page.getByRole('button', { name: 'Ta bort anteckningen (Handledare)' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ta bort anteckningen' }).click();
    await poll(() => page.locator('.note-editor').count()).toBe(2);
    await poll(async () => (await call(app.app, inspector, 'GET', `/api/reviews/${reviewId}/visit-notes`, undefined, 200)).json().notes.length).toBe(2);
    expect(JSON.parse((await page.evaluate((id) => localStorage.getItem(`spur.visit-notes.${id}`), reviewId)) ?? '{}').entries).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('two tabs of the visit share one queue: a note written offline in a tab that is then closed is sent by the other', async () => {
    const { page, context } = await loggedIn(inspector.email, { width: 768, height: 1024 });
    await page.goto(`${app.baseUrl}/reviews/${reviewId}/visit`);
    const other = await context.newPage();
    await other.goto(`${app.baseUrl}/reviews/${reviewId}/visit`);
    await poll(() => other.locator('.notes-overall').textContent()).toBe('Alla anteckningar är sparade.');

    await context.setOffline(true);
    await page.locator('#new-note-group').selectOption('documents');
    await page.getByRole('button', { name: 'Lägg till anteckning' }).click();
    await page
      .locator('.note-editor', { has: page.getByText('Anteckning: Dokument') })
      .getByLabel('Anteckning', { exact: true })
      .fill('IUP-mallen saknar rubrik för sidotjänstgöring.');
    await poll(() => other.locator('textarea').evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value))).toContain(
      'IUP-mallen saknar rubrik för sidotjänstgöring.',
    );
    await page.close();

    await context.setOffline(false);
    await poll(() => other.locator('.notes-overall').textContent()).toBe('Alla anteckningar är sparade.');
    await poll(async () =>
      (await call(app.app, inspector, 'GET', `/api/reviews/${reviewId}/visit-notes`, undefined, 200))
        .json()
        .notes.map((n: { group: string; body: string }) => `${n.group}: ${n.body}`),
    ).toContain('documents: IUP-mallen saknar rubrik för sidotjänstgöring.');
  });

  it('notes written after the session ended wait for a new login, and are sent then', async () => {
    const { page, context } = await loggedIn(inspector.email, { width: 768, height: 1024 });
    await page.goto(`${app.baseUrl}/reviews/${reviewId}/visit`);
    await poll(() => page.locator('.notes-overall').textContent()).toBe('Alla anteckningar är sparade.');

    await context.clearCookies(); // the session is gone, as after a long day
    await page.locator('#new-note-group').selectOption('head');
    await page.getByRole('button', { name: 'Lägg till anteckning' }).click();
    await page
      .locator('.note-editor', { has: page.getByText('Anteckning: Verksamhetschef') })
      .getByLabel('Anteckning', { exact: true })
      .fill('Verksamhetschefen vill utöka handledartiden.');
    await poll(() => text(page, '.notes-overall')).toBe('Du är utloggad – logga in igen (gärna i en ny flik) så skickas anteckningarna (1 väntar)');

    const login = await context.newPage();
    await login.goto(`${app.baseUrl}/login`);
    await login.getByLabel('E-postadress').fill(inspector.email);
    await login.getByLabel('Lösenord').fill(PASSWORD);
    await login.getByRole('button', { name: 'Logga in' }).click();
    await login.waitForURL((url) => !url.pathname.startsWith('/login'));
    await poll(() => text(page, '.notes-overall')).toBe('Alla anteckningar är sparade.');
    await poll(async () =>
      (await call(app.app, inspector, 'GET', `/api/reviews/${reviewId}/visit-notes`, undefined, 200))
        .json()
        .notes.map((n: { group: string; body: string }) => `${n.group}: ${n.body}`),
    ).toContain('head: Verksamhetschefen vill utöka handledartiden.');
  });

  it('a reader of the hospital fills in and submits the action plan, then follows an action up', async () => {
    const { page } = await loggedIn(reader.email);
    await page.goto(`${app.baseUrl}/reviews/${reviewId}/report`);
    await page.getByRole('link', { name: 'Åtgärdsplan' }).click();
    await poll(() => page.locator('h1').textContent()).toBe('Åtgärdsplan');

    const actions = page.locator('article.plan-action');
    await poll(() => actions.count()).toBe(2);
    expect(await actions.nth(0).locator('.recommendation').textContent()).toContain('Upprätta IUP inom sex månader från ST-start.');

    const [iup, assessments] = [actions.nth(0), actions.nth(1)];
    await iup.getByLabel('Åtgärd').fill('Mall för IUP och uppföljning vid sex månader.');
    await iup.getByLabel('Ansvarig').fill('Studierektor');
    await typeDate(iup, 'Klart senast', '2027-06-30');
    await assessments.getByLabel('Åtgärd').fill('Två strukturerade bedömningar per termin.');

    // Something missing: the server's reason is shown, nothing is submitted.
    await page.getByRole('button', { name: 'Lämna åtgärdsplanen' }).click();
    await poll(() => text(page, '.workflow .status-error')).toContain('Åtgärdsplanen är inte komplett:');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await assessments.getByLabel('Ansvarig').fill('Huvudhandledare');
    await typeDate(assessments, 'Klart senast', '2027-09-30');
    await page.getByRole('button', { name: 'Lämna åtgärdsplanen' }).click();
    await poll(() => text(page, '.plan-status .status-ok')).toMatch(/^Åtgärdsplanen lämnades /);

    // After submission: status and follow-up per action.
    await iup.getByRole('radio', { name: 'Pågår' }).check();
    await poll(() => iup.locator('.save-state').textContent()).toBe('Sparad');
    await iup.getByLabel('Uppföljning').fill('Mallen är klar; uppföljningen startar i april.');
    await iup.getByLabel('Uppföljning').blur();
    await poll(async () => (await call(app.app, reader, 'GET', `/api/reviews/${reviewId}/action-plan`, undefined, 200)).json().actions[0].followUpNote).toBe(
      'Mallen är klar; uppföljningen startar i april.',
    );
    const stored = (await call(app.app, reader, 'GET', `/api/reviews/${reviewId}/action-plan`, undefined, 200)).json();
    expect(stored.submittedAt).not.toBeNull();
    expect(
      stored.actions.map((a: { action: string; responsible: string; dueOn: string; status: string }) => [a.action, a.responsible, a.dueOn, a.status]),
    ).toEqual([
      ['Mall för IUP och uppföljning vid sex månader.', 'Studierektor', '2027-06-30', 'in_progress'],
      ['Två strukturerade bedömningar per termin.', 'Huvudhandledare', '2027-09-30', 'planned'],
    ]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.screenshot({ path: '/tmp/site-visit-action-plan.png', fullPage: true });
  });

  it('the report shows the previous review beside this one, or says there is none', async () => {
    const { page } = await loggedIn(reader.email);
    await page.goto(`${app.baseUrl}/reviews/${reviewId}/report`);
    await poll(() => text(page, '.previous-review')).toContain('Det finns ingen tidigare publicerad granskning av enheterna.');
  });

  it('the next review of the same units shows the previous grades, recommendations and actions beside its own', async () => {
    const next = await createReview(app.app, inspector, hospital, { title: 'Uppföljande granskning' });
    const { page } = await loggedIn(inspector.email);
    await page.goto(`${app.baseUrl}/reviews/${next.id}/report`);
    await poll(() => text(page, '.previous-review')).toContain('Extern granskning av ST, publicerad');
    const rowD = page.locator('.previous-table tbody tr', { has: page.getByRole('rowheader', { name: /^D\./ }) });
    expect(await rowD.locator('td').allTextContents()).toEqual(expect.arrayContaining(['Upprätta IUP inom sex månader från ST-start.']));
    expect(await text(page, '.previous-actions')).toContain('Mall för IUP och uppföljning vid sex månader. Pågår');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
