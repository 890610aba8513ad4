import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharePercent } from '../../contract/shares.js';
import { ensureSnapshot } from '../../server/features/report/service.js';
import { upgradeSnapshot } from '../../server/features/report/snapshot-upgrade.js';
import { wilsonInterval } from '../../server/statistics.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { completeAnswers } from '../support/answers.js';
import { call, closeReview, createHospital, openReviewWithInvitations, signIn, type HospitalFixture, type Session } from '../support/factories.js';

/*
 * Issue 18, the report's own figures: numeric items may be left unanswered, one rounding of
 * shares everywhere, each share's interval, the overall item and the ranking, and the study
 * directors' supplement as its own line of the response table.
 */

let t: TestApp;
let inspector: Session;
let hospital: HospitalFixture;
let reviewId: string;
const outcomes: { who: string; status: number; body: string }[] = [];

const VARIED = 'A.varied-clinical-work';
const OVERALL = 'D.lives-up-to-expectations';
const HOURS = 'F.self-study-hours';

/**
 * Unit 0 (surgical): 40 trainees, 23 of whom agree that the clinical work is varied enough
 * (57.5 %, which a floating-point Math.round prints as 57) and 36 that their ST lives up to
 * their expectations; 10 leave self-study hours unanswered, 12 have at least an hour.
 * Unit 1 (medical): 3 trainees. Unit 2 (medical): 2 trainees, too few to show.
 * Four study directors at unit 0, three of whom answer the supplementary survey too.
 */
const TRAINEES: { unit: number; varied: number; overall: number; hours: number | null }[] = [
  ...Array.from({ length: 40 }, (_, i) => ({ unit: 0, varied: i < 23 ? 4 : 1, overall: i < 36 ? 3 : 2, hours: i < 10 ? null : i < 22 ? 1 : 0 })),
  ...Array.from({ length: 3 }, () => ({ unit: 1, varied: 4, overall: 4, hours: 2 })),
  ...Array.from({ length: 2 }, () => ({ unit: 2, varied: 1, overall: 1, hours: 0 })),
];

const submit = (token: string, data: Record<string, unknown>) => t.app.inject({ method: 'POST', url: `/api/respond/${token}/submit`, payload: { data } });

beforeAll(async () => {
  t = await createTestApp();
  await t.app.ready();
  inspector = await signIn(t.app, 'inspector');
  hospital = await createHospital(t.app, inspector, ['surgical', 'medical', 'medical'], 'FIG');
  const people: [string, string, string, number][] = [
    ...TRAINEES.map((p, i): [string, string, string, number] => [`ST ${i}`, `st${i}@fig.example`, 'st', p.unit]),
    ...Array.from({ length: 4 }, (_, i): [string, string, string, number] => [`SR ${i}`, `sr${i}@fig.example`, 'director', 0]),
  ];
  const { review, tokens } = await openReviewWithInvitations(t.app, inspector, hospital, people, { includeDirectorSupplement: true });
  reviewId = review.id;
  for (const [i, p] of TRAINEES.entries()) {
    const data = completeAnswers('st', { [VARIED]: p.varied, [OVERALL]: p.overall });
    if (p.hours === null) delete data[HOURS];
    else data[HOURS] = p.hours;
    const res = await submit(tokens.get(`st${i}@fig.example`)!, data);
    outcomes.push({ who: `st${i}`, status: res.statusCode, body: res.body });
  }
  for (let i = 0; i < 4; i++) {
    const email = `sr${i}@fig.example`;
    const links = [tokens.get(email)!, tokens.get(`${email}#2`)!];
    const surveyOf = async (token: string) => (await t.app.inject({ url: `/api/respond/${token}` })).json().survey.key as string;
    const main = (await surveyOf(links[0])) === 'spur-external' ? links[0] : links[1];
    const supplement = main === links[0] ? links[1] : links[0];
    const withoutTime = completeAnswers('director');
    delete withoutTime['background.director-time'];
    const refused = await submit(main, withoutTime);
    outcomes.push({ who: `sr${i} without time`, status: refused.statusCode, body: refused.body });
    const res = await submit(main, completeAnswers('director'));
    outcomes.push({ who: `sr${i}`, status: res.statusCode, body: res.body });
    if (i < 3) expect((await submit(supplement, completeAnswers('director', {}, 'director-supplement'))).statusCode).toBe(200);
  }
  await closeReview(t, inspector, reviewId);
}, 180_000);
afterAll(() => t.close());

const report = async (query = '') => (await call(t.app, inspector, 'GET', `/api/reviews/${reviewId}/report${query}`, undefined, 200)).json();
const statementOf = (r: { areas: { statements: { itemId: string }[] }[] }, id: string) =>
  r.areas.flatMap((a) => a.statements).find((s) => s.itemId === id) as unknown as {
    byRole: Record<string, { suppressed: boolean; n: number; agreeing: number; share: number; interval: { low: number; high: number } | null }>;
  };
/** The CSV as rows of cells (semicolons, no quoted separators in these tables). */
const csvRows = async (table: string, query = '') => {
  const res = await call(t.app, inspector, 'GET', `/api/reviews/${reviewId}/report/export.csv?table=${table}${query}`, undefined, 200);
  return res.body
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((line) => line.split(';'));
};

describe('numeric items a respondent may leave unanswered', () => {
  it('takes a submission without self-study hours, and refuses one without a required item, naming it', () => {
    const trainees = outcomes.filter((o) => o.who.startsWith('st'));
    expect(trainees.map((o) => o.status)).toEqual(TRAINEES.map(() => 200));
    const refused = outcomes.filter((o) => o.who.endsWith('without time'));
    expect(refused.map((o) => o.status)).toEqual([422, 422, 422, 422]);
    expect(JSON.parse(refused[0].body).errors).toContainEqual(expect.objectContaining({ field: 'background.director-time' }));
    expect(outcomes.filter((o) => /^sr\d$/.test(o.who)).map((o) => o.status)).toEqual([200, 200, 200, 200]);
  });

  it('reports the n that answered beside those who submitted, and shares of those who answered', async () => {
    const hours = (await report()).numeric.find((n: { itemId: string }) => n.itemId === HOURS);
    // 30 of unit 0's 40 answered, and all 5 of units 1 and 2.
    expect(hours.total).toMatchObject({ suppressed: false, n: 35, submitted: 45, atLeastOne: 15, zero: 20, atLeastOneShare: 15 / 35 });
    const surgical = hours.groups.find((g: { specialtyGroup: string }) => g.specialtyGroup === 'surgical');
    expect(surgical).toMatchObject({ n: 30, submitted: 40, atLeastOne: 12, zero: 18, atTarget: 12 });
    const csv = await csvRows('numeric');
    const total = csv.find((row) => row[0] === hours.label.sv && row[1] === 'Totalt')!;
    expect(total.slice(2, 6)).toEqual(['35', '45', String(sharePercent(15, 35)), String(sharePercent(20, 35))]);
  });
});

describe('one rounding of shares everywhere', () => {
  it('prints 23 of 40 as 58 % in the API’s figures, the CSV and the workbook (floating-point rounding gave 57)', async () => {
    const surgical = await report('?specialtyGroup=surgical');
    const cell = statementOf(surgical, VARIED).byRole.st;
    expect(cell).toMatchObject({ n: 40, agreeing: 23, share: 23 / 40 });
    expect(Math.round(cell.share * 100)).toBe(57);
    expect(sharePercent(cell.agreeing, cell.n)).toBe(58);

    const csv = await csvRows('agreement', '&specialtyGroup=surgical');
    const header = csv[0];
    const row = csv.find((r) => r[2] === VARIED)!;
    expect(row[header.indexOf('ST-läkare %')]).toBe('58');

    const res = await call(t.app, inspector, 'GET', `/api/reviews/${reviewId}/report/export.xlsx?specialtyGroup=surgical`, undefined, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Instämmande per roll')!;
    const sheetRow = sheet.getSheetValues().find((v) => Array.isArray(v) && v[3] === VARIED) as unknown[];
    expect(sheetRow[4]).toBe(58);
  });

  it('agrees with the report to the digit in every agreement cell, at every filter', async () => {
    for (const query of ['', '?specialtyGroup=surgical', '?specialtyGroup=medical', `?unitId=${hospital.units[1].id}`]) {
      const r = await report(query);
      const csv = await csvRows('agreement', query.replace('?', '&'));
      const header = csv[0];
      for (const area of r.areas) {
        for (const s of area.statements) {
          const row = csv.find((line) => line[2] === s.itemId)!;
          for (const [role, name] of [
            ['st', 'ST-läkare'],
            ['director', 'Studierektor'],
          ]) {
            const c = s.byRole[role];
            if (!c) continue;
            const printed = row[header.indexOf(`${name} %`)];
            expect(printed, `${s.itemId} ${role} ${query}`).toBe(c.suppressed ? 'för få svar' : c.n === 0 ? '' : String(sharePercent(c.agreeing, c.n)));
          }
        }
      }
    }
  });

  it('prints the response rate from the same counts in the API and the CSV', async () => {
    const r = await report();
    const csv = await csvRows('response-rates');
    const total = csv.find((row) => row[0] === 'Totalt')!;
    // Answered, invited, rate; then those not reached and the rate of the others (none here).
    expect(total.slice(-5)).toEqual([
      String(r.responseRates.total.total.answered),
      String(r.responseRates.total.total.invited),
      String(sharePercent(49, 49)),
      '0',
      String(sharePercent(49, 49)),
    ]);
  });
});

describe('the interval of each share', () => {
  it('gives every shown share its Wilson interval, and hidden ones none', async () => {
    const cell = statementOf(await report('?specialtyGroup=surgical'), VARIED).byRole.st;
    expect(cell.interval).toEqual(wilsonInterval(23, 40));
    const hidden = statementOf(await report(`?unitId=${hospital.units[2].id}`), VARIED).byRole.st;
    expect(hidden).toEqual({ suppressed: true, n: null, agreeing: null, share: null, interval: null, dontKnow: null });
  });
});

describe('the overall item and the ranking of statements', () => {
  it('opens with the share whose ST lives up to their expectations, by role', async () => {
    const r = await report();
    expect(r.overall.itemId).toBe(OVERALL);
    // 36 of unit 0 and the 3 of unit 1 agree; unit 2's 2 do not.
    expect(r.overall.byRole.st).toMatchObject({ suppressed: false, n: 45, agreeing: 39 });
    expect(Object.keys(r.overall.byRole)).toEqual(['st']);
  });

  it('ranks the trainees’ statements by agreement in thirds, without the overall item', async () => {
    const { ranking } = await report();
    expect(ranking).toMatchObject({ role: 'st', suppressed: false });
    const ids = ranking.statements.map((s: { itemId: string }) => s.itemId);
    expect(ids).not.toContain(OVERALL);
    const last = ranking.statements.at(-1);
    expect(last).toMatchObject({ itemId: VARIED, third: 'bottom', cell: { n: 45, agreeing: 26 } });
    // Everything else was agreed with by all but unit 2's two: one rank, the top third.
    const rest = ranking.statements.slice(0, -1);
    expect(new Set(rest.map((s: { rank: number; third: string }) => `${s.rank}:${s.third}`))).toEqual(new Set(['1:top']));
  });

  it('hides both where the trainees’ figures are hidden', async () => {
    const r = await report(`?unitId=${hospital.units[2].id}`);
    expect(r.overall.byRole.st.suppressed).toBe(true);
    expect(r.ranking).toEqual({ role: 'st', suppressed: true, statements: [] });
  });
});

describe('the study directors’ supplementary survey in the response table', () => {
  it('is its own line, and the answers of both surveys are summed', async () => {
    const r = await report();
    expect(r.supplementRates.total.byRole.director).toMatchObject({ invited: 4, answered: 3 });
    expect(r.supplementRates.total.total).toMatchObject({ invited: 4, answered: 3 });
    expect(r.responseRates.total.total).toMatchObject({ invited: 49, answered: 49 });
    const csv = await csvRows('response-rates');
    expect(csv.find((row) => row[0] === 'Tilläggsenkät till studierektorer')!.slice(1)).toEqual(['0', '0', '3', '0', '3', '4', '75', '0', '75']);
    expect(csv.find((row) => row[0] === 'Svar totalt, båda enkäterna')!.slice(1)).toEqual(['45', '0', '7', '0', '52', '', '', '', '']);
  });
});

describe('a snapshot stored before these figures existed', () => {
  it('is read with the counts, intervals and ranking derived from what it holds', async () => {
    const { snapshot } = await ensureSnapshot(t.app.db, reviewId);
    const old = structuredClone(snapshot);
    for (const figures of Object.values(old.scopes) as unknown as Record<string, unknown>[]) {
      delete figures.overall;
      delete figures.ranking;
      delete figures.supplementRates;
      for (const area of figures.areas as { statements: { byRole: Record<string, Record<string, unknown>> }[] }[]) {
        for (const s of area.statements)
          for (const cell of Object.values(s.byRole)) {
            delete cell.agreeing;
            delete cell.interval;
          }
      }
      for (const item of figures.numeric as { total: Record<string, unknown>; groups: Record<string, unknown>[] }[]) {
        for (const f of [item.total, ...item.groups]) for (const key of ['submitted', 'atLeastOne', 'zero', 'atTarget']) delete f[key];
      }
    }
    const upgraded = upgradeSnapshot(old);
    for (const [key, figures] of Object.entries(snapshot.scopes)) {
      expect(upgraded.scopes[key].areas, key).toEqual(figures.areas);
      // Older survey versions marked no overall item, so it is ranked with the rest.
      const ids = (ranking: typeof figures.ranking) => ranking.statements.map((st) => st.itemId).filter((id) => id !== OVERALL);
      expect(upgraded.scopes[key].ranking.suppressed, key).toBe(figures.ranking.suppressed);
      expect(ids(upgraded.scopes[key].ranking), key).toEqual(ids(figures.ranking));
      expect(upgraded.scopes[key].overall).toBeNull();
      expect(upgraded.scopes[key].supplementRates).toBeNull();
    }
    expect(upgradeSnapshot(snapshot)).toBe(snapshot);
  });
});
