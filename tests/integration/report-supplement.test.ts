import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { sharePercent } from '../../contract/shares.js';
import { ensureSnapshot } from '../../server/features/report/service.js';
import { upgradeSnapshot } from '../../server/features/report/snapshot-upgrade.js';
import { currentSurvey } from '../../server/features/surveys/service.js';
import { wilsonInterval } from '../../server/statistics.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { completeAnswers } from '../support/answers.js';
import { call, closeReview, createHospital, openReviewWithInvitations, signIn, type HospitalFixture, type Session } from '../support/factories.js';

/*
 * Issue 19: the study directors' supplementary survey reported. Directors are few (often one a
 * clinic), so the section is the whole review's only, and only when at least the threshold's
 * number of directors answered. The first tests take the attacker's side: two directors answer,
 * and nothing anyone can read tells which gave which answers.
 */

const SUPPLEMENT = 'director-supplement';
const items = currentSurvey(SUPPLEMENT).items;
const STATEMENTS = items.filter((i) => i.kind === 'statement').map((i) => i.id);
const TIME_SHARE = 'D.director-time-share';
const STATUS = 'D.director-status';
const INVITED = 'D.director-invited-to-management-group';

/** A director's supplement: every statement at one value, the numbers and choices and comment their own. */
const supplementAnswers = (statement: number, time: number, status: number, invited: string, comment: string) =>
  completeAnswers(
    'director',
    { ...Object.fromEntries(STATEMENTS.map((id) => [id, statement])), [TIME_SHARE]: time, [STATUS]: status, [INVITED]: invited, ...(comment && { comment }) },
    SUPPLEMENT,
  );

const OPEN = supplementAnswers(1, 10, 2, 'never', 'Ingen tid alls för uppdraget.');
const CONTENT = supplementAnswers(4, 50, 9, 'always', 'Ett uppdrag med gott stöd.');

const apps: TestApp[] = [];
afterEach(async () => {
  for (const t of apps.splice(0)) await t.close();
});

async function newApp() {
  const t = await createTestApp();
  apps.push(t);
  await t.app.ready();
  return t;
}

const submit = (t: TestApp, token: string, data: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: `/api/respond/${token}/submit`, payload: { data } });

/** The personal link of the supplement among a director's two (the other is the main survey's). */
async function supplementLink(t: TestApp, tokens: Map<string, string>, email: string): Promise<string> {
  for (const token of [tokens.get(email)!, tokens.get(`${email}#2`)!]) {
    if ((await t.app.inject({ url: `/api/respond/${token}` })).json().survey.key === SUPPLEMENT) return token;
  }
  throw new Error(`no supplement link for ${email}`);
}

/**
 * A review of two surgical units with the supplement: four trainees (answering the same in every
 * world) and the given directors, each at their unit answering their supplement.
 */
async function reviewWithDirectors(t: TestApp, inspector: Session, directors: { unit: number; answers: Record<string, unknown> | null }[]) {
  const hospital = await createHospital(t.app, inspector, ['surgical', 'surgical'], 'SUP');
  const people: [string, string, string, number][] = [
    ...Array.from({ length: 4 }, (_, i): [string, string, string, number] => [`ST ${i}`, `st${i}@sup.example`, 'st', i % 2]),
    ...directors.map((d, i): [string, string, string, number] => [`SR ${i}`, `sr${i}@sup.example`, 'director', d.unit]),
  ];
  const { review, tokens } = await openReviewWithInvitations(t.app, inspector, hospital, people, { includeDirectorSupplement: true });
  for (let i = 0; i < 4; i++) expect((await submit(t, tokens.get(`st${i}@sup.example`)!, completeAnswers('st'))).statusCode).toBe(200);
  for (const [i, d] of directors.entries()) {
    if (d.answers) expect((await submit(t, await supplementLink(t, tokens, `sr${i}@sup.example`), d.answers)).statusCode).toBe(200);
  }
  return { reviewId: review.id as string, hospital, tokens };
}

/** Ids are made anew in each world: each is named by its first appearance, the rest is compared as it is. */
function withoutIds(view: unknown): unknown {
  const names = new Map<string, string>();
  const text = JSON.stringify(view).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => {
    if (!names.has(id)) names.set(id, `id${names.size}`);
    return names.get(id)!;
  });
  return JSON.parse(text, (key, value) => (['computedAt', 'reportPublishedAt', 'requestId', 'addedBy', 'updatedAt'].includes(key) ? null : value));
}

/** An XLSX as its sheets' cell values (the file's own bytes carry the time it was made). */
async function xlsxValues(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => ({ name: sheet.name, rows: sheet.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1) : row)) }));
}

/** Everything an inspector can read about the review's answers: report and exports at every filter, the checklist, the rates. */
async function everythingReadable(t: TestApp, session: Session, reviewId: string) {
  const base = `/api/reviews/${reviewId}/report`;
  const whole = (await call(t.app, session, 'GET', base, undefined, 200)).json();
  const filters = [
    '',
    ...whole.responseRates.groups.map((g: { specialtyGroup: string }) => `?specialtyGroup=${g.specialtyGroup}`),
    ...whole.responseRates.units.map((u: { unitId: string }) => `?unitId=${u.unitId}`),
  ];
  const view: Record<string, unknown> = {};
  for (const [i, filter] of filters.entries()) {
    view[`report ${i}`] = (await call(t.app, session, 'GET', `${base}${filter}`, undefined, 200)).json();
    for (const lang of ['sv', 'en']) {
      const sep = filter ? '&' : '?';
      for (const table of ['supplement', 'response-rates', 'agreement', 'numeric']) {
        view[`${table}.csv ${lang} ${i}`] = (
          await call(t.app, session, 'GET', `${base}/export.csv${filter}${sep}table=${table}&lang=${lang}`, undefined, 200)
        ).body;
      }
      const xlsx = await call(t.app, session, 'GET', `/api/reviews/${reviewId}/report/export.xlsx${filter}${sep}lang=${lang}`, undefined, 200);
      view[`xlsx ${lang} ${i}`] = await xlsxValues(xlsx.rawPayload);
    }
  }
  view.checklist = (await call(t.app, session, 'GET', `/api/reviews/${reviewId}/checklist`, undefined, 200)).json();
  view.rates = (await call(t.app, session, 'GET', `/api/reviews/${reviewId}/response-rates`, undefined, 200)).json();
  return withoutIds(view);
}

describe('two study directors answer the supplement, the threshold is 3', () => {
  async function world(first: Record<string, unknown>, second: Record<string, unknown>) {
    const t = await newApp();
    const inspector = await signIn(t.app, 'inspector');
    const { reviewId, hospital, tokens } = await reviewWithDirectors(t, inspector, [
      { unit: 0, answers: first },
      { unit: 1, answers: second },
    ]);
    // Padding: a third director added after the invitations, whose supplement the inspector fills in.
    await call(
      t.app,
      inspector,
      'POST',
      `/api/reviews/${reviewId}/respondents`,
      { name: 'Pad', email: 'pad@sup.example', role: 'director', unitId: hospital.units[0].id },
      201,
    );
    await call(t.app, inspector, 'POST', `/api/reviews/${reviewId}/invitations/send`, undefined, 200);
    const padMails = await t.app.db.selectFrom('mails').select('body').where('recipient', '=', 'pad@sup.example').execute();
    const padTokens = new Map(padMails.map((m, i) => [i === 0 ? 'pad@sup.example' : 'pad@sup.example#2', m.body.match(/\/s\/([A-Za-z0-9_-]{43})/)![1]]));
    expect((await submit(t, await supplementLink(t, padTokens, 'pad@sup.example'), CONTENT)).statusCode).toBe(200);
    // Nothing is readable while the review is open.
    expect((await call(t.app, inspector, 'GET', `/api/reviews/${reviewId}/report`)).statusCode).toBe(409);
    expect((await call(t.app, inspector, 'GET', `/api/reviews/${reviewId}/report/export.csv?table=supplement`)).statusCode).toBe(409);
    const open = (await call(t.app, inspector, 'GET', `/api/reviews/${reviewId}/checklist`, undefined, 200)).json();
    expect(open.supplement).toBeNull();
    expect(open.areas.flatMap((a: { points: { supplementEvidence: unknown[] }[] }) => a.points.flatMap((p) => p.supplementEvidence))).toEqual([]);
    await closeReview(t, inspector, reviewId);
    return { t, inspector, reviewId, hospital, tokens };
  }

  it('gives nothing away: swapping the two directors’ answers changes nothing anyone can read, before or after a late change', async () => {
    const a = await world(OPEN, CONTENT);
    const b = await world(CONTENT, OPEN);
    const viewA = await everythingReadable(a.t, a.inspector, a.reviewId);
    expect(await everythingReadable(b.t, b.inspector, b.reviewId)).toEqual(viewA);

    // What is shown instead: how many answered, that the padding does not count, and no figure.
    const report = (await call(a.t.app, a.inspector, 'GET', `/api/reviews/${a.reviewId}/report`, undefined, 200)).json();
    expect(report.supplement).toEqual({ threshold: 3, answered: 3, counted: 2, shown: false, statements: [], numeric: [], choices: [], comments: [] });
    expect(report.supplementRates.total.total).toMatchObject({ invited: 3, answered: 3 });
    const unit = (await call(a.t.app, a.inspector, 'GET', `/api/reviews/${a.reviewId}/report?unitId=${a.hospital.units[0].id}`, undefined, 200)).json();
    expect(unit.supplement).toBeNull();
    const csv = (await call(a.t.app, a.inspector, 'GET', `/api/reviews/${a.reviewId}/report/export.csv?table=supplement`, undefined, 200)).body;
    expect(csv).toContain('3 studierektorer svarade (2 räknas mot gränsen 3): för få svar');
    for (const secret of ['Ingen tid alls', 'gott stöd']) expect(JSON.stringify(viewA)).not.toContain(secret);

    // Later changes: the review cannot be opened again, nobody can be added, no answer arrives.
    expect((await call(a.t.app, a.inspector, 'POST', `/api/reviews/${a.reviewId}/open`)).statusCode).toBe(409);
    const added = await call(a.t.app, a.inspector, 'POST', `/api/reviews/${a.reviewId}/respondents`, {
      name: 'Late',
      email: 'late@sup.example',
      role: 'director',
      unitId: a.hospital.units[1].id,
    });
    expect(added.statusCode).toBe(409);
    const supplement = await supplementLink(a.t, a.tokens, 'sr0@sup.example');
    const main = [a.tokens.get('sr0@sup.example')!, a.tokens.get('sr0@sup.example#2')!].find((token) => token !== supplement)!;
    expect((await submit(a.t, main, completeAnswers('director'))).statusCode).toBeGreaterThanOrEqual(400);
    // The first director sends the supplement again with the other's answers: whatever the answer, the report stays.
    await submit(a.t, supplement, CONTENT);
    expect(await everythingReadable(a.t, a.inspector, a.reviewId)).toEqual(viewA);
  }, 240_000);
});

describe('four study directors answer the supplement, the threshold is 3', () => {
  it('shows the whole review’s shares, numbers, choices and comments, and nothing per unit or group', async () => {
    const t = await newApp();
    const inspector = await signIn(t.app, 'inspector');
    // Statement shares: 4 (agree), 3 (agree), 1 (disagree), 0 (don't know): 2 of 3 agree, 1 don't know.
    const { reviewId, hospital } = await reviewWithDirectors(t, inspector, [
      { unit: 0, answers: supplementAnswers(4, 20, 5, 'always', 'Bra stöd från chefen.') },
      { unit: 0, answers: supplementAnswers(3, 40, 6, 'never', '') },
      { unit: 1, answers: supplementAnswers(1, 10, 3, 'never', 'För lite tid.') },
      { unit: 1, answers: supplementAnswers(0, 30, 7, 'sometimes', '') },
      { unit: 1, answers: null },
    ]);
    await closeReview(t, inspector, reviewId);
    const report = (await call(t.app, inspector, 'GET', `/api/reviews/${reviewId}/report`, undefined, 200)).json();
    const section = report.supplement;
    expect(section).toMatchObject({ threshold: 3, answered: 4, counted: 4, shown: true });
    expect(section.statements.map((s: { itemId: string }) => s.itemId)).toEqual(STATEMENTS);
    for (const s of section.statements) {
      expect(s.cell).toEqual({ suppressed: false, n: 3, agreeing: 2, share: 2 / 3, interval: wilsonInterval(2, 3), dontKnow: 1 });
    }
    const time = section.numeric.find((n: { itemId: string }) => n.itemId === TIME_SHARE);
    expect(time.figure).toMatchObject({ suppressed: false, n: 4, submitted: 4, median: 25, zero: 0 });
    expect(section.numeric.find((n: { itemId: string }) => n.itemId === STATUS)).toMatchObject({
      kind: 'rating',
      min: 1,
      max: 10,
      figure: { n: 4, median: 5.5 },
    });
    const invited = section.choices.find((c: { itemId: string }) => c.itemId === INVITED);
    expect(invited.n).toBe(4);
    expect(invited.options.map((o: { value: string; count: number; label: { sv: string } }) => [o.value, o.count, o.label.sv])).toEqual([
      ['always', 1, 'Alltid'],
      ['sometimes', 1, 'Ibland'],
      ['never', 2, 'Aldrig'],
    ]);
    expect([...section.comments].sort()).toEqual(['Bra stöd från chefen.', 'För lite tid.']);

    // Never per unit or specialty group: one or two directors there.
    for (const filter of [`?unitId=${hospital.units[0].id}`, `?unitId=${hospital.units[1].id}`, '?specialtyGroup=surgical']) {
      const filtered = (await call(t.app, inspector, 'GET', `/api/reviews/${reviewId}/report${filter}`, undefined, 200)).json();
      expect(filtered.supplement, filter).toBeNull();
      const csv = (await call(t.app, inspector, 'GET', `/api/reviews/${reviewId}/report/export.csv${filter}&table=supplement`, undefined, 200)).body;
      expect(
        csv
          .replace(/^\uFEFF/, '')
          .trim()
          .split('\r\n'),
        filter,
      ).toHaveLength(1);
    }

    // The exports: a row per statement with its printed share, one per choice option.
    const rows = (await call(t.app, inspector, 'GET', `/api/reviews/${reviewId}/report/export.csv?table=supplement&lang=en`, undefined, 200)).body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((line) => line.split(';'));
    const statementRow = rows.find((r) => r[2] === STATEMENTS[0])!;
    expect(statementRow.slice(3)).toEqual([items.find((i) => i.id === STATEMENTS[0])!.checkpoint, 'agree', String(sharePercent(2, 3)), '3', '1', '']);
    expect(rows.filter((r) => r[2] === INVITED).map((r) => [r[4], r[5]])).toEqual([
      ['Always', '25'],
      ['Sometimes', '25'],
      ['Never', '50'],
    ]);
    const xlsx = await xlsxValues((await call(t.app, inspector, 'GET', `/api/reviews/${reviewId}/report/export.xlsx`, undefined, 200)).rawPayload);
    expect(xlsx.map((s) => s.name)).toContain('Tilläggsenkät studierektorer');
    const unitXlsx = await xlsxValues(
      (await call(t.app, inspector, 'GET', `/api/reviews/${reviewId}/report/export.xlsx?unitId=${hospital.units[0].id}`, undefined, 200)).rawPayload,
    );
    expect(unitXlsx.map((s) => s.name)).not.toContain('Tilläggsenkät studierektorer');

    // The checklist: each point the supplement's statements cite has their figures beside it.
    const checklist = (await call(t.app, inspector, 'GET', `/api/reviews/${reviewId}/checklist`, undefined, 200)).json();
    expect(checklist.supplement).toEqual({ answered: 4, counted: 4, threshold: 3, shown: true });
    const points = checklist.areas.flatMap((a: { points: { id: string; supplementEvidence: { itemId: string; cell: unknown }[] }[] }) => a.points);
    for (const point of points) {
      const citing = section.statements.filter((s: { checkpoint: string | null }) => s.checkpoint === point.id);
      expect(point.supplementEvidence, point.id).toEqual(
        citing.map((s: { itemId: string; label: unknown; cell: unknown }) => ({ itemId: s.itemId, label: s.label, cell: s.cell })),
      );
    }
    expect(points.find((p: { id: string }) => p.id === 'D7').supplementEvidence.length).toBeGreaterThan(0);

    // The rates: the console's and the report's supplement line, invited directors and who answered.
    const rates = (await call(t.app, inspector, 'GET', `/api/reviews/${reviewId}/response-rates`, undefined, 200)).json();
    expect(rates.supplement.total.total).toMatchObject({ invited: 5, answered: 4 });
    expect(rates.supplement.total.byRole.st).toMatchObject({ invited: 0 });
    expect(rates.total.total).toMatchObject({ invited: 9, answered: 4 });
    expect(report.supplementRates.total.total).toMatchObject({ invited: 5, answered: 4 });

    // A snapshot stored before the section existed is read without it, and a current one as it is.
    const { snapshot } = await ensureSnapshot(t.app.db, reviewId);
    const old = structuredClone(snapshot);
    for (const figures of Object.values(old.scopes) as unknown as Record<string, unknown>[]) delete figures.supplement;
    const upgraded = upgradeSnapshot(old);
    for (const figures of Object.values(upgraded.scopes)) expect(figures.supplement).toBeNull();
    expect(upgraded.scopes.review.areas).toEqual(snapshot.scopes.review.areas);
    expect(upgradeSnapshot(snapshot)).toBe(snapshot);
  }, 180_000);
});

describe('a review without the supplement', () => {
  it('has no section, no rates line and no supplement evidence', async () => {
    const t = await newApp();
    const inspector = await signIn(t.app, 'inspector');
    const hospital: HospitalFixture = await createHospital(t.app, inspector, ['surgical'], 'NOS');
    const { review, tokens } = await openReviewWithInvitations(t.app, inspector, hospital, [['SR', 'sr@nos.example', 'director', 0]]);
    expect((await submit(t, tokens.get('sr@nos.example')!, completeAnswers('director'))).statusCode).toBe(200);
    await closeReview(t, inspector, review.id);
    const report = (await call(t.app, inspector, 'GET', `/api/reviews/${review.id}/report`, undefined, 200)).json();
    expect(report.supplement).toBeNull();
    expect((await call(t.app, inspector, 'GET', `/api/reviews/${review.id}/response-rates`, undefined, 200)).json().supplement).toBeNull();
    expect((await call(t.app, inspector, 'GET', `/api/reviews/${review.id}/checklist`, undefined, 200)).json().supplement).toBeNull();
  }, 60_000);
});
