import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, todayInSweden } from '../../contract/dates.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { completeAnswers } from '../support/answers.js';
import { call, closeReview, createHospital, openReviewWithInvitations, signIn, type HospitalFixture, type Session } from '../support/factories.js';

let t: TestApp;
let admin: Session;
let inspector: Session;
let hospital: HospitalFixture;
let reviewId: string;

beforeAll(async () => {
  t = await createTestApp();
  await t.app.ready();
  admin = await signIn(t.app, 'admin');
  inspector = await signIn(t.app, 'inspector');
  hospital = await createHospital(t.app, inspector, ['medical', 'diagnostic']);
  const people: [string, string, string, number][] = [
    ['A', 'a@example.se', 'st', 0],
    ['B', 'b@example.se', 'st', 0],
    ['C', 'c@example.se', 'st', 0],
    ['D', 'd@example.se', 'st', 0],
    ['E', 'e@example.se', 'head', 1],
  ];
  const { review, tokens } = await openReviewWithInvitations(t.app, inspector, hospital, people);
  reviewId = review.id;
  // Trainees disagree with every statement of area D except one: the rubric will suggest a low grade.
  const answers = (i: number) =>
    completeAnswers('st', {
      'D.iup-based-on-goals': 1,
      'D.iup-revised': 2,
      'D.introduction-programme': 1,
      'D.written-guidelines': 2,
      'suggestion-1': `Förslag nummer ${i}: mer handledning.`,
    });
  for (const [i, [, email, role]] of people.entries()) {
    const data = role === 'st' ? answers(i) : completeAnswers('head', { 'suggestion-1': 'Från chefen.' });
    const res = await t.app.inject({ method: 'POST', url: `/api/respond/${tokens.get(email)}/submit`, payload: { data } });
    if (res.statusCode !== 200) throw new Error(res.body);
  }
  await closeReview(t, inspector, reviewId);
}, 120_000);
afterAll(() => t.close());

const base = () => `/api/reviews/${reviewId}`;
/** The clinic's head is asked, two weeks ahead (the comment round itself: comment-round.test.ts). */
const forComment = () => ({ deadline: addCalendarDays(todayInSweden(new Date()), 14), recipients: ['e@example.se'] });

describe('grading and writing the report', () => {
  it('suggests a grade per area from the rubric, with its reasons', async () => {
    const view = (await call(t.app, inspector, 'GET', `${base()}/report/authoring`, undefined, 200)).json();
    expect(view.current).toMatchObject({ revision: 1, status: 'draft' });
    expect(view.suggestions.A.grade).toBe('A');
    expect(view.suggestions.D.grade).not.toBe('A');
    expect(view.suggestions.D.reasons.map((r: { itemId: string }) => r.itemId)).toEqual(
      expect.arrayContaining(['D.iup-based-on-goals', 'D.introduction-programme']),
    );
  });

  it('needs every area graded and a justification where the grade departs from the suggestion', async () => {
    const view = (await call(t.app, inspector, 'GET', `${base()}/report/authoring`, undefined, 200)).json();
    const content = view.current.content;
    for (const area of 'ABCDEFGH') content.areas[area].grade = view.suggestions[area].grade ?? 'B';
    content.areas.A.grade = 'B'; // departs from the suggested A, without a reason yet
    content.areas.E.strengths = 'Alla har en personlig handledare.';
    content.areas.D.recommendations = ['Inför IUP inom 6 månader.'];
    await call(t.app, inspector, 'PUT', `${base()}/report/content`, { content }, 200);
    const refused = await call(t.app, inspector, 'POST', `${base()}/report/send-for-comment`, forComment());
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toEqual([
      {
        field: 'areas.A.justification',
        code: 'report.justification.missing',
        params: { area: 'A', grade: 'B', suggested: 'A' },
        message: 'Område A har bedömningen B men förslaget är A: skriv varför.',
      },
    ]);

    content.areas.A.justification = 'Platsbesöket visade brister i schemaläggningen.';
    await call(t.app, inspector, 'PUT', `${base()}/report/content`, { content }, 200);
    await call(t.app, inspector, 'POST', `${base()}/report/send-for-comment`, forComment(), 200);
    const events = (await call(t.app, admin, 'GET', `/api/audit?reviewId=${reviewId}`, undefined, 200)).json().events;
    expect(events.filter((e: { action: string }) => e.action === 'grade_set').length).toBe(8);
  });

  it('refuses a grade outside A–D and unknown fields in the content', async () => {
    const view = (await call(t.app, inspector, 'GET', `${base()}/report/authoring`, undefined, 200)).json();
    const bad = structuredClone(view.current.content);
    bad.areas.A.grade = 'E';
    expect((await call(t.app, inspector, 'PUT', `${base()}/report/content`, { content: bad })).statusCode).toBe(400);
  });

  it('records the inspectors’ summary of the clinic’s comments, publishes to the hospital’s readers, and never changes a published revision', async () => {
    const reader = await signIn(t.app, 'reader', { hospitalId: hospital.id });
    expect((await call(t.app, reader, 'GET', `${base()}/report/published`)).statusCode).toBe(403);

    await call(t.app, inspector, 'POST', `${base()}/report/comments`, { comments: 'Kliniken instämmer i stort.' }, 200);
    await call(t.app, inspector, 'POST', `${base()}/report/publish`, undefined, 200);

    const published = (await call(t.app, reader, 'GET', `${base()}/report/published`, undefined, 200)).json();
    expect(published).toMatchObject({ revision: 1, status: 'published', clinicComments: 'Kliniken instämmer i stort.' });
    expect(published.content.areas.E.strengths).toBe('Alla har en personlig handledare.');
    expect((await call(t.app, reader, 'GET', `${base()}/report`, undefined, 200)).json().review.reportPublishedAt).not.toBeNull();
    expect((await call(t.app, reader, 'GET', '/api/reviews', undefined, 200)).json().reviews.map((r: { id: string }) => r.id)).toEqual([reviewId]);

    const otherHospital = await createHospital(t.app, inspector, ['other']);
    const stranger = await signIn(t.app, 'reader', { hospitalId: otherHospital.id });
    expect((await call(t.app, stranger, 'GET', `${base()}/report/published`)).statusCode).toBe(403);
    expect((await call(t.app, stranger, 'GET', `${base()}/report`)).statusCode).toBe(403);

    const content = published.content;
    content.summary = 'Ändrad i efterhand';
    const change = await call(t.app, inspector, 'PUT', `${base()}/report/content`, { content });
    expect(change.statusCode).toBe(409);
    expect(change.json()).toMatchObject({ code: 'report.revisionPublished', detail: expect.stringContaining('rättelse') });
  });

  it('corrects a published report with a new revision and a note, keeping the first', async () => {
    await call(t.app, inspector, 'POST', `${base()}/report/revise`, { changeNote: 'Rättat betyg i område C.' }, 200);
    const view = (await call(t.app, inspector, 'GET', `${base()}/report/authoring`, undefined, 200)).json();
    expect(view.current).toMatchObject({ revision: 2, status: 'draft', changeNote: 'Rättat betyg i område C.' });
    view.current.content.areas.C.grade = 'B';
    view.current.content.areas.C.justification = 'Nya lokaler saknas.';
    await call(t.app, inspector, 'PUT', `${base()}/report/content`, { content: view.current.content }, 200);
    await call(t.app, inspector, 'POST', `${base()}/report/publish`, undefined, 200);
    const after = (await call(t.app, inspector, 'GET', `${base()}/report/authoring`, undefined, 200)).json();
    expect(after.published.map((p: { revision: number }) => p.revision)).toEqual([1, 2]);
    const reader = await signIn(t.app, 'reader', { hospitalId: hospital.id });
    expect((await call(t.app, reader, 'GET', `${base()}/report/published`, undefined, 200)).json().revision).toBe(2);
    // The database itself refuses to change a published revision.
    await expect(
      t.app.db.updateTable('report_revisions').set({ change_note: 'x' }).where('campaign_id', '=', reviewId).where('revision', '=', 1).execute(),
    ).rejects.toThrow(/cannot be changed/);
  });

  it('starts one correction when several are asked for at once, and records only that one', async () => {
    const notes = Array.from({ length: 8 }, (_, i) => `Samtidig rättelse ${i + 1}`);
    const answers = await Promise.all(notes.map((changeNote) => call(t.app, inspector, 'POST', `${base()}/report/revise`, { changeNote })));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
    const stored = (await call(t.app, inspector, 'GET', `${base()}/report/authoring`, undefined, 200)).json().current;
    expect(stored).toMatchObject({ revision: 3, status: 'draft' });
    expect(notes[answers.findIndex((a) => a.statusCode === 200)]).toBe(stored.changeNote);
    const audited = await t.app.db
      .selectFrom('audit_events')
      .select('details')
      .where('campaign_id', '=', reviewId)
      .where('action', '=', 'review_changed')
      .execute();
    expect(audited.filter((e) => (e.details as { report?: string }).report === 'correction_started')).toHaveLength(2);
  });
});

describe('free-text suggestions', () => {
  it('lists them with role only when the role’s group reaches the threshold, and counts themes', async () => {
    const list = (await call(t.app, inspector, 'GET', `${base()}/suggestions`, undefined, 200)).json();
    expect(list.suggestions).toHaveLength(5);
    const fromHead = list.suggestions.find((s: { text: string }) => s.text === 'Från chefen.');
    expect(fromHead.role).toBeNull(); // one head of department: below the threshold of 3
    expect(list.suggestions.filter((s: { role: string | null }) => s.role === 'st')).toHaveLength(4);
    expect(list.themes.map((th: { key: string }) => th.key)).toEqual([
      'clinical-exposure',
      'supervision-feedback',
      'production-vs-training',
      'training-activities',
    ]);
    const byHeadRole = (await call(t.app, inspector, 'GET', `${base()}/suggestions?role=head`, undefined, 200)).json();
    expect(byHeadRole.suggestions).toEqual([]);
  });

  it('tags with themes (default or own) and areas, stars quotes, and filters by them', async () => {
    const list = (await call(t.app, inspector, 'GET', `${base()}/suggestions`, undefined, 200)).json();
    const [first, second] = list.suggestions;
    const own = (await call(t.app, inspector, 'POST', `${base()}/themes`, { label: 'Schemaläggning' }, 201)).json();
    expect(own.key).toBe('schemalaggning');
    await call(
      t.app,
      inspector,
      'PATCH',
      `${base()}/suggestions/${first.key}`,
      { themes: ['supervision-feedback', own.key], areas: ['E'], starred: true },
      200,
    );
    await call(t.app, inspector, 'PATCH', `${base()}/suggestions/${second.key}`, { themes: ['supervision-feedback'] }, 200);
    const unknown = await call(t.app, inspector, 'PATCH', `${base()}/suggestions/${second.key}`, { themes: ['no-such-theme'] });
    expect(unknown.statusCode).toBe(422);
    expect((await call(t.app, inspector, 'PATCH', `${base()}/suggestions/999:suggestion-1`, { starred: true })).statusCode).toBe(404);

    const after = (await call(t.app, inspector, 'GET', `${base()}/suggestions`, undefined, 200)).json();
    expect(after.themes.find((th: { key: string }) => th.key === 'supervision-feedback').count).toBe(2);
    const starred = (await call(t.app, inspector, 'GET', `${base()}/suggestions?starred=true`, undefined, 200)).json().suggestions;
    expect(starred.map((s: { key: string }) => s.key)).toEqual([first.key]);
    const inE = (await call(t.app, inspector, 'GET', `${base()}/suggestions?area=E`, undefined, 200)).json().suggestions;
    expect(inE).toHaveLength(1);
  });

  it("shows the hospital's readers the themes and their counts, never the texts", async () => {
    const reader = await signIn(t.app, 'reader', { hospitalId: hospital.id });
    const { themes } = (await call(t.app, reader, 'GET', `${base()}/themes`, undefined, 200)).json();
    const inspectorView = (await call(t.app, inspector, 'GET', `${base()}/suggestions`, undefined, 200)).json();
    expect(themes).toEqual(inspectorView.themes);
    expect(themes.find((th: { key: string }) => th.key === 'supervision-feedback').count).toBe(2);
    expect(JSON.stringify(themes)).not.toContain('Från chefen.');
    // The texts themselves stay with the inspectors, who choose the quotes for the report.
    expect((await call(t.app, reader, 'GET', `${base()}/suggestions`)).statusCode).toBe(403);
  });
});

describe('print and export', () => {
  it('exports the aggregated tables as CSV for Swedish Excel, with suppression and no raw rows', async () => {
    const res = await call(t.app, inspector, 'GET', `${base()}/report/export.csv?table=agreement`, undefined, 200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('attachment');
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    const lines = res.body.slice(1).trim().split('\r\n');
    expect(lines[0].split(';').slice(0, 4)).toEqual(['Område', 'Påstående', 'Id', 'ST-läkare %']);
    const d = lines.find((l) => l.includes('D.iup-based-on-goals'))!.split(';');
    expect(d.slice(3, 5)).toEqual(['0', '4']); // 0 % of 4 trainees
    expect(d.slice(9, 11)).toEqual(['för få svar', '']); // one head of department
    expect(res.body).not.toContain('Förslag nummer'); // free text never leaves in an export
  });

  it('exports every table as an Excel workbook', async () => {
    const res = await t.app.inject({ url: `${base()}/report/export.xlsx?lang=en`, headers: inspector.headers });
    expect(res.statusCode).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Response rates',
      'Agreement by role',
      'National benchmark',
      'Numeric items',
      'Targets',
      'Specialty groups',
    ]);
    expect(workbook.getWorksheet('Response rates')!.getRow(1).getCell(1).value).toBe('Specialty group');
  });

  it('renders an A4 PDF with Chromium, or explains with a 501 what is missing', async () => {
    const res = await t.app.inject({ url: `${base()}/report.pdf`, headers: inspector.headers });
    if (res.statusCode === 501) {
      expect(['report.pdf.noChromium', 'report.pdf.notBuilt']).toContain(res.json().code);
      expect(res.json().detail).toContain('Skriv ut');
    } else {
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      // The published revision's PDF is made once, however often and by how many it is read at once.
      const reader = await signIn(t.app, 'reader', { hospitalId: hospital.id });
      const before = t.app.pdfs.stats.renders;
      const copies = await Promise.all([1, 2, 3].map(() => t.app.inject({ url: `${base()}/report.pdf`, headers: reader.headers })));
      expect(copies.map((c) => c.statusCode)).toEqual([200, 200, 200]);
      expect((await t.app.inject({ url: `${base()}/report.pdf`, headers: reader.headers })).rawPayload).toEqual(copies[0].rawPayload);
      expect(t.app.pdfs.stats.renders - before).toBe(1);
      expect(t.app.pdfs.stats.maxRunning).toBe(1);
    }
  }, 120_000);
});
