import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suggestedAnnualGoals } from '../../surveys/director-annual-goals.js';
import type { AnnualGoal, AnnualReport } from '../../contract/director-annual.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { call, createHospital, csv, login, signIn, type HospitalFixture, type Session } from '../support/factories.js';
import { createUser } from '../../server/features/auth/service.js';
import { hashPassword } from '../../server/security/passwords.js';
import { annualAnswers } from '../support/annual.js';
import { runReminderRound } from '../../server/features/invitations/reminders.js';

/**
 * The yearly study-director report over HTTP: goals saved per year and never rewritten for a year
 * already reported, shares with their own n, the imported history in the trends, and who sees
 * which clinic's line.
 */

let t: TestApp;
let admin: Session;
let inspector: Session;
let hospital: HospitalFixture;
let organisationId: string;

const goals = (talks: number): AnnualGoal[] =>
  suggestedAnnualGoals
    .filter((g) => ['supervision-talks', 'trainee-panel', 'self-study'].includes(g.key))
    .map((g) => (g.key === 'supervision-talks' ? { ...g, threshold: talks } : g));

/** Creates, staffs, opens, answers and closes one year's report; returns its id. */
async function runYear(year: number, perClinic: (ReturnType<typeof annualAnswers> | null)[]): Promise<string> {
  const created = (await call(t.app, inspector, 'POST', '/api/annual-reports', { organisationId, year }, 201)).json();
  const directors = hospital.units.map((u, i) => ({ unitId: u.id, name: `Studierektor ${i + 1}`, email: `sr${i + 1}-${year}@example.se` }));
  await call(t.app, inspector, 'POST', `/api/annual-reports/${created.id}/directors`, { directors }, 200);
  expect((await call(t.app, inspector, 'POST', `/api/annual-reports/${created.id}/open`, undefined, 200)).json().sent).toBe(hospital.units.length);
  const mails = await t.app.db.selectFrom('mails').select(['recipient', 'body']).where('campaign_id', '=', created.id).execute();
  for (const [i, given] of perClinic.entries()) {
    if (!given) continue;
    const mail = mails.find((m) => m.recipient === `sr${i + 1}-${year}@example.se`)!;
    const token = mail.body.match(/\/s\/([A-Za-z0-9_-]{43})/)![1];
    await call(t.app, null, 'POST', `/api/respond/${token}/submit`, { data: given }, 200);
  }
  await call(t.app, inspector, 'POST', `/api/annual-reports/${created.id}/close`, undefined, 200);
  return created.id;
}

/** Opens (or closes) every clinic's line to the organisation's readers. */
const publishGrid = (open: boolean) =>
  call(t.app, admin, 'PUT', `/api/organisations/${organisationId}`, { name: 'Universitetssjukhuset', hospitalIds: [hospital.id], gridPublished: open }, 200);
const report = async (session: Session, id: string) =>
  (await call(t.app, session, 'GET', `/api/annual-reports/${id}/report`, undefined, 200)).json() as AnnualReport;
const goalOf = (r: AnnualReport, key: string) => r.goals.find((g) => g.key === key)!;

let year2024: string;
let year2025: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signIn(t.app, 'admin');
  inspector = await signIn(t.app, 'inspector');
  hospital = await createHospital(t.app, admin, ['surgical', 'medical', 'diagnostic', 'medical']);
  organisationId = (await call(t.app, admin, 'POST', '/api/organisations', { name: 'Universitetssjukhuset', hospitalIds: [hospital.id] }, 201)).json().id;
});
afterAll(() => t.close());

describe('goals by year', () => {
  it('refuses a report for a year without goals, and goals that do not fit their measure', async () => {
    const res = await call(t.app, inspector, 'POST', '/api/annual-reports', { organisationId, year: 2024 }, 422);
    expect(res.json().code).toBe('annual.noGoals');
    const bad = await call(t.app, admin, 'PUT', `/api/organisations/${organisationId}/goals/2024`, {
      goals: [
        { ...goals(6)[0], comparison: 'yes', threshold: null },
        { ...goals(6)[1], measure: 'no-such' },
      ],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors.map((e: { code: string }) => e.code)).toEqual(['goals.comparison.number', 'goals.measure.unknown']);
  });

  it('judges each year by the goals that applied then: raising a threshold never changes last year’s share', async () => {
    await call(t.app, admin, 'PUT', `/api/organisations/${organisationId}/goals/2024`, { goals: goals(6) }, 200);
    // 3, 4.5, 2 talks in six months = 6, 9, 4 a year; the fourth clinic does not answer.
    year2024 = await runYear(2024, [annualAnswers(3, 'yes'), annualAnswers(4.5, 'no'), annualAnswers(2, 'yes'), null]);
    const before = await report(inspector, year2024);
    expect(goalOf(before, 'supervision-talks').share).toEqual({ met: 2, n: 3, percent: 67 });

    const locked = await call(t.app, admin, 'PUT', `/api/organisations/${organisationId}/goals/2024`, { goals: goals(9) }, 409);
    expect(locked.json()).toMatchObject({ code: 'goals.yearLocked', params: { year: 2024, next: 2025 } });
    await call(t.app, admin, 'PUT', `/api/organisations/${organisationId}/goals/2025`, { goals: goals(9) }, 200);
    expect((await call(t.app, admin, 'GET', `/api/organisations/${organisationId}/goals/2024`, undefined, 200)).json().goals[0].threshold).toBe(6);

    year2025 = await runYear(2025, [annualAnswers(3, 'yes'), annualAnswers(4.5, 'yes'), annualAnswers(5, 'yes'), annualAnswers(1, 'no', 2)]);
    const now = await report(inspector, year2025);
    const talks = goalOf(now, 'supervision-talks');
    expect(talks.share).toEqual({ met: 2, n: 4, percent: 50 });
    expect(talks.atPreviousThreshold).toEqual({ threshold: 6, share: { met: 3, n: 4, percent: 75 } });
    expect(goalOf(await report(inspector, year2024), 'supervision-talks').share).toEqual(goalOf(before, 'supervision-talks').share);
    expect(now.trends.find((tr) => tr.goal === 'supervision-talks')).toMatchObject({
      points: [
        { year: 2024, percent: 67, n: 3, threshold: 6, source: 'platform' },
        { year: 2025, percent: 50, n: 4, threshold: 9, source: 'platform' },
      ],
      changes: [2025],
    });
  });

  it('keeps the raw values, so old answers can be judged by a new threshold', async () => {
    const rows = await t.app.db
      .selectFrom('annual_values')
      .select(['value'])
      .where('campaign_id', '=', year2024)
      .where('measure', '=', 'supervision-talks')
      .execute();
    expect(rows.map((r) => Number(r.value)).sort((a, b) => a - b)).toEqual([4, 6, 9]);
  });

  it('keeps the named answers out of the national pool', async () => {
    const pooled = await t.app.db.selectFrom('pool_month_totals').select('item_id').where('item_id', 'like', 'annual.%').execute();
    expect(pooled).toEqual([]);
  });
});

describe('imported history', () => {
  it('names every bad row and imports nothing from a bad file', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/organisations/${organisationId}/history`,
      headers: { ...admin.headers, 'content-type': 'text/csv' },
      payload: csv([
        ['goal', 'year', 'share', 'n', 'threshold'],
        ['supervision-talks', '2016', '66', '48', '6'],
        ['no-such-goal', '2017', '70', '48', ''],
        ['supervision-talks', '2018', '140', '0', ''],
      ]),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().problems.map((p: { line: number; column: string; code: string }) => [p.line, p.column, p.code])).toEqual([
      [3, 'goal', 'history.row.goal'],
      [4, 'share', 'history.row.share'],
      [4, 'n', 'history.row.n'],
    ]);
    expect(await t.app.db.selectFrom('annual_history').selectAll().execute()).toEqual([]);
  });

  it('puts imported years in the trend, with the threshold that applied then', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/organisations/${organisationId}/history`,
      headers: { ...admin.headers, 'content-type': 'text/csv' },
      payload: csv(
        [
          ['goal', 'year', 'share', 'n', 'threshold'],
          ['supervision-talks', '2022', '71', '48', '6'],
          ['supervision-talks', '2023', '75,0 %', '49', '6'],
          ['trainee-panel', '2023', '45', '47', ''],
        ],
        ';',
      ),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().imported).toBe(3);
    const trend = (await report(inspector, year2025)).trends.find((tr) => tr.goal === 'supervision-talks')!;
    expect(trend.points.map((p) => [p.year, p.percent, p.source])).toEqual([
      [2022, 71, 'imported'],
      [2023, 75, 'imported'],
      [2024, 67, 'platform'],
      [2025, 50, 'platform'],
    ]);
  });
});

describe('who sees what', () => {
  const readerAt = async (hospitalId: string, unitId: string | null) => {
    const email = `reader-${hospitalId}-${unitId ?? 'none'}@example.se`;
    const id = await createUser(t.app.db, null, {
      email,
      name: 'Läsare',
      role: 'reader',
      hospitalId,
      passwordHash: await hashPassword('correct horse battery'),
    });
    if (unitId) await t.app.db.updateTable('users').set({ unit_id: unitId }).where('id', '=', id).execute();
    return { userId: id, email, headers: await login(t.app, email) } satisfies Session;
  };

  it('gives the organisation’s readers the published figures, a head their own clinic’s line, and another hospital nothing', async () => {
    const head = await readerAt(hospital.id, hospital.units[1]!.id);
    const reader = await readerAt(hospital.id, null);
    const other = await createHospital(t.app, admin, ['surgical']);
    const outsider = await readerAt(other.id, null);

    await call(t.app, reader, 'GET', `/api/annual-reports/${year2025}/report`, undefined, 403);
    await call(t.app, reader, 'POST', `/api/annual-reports/${year2025}/publish`, undefined, 403);
    await call(t.app, inspector, 'POST', `/api/annual-reports/${year2025}/publish`, undefined, 200);

    const own = await report(head, year2025);
    expect(own.grid!.map((l) => l.unitId)).toEqual([hospital.units[1]!.id]);
    expect(goalOf(own, 'supervision-talks').share.n).toBe(4);
    expect((await report(reader, year2025)).grid).toBeNull();
    await call(t.app, outsider, 'GET', `/api/annual-reports/${year2025}/report`, undefined, 403);
    await call(t.app, head, 'GET', `/api/annual-reports/${year2025}/clinics`, undefined, 403);

    await publishGrid(true);
    expect((await report(reader, year2025)).grid).toHaveLength(4);
  });

  it('exports what the reader may see to Excel: a head’s workbook holds only their clinic’s line', async () => {
    const head = await readerAt(hospital.id, hospital.units[2]!.id);
    await publishGrid(false);
    const res = await call(t.app, head, 'GET', `/api/annual-reports/${year2025}/report.xlsx?lang=en`, undefined, 200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="annual-report-2025-\d+\.xlsx"$/);
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Goals', 'Trends', 'Totals', 'Clinics']);
    const talks = workbook
      .getWorksheet('Goals')!
      .getRows(2, 3)!
      .find((r) => String(r.getCell(1).text).startsWith('Supervision talks'))!;
    expect([talks.getCell(3).value, talks.getCell(4).value, talks.getCell(5).value]).toEqual([2, 4, 50]);
    expect(workbook.getWorksheet('Clinics')!.rowCount).toBe(2);
    await publishGrid(true);
  });

  it('never puts a director’s own lot on a clinic’s line', async () => {
    const r = await report(inspector, year2025);
    for (const line of r.grid!) expect(Object.keys(line.values)).not.toContain('director-status');
    expect(r.totals.find((x) => x.measure === 'director-status')).toMatchObject({ hidden: false, n: 4, mean: 5 });
  });

  it('tells the director on the welcome page that the answers are named', async () => {
    const created = (await call(t.app, admin, 'PUT', `/api/organisations/${organisationId}/goals/2026`, { goals: goals(9) }, 200)).json();
    expect(created.fromYear).toBe(2026);
    const annual = (await call(t.app, inspector, 'POST', '/api/annual-reports', { organisationId, year: 2026 }, 201)).json();
    await call(
      t.app,
      inspector,
      'POST',
      `/api/annual-reports/${annual.id}/directors`,
      { directors: [{ unitId: hospital.units[0]!.id, name: 'SR', email: 'sr-2026@example.se' }] },
      200,
    );
    await call(t.app, inspector, 'POST', `/api/annual-reports/${annual.id}/open`, undefined, 200);
    const mail = (await t.app.db.selectFrom('mails').select('body').where('campaign_id', '=', annual.id).executeTakeFirstOrThrow()).body;
    expect(mail).toContain('inte anonyma');
    const view = (await call(t.app, null, 'GET', `/api/respond/${mail.match(/\/s\/([A-Za-z0-9_-]{43})/)![1]}`, undefined, 200)).json();
    expect(view).toMatchObject({ named: true, hospitalName: expect.stringMatching(/^Sjukhus /), unitName: hospital.units[0]!.name, role: 'director' });
    await call(t.app, inspector, 'POST', '/api/annual-reports', { organisationId, year: 2026 }, 409);
  });

  it('reminds only the directors who have not answered, once per round, and not after closing', async () => {
    const annual = (await call(t.app, inspector, 'POST', '/api/annual-reports', { organisationId, year: 2027 }, 201)).json();
    const base = `/api/annual-reports/${annual.id}`;
    expect((await call(t.app, inspector, 'POST', `${base}/reminders`, { at: new Date().toISOString() }, 409)).json().code).toBe('reminder.notOpen');
    const directors = hospital.units.map((u, i) => ({ unitId: u.id, name: `SR ${i + 1}`, email: `sr${i + 1}-2027@example.se` }));
    await call(t.app, inspector, 'POST', `${base}/directors`, { directors }, 200);
    await call(t.app, inspector, 'POST', `${base}/open`, undefined, 200);
    const invitation = (await t.app.db.selectFrom('mails').select('body').where('recipient', '=', 'sr1-2027@example.se').executeTakeFirstOrThrow()).body;
    await call(t.app, null, 'POST', `/api/respond/${invitation.match(/\/s\/([A-Za-z0-9_-]{43})/)![1]}/submit`, { data: annualAnswers(5, 'yes') }, 200);

    const round = (await call(t.app, inspector, 'POST', `${base}/reminders`, { at: new Date().toISOString() }, 201)).json();
    expect((await call(t.app, inspector, 'GET', `${base}/reminders`, undefined, 200)).json().rounds.map((r: { id: string }) => r.id)).toEqual([round.id]);
    const publicUrl = t.app.runtime.config.publicUrl;
    expect(await runReminderRound(t.app.db, round.id, publicUrl)).toBe(directors.length - 1);
    expect(await runReminderRound(t.app.db, round.id, publicUrl)).toBe(0);
    const reminders = await t.app.db
      .selectFrom('mails')
      .select(['recipient', 'subject'])
      .where('campaign_id', '=', annual.id)
      .where('kind', '=', 'reminder')
      .execute();
    expect(reminders.map((m) => m.recipient).sort()).toEqual(directors.slice(1).map((d) => d.email));
    expect(reminders.every((m) => m.subject.startsWith('Påminnelse'))).toBe(true);

    // Another inspector's report is not theirs to remind for; a closed one takes no more rounds.
    const other = await signIn(t.app, 'inspector');
    await call(t.app, other, 'POST', `${base}/reminders`, { at: new Date().toISOString() }, 403);
    await call(t.app, inspector, 'POST', `${base}/close`, undefined, 200);
    expect((await call(t.app, inspector, 'POST', `${base}/reminders`, { at: new Date().toISOString() }, 409)).json().code).toBe('reminder.reviewClosed');
  });
});
