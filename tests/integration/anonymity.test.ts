import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { currentSurvey } from '../../server/features/surveys/service.js';
import type { Role } from '../../contract/domain.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { completeAnswers } from '../support/answers.js';
import {
  call,
  closeReview,
  commentRequest,
  createHospital,
  createReview,
  openReviewWithInvitations,
  signIn,
  type HospitalFixture,
  type Session,
} from '../support/factories.js';

/**
 * The anonymity promise, attacked as a careful reader or inspector would (issue #16). The
 * attacker's goal is one person's answers; each attack is performed over HTTP, and the test
 * asserts the goal is out of reach: mostly by building two worlds that differ only in which of
 * two real people gave which answers, and checking that everything the attacker can read is the
 * same in both. If it is, nothing they read tells the two people's answers apart.
 */

const STATEMENTS = currentSurvey('spur-external')
  .items.filter((i) => i.kind === 'statement' && i.roles.includes('st'))
  .map((i) => i.id);
const everyStatement = (value: number) => Object.fromEntries(STATEMENTS.map((id) => [id, value]));

interface Person {
  name: string;
  role: Role;
  unit: number;
  answers?: Record<string, unknown>;
}

const apps: TestApp[] = [];
afterEach(async () => {
  for (const t of apps.splice(0)) await t.close();
});

async function newApp(options: Parameters<typeof createTestApp>[0] = {}) {
  const t = await createTestApp(options);
  apps.push(t);
  await t.app.ready();
  return t;
}

const email = (p: Person) => `${p.name.toLowerCase()}@example.se`;

/** The review of a two-unit surgical hospital with these people invited; those with answers submit. */
async function reviewWith(t: TestApp, inspector: Session, people: Person[], hospital?: HospitalFixture) {
  const h = hospital ?? (await createHospital(t.app, inspector, ['surgical', 'surgical'], 'OWN'));
  const { review, tokens } = await openReviewWithInvitations(
    t.app,
    inspector,
    h,
    people.map((p) => [p.name, email(p), p.role, p.unit]),
  );
  await submitAll(t, people, tokens);
  return { reviewId: review.id as string, hospital: h, tokens };
}

async function submitAll(t: TestApp, people: Person[], tokens: Map<string, string>) {
  for (const p of people.filter((p) => p.answers)) {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/respond/${tokens.get(email(p))}/submit`,
      payload: { data: completeAnswers(p.role, p.answers) },
    });
    if (res.statusCode !== 200) throw new Error(res.body);
  }
}

/** What differs between two readings or two worlds without telling anything of answers: times, opaque keys, account names. */
function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !['computedAt', 'reportPublishedAt', 'key', 'requestId', 'addedBy'].includes(k))
        .map(([k, v]) => [k, strip(v)]),
    );
  }
  return value;
}

/** Everything the session can read about the review's answers: the report at every filter and its exports. */
async function attackerView(t: TestApp, session: Session, reviewId: string) {
  const base = `/api/reviews/${reviewId}/report`;
  const whole = (await call(t.app, session, 'GET', base, undefined, 200)).json();
  const filters = [
    '',
    ...whole.responseRates.groups.map((g: { specialtyGroup: string }) => `?specialtyGroup=${g.specialtyGroup}`),
    ...whole.responseRates.units.map((u: { unitId: string }) => `?unitId=${u.unitId}`),
  ];
  const view: Record<string, unknown> = {};
  for (const filter of filters) {
    view[`report${filter}`] = strip((await call(t.app, session, 'GET', `${base}${filter}`, undefined, 200)).json());
    for (const table of ['agreement', 'benchmark', 'numeric', 'response-rates']) {
      const sep = filter ? '&' : '?';
      view[`${table}.csv${filter}`] = (await call(t.app, session, 'GET', `${base}/export.csv${filter}${sep}table=${table}`, undefined, 200)).body;
    }
  }
  return view;
}

async function publishReport(t: TestApp, inspector: Session, reviewId: string) {
  const authoring = (await call(t.app, inspector, 'GET', `/api/reviews/${reviewId}/report/authoring`, undefined, 200)).json();
  const content = authoring.current.content;
  for (const area of 'ABCDEFGH') {
    content.areas[area].grade = authoring.suggestions[area]?.grade ?? 'B';
    content.areas[area].justification = 'Bedömt vid platsbesöket.';
  }
  await call(t.app, inspector, 'PUT', `/api/reviews/${reviewId}/report/content`, { content }, 200);
  await call(t.app, inspector, 'POST', `/api/reviews/${reviewId}/report/send-for-comment`, await commentRequest(t.app, inspector, reviewId), 200);
  await call(t.app, inspector, 'POST', `/api/reviews/${reviewId}/report/publish`, undefined, 200);
}

/** A trainee alone in unit 0 and three in unit 1: the target and X are real and unknown to the attacker. */
const smallUnit = (target: Record<string, unknown>, x: Record<string, unknown>): Person[] => [
  { name: 'Target', role: 'st', unit: 0, answers: target },
  { name: 'Xenia', role: 'st', unit: 1, answers: x },
  { name: 'Yusuf', role: 'st', unit: 1, answers: everyStatement(3) },
  { name: 'Zelda', role: 'st', unit: 1, answers: everyStatement(2) },
];

describe('anonymity against a reader and an inspector who try to break it', () => {
  it('1. the report cannot be sent or published while answers can still arrive, and the published figures never change', async () => {
    const t = await newApp();
    const inspector = await signIn(t.app, 'inspector');
    const people: Person[] = [
      ...['A', 'B', 'C'].map((n, i): Person => ({ name: `St${n}`, role: 'st', unit: 0, answers: everyStatement(i + 2) })),
      { name: 'Latecomer', role: 'st', unit: 0 },
    ];
    const { reviewId, hospital, tokens } = await reviewWith(t, inspector, people);
    const base = `/api/reviews/${reviewId}`;
    const authoring = (await call(t.app, inspector, 'GET', `${base}/report/authoring`, undefined, 200)).json();
    for (const area of 'ABCDEFGH') authoring.current.content.areas[area].grade = 'B';
    await call(t.app, inspector, 'PUT', `${base}/report/content`, { content: authoring.current.content }, 200);

    const refused = await call(t.app, inspector, 'POST', `${base}/report/send-for-comment`, await commentRequest(t.app, inspector, reviewId));
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'report.closeFirst', detail: expect.stringMatching(/^Avsluta granskningen/) });
    expect((await call(t.app, inspector, 'POST', `${base}/report/publish`)).statusCode).toBe(409);

    await closeReview(t, inspector, reviewId);
    await publishReport(t, inspector, reviewId);
    const reader = await signIn(t.app, 'reader', { hospitalId: hospital.id });
    const before = await attackerView(t, reader, reviewId);
    // The fourth person tries to answer after all: the review is closed, and the report is the same.
    const late = await t.app.inject({
      method: 'POST',
      url: `/api/respond/${tokens.get('latecomer@example.se')}/submit`,
      payload: { data: completeAnswers('st', everyStatement(1)) },
    });
    expect(late.statusCode).toBeGreaterThanOrEqual(400);
    expect(await attackerView(t, reader, reviewId)).toEqual(before);
    // Nor can anyone with the database change the stored figures.
    await expect(sql`UPDATE report_snapshots SET computed_at = now() WHERE campaign_id = ${reviewId}`.execute(t.app.db)).rejects.toThrow(/cannot be changed/);
    expect((before['report'] as { responseRates: { total: { total: { answered: number } } } }).responseRates.total.total.answered).toBe(3);
  });

  it('2. the threshold promised in the invitations can be raised, never lowered, and the report says which applied', async () => {
    const t = await newApp();
    const inspector = await signIn(t.app, 'inspector');
    const { reviewId } = await reviewWith(t, inspector, [{ name: 'Solo', role: 'st', unit: 0, answers: everyStatement(4) }]);
    const mail = await t.app.db.selectFrom('mails').select('body').where('campaign_id', '=', reviewId).executeTakeFirstOrThrow();
    expect(mail.body).toContain('minst 3 personer har svarat');

    const lowered = await call(t.app, inspector, 'PATCH', `/api/reviews/${reviewId}`, { anonymityThreshold: 1 });
    expect(lowered.statusCode).toBe(409);
    expect(lowered.json()).toMatchObject({ code: 'review.thresholdLowered', params: { threshold: 3 } });
    await call(t.app, inspector, 'PATCH', `/api/reviews/${reviewId}`, { anonymityThreshold: 4 }, 200);
    expect((await call(t.app, inspector, 'PATCH', `/api/reviews/${reviewId}`, { anonymityThreshold: 3 })).statusCode).toBe(409);

    await closeReview(t, inspector, reviewId);
    const report = (await call(t.app, inspector, 'GET', `/api/reviews/${reviewId}/report`, undefined, 200)).json();
    expect(report.review.anonymityThreshold).toBe(4);
    expect(report.areas[0].statements[0].byRole.st).toEqual({ suppressed: true, n: null, agreeing: null, share: null, interval: null, dontKnow: null });
  });

  // Two worlds, each a whole review closed and read at every filter: over 30 s on a loaded machine.
  it('3. padding a small unit with people whose answers the inspector controls reveals nothing of the one real respondent', async () => {
    async function world(target: Record<string, unknown>, x: Record<string, unknown>) {
      const t = await newApp();
      const inspector = await signIn(t.app, 'inspector');
      const { reviewId, hospital } = await reviewWith(t, inspector, smallUnit(target, x));
      // After the invitations: two addresses the inspector owns, in the small unit, answered by the inspector.
      const padding: Person[] = [1, 2].map((i) => ({ name: `Pad${i}`, role: 'st', unit: 0, answers: everyStatement(4) }));
      for (const p of padding) {
        await call(
          t.app,
          inspector,
          'POST',
          `/api/reviews/${reviewId}/respondents`,
          { name: p.name, email: email(p), role: p.role, unitId: hospital.units[0].id },
          201,
        );
      }
      await call(t.app, inspector, 'POST', `/api/reviews/${reviewId}/invitations/send`, undefined, 200);
      const mails = await t.app.db.selectFrom('mails').select(['recipient', 'body']).where('recipient', 'like', 'pad%').execute();
      await submitAll(t, padding, new Map(mails.map((m) => [m.recipient, m.body.match(/\/s\/([A-Za-z0-9_-]{43})/)![1]])));
      await closeReview(t, inspector, reviewId);
      return { t, inspector, reviewId, hospital, view: await attackerView(t, inspector, reviewId) };
    }
    const a = await world(everyStatement(1), everyStatement(4));
    const b = await world(everyStatement(4), everyStatement(1));
    expect(b.view).toEqual(a.view);

    // What the attacker sees instead: the unit is hidden, and the padding is on record.
    const unit = (await call(a.t.app, a.inspector, 'GET', `/api/reviews/${a.reviewId}/report?unitId=${a.hospital.units[0].id}`, undefined, 200)).json();
    expect(unit.areas[0].statements[0].byRole.st.suppressed).toBe(true);
    expect(unit.lateAdditions).toEqual([
      { unitId: a.hospital.units[0].id, unitName: a.hospital.units[0].name, role: 'st', added: 2, addedBy: [expect.stringMatching(/^Inspector/)] },
    ]);
    const audit = await a.t.app.db.selectFrom('audit_events').select('details').where('action', '=', 'respondents_added').execute();
    expect(audit.map((e) => (e.details as { late?: boolean }).late)).toEqual([false, true, true]);
  }, 120_000);

  // Two worlds, each a whole review closed and read at every filter: over 30 s on a loaded machine.
  it('5. no shown figure comes from a group below the threshold, so no 0 tells what a lone respondent left unanswered', async () => {
    const [first, second] = [STATEMENTS[0], STATEMENTS[1]];
    async function world(target: Record<string, unknown>, x: Record<string, unknown>) {
      const t = await newApp();
      const inspector = await signIn(t.app, 'inspector');
      const { reviewId, hospital } = await reviewWith(t, inspector, smallUnit(target, x));
      await closeReview(t, inspector, reviewId);
      await publishReport(t, inspector, reviewId);
      const reader = await signIn(t.app, 'reader', { hospitalId: hospital.id });
      return attackerView(t, reader, reviewId);
    }
    // The lone trainee answers "don't know" to one statement and X to the other, then the other way round.
    const a = await world({ [first]: 0, [second]: 4 }, { [first]: 4, [second]: 0 });
    const b = await world({ [first]: 4, [second]: 0 }, { [first]: 0, [second]: 4 });
    expect(b).toEqual(a);
    // Every figure shown, at every filter, comes from no one or from at least three people of its role.
    type Rates = { answered: number };
    type Shown = {
      scope: { unitId: string | null; specialtyGroup: string | null };
      responseRates: {
        units: { unitId: string; byRole: Record<string, Rates> }[];
        groups: { specialtyGroup: string; byRole: Record<string, Rates> }[];
        total: { byRole: Record<string, Rates> };
      };
      areas: { statements: { byRole: Record<string, { suppressed: boolean }> }[] }[];
      overall: { byRole: Record<string, { suppressed: boolean }> } | null;
      ranking: { role: string; statements: { cell: { suppressed: boolean } }[] };
    };
    const reports = Object.values(a).filter((v): v is Shown => typeof v === 'object');
    let hidden = 0;
    for (const r of reports) {
      const rates = r.scope.unitId
        ? r.responseRates.units.find((u) => u.unitId === r.scope.unitId)!.byRole
        : r.scope.specialtyGroup
          ? r.responseRates.groups.find((g) => g.specialtyGroup === r.scope.specialtyGroup)!.byRole
          : r.responseRates.total.byRole;
      const cells = [
        ...r.areas.flatMap((area) => area.statements.flatMap((s) => Object.entries(s.byRole))),
        ...Object.entries(r.overall?.byRole ?? {}),
        ...r.ranking.statements.map((s) => [r.ranking.role, s.cell] as const),
      ];
      for (const [role, cell] of cells) {
        if (cell.suppressed) hidden++;
        else expect([0, 3, 4, 5]).toContain(rates[role].answered);
      }
    }
    expect(hidden).toBeGreaterThan(0);
  }, 120_000);

  it('4. an inspector following who answered learns nothing: no figures or free text until closing, and suggestions carry no order of arrival', async () => {
    const t = await newApp();
    const inspector = await signIn(t.app, 'inspector');
    const people = ['Anna', 'Bert', 'Cecilia', 'David'].map((name, i): Person => ({
      name,
      role: 'st',
      unit: 0,
      answers: { 'suggestion-1': `Förslag från nummer ${i + 1}` },
    }));
    const { reviewId } = await reviewWith(t, inspector, people.slice(0, 3));
    const base = `/api/reviews/${reviewId}`;
    for (const url of [`${base}/report`, `${base}/report/export.csv`, `${base}/report/export.xlsx`, `${base}/suggestions`, `${base}/report.pdf`]) {
      const res = await call(t.app, inspector, 'GET', url);
      expect(res.statusCode, url).toBe(409);
    }
    const checklist = (await call(t.app, inspector, 'GET', `${base}/checklist`, undefined, 200)).json();
    expect(checklist.areas.flatMap((a: { points: { evidence: unknown[] }[] }) => a.points.flatMap((p) => p.evidence))).toEqual([]);

    await closeReview(t, inspector, reviewId);
    const listed = (await call(t.app, inspector, 'GET', `${base}/suggestions`, undefined, 200)).json().suggestions as { key: string; text: string }[];
    expect(listed.map((s) => s.text).sort()).toEqual(['Förslag från nummer 1', 'Förslag från nummer 2', 'Förslag från nummer 3']);
    const responseIds = (await t.app.db.selectFrom('responses').select('id').execute()).map((r) => r.id);
    for (const { key } of listed) {
      expect(key).toMatch(/^[A-Za-z0-9_-]{16}$/);
      for (const id of responseIds) expect(key.startsWith(`${id}:`)).toBe(false);
    }
    expect(listed.map((s) => s.key)).toEqual(listed.map((s) => s.key).sort());
    await call(t.app, inspector, 'PATCH', `${base}/suggestions/${listed[0].key}`, { starred: true }, 200);
  });

  it('6. readers cannot vary the benchmark window, and no pool figure rests on fewer than three other hospitals', async () => {
    const t = await newApp();
    const inspector = await signIn(t.app, 'inspector');
    const trainees = (prefix: string): Person[] =>
      [1, 2, 3, 4, 5].map((i) => ({ name: `${prefix}${i}`, role: 'st', unit: 0, answers: everyStatement(i % 2 ? 4 : 2) }));
    const { reviewId, hospital } = await reviewWith(t, inspector, trainees('Own'));
    for (const code of ['P1', 'P2']) await reviewWith(t, inspector, trainees(code), await createHospital(t.app, inspector, ['medical'], code));
    await call(t.app, inspector, 'PATCH', `/api/reviews/${reviewId}`, { benchmarkWindowMonths: 12 }, 200);
    await closeReview(t, inspector, reviewId);
    await publishReport(t, inspector, reviewId);
    const reader = await signIn(t.app, 'reader', { hospitalId: hospital.id });
    const report = (await call(t.app, reader, 'GET', `/api/reviews/${reviewId}/report`, undefined, 200)).json();
    expect(report.settings).toMatchObject({ windowMonths: 12, poolMinimumHospitals: 3 });
    // Two other hospitals answered 10 times between them: enough answers, too few hospitals.
    expect(report.benchmark).toEqual([]);

    for (const who of [reader, inspector]) {
      expect((await call(t.app, who, 'GET', `/api/reviews/${reviewId}/report?windowMonths=11`)).statusCode).toBe(400);
    }
    expect((await call(t.app, inspector, 'PATCH', `/api/reviews/${reviewId}`, { benchmarkWindowMonths: 11 })).statusCode).toBe(409);

    // More of the country answers after the report was computed: the report does not move.
    const before = await attackerView(t, reader, reviewId);
    await reviewWith(t, inspector, trainees('P3x'), await createHospital(t.app, inspector, ['medical'], 'P3'));
    expect(await attackerView(t, reader, reviewId)).toEqual(before);
  });

  it('7. the server log of a whole respondent journey holds no personal link', async () => {
    const lines: string[] = [];
    const t = await newApp({ env: { LOG_LEVEL: 'info' }, logStream: { write: (line) => void lines.push(line) } });
    const inspector = await signIn(t.app, 'inspector');
    const hospital = await createHospital(t.app, inspector, ['surgical'], 'LOG');
    const { tokens } = await openReviewWithInvitations(t.app, inspector, hospital, [['Logga', 'logga@example.se', 'st', 0]]);
    const token = tokens.get('logga@example.se')!;
    await t.app.inject({ method: 'GET', url: `/s/${token}` });
    await t.app.inject({ method: 'GET', url: `/api/respond/${token}` });
    await t.app.inject({ method: 'PUT', url: `/api/respond/${token}/draft`, payload: { data: { 'A.varied-clinical-work': 4 } } });
    await t.app.inject({ method: 'POST', url: `/api/respond/${token}/submit`, payload: { data: completeAnswers('st') } });
    await t.app.inject({ method: 'GET', url: `/api/respond/${token}x` });
    await call(t.app, null, 'POST', '/api/auth/password-reset', { email: inspector.email });
    const log = lines.join('');
    expect(log).toContain('/api/respond/[token]');
    expect(log).toContain('/s/[token]');
    expect(log).not.toContain(token);
    expect(log).not.toContain(token.slice(0, 20));
  });

  it('8. the previous review of a unit is read only by those who may read that review', async () => {
    const t = await newApp();
    const first = await signIn(t.app, 'inspector');
    const { reviewId, hospital } = await reviewWith(
      t,
      first,
      ['A', 'B', 'C'].map((n): Person => ({ name: `St${n}`, role: 'st', unit: 0, answers: everyStatement(4) })),
    );
    await closeReview(t, first, reviewId);
    await publishReport(t, first, reviewId);

    const other = await signIn(t.app, 'inspector');
    const theirs = await createReview(t.app, other, hospital);
    const refused = await call(t.app, other, 'GET', `/api/reviews/${theirs.id}/previous`);
    expect(refused.statusCode).toBe(403);
    expect(JSON.stringify(refused.json())).not.toContain('grade');

    const mine = await createReview(t.app, first, hospital);
    expect((await call(t.app, first, 'GET', `/api/reviews/${mine.id}/previous`, undefined, 200)).json().previous.id).toBe(reviewId);
  });
});
