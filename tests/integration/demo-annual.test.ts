import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnualReport } from '../../contract/director-annual.js';
import { loadDemoAnnual } from '../../server/demo/annual.js';
import { insertHospital, insertUnit } from '../../server/features/hospitals/repository.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { call, signIn, type Session } from '../support/factories.js';

/**
 * The demo's annual study-director report against the figures of docs/domain.md §4: the answers
 * are built so that the report prints them, and this reads them back through the API.
 */

let t: TestApp;
let inspector: Session;
let report: AnnualReport;
const goal = (key: string) => report.goals.find((g) => g.key === key)!;
const total = (measure: string) => report.totals.find((x) => x.measure === measure)!;

beforeAll(async () => {
  t = await createTestApp();
  const admin = await signIn(t.app, 'admin');
  inspector = await signIn(t.app, 'inspector');
  const hospitalId = await insertHospital(t.app.db, { code: 'DEMO', name: 'Demosjukhuset', region: 'Region Demo' });
  for (let i = 0; i < 16; i++) await insertUnit(t.app.db, hospitalId, { code: `U${i}`, name: `Klinik ${i}`, specialty: 'kirurgi', specialtyGroup: 'surgical' });
  const demo = await loadDemoAnnual(
    t.app.db,
    { id: admin.userId, role: 'admin', hospitalId: null },
    { id: inspector.userId, role: 'inspector', hospitalId: null },
    hospitalId,
    'http://localhost:3000',
  );
  report = (await call(t.app, inspector, 'GET', `/api/annual-reports/${demo.annualId}/report`, undefined, 200)).json();
}, 300_000);
afterAll(() => t.close());

describe('the demo’s annual report prints the brief’s figures', () => {
  it('50 of 52 clinics answered, covering 678 trainees; 836 of 1,450 specialists supervise; 506 development talks', () => {
    expect([report.clinicsAnswered, report.clinicsAsked]).toEqual([50, 52]);
    expect([total('trainees').sum, total('specialists').sum, total('supervisors').sum, total('development-talks').sum]).toEqual([678, 1450, 836, 506]);
  });

  it('supervision talks: 28 % reach 9 a year, 88 % the earlier 6, and the trend runs from 2016', () => {
    expect(goal('supervision-talks').share).toEqual({ met: 14, n: 50, percent: 28 });
    expect(goal('supervision-talks').atPreviousThreshold).toEqual({ threshold: 6, share: { met: 44, n: 50, percent: 88 } });
    const trend = report.trends.find((tr) => tr.goal === 'supervision-talks')!;
    expect(trend.points.map((p) => p.percent)).toEqual([66, 70, 74, 70, 72, 72, 71, 75, 88, 28]);
    expect(trend.changes).toEqual([2025]);
  });

  it('structured assessments with their own n; the threshold raised from 4 to 6 to 9', () => {
    expect(goal('assessments').share).toEqual({ met: 12, n: 48, percent: 25 });
    expect(goal('assessments').atPreviousThreshold!.threshold).toBe(6);
    expect(report.trends.find((tr) => tr.goal === 'assessments')!.changes).toEqual([2023, 2025]);
  });

  it('IUP in time for 87 % of those who started, self-study 56 %, a trainees’ panel at 72 % (45 and 57 % before)', () => {
    expect(goal('iup-within-7-months').pooledPercent).toBe(87);
    expect(goal('self-study').share.percent).toBe(56);
    expect(goal('trainee-panel').share.percent).toBe(72);
    expect(report.trends.find((tr) => tr.goal === 'trainee-panel')!.points.map((p) => p.percent)).toEqual([45, 57, 72]);
  });

  it('scientific work mean 7.5 and median 8 weeks, quality work mean 3.15 weeks', () => {
    expect([goal('science-weeks').mean, goal('science-weeks').median]).toEqual([7.5, 8]);
    expect(goal('quality-weeks').mean).toBe(3.15);
  });

  it('the directors’ role in recruitment: 28 % always, 36 % sometimes, 36 % never; 27 of 49 never in the management group', () => {
    const recruitment = report.distributions.find((d) => d.item === 'annual.recruitment-role')!;
    expect(recruitment.counts.map((c) => c.count)).toEqual([14, 18, 18]);
    expect(goal('management-group').share.n).toBe(49);
    expect(report.grid!.filter((l) => l.values['management-group'] === 0)).toHaveLength(27);
  });

  it('supervision not scheduled at 46 % of clinics (54, 53 % the two years before)', () => {
    expect(goal('supervision-scheduled').share.percent).toBe(54);
  });
});
