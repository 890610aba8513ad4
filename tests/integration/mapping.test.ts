import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MappingReport, Reconciliation } from '../../contract/mapping.js';
import { insertHospital } from '../../server/features/hospitals/repository.js';
import { DEMO_CONFLICT_REGION, loadDemoMapping, type DemoMapping } from '../../server/demo/mapping.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { call, signIn, type Session } from '../support/factories.js';

/**
 * The national mapping over HTTP: the demo's two rounds against docs/domain.md §5's figures, a
 * new round whose sources disagree (a conflict listed until decided), the 10 % goal with missing
 * places, the change since the previous round, and what a source's link and other callers reach.
 */

let t: TestApp;
let admin: Session;
let reader: Session;
let demo: DemoMapping;

const REGIONS = ['AB', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'K', 'M', 'N', 'O', 'S', 'T', 'U', 'W', 'X', 'Y', 'Z', 'AC', 'BD'];

/** Answers of a source that knows of nothing, and of one that reports a tailored programme for junior doctors. */
const NOTHING = { 'mapping.leadership-st': 'no', 'mapping.equivalent': 'no', 'mapping.professions': 'noProgramme', 'mapping.aimed-at-junior': 'noProgramme' };
const TAILORED = {
  'mapping.leadership-st': 'no',
  'mapping.equivalent': 'yes',
  'mapping.equivalent-comment': 'Ett eget program för ST-läkare sedan i fjol.',
  'mapping.professions': 'doctorsOnly',
  'mapping.aimed-at-junior': 'yes',
  'mapping.places': 12,
  'mapping.st-doctors': 100,
};

const report = async (session: Session, id: string, status = 200): Promise<MappingReport> =>
  (await call(t.app, session, 'GET', `/api/mapping-rounds/${id}/report`, undefined, status)).json();
const reconciliation = async (id: string): Promise<Reconciliation> =>
  (await call(t.app, admin, 'GET', `/api/mapping-rounds/${id}/reconciliation`, undefined, 200)).json();
const decide = (id: string, code: string, body: Record<string, unknown>, status = 200) =>
  call(t.app, admin, 'PUT', `/api/mapping-rounds/${id}/regions/${code}/decision`, { note: '', placesPerYear: null, stDoctors: null, ...body }, status);

beforeAll(async () => {
  t = await createTestApp();
  admin = await signIn(t.app, 'admin');
  reader = await signIn(t.app, 'reader', { hospitalId: await insertHospital(t.app.db, { code: 'H1', name: 'Sjukhuset', region: 'Region Norrbotten' }) });
  demo = await loadDemoMapping(t.app.db, { id: admin.userId, role: 'admin', hospitalId: null }, 'http://localhost:3000');
}, 300_000);
afterAll(() => t.close());

describe('the demo’s mapping prints the real figures', () => {
  it('leadership-ST in 2 of 21 regions (3 before), all professions 17, nothing 3, early-career 5; 48 sources answered', async () => {
    const now = await report(reader, demo.roundIds[2024]);
    const count = (c: string) => now.categories.find((x) => x.category === c)!;
    expect([now.regionsTotal, now.sourcesAnswered, now.sourcesAsked]).toEqual([21, 48, 48]);
    expect([count('leadership_st').now, count('leadership_st').before]).toEqual([2, 3]);
    expect([count('all_professions').now, count('nothing').now, count('early_career').now]).toEqual([17, 3, 5]);
    expect(now.previous?.year).toBe(2020);
  });

  it('the change names the regions: Skåne left leadership-ST, Västernorrland gained a programme', async () => {
    const now = await report(reader, demo.roundIds[2024]);
    const change = (c: string) => now.categories.find((x) => x.category === c)!;
    expect(change('leadership_st')).toMatchObject({ gained: [], lost: ['M'] });
    expect(change('nothing')).toMatchObject({ gained: [], lost: ['Y'] });
    expect(change('early_career').gained.sort()).toEqual(['AC', 'F', 'M']);
    expect(now.regions.find((r) => r.code === 'M')!.previousCategories).toEqual(['leadership_st', 'all_professions']);
  });

  it('the decided conflict keeps its note; the goal is met, not met and unknown where the figures say so', async () => {
    const now = await report(reader, demo.roundIds[2024]);
    const region = (code: string) => now.regions.find((r) => r.code === code)!;
    expect(region(DEMO_CONFLICT_REGION)).toMatchObject({ conflictDecided: true, categories: ['early_career', 'all_professions'] });
    expect(region(DEMO_CONFLICT_REGION).note).toMatch(/skräddarsytt/);
    expect(region('AC').goal).toMatchObject({ status: 'met', percent: 11 });
    expect(region('AB').goal.status).toBe('notMet');
    expect(region('F').goal).toEqual({ status: 'unknown', share: null, percent: null });
    expect(region('I').goal.status).toBe('notMet');
    expect(now.goal).toEqual({ met: 1, notMet: 19, unknown: 1 });
  });

  it('quotes carry the region and the type of source, never a person’s or a branch’s name', async () => {
    const now = await report(reader, demo.roundIds[2024]);
    expect(now.quotes.length).toBeGreaterThan(0);
    const branchQuote = now.quotes.find((q) => q.regionCode === DEMO_CONFLICT_REGION && q.sourceType === 'branch')!;
    expect(branchQuote.text).toMatch(/känner inte till/);
    expect(JSON.stringify(now.quotes)).not.toMatch(/Ordförande|Lokalavdelning|Övergripande studierektor,/);
  });

  it('the workbook opens with its regions sheet', async () => {
    const res = await call(t.app, reader, 'GET', `/api/mapping-rounds/${demo.roundIds[2024]}/report.xlsx?lang=en`, undefined, 200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('a new round: two sources disagree, the coordinator decides', () => {
  let id: string;
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    id = (await call(t.app, admin, 'POST', '/api/mapping-rounds', { year: 2028 }, 201)).json().id;
    const branches: { id: string; name: string; regionCode: string }[] = (await call(t.app, admin, 'GET', '/api/mapping/branches', undefined, 200)).json()
      .branches;
    const bd = branches.find((b) => b.regionCode === 'BD')!;
    const z = branches.find((b) => b.regionCode === 'Z')!;
    await call(
      t.app,
      admin,
      'POST',
      `/api/mapping-rounds/${id}/sources`,
      {
        sources: [
          { regionCode: 'BD', type: 'branch', branchId: bd.id, name: 'Ordförande Norrbotten', email: 'bd-branch@example.se' },
          { regionCode: 'BD', type: 'director', name: 'ÖSR Norrbotten', email: 'bd-director@example.se' },
          { regionCode: 'Z', type: 'branch', branchId: z.id, name: 'Ordförande Jämtland', email: 'z-branch@example.se' },
        ],
      },
      200,
    );
    expect((await call(t.app, admin, 'POST', `/api/mapping-rounds/${id}/open`, undefined, 200)).json().sent).toBe(3);
    const mails = await t.app.db.selectFrom('mails').select(['recipient', 'body', 'subject']).where('campaign_id', '=', id).execute();
    for (const mail of mails) tokens.set(mail.recipient, mail.body.match(/\/s\/([A-Za-z0-9_-]{43})/)![1]!);
    expect(mails.find((m) => m.recipient === 'bd-director@example.se')!.body).toContain('Region Norrbotten');
  });

  it('refuses a branch in another region, a second director and an address already in the round, all or none', async () => {
    const branches: { id: string; regionCode: string }[] = (await call(t.app, admin, 'GET', '/api/mapping/branches', undefined, 200)).json().branches;
    const res = await call(
      t.app,
      admin,
      'POST',
      `/api/mapping-rounds/${id}/sources`,
      {
        sources: [
          { regionCode: 'C', type: 'branch', branchId: branches.find((b) => b.regionCode === 'AB')!.id, name: 'X', email: 'x@example.se' },
          { regionCode: 'BD', type: 'director', name: 'Y', email: 'y@example.se' },
          { regionCode: 'D', type: 'director', name: 'Z', email: 'bd-branch@example.se' },
          { regionCode: 'D', type: 'director', branchId: branches[0]!.id, name: 'W', email: 'w@example.se' },
        ],
      },
      422,
    );
    expect(res.json().errors.map((e: { code: string }) => e.code)).toEqual([
      'mapping.branch.region',
      'mapping.source.taken',
      'mapping.source.emailTaken',
      'mapping.source.branchNeeded',
    ]);
    expect((await reconciliation(id)).regions.find((r) => r.region.code === 'C')!.sources).toEqual([]);
  });

  it('a source’s link opens its own region, named, and answers only for it', async () => {
    const view = (await call(t.app, null, 'GET', `/api/respond/${tokens.get('bd-branch@example.se')}`, undefined, 200)).json();
    expect(view).toMatchObject({ named: true, role: 'st', mappingSource: { region: { sv: 'Region Norrbotten' }, type: 'branch' } });
    await call(t.app, null, 'POST', `/api/respond/${tokens.get('bd-branch@example.se')}/submit`, { data: NOTHING }, 200);
    // a second submit of the same link stores nothing more (answers cannot be edited in this round)
    await call(t.app, null, 'POST', `/api/respond/${tokens.get('bd-branch@example.se')}/submit`, { data: TAILORED }, 200);
    await call(t.app, null, 'POST', `/api/respond/${tokens.get('bd-director@example.se')}/submit`, { data: TAILORED }, 200);
    const state = await reconciliation(id);
    const bd = state.regions.find((r) => r.region.code === 'BD')!;
    expect(bd.sources.map((s) => [s.type, s.categories])).toEqual([
      ['branch', ['nothing']],
      ['director', ['early_career']],
    ]);
    expect(state.regions.find((r) => r.region.code === 'Z')!.sources[0]!.answered).toBe(false);
    expect(state.regions.filter((r) => r.sources.some((s) => s.answered)).map((r) => r.region.code)).toEqual(['BD']);
  });

  it('a wrong answer is refused with the question named', async () => {
    const res = await call(
      t.app,
      null,
      'POST',
      `/api/respond/${tokens.get('z-branch@example.se')}/submit`,
      { data: { ...NOTHING, 'mapping.places': -1 } },
      422,
    );
    expect(res.json().errors.map((e: { field: string }) => e.field)).toContain('mapping.places');
  });

  it('the disagreement is listed as a conflict until decided, and a decision of it needs a note', async () => {
    expect((await reconciliation(id)).openConflicts).toEqual(['BD']);
    const refused = await decide(id, 'BD', { categories: ['early_career'] }, 422);
    expect(refused.json().errors[0]).toMatchObject({ field: 'note', code: 'mapping.decision.noteNeeded' });
    await decide(id, 'BD', { categories: ['nothing', 'early_career'], note: 'x' }, 422);
    expect((await reconciliation(id)).openConflicts).toEqual(['BD']);
    await decide(id, 'BD', { categories: ['early_career'], note: 'Programmet bekräftat av regionen.', placesPerYear: 12, stDoctors: 100 });
    const after = await reconciliation(id);
    expect(after.openConflicts).toEqual([]);
    expect(after.regions.find((r) => r.region.code === 'BD')!.decision).toMatchObject({
      categories: ['early_career'],
      note: 'Programmet bekräftat av regionen.',
    });
  });

  it('the 10 % goal: missing places is unknown, not "not met"; exactly 10 % is met', async () => {
    await decide(id, 'Z', { categories: ['leadership_st'], stDoctors: 130 });
    await decide(id, 'I', { categories: ['leadership_st'], placesPerYear: 5, stDoctors: 50 });
    await decide(id, 'AB', { categories: ['leadership_st'], placesPerYear: 259, stDoctors: 2600 });
    const preview = await report(admin, id);
    const goal = (code: string) => preview.regions.find((r) => r.code === code)!.goal;
    expect(preview.preview).toBe(true);
    expect(goal('Z')).toEqual({ status: 'unknown', share: null, percent: null });
    expect(goal('I')).toEqual({ status: 'met', share: 0.1, percent: 10 });
    expect(goal('AB').status).toBe('notMet');
    expect(goal('BD').status).toBe('met');
    expect(goal('C').status).toBe('notMet');
  });

  it('publishing waits for every region and a closed round; readers see nothing before', async () => {
    await call(t.app, admin, 'POST', `/api/mapping-rounds/${id}/publish`, undefined, 409);
    await call(t.app, admin, 'POST', `/api/mapping-rounds/${id}/close`, undefined, 200);
    const refused = await call(t.app, admin, 'POST', `/api/mapping-rounds/${id}/publish`, undefined, 409);
    expect(refused.json()).toMatchObject({ code: 'mapping.undecided', params: { count: 17 } });
    await report(reader, id, 403);
    await call(t.app, reader, 'GET', `/api/mapping-rounds/${id}/reconciliation`, undefined, 403);
    for (const code of REGIONS.filter((c) => !['BD', 'Z', 'I', 'AB', 'Y'].includes(c))) await decide(id, code, { categories: ['all_professions'] });
    await decide(id, 'Y', { categories: ['nothing'] });
    await call(t.app, admin, 'POST', `/api/mapping-rounds/${id}/publish`, undefined, 200);
    await decide(id, 'Y', { categories: ['all_professions'] }, 409);
  });

  it('the published round compares with the previous published one (2024)', async () => {
    const published = await report(reader, id);
    const change = (c: string) => published.categories.find((x) => x.category === c)!;
    expect(published.preview).toBe(false);
    expect(published.previous?.year).toBe(2024);
    expect([change('leadership_st').now, change('leadership_st').before]).toEqual([3, 2]);
    expect(change('leadership_st').gained.sort()).toEqual(['I', 'Z']);
    expect(change('leadership_st').lost).toEqual(['E']);
    expect(published.regions.find((r) => r.code === 'BD')!).toMatchObject({ conflictDecided: true, previousCategories: ['nothing'] });
    expect((await call(t.app, reader, 'GET', '/api/mapping-rounds', undefined, 200)).json().rounds.map((r: { year: number }) => r.year)).toEqual([
      2028, 2024, 2020,
    ]);
  });
});
