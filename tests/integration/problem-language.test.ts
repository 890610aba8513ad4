import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createHospital, csv, signIn, type HospitalFixture, type Session } from '../support/factories.js';

let t: TestApp;
let admin: Session;
let inspector: Session;
let hospital: HospitalFixture;
beforeAll(async () => {
  t = await createTestApp();
  await t.app.ready();
  admin = await signIn(t.app, 'admin');
  inspector = await signIn(t.app, 'inspector');
  hospital = await createHospital(t.app, inspector, ['medical'], 'PL1');
});
afterAll(() => t.close());

const createWithoutUnits = (language?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/reviews',
    headers: { ...inspector.headers, ...(language ? { 'accept-language': language } : {}) },
    payload: { title: 'Granskning', hospitalId: hospital.id, unitIds: [] },
  });

describe('a problem carries a code and parameters, its text in the caller’s language', () => {
  it('a review without units: a code for the request and for the field, in Swedish by default', async () => {
    const res = await createWithoutUnits();
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-language']).toBe('sv');
    const problem = res.json();
    expect(problem.code).toBe('request.invalid');
    expect(problem.detail).toMatch(/^Några uppgifter saknas eller är felaktiga\./);
    expect(problem.errors).toEqual([
      { field: 'body.unitIds', code: 'review.units.empty', params: { field: 'unitIds', limit: 1 }, message: 'Välj minst en enhet att granska.' },
    ]);
    // No schema wording leaks: the field's text is ours, not AJV's.
    expect(res.body).not.toMatch(/must NOT/);
  });

  it.each([
    ['en', 'Some of the information is missing or not valid.', 'Choose at least one unit to review.'],
    ['en-GB,en;q=0.9,sv;q=0.5', 'Some of the information is missing or not valid.', 'Choose at least one unit to review.'],
    ['de-DE,sv;q=0.8,en;q=0.5', 'Några uppgifter saknas eller är felaktiga.', 'Välj minst en enhet att granska.'],
    ['fr', 'Några uppgifter saknas eller är felaktiga.', 'Välj minst en enhet att granska.'],
  ])('Accept-Language %s picks the language of detail and field messages', async (language, detail, message) => {
    const problem = (await createWithoutUnits(language)).json();
    expect(problem.code).toBe('request.invalid');
    expect(problem.detail.startsWith(detail)).toBe(true);
    expect(problem.errors[0]).toMatchObject({ code: 'review.units.empty', message });
  });

  it('a domain rule broken: the code with its parameters, the detail filled in', async () => {
    const payload = { title: 'X', hospitalId: hospital.id, unitIds: hospital.units.map((u) => u.id), opensAt: '2030-05-01', closesAt: '2030-04-01' };
    const sv = await t.app.inject({ method: 'POST', url: '/api/reviews', headers: inspector.headers, payload });
    const en = await t.app.inject({ method: 'POST', url: '/api/reviews', headers: { ...inspector.headers, 'accept-language': 'en' }, payload });
    expect(sv.statusCode).toBe(422);
    expect(sv.json()).toMatchObject({ code: 'review.dates.backwards', detail: 'Slutdatum ligger före startdatum.' });
    expect(en.json()).toMatchObject({ code: 'review.dates.backwards', detail: 'The closing date is before the opening date.' });
    expect(sv.json().errors).toEqual([expect.objectContaining({ field: 'body.closesAt', code: 'review.dates.backwards' })]);
  });

  it('a duplicate code names the code in the parameters', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/hospitals',
      headers: inspector.headers,
      payload: { code: 'pl1', name: 'Tvilling', region: 'Region Test' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'hospital.codeTaken', params: { code: 'pl1' } });
    expect(res.json().detail).toBe('Det finns redan ett sjukhus med koden "pl1" (koder jämförs utan hänsyn till stora och små bokstäver).');
  });

  it('a 403 says so in words, in the caller’s language', async () => {
    const reader = await signIn(t.app, 'reader', { hospitalId: hospital.id });
    const sv = await t.app.inject({ method: 'GET', url: '/api/users', headers: reader.headers });
    const en = await t.app.inject({ method: 'GET', url: '/api/users', headers: { ...reader.headers, 'accept-language': 'en-US' } });
    expect(sv.statusCode).toBe(403);
    expect(sv.json()).toMatchObject({ code: 'access.forbidden', detail: 'Du har inte behörighet till detta.' });
    expect(en.json()).toMatchObject({ code: 'access.forbidden', detail: 'You do not have access to this.' });
  });

  it('a pool file with an unknown column names the column instead of counting rows', async () => {
    const file = csv([
      ['role', 'hospital_code', 'unit_code', 'answered_on', 'A.varied-clinical-work', 'favourite_colour'],
      ['st', 'HX', 'HX-1', '2025-03-10', '4', 'blue'],
    ]);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/pool-imports?filename=historik.csv',
      headers: { ...admin.headers, 'content-type': 'text/csv' },
      payload: file,
    });
    expect(res.statusCode).toBe(422);
    const problem = res.json();
    expect(problem.code).toBe('import.columnsRejected');
    expect(problem.detail).not.toMatch(/0 of 0/);
    expect(problem.problems).toEqual([
      expect.objectContaining({ line: 1, column: 'favourite_colour', code: 'import.column.unknown', params: { column: 'favourite_colour' } }),
    ]);
  });
});
