import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Coverage, CoverageUnit } from '../../contract/coverage.js';
import { addCalendarDays, addCalendarMonths, todayInSweden } from '../../contract/dates.js';
import { AREAS } from '../../contract/domain.js';
import { buildApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { remindCoverage } from '../../server/features/coverage/reminders.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { call, createHospital, createReview, csv, signIn, type HospitalFixture, type Session } from '../support/factories.js';

/*
 * Review coverage (issue 20): when a unit's external review falls due, what its status is, the
 * share reviewed within five years as of a day, reminders sent once, and the import of earlier
 * reviews. The platform's published reviews are placed in the past by writing their publication
 * time directly (publishing through the API always stamps now()).
 */
let t: TestApp;
let admin: Session;
let inspector: Session;
const REAL_TODAY = todayInSweden(new Date());
/** Today, except on 29 February, when "five years ago today" does not exist: then the 28th. */
const TODAY = REAL_TODAY.endsWith('-02-29') ? addCalendarDays(REAL_TODAY, -1) : REAL_TODAY;
/** Midday in Sweden on a day (UTC 10:00 is 11:00 or 12:00 there). */
const at = (day: string) => `${day}T10:00:00Z`;
const yearsAgo = (years: number, days = 0) => addCalendarDays(addCalendarMonths(TODAY, -12 * years), days);

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(at(TODAY));
  admin = await signIn(t.app, 'admin');
  inspector = await signIn(t.app, 'inspector');
});
afterAll(async () => {
  await t?.close();
});

/** A review of the platform whose report was published on `day`, graded B in every area but D (C). */
async function publishedReview(hospital: HospitalFixture, unitIds: string[], day: string): Promise<string> {
  const review = await createReview(t.app, admin, hospital, { unitIds });
  await t.app.db
    .updateTable('campaigns')
    .set({ status: 'closed', report_published_at: new Date(at(day)) })
    .where('id', '=', review.id)
    .execute();
  const area = (grade: string) => ({ grade, justification: '', strengths: '', weaknesses: '', recommendations: [] });
  const content = { summary: '', areas: Object.fromEntries(AREAS.map((a) => [a, area(a === 'D' ? 'C' : 'B')])), improvementAreas: [], quotes: [] };
  await t.app.db
    .insertInto('report_revisions')
    .values({ campaign_id: review.id, revision: 1, status: 'published', content: JSON.stringify(content), published_at: new Date(at(day)) })
    .execute();
  return review.id;
}

const record = (unitId: string, reviewedOn: string, body = 'SPUR (pappersrapport)', expected = 201) =>
  call(t.app, inspector, 'POST', `/api/units/${unitId}/external-reviews`, { reviewedOn, body, link: 'https://example.se/rapport.pdf' }, expected);

async function coverage(hospitalId: string, session: Session = inspector, asOf?: string): Promise<Coverage> {
  return (await call(t.app, session, 'GET', `/api/hospitals/${hospitalId}/coverage${asOf ? `?asOf=${asOf}` : ''}`, undefined, 200)).json();
}
const unitOf = (c: Coverage, unitId: string): CoverageUnit => c.units.find((u) => u.unitId === unitId)!;

describe('when an external review falls due', () => {
  let hospital: HospitalFixture;
  let ids: string[];
  beforeAll(async () => {
    // ortopedi, kardiologi, radiologi, ortopedi, kardiologi
    hospital = await createHospital(t.app, admin, ['surgical', 'medical', 'diagnostic', 'surgical', 'medical']);
    ids = hospital.units.map((u) => u.id);
    await record(ids[0], yearsAgo(7), 'Tidigare granskare');
    await publishedReview(hospital, [ids[0]], yearsAgo(5));
    await publishedReview(hospital, [ids[1]], yearsAgo(6));
    await createReview(t.app, admin, hospital, { unitIds: [ids[1]] });
    await record(ids[2], yearsAgo(2));
    await record(ids[4], yearsAgo(4, -180));
  });

  it('a review published five years ago today is due today, and overdue tomorrow', async () => {
    const today = unitOf(await coverage(hospital.id), ids[0]);
    expect(today.lastReview).toMatchObject({ date: yearsAgo(5), source: 'platform', body: 'SPUR' });
    expect(today.nextDue).toBe(TODAY);
    expect(today.status).toBe('due');
    expect(today.withinFiveYears).toBe(true);

    const tomorrow = addCalendarDays(TODAY, 1);
    const later = unitOf(await coverage(hospital.id, inspector, tomorrow), ids[0]);
    expect(later.status).toBe('overdue');
    expect(later.withinFiveYears).toBe(false);
  });

  it('shows the grades of the unit’s last published review, and the newer review wins over an older one recorded by hand', async () => {
    const unit = unitOf(await coverage(hospital.id), ids[0]);
    expect(unit.grades).toMatchObject({ A: 'B', D: 'C', H: 'B' });
    expect(unit.recorded.map((r) => r.body)).toEqual(['Tidigare granskare']);
    // As of before the platform's review, the hand-recorded one is the last, without grades.
    const earlier = unitOf(await coverage(hospital.id, inspector, yearsAgo(6)), ids[0]);
    expect(earlier.lastReview).toMatchObject({ date: yearsAgo(7), source: 'hand', body: 'Tidigare granskare' });
    expect(earlier.grades).toBeNull();
  });

  it('a draft review of the unit makes it planned, and the due date still says overdue', async () => {
    const unit = unitOf(await coverage(hospital.id), ids[1]);
    expect(unit.status).toBe('planned');
    expect(unit.dueState).toBe('overdue');
    expect(unit.planned?.status).toBe('draft');
  });

  it('on time, due within 12 months, and never reviewed', async () => {
    const c = await coverage(hospital.id);
    expect(unitOf(c, ids[2])).toMatchObject({ status: 'on_time', nextDue: addCalendarMonths(yearsAgo(2), 60) });
    expect(unitOf(c, ids[3])).toMatchObject({ status: 'never', lastReview: null, nextDue: null });
    expect(unitOf(c, ids[4]).status).toBe('due');
  });

  it('the share of units reviewed within five years, as of a date and per specialty', async () => {
    const today = await coverage(hospital.id);
    expect(today.asOf).toBe(TODAY);
    // Units 1 (five years ago today), 3 and 5; unit 2's review is six years old, unit 4 never had one.
    expect(today.headline.units).toEqual({ reviewed: 3, units: 5, percent: 60 });
    expect(today.bySpecialty).toEqual([
      { specialty: 'kardiologi', reviewed: 1, units: 2, percent: 50 },
      { specialty: 'ortopedi', reviewed: 1, units: 2, percent: 50 },
      { specialty: 'radiologi', reviewed: 1, units: 1, percent: 100 },
    ]);
    expect(today.headline.specialties).toEqual({ reviewed: 1, units: 3, percent: 33 });

    // Three years ago: units 1 and 2 were within five years, 5 too; unit 3's review had not happened.
    const then = await coverage(hospital.id, inspector, yearsAgo(3));
    expect(then.headline.units).toEqual({ reviewed: 3, units: 5, percent: 60 });
    expect(unitOf(then, ids[2]).lastReview).toBeNull();
    expect(unitOf(then, ids[1])).toMatchObject({ withinFiveYears: true });
  });

  it('an organisation’s shorter interval brings the next review closer; its page covers its hospitals', async () => {
    const org = await t.app.db
      .insertInto('organisations')
      .values({ name: `Nätverk ${hospital.id}` })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.app.db.insertInto('organisation_hospitals').values({ organisation_id: org.id, hospital_id: hospital.id }).execute();
    await call(t.app, inspector, 'PUT', `/api/organisations/${org.id}/review-interval`, { years: 3 }, 200);
    const unit = unitOf(await coverage(hospital.id), ids[2]);
    expect(unit).toMatchObject({ intervalYears: 3, nextDue: addCalendarMonths(yearsAgo(2), 36), status: 'due', withinFiveYears: true });
    const network: Coverage = (await call(t.app, inspector, 'GET', `/api/organisations/${org.id}/coverage`, undefined, 200)).json();
    expect(network.scope).toMatchObject({ kind: 'organisation', id: org.id, intervalYears: 3 });
    expect((await coverage(hospital.id)).scope.intervalYears).toBe(3);
    expect(network.units.map((u) => u.unitId).sort()).toEqual([...ids].sort());
    expect((await call(t.app, inspector, 'PUT', `/api/organisations/${org.id}/review-interval`, { years: 0 })).statusCode).toBe(400);
    await call(t.app, inspector, 'PUT', `/api/organisations/${org.id}/review-interval`, { years: 5 }, 200);
  });

  it('refuses a review dated in the future and a date that does not exist, with a readable problem', async () => {
    const future = await record(ids[3], addCalendarDays(TODAY, 1), 'SPUR', 409);
    expect(future.json().code).toBe('coverage.reviewInFuture');
    expect((await record(ids[3], '2023-02-30', 'SPUR', 422)).json().errors[0].field).toContain('reviewedOn');
    expect((await call(t.app, inspector, 'GET', `/api/hospitals/${hospital.id}/coverage?asOf=2023-13-01`)).statusCode).toBe(422);
  });

  it('exports the table and the shares as XLSX', async () => {
    const res = await call(t.app, inspector, 'GET', `/api/hospitals/${hospital.id}/coverage.xlsx?lang=en`, undefined, 200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="coverage-hospital-\d+-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const units = workbook.getWorksheet('Units')!;
    expect(units.rowCount).toBe(6);
    const rowOf = (name: string) => units.getRows(2, 5)!.find((r) => r.getCell(2).text === name)!;
    expect(rowOf(hospital.units[0].name).getCell(6).text).toBe('A:B B:B C:B D:C E:B F:B G:B H:B');
    expect(rowOf(hospital.units[3].name).getCell(9).text).toBe('Never reviewed');
    const shares = workbook.getWorksheet('Share reviewed')!;
    expect(shares.getRow(2).values).toEqual([undefined, 'Units', 3, 5, 60]);
  });
});

describe('reminders before a review falls due', () => {
  let hospital: HospitalFixture;
  let second: FastifyInstance;
  beforeAll(async () => {
    second = await buildApp({
      config: loadConfig({ LOG_LEVEL: 'silent' }),
      databaseUrl: t.database.url,
      databaseKind: t.database.kind,
      serveClient: false,
      jobQueue: false,
    });
    hospital = await createHospital(t.app, admin, ['surgical', 'medical', 'diagnostic', 'other']);
    const [soon, late, silent, planned] = hospital.units.map((u) => u.id);
    // Due in 11 months; due in 2 months; due in 11 months without contacts; due in 11 months with a review under way.
    await record(soon, addCalendarMonths(yearsAgo(5), 11));
    await record(late, addCalendarMonths(yearsAgo(5), 2));
    await record(silent, addCalendarMonths(yearsAgo(5), 11));
    await record(planned, addCalendarMonths(yearsAgo(5), 11));
    await createReview(t.app, admin, hospital, { unitIds: [planned] });
    for (const unitId of [soon, late, planned]) {
      await call(
        t.app,
        inspector,
        'PUT',
        `/api/units/${unitId}/contacts`,
        { headName: 'Vera Chef', headEmail: `chef-${unitId}@example.se`, directorName: 'Sam Rektor', directorEmail: `sr-${unitId}@example.se` },
        200,
      );
    }
  });
  afterAll(async () => {
    await second?.close();
  });

  const mails = () => t.app.db.selectFrom('mails').select(['recipient', 'subject', 'body']).where('kind', '=', 'coverage_reminder').orderBy('id').execute();

  it('sends each reminder once, however often and on however many servers the job runs', async () => {
    const [soon, late, silent] = hospital.units.map((u) => u.id);
    const now = new Date(at(TODAY));
    const counts = await Promise.all([remindCoverage(t.app.db, 'https://spur.example.se', now), remindCoverage(second.db, 'https://spur.example.se', now)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(4);
    expect(await remindCoverage(t.app.db, 'https://spur.example.se', now)).toBe(0);
    const sent = await mails();
    expect(sent.map((m) => m.recipient).sort()).toEqual(
      [`chef-${late}@example.se`, `chef-${soon}@example.se`, `sr-${late}@example.se`, `sr-${soon}@example.se`].sort(),
    );
    expect(sent.find((m) => m.recipient === `chef-${soon}@example.se`)!.body).toContain(`https://spur.example.se/coverage/hospitals/${hospital.id}`);
    expect(sent.some((m) => m.recipient.includes(silent))).toBe(false);

    // The unit first seen within three months got the 3-month mail; its 12-month one counts as passed.
    const stages = await t.app.db
      .selectFrom('coverage_reminders')
      .select(['unit_id', 'stage', 'mailed'])
      .where('unit_id', 'in', [soon, late])
      .orderBy('unit_id')
      .orderBy('stage')
      .execute();
    expect(stages).toEqual([
      { unit_id: soon, stage: '12m', mailed: 2 },
      { unit_id: late, stage: '12m', mailed: 0 },
      { unit_id: late, stage: '3m', mailed: 2 },
    ]);

    // Nine months on, the unit due "soon" reaches three months: one more mail each, once.
    const later = new Date(at(addCalendarMonths(TODAY, 9)));
    const again = await Promise.all([remindCoverage(t.app.db, 'https://spur.example.se', later), remindCoverage(second.db, 'https://spur.example.se', later)]);
    expect(again.reduce((a, b) => a + b, 0)).toBe(2);
    expect(await remindCoverage(second.db, 'https://spur.example.se', later)).toBe(0);
    expect((await mails()).length).toBe(6);
  });

  it('the page says which units get no reminders', async () => {
    const c = await coverage(hospital.id);
    expect(c.units.map((u) => u.remindable)).toEqual([true, true, false, true]);
  });
});

describe('importing earlier reviews', () => {
  let hospital: HospitalFixture;
  beforeAll(async () => {
    hospital = await createHospital(t.app, admin, ['surgical', 'medical']);
  });
  const send = (body: Buffer, session = inspector) =>
    t.app.inject({
      method: 'POST',
      url: `/api/hospitals/${hospital.id}/external-reviews/import`,
      headers: { ...session.headers, 'content-type': 'text/csv' },
      payload: body,
    });

  it('names every bad row and column and imports nothing from a file with any', async () => {
    const [ortho, cardio] = hospital.units;
    const res = await send(
      csv(
        [
          ['Enhet', 'Specialitet', 'Datum', 'Granskare', 'Länk'],
          [ortho.code, 'ortopedi', '2021-03-04', 'SPUR', 'https://example.se/a.pdf'],
          ['NOPE', '', '2021-03-04', 'SPUR', ''],
          [cardio.code, 'ortopedi', '2021-02-30', '', 'javascript:alert(1)'],
          [cardio.name, '', addCalendarDays(TODAY, 2), 'IVO', ''],
        ],
        ';',
      ),
    );
    expect(res.statusCode).toBe(422);
    const problems = res.json().problems.map((p: { line: number; column: string; code: string }) => [p.line, p.column, p.code]);
    expect(problems).toEqual([
      [3, 'unit', 'import.row.unitOfHospital'],
      [4, 'specialty', 'import.row.specialty'],
      [4, 'date', 'import.row.date'],
      [4, 'body', 'import.row.empty'],
      [4, 'link', 'import.row.link'],
      [5, 'date', 'import.row.future'],
    ]);
    expect((await coverage(hospital.id)).units.every((u) => u.recorded.length === 0)).toBe(true);
  });

  it('imports a good file: every row, by unit code or name, and the units count as reviewed', async () => {
    const [ortho, cardio] = hospital.units;
    const res = await send(
      csv([
        ['unit', 'date', 'body', 'link'],
        [ortho.code, yearsAgo(1), 'SPUR', 'https://example.se/a.pdf'],
        [cardio.name, yearsAgo(8), 'SPUR', ''],
      ]),
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ imported: 2 });
    const c = await coverage(hospital.id);
    expect(unitOf(c, ortho.id)).toMatchObject({ status: 'on_time', lastReview: { source: 'import', link: 'https://example.se/a.pdf' } });
    expect(unitOf(c, cardio.id)).toMatchObject({ status: 'overdue', withinFiveYears: false });
    expect(c.headline.units).toEqual({ reviewed: 1, units: 2, percent: 50 });
  });

  it('refuses a file without the columns it needs, and an unreadable one, as problems at line 1', async () => {
    const res = await send(
      csv([
        ['namn', 'datum'],
        ['x', '2020-01-01'],
      ]),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().problems.map((p: { column: string }) => p.column)).toEqual(['unit', 'body']);
    const empty = await send(Buffer.alloc(0));
    expect([400, 422]).toContain(empty.statusCode);
  });
});

describe('who may see and change coverage', () => {
  let hospital: HospitalFixture;
  let other: HospitalFixture;
  let reader: Session;
  let readerOther: Session;
  beforeAll(async () => {
    hospital = await createHospital(t.app, admin, ['surgical']);
    other = await createHospital(t.app, admin, ['medical']);
    reader = await signIn(t.app, 'reader', { hospitalId: hospital.id });
    readerOther = await signIn(t.app, 'reader', { hospitalId: other.id });
  });

  it('a hospital’s readers read its coverage and change nothing; other readers see nothing', async () => {
    const mine = await coverage(hospital.id, reader);
    expect(mine.canManage).toBe(false);
    expect((await call(t.app, readerOther, 'GET', `/api/hospitals/${hospital.id}/coverage`)).statusCode).toBe(403);
    expect((await call(t.app, readerOther, 'GET', `/api/hospitals/${hospital.id}/coverage.xlsx`)).statusCode).toBe(403);
    const unitId = hospital.units[0].id;
    expect((await call(t.app, reader, 'POST', `/api/units/${unitId}/external-reviews`, { reviewedOn: '2022-01-01', body: 'SPUR' })).statusCode).toBe(403);
    expect((await call(t.app, reader, 'PUT', `/api/units/${unitId}/internal-reviews/2025`, { method: 'STINS' })).statusCode).toBe(403);
    expect(
      (await call(t.app, reader, 'PUT', `/api/units/${unitId}/contacts`, { headName: null, headEmail: null, directorName: null, directorEmail: null }))
        .statusCode,
    ).toBe(403);
    expect((await call(t.app, null, 'GET', `/api/hospitals/${hospital.id}/coverage`)).statusCode).toBe(401);
  });

  it('an inspector records the yearly internal review; the table shows the newest up to the year asked about', async () => {
    const unitId = hospital.units[0].id;
    const year = Number(TODAY.slice(0, 4));
    await call(t.app, inspector, 'PUT', `/api/units/${unitId}/internal-reviews/${year - 1}`, { method: 'STINS' }, 200);
    await call(t.app, inspector, 'PUT', `/api/units/${unitId}/internal-reviews/${year}`, { method: 'Egen enkät' }, 200);
    expect(unitOf(await coverage(hospital.id, reader), unitId).internalReview).toEqual({ year, method: 'Egen enkät' });
    expect(unitOf(await coverage(hospital.id, reader, `${year - 1}-12-31`), unitId).internalReview).toEqual({ year: year - 1, method: 'STINS' });
    await call(t.app, inspector, 'DELETE', `/api/units/${unitId}/internal-reviews/${year}`, undefined, 200);
    expect(unitOf(await coverage(hospital.id, reader), unitId).internalReview).toEqual({ year: year - 1, method: 'STINS' });
  });

  it('an organisation’s coverage is for staff and readers of its hospitals', async () => {
    const org = await t.app.db
      .insertInto('organisations')
      .values({ name: `Region ${hospital.id}` })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.app.db.insertInto('organisation_hospitals').values({ organisation_id: org.id, hospital_id: hospital.id }).execute();
    expect((await call(t.app, reader, 'GET', `/api/organisations/${org.id}/coverage`)).statusCode).toBe(200);
    expect((await call(t.app, readerOther, 'GET', `/api/organisations/${org.id}/coverage`)).statusCode).toBe(403);
    expect((await call(t.app, readerOther, 'GET', `/api/organisations/999999/coverage`)).statusCode).toBe(403);
    expect((await call(t.app, inspector, 'GET', `/api/organisations/999999/coverage`)).statusCode).toBe(404);
    expect((await call(t.app, reader, 'PUT', `/api/organisations/${org.id}/review-interval`, { years: 4 })).statusCode).toBe(403);
  });
});
