import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharePercent } from '../../contract/shares.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, loadDemo, type DemoSummary } from '../../server/demo/load.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createDemoApp } from '../support/demo.js';
import { call, login } from '../support/factories.js';

let t: TestApp;
let summary: DemoSummary;
beforeAll(async () => {
  ({ t, summary } = await createDemoApp());
}, 300_000);
afterAll(() => t.close());

const inspector = async () => ({ userId: '', email: DEMO_ACCOUNTS[1].email, headers: await login(t.app, DEMO_ACCOUNTS[1].email, DEMO_PASSWORD) });

describe('the demo', () => {
  it('reproduces the hospital-wide response table of the domain brief: 218 of 336', async () => {
    const rates = (await call(t.app, await inspector(), 'GET', `/api/reviews/${summary.reviewId}/response-rates`, undefined, 200)).json();
    expect(rates.total.total).toMatchObject({ invited: 336, answered: 218 });
    const answered = Object.fromEntries(
      rates.groups.map((g: { specialtyGroup: string; byRole: Record<string, { answered: number }> }) => [
        g.specialtyGroup,
        ['st', 'supervisor', 'director', 'head'].map((r) => g.byRole[r].answered),
      ]),
    );
    expect(answered).toEqual({ surgical: [48, 38, 6, 6], medical: [45, 41, 7, 6], diagnostic: [7, 9, 1, 3], other: [0, 0, 1, 0] });
    // Two trainees' mail bounced and one has left: the rate of those reached is 218 of 333.
    expect(rates.total.total).toMatchObject({ unreachable: 3, adjustedShare: 218 / 333 });
  });

  it('shows the hospital’s own targets against the answers, and the specialty groups side by side', async () => {
    const report = (await call(t.app, await inspector(), 'GET', `/api/reviews/${summary.reviewId}/report`, undefined, 200)).json();
    expect(report.targets).toMatchObject({ source: 'hospital', fromYear: report.targets.year });
    expect(report.targets.rows).toHaveLength(11);
    const selfStudy = report.targets.rows.find((r: { key: string }) => r.key === 'self-study').measured;
    expect(selfStudy.suppressed).toBe(false);
    expect(selfStudy.n).toBeGreaterThan(90);
    expect(Math.round(selfStudy.metShare * 100)).toBe(16);
    expect(report.targets.rows.find((r: { key: string }) => r.key === 'external-review').measured).toBeNull();
    expect(report.responseRates.total.total).toMatchObject({ invited: 336, answered: 218, unreachable: 3 });
    // The real report's group comparison: no self-study time 60 % surgical, 40 % medical, 0 % diagnostic (small n).
    const hours = report.groupComparison.numeric.find((n: { itemId: string }) => n.itemId === 'F.self-study-hours');
    expect(['surgical', 'medical', 'diagnostic'].map((g) => Math.round(hours.groups[g].zeroShare * 100))).toEqual([60, 40, 0]);
    expect(hours.groups.diagnostic.smallN).toBe(true);
    expect(hours.groups.surgical.smallN).toBe(false);
  });

  it('has the report’s agreement by role, its exceptions, and a published report the leadership can read', async () => {
    const report = (await call(t.app, await inspector(), 'GET', `/api/reviews/${summary.reviewId}/report`, undefined, 200)).json();
    const statements = report.areas.flatMap((a: { statements: unknown[] }) => a.statements);
    const shares = (id: string) => {
      const s = statements.find((x: { itemId: string }) => x.itemId === id);
      return ['st', 'supervisor', 'director', 'head'].map((r) => sharePercent(s.byRole[r].agreeing, s.byRole[r].n));
    };
    expect(shares('D.iup-based-on-goals')).toEqual([72, 84, 73, 100]);
    expect(shares('G.quality-competence-assessed')).toEqual([31, 68, 60, 60]);
    // Self-study is compared with the pool as the share with at least an hour a week: 16 vs about 52.
    const selfStudy = report.benchmark.find((b: { itemId: string; role: string }) => b.itemId === 'F.self-study-hours' && b.role === 'st');
    expect(sharePercent(selfStudy.local.agreeing, selfStudy.local.n)).toBe(16);
    expect(selfStudy.pool.share).toBeGreaterThan(0.42);
    expect(selfStudy.pool.share).toBeLessThan(0.62);
    expect(selfStudy).toMatchObject({ flagged: true, label: { sv: 'Schemalagd tid för självstudier minst 1 timme i veckan' } });
    // The pool's self-study hours beside the hospital's in the numeric section, the same pool as the row.
    const hours = report.numeric.find((n: { itemId: string }) => n.itemId === 'F.self-study-hours');
    expect(hours.pool).toMatchObject({ n: selfStudy.pool.n, atLeastOneShare: selfStudy.pool.share });
    const varied = statements.find((x: { itemId: string }) => x.itemId === 'A.varied-clinical-work');
    expect(varied.flags).toContainEqual(expect.objectContaining({ kind: 'order-break', role: 'director' }));

    const reader = { userId: '', email: DEMO_ACCOUNTS[2].email, headers: await login(t.app, DEMO_ACCOUNTS[2].email, DEMO_PASSWORD) };
    const published = (await call(t.app, reader, 'GET', `/api/reviews/${summary.reviewId}/report/published`, undefined, 200)).json();
    expect(Object.values(published.content.areas).every((a) => (a as { grade: string | null }).grade !== null)).toBe(true);
    // The published figures are the snapshot taken when the demo review closed.
    const stored = await t.app.db.selectFrom('report_snapshots').select('computed_at').where('campaign_id', '=', summary.reviewId).executeTakeFirstOrThrow();
    expect(report.review.computedAt).toBe(stored.computed_at.toISOString());
    expect(published.quoteTexts.length).toBeGreaterThan(0);
  });

  it('shows the report’s overall figures as the domain brief’s report does: 91 %, the ranking, 99 of 100 on self-study, 231 = 218 + 13', async () => {
    const report = (await call(t.app, await inspector(), 'GET', `/api/reviews/${summary.reviewId}/report`, undefined, 200)).json();
    // "91 % say their ST lives up to their expectations."
    const overall = report.overall.byRole.st;
    expect(sharePercent(overall.agreeing, overall.n)).toBe(91);
    expect(overall.interval.low).toBeLessThan(overall.share);
    // Highest-rated: premises, equipment, supervisors, climate, leading care teams; lowest: the
    // general competences' assessment, PhD, scientific supervision, self-study time.
    const third = (id: string) => report.ranking.statements.find((s: { itemId: string }) => s.itemId === id)?.third;
    for (const id of ['C.premises', 'C.equipment', 'E.personal-supervisor', 'E.training-climate', 'H.lead-care-teams']) expect(third(id), id).toBe('top');
    for (const id of [
      'G.quality-competence-assessed',
      'G.science-competence-assessed',
      'H.teaching-competence-assessed',
      'G.phd-opportunity',
      'G.scientific-supervision',
      'F.self-study-time',
    ]) {
      expect(third(id), id).toBe('bottom');
    }
    // In the middle: the IUP and supervision routines (good in some clinics, weak in others).
    for (const id of ['D.iup-based-on-goals', 'E.supervision-routines']) expect(third(id), id).toBe('middle');
    // Self-study: 99 of 100 trainees answered; 16 % at least an hour, 46 % none.
    const hours = report.numeric.find((n: { itemId: string }) => n.itemId === 'F.self-study-hours').total;
    expect(hours).toMatchObject({ n: 99, submitted: 100 });
    expect([sharePercent(hours.atLeastOne, hours.n), sharePercent(hours.zero, hours.n)]).toEqual([16, 46]);
    // The response table: the directors' supplement is its own line, 13 answers besides the 218.
    expect(report.supplementRates.total.total).toMatchObject({ invited: 16, answered: 13 });
    expect(report.responseRates.total.total.answered + report.supplementRates.total.total.answered).toBe(231);
    const csv = (await call(t.app, await inspector(), 'GET', `/api/reviews/${summary.reviewId}/report/export.csv?table=response-rates`, undefined, 200)).body;
    expect(csv).toContain('\r\nSvar totalt, båda enkäterna;100;88;28;15;231;;;;\r\n');
    // The supplement's own section: 13 directors, above the threshold, so the whole review's figures are shown.
    const section = report.supplement;
    expect(section).toMatchObject({ answered: 13, counted: 13, shown: true });
    expect(section.statements.length).toBeGreaterThan(0);
    for (const s of section.statements) expect(s.cell.n + s.cell.dontKnow, s.itemId).toBe(13);
    for (const c of section.choices) expect(c.n, c.itemId).toBe(13);
    expect(section.comments).toHaveLength(3);
  });

  it('exports the same percentages as the report, to the digit', async () => {
    const session = await inspector();
    const report = (await call(t.app, session, 'GET', `/api/reviews/${summary.reviewId}/report`, undefined, 200)).json();
    const csv = (await call(t.app, session, 'GET', `/api/reviews/${summary.reviewId}/report/export.csv?table=agreement`, undefined, 200)).body;
    const rows = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((line) => line.split(';'));
    const roles = ['st', 'supervisor', 'director', 'head'];
    let compared = 0;
    for (const s of report.areas.flatMap((a: { statements: unknown[] }) => a.statements) as {
      itemId: string;
      byRole: Record<string, { suppressed: boolean; n: number; agreeing: number }>;
    }[]) {
      const row = rows.find((r) => r[2] === s.itemId)!;
      for (const [i, role] of roles.entries()) {
        const cell = s.byRole[role];
        if (!cell || cell.suppressed || cell.n === 0) continue;
        expect(row[3 + 2 * i], `${s.itemId} ${role}`).toBe(String(sharePercent(cell.agreeing, cell.n)));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(150);
  });

  it('includes the whole review: visit plan, notes, every checklist point judged, grades that follow from them, an action plan received and followed up', async () => {
    const session = await inspector();
    const base = `/api/reviews/${summary.reviewId}`;
    const visit = (await call(t.app, session, 'GET', `${base}/visit`, undefined, 200)).json();
    expect(visit.schedule.filter((s: { kind: string }) => s.kind === 'interview').map((s: { role: string }) => s.role)).toEqual([
      'head',
      'st',
      'supervisor',
      'director',
    ]);
    expect((await call(t.app, session, 'GET', `${base}/visit-notes`, undefined, 200)).json().notes.length).toBeGreaterThanOrEqual(6);
    const checklist = (await call(t.app, session, 'GET', `${base}/checklist`, undefined, 200)).json();
    const points = checklist.areas.flatMap((a: { points: { status: string }[] }) => a.points);
    expect(points.every((p: { status: string }) => p.status !== 'not_assessed')).toBe(true);
    expect(new Set(points.map((p: { status: string }) => p.status))).toEqual(new Set(['met', 'partly', 'not_met']));

    const reader = { userId: '', email: DEMO_ACCOUNTS[2].email, headers: await login(t.app, DEMO_ACCOUNTS[2].email, DEMO_PASSWORD) };
    const published = (await call(t.app, reader, 'GET', `${base}/report/published`, undefined, 200)).json();
    for (const area of checklist.areas) expect(published.content.areas[area.area].grade, area.area).toBe(area.suggestedGrade);
    const plan = (await call(t.app, reader, 'GET', `${base}/action-plan`, undefined, 200)).json();
    expect(plan.submittedAt).not.toBeNull();
    expect(plan.actions.length).toBeGreaterThan(8);
    expect(plan.actions.every((a: { action: string; responsible: string; dueOn: string | null }) => a.action && a.responsible && a.dueOn)).toBe(true);
    expect(plan.actions.some((a: { status: string }) => a.status === 'done')).toBe(true);
  });

  it('refuses to load twice', async () => {
    await expect(loadDemo(t.app.db, { publicUrl: 'http://localhost:3000', poolTrainees: 10 })).rejects.toThrow(/already/);
  });

  it('leaves an open survey a new user can answer with the printed link', async () => {
    const token = summary.sampleLink.split('/s/')[1];
    expect((await t.app.inject({ url: `/api/respond/${token}` })).json().status).toBe('open');
  });
});

describe('loading the demo from the browser (admins, empty install)', () => {
  it('runs in the background with progress and refuses on an install with reviews', async () => {
    const fresh = await createTestApp();
    try {
      await fresh.app.ready();
      const { signIn } = await import('../support/factories.js');
      const admin = await signIn(fresh.app, 'admin');
      const inspector = await signIn(fresh.app, 'inspector');
      expect((await call(fresh.app, inspector, 'GET', '/api/admin/demo')).statusCode).toBe(403);
      expect((await call(fresh.app, admin, 'GET', '/api/admin/demo', undefined, 200)).json()).toMatchObject({ state: 'idle', available: true });
      const started = (await call(fresh.app, admin, 'POST', '/api/admin/demo', { poolTrainees: 50 }, 202)).json();
      expect(started.state).toBe('running');
      expect((await call(fresh.app, admin, 'POST', '/api/admin/demo', {})).statusCode).toBe(409);
      // The main test's app already holds the demo: refused there.
      const existing = { userId: '', email: DEMO_ACCOUNTS[0].email, headers: await login(t.app, DEMO_ACCOUNTS[0].email, DEMO_PASSWORD) };
      expect((await call(t.app, existing, 'GET', '/api/admin/demo', undefined, 200)).json().available).toBe(false);
      // Let the background load finish before the database goes away.
      for (let i = 0; i < 600; i++) {
        const s = (await call(fresh.app, admin, 'GET', '/api/admin/demo', undefined, 200)).json();
        if (s.state !== 'running') {
          expect(s).toMatchObject({ state: 'done', password: DEMO_PASSWORD });
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    } finally {
      await fresh.close();
    }
  }, 300_000);
  it('shows the hospital’s review coverage: units overdue, due within 12 months, on time, one planned, earlier reviews recorded by hand', async () => {
    const hospital = await t.app.db.selectFrom('hospitals').select('id').where('code', '=', 'DEMO').executeTakeFirstOrThrow();
    const coverage = (await call(t.app, await inspector(), 'GET', `/api/hospitals/${hospital.id}/coverage`, undefined, 200)).json();
    const statusOf = Object.fromEntries(coverage.units.map((u: { code: string; status: string }) => [u.code, u.status]));
    expect(statusOf).toMatchObject({ PSY: 'overdue', GER: 'overdue', INF: 'due', DER: 'due', BUP: 'never', KAR: 'planned', MED: 'on_time', RAD: 'on_time' });
    expect(Object.values(statusOf).filter((s) => s === 'on_time')).toHaveLength(15);
    // The 16 units of the published hospital-wide review and the two due within a year: 18 of 21.
    expect(coverage.headline.units).toEqual({ reviewed: 18, units: 21, percent: 86 });
    const medicine = coverage.units.find((u: { code: string }) => u.code === 'MED');
    expect(medicine.lastReview.source).toBe('platform');
    expect(Object.values(medicine.grades).every((g) => typeof g === 'string')).toBe(true);
    expect(medicine.recorded).toHaveLength(1);
  });

  it('holds the regional leadership programme of the domain brief judged against the national model, beside two more, for readers too', async () => {
    const reader = { userId: '', email: DEMO_ACCOUNTS[2].email, headers: await login(t.app, DEMO_ACCOUNTS[2].email, DEMO_PASSWORD) };
    const result = (await call(t.app, reader, 'GET', '/api/programmes/conformance', undefined, 200)).json();
    expect(result.programmes.length).toBeGreaterThanOrEqual(3);
    const column = result.programmes.findIndex((p: { name: string; region: { code: string } }) => p.region.code === 'E');
    const status = (key: string) => result.matrix.find((r: { pointKey: string }) => r.pointKey === key).cells[column];
    expect(status('contract-programme-time')).toBe('not_met');
    expect(status('contract-specialist-pay')).toBe('met');
    expect(status('university-course')).toBe('not_met');
    expect(status('improvement-project')).toBe('partly_met');
    const detail = (await call(t.app, reader, 'GET', `/api/programmes/${result.programmes[column].id}`, undefined, 200)).json();
    expect(detail.documents).toHaveLength(1);
    expect(detail.judgements.find((j: { pointKey: string }) => j.pointKey === 'contract-programme-time')).toMatchObject({
      evidence: 'ST kan förlängas med högst 3 månader.',
      documentId: detail.documents[0].id,
    });
    expect(result.regions.length).toBeGreaterThanOrEqual(3);
  });

  it('holds one complete hospital-level review, published to the hospital’s reader: profile, every duty judged, interviews, documents, the synthesis', async () => {
    const reader = { userId: '', email: DEMO_ACCOUNTS[2].email, headers: await login(t.app, DEMO_ACCOUNTS[2].email, DEMO_PASSWORD) };
    const report = (await call(t.app, reader, 'GET', `/api/hospital-reviews/${summary.hospitalReviewId}/report`, undefined, 200)).json();
    expect(report.profile).toMatchObject({ doctors: 610, stDoctors: 144, stShare: { percent: 24 } });
    const duties = Object.values(report.revision.content.duties) as { judgement: string; finding: string }[];
    expect(duties.every((d) => d.judgement !== 'not_assessed' && d.finding.length > 0)).toBe(true);
    expect(report.interviewed.length).toBeGreaterThanOrEqual(5);
    expect(report.register.filter((r: { received: number }) => r.received > 0)).toHaveLength(8);
    // The synthesis is the coverage page's own figure, and the hospital-wide review's weak areas recur over its 16 units.
    expect(report.synthesis.coverage.units).toEqual({ reviewed: 18, units: 21, percent: 86 });
    expect(report.synthesis.weakAreas.every((a: { weakUnits: number; reviews: number }) => a.weakUnits >= 2 && a.reviews >= 1)).toBe(true);
    const plan = (await call(t.app, reader, 'GET', `/api/reviews/${summary.hospitalReviewId}/action-plan`, undefined, 200)).json();
    expect(plan.actions.length).toBeGreaterThan(5);
  });
});
