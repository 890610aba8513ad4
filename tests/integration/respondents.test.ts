import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { call, createHospital, createReview, csv, signIn, type HospitalFixture, type Session } from '../support/factories.js';

let t: TestApp;
let inspector: Session;
let hospital: HospitalFixture;
beforeAll(async () => {
  t = await createTestApp();
  await t.app.ready();
  inspector = await signIn(t.app, 'inspector');
  hospital = await createHospital(t.app, inspector, ['surgical', 'medical']);
});
afterAll(() => t.close());

const upload = (reviewId: string, body: Buffer, contentType = 'text/csv') =>
  t.app.inject({
    method: 'POST',
    url: `/api/reviews/${reviewId}/respondents/import`,
    headers: { ...inspector.headers, 'content-type': contentType },
    payload: body,
  });

const listOf = async (reviewId: string) => (await call(t.app, inspector, 'GET', `/api/reviews/${reviewId}/respondents`, undefined, 200)).json().respondents;

describe('adding respondents by hand', () => {
  it('adds one, refuses the same address twice in a review, and removes one who has not answered', async () => {
    const review = await createReview(t.app, inspector, hospital);
    const unitId = hospital.units[0].id;
    const added = await call(
      t.app,
      inspector,
      'POST',
      `/api/reviews/${review.id}/respondents`,
      { name: 'Anna Andersson', email: 'anna@example.se', role: 'st', unitId },
      201,
    );
    expect(added.json()).toMatchObject({ name: 'Anna Andersson', role: 'st', invitedAt: null, answered: false, reminders: 0 });
    const dup = await call(t.app, inspector, 'POST', `/api/reviews/${review.id}/respondents`, {
      name: 'Anna A',
      email: 'ANNA@example.se',
      role: 'head',
      unitId,
    });
    expect(dup.statusCode).toBe(409);
    const badRole = await call(t.app, inspector, 'POST', `/api/reviews/${review.id}/respondents`, { name: 'B', email: 'b@example.se', role: 'nurse', unitId });
    expect(badRole.statusCode).toBe(400);
    expect(badRole.json().errors[0].field).toBe('body.role');
    await call(t.app, inspector, 'DELETE', `/api/reviews/${review.id}/respondents/${added.json().id}`, undefined, 200);
    expect(await listOf(review.id)).toEqual([]);
  });

  it('refuses a unit outside the review', async () => {
    const review = await createReview(t.app, inspector, { ...hospital, units: [hospital.units[0]] });
    const res = await call(t.app, inspector, 'POST', `/api/reviews/${review.id}/respondents`, {
      name: 'C',
      email: 'c@example.se',
      role: 'st',
      unitId: hospital.units[1].id,
    });
    expect(res.statusCode).toBe(422);
  });
});

describe('importing respondents', () => {
  it('lists every problem with line and column and imports nothing until the file is clean', async () => {
    const review = await createReview(t.app, inspector, hospital);
    const units = hospital.units.map((u) => u.code);
    const file = csv([
      ['namn', 'e-post', 'roll', 'enhet'],
      ['Anna Andersson', 'anna@example.se', 'ST-läkare', units[0]],
      ['Bo Berg', 'not-an-address', 'handledare', units[0]],
      ['Cecilia Ek', 'cecilia@example.se', 'nurse', 'no-such-unit'],
      ['Anna Igen', 'Anna@example.se', 'studierektor', units[1]],
    ]);
    const res = await upload(review.id, file);
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('import.rejected');
    expect(res.json().requestId).toEqual(expect.any(String));
    expect(res.json().problems).toEqual([
      { line: 3, column: 'email', message: '"not-an-address" is not an e-mail address.', code: 'import.row.email', params: { value: 'not-an-address' } },
      { line: 4, column: 'role', message: expect.stringContaining('"nurse" is not a role'), code: 'import.row.respondentRole', params: { value: 'nurse' } },
      {
        line: 4,
        column: 'unit',
        message: expect.stringContaining('"no-such-unit" is not one of the review\'s units'),
        code: 'import.row.unit',
        params: { value: 'no-such-unit', units: expect.any(String) },
      },
      {
        line: 5,
        column: 'email',
        message: 'Anna@example.se is also on line 2.',
        code: 'import.row.duplicateEmail',
        params: { value: 'Anna@example.se', line: 2 },
      },
    ]);
    expect(await listOf(review.id)).toEqual([]);

    const fixed = csv([
      ['namn', 'e-post', 'roll', 'enhet'],
      ['Anna Andersson', 'anna@example.se', 'ST-läkare', units[0]],
      ['Bo Berg', 'bo@example.se', 'handledare', units[0]],
      ['Cecilia Ek', 'cecilia@example.se', 'verksamhetschef', hospital.units[1].name],
      ['Dan Dahl', 'dan@example.se', 'director', units[1].toLowerCase()],
    ]);
    const ok = await upload(review.id, fixed);
    expect(ok.json()).toEqual({ imported: 4 });
    const list = await listOf(review.id);
    expect(list.map((r: { role: string }) => r.role).sort()).toEqual(['director', 'head', 'st', 'supervisor']);

    const again = await upload(review.id, fixed);
    expect(again.statusCode).toBe(422);
    expect(again.json().problems[0].message).toContain('already a respondent in this review');
  });

  it('reads what Swedish Excel saves: semicolons and Latin-1, or UTF-8 with a BOM', async () => {
    const review = await createReview(t.app, inspector, hospital);
    const rows = [
      ['Namn', 'E-post', 'Roll', 'Klinik'],
      ['Åsa Öberg', 'asa@example.se', 'st', hospital.units[0].code],
    ];
    const latin1 = Buffer.from(rows.map((r) => r.join(';')).join('\r\n'), 'latin1');
    expect((await upload(review.id, latin1)).json()).toEqual({ imported: 1 });
    const bom = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(['name;email;role;unit', `Örjan Ål;orjan@example.se;head;${hospital.units[1].code}`].join('\n')),
    ]);
    expect((await upload(review.id, bom)).json()).toEqual({ imported: 1 });
    const names = (await listOf(review.id)).map((r: { name: string }) => r.name).sort();
    expect(names).toEqual(['Åsa Öberg', 'Örjan Ål']);
  });

  it('reads an Excel workbook', async () => {
    const review = await createReview(t.app, inspector, hospital);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Respondenter');
    sheet.addRow(['Name', 'Email', 'Role', 'Unit']);
    sheet.addRow(['Eva Ek', 'eva@example.se', 'supervisor', hospital.units[0].code]);
    sheet.addRow(['Frans Fors', 'frans@example.se', 'st', hospital.units[1].code]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await upload(review.id, file, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.json()).toEqual({ imported: 2 });
  });

  it('explains a file without the needed columns, and an unreadable one', async () => {
    const review = await createReview(t.app, inspector, hospital);
    const res = await upload(
      review.id,
      csv([
        ['förnamn', 'telefon'],
        ['A', '1'],
      ]),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().problems.map((p: { column: string }) => p.column)).toEqual(['name', 'email', 'role', 'unit']);
    const broken = await upload(review.id, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'application/octet-stream');
    expect(broken.statusCode).toBe(422);
    expect(broken.json().problems[0].message).toContain('could not be read as an Excel workbook');
    const empty = await upload(review.id, Buffer.alloc(0));
    expect(empty.statusCode).toBeLessThan(500);
  });

  it('imports 10,000 rows in one go', async () => {
    const review = await createReview(t.app, inspector, hospital);
    const rows = [['name', 'email', 'role', 'unit']];
    const roles = ['st', 'supervisor', 'director', 'head'];
    for (let i = 0; i < 10_000; i++) rows.push([`Person ${i}`, `p${i}@example.se`, roles[i % 4], hospital.units[i % 2].code]);
    const res = await upload(review.id, csv(rows));
    expect(res.json()).toEqual({ imported: 10_000 });
    expect(await listOf(review.id)).toHaveLength(10_000);
  }, 120_000);

  it('does not let another inspector import into the review', async () => {
    const review = await createReview(t.app, inspector, hospital);
    const stranger = await signIn(t.app, 'inspector');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/reviews/${review.id}/respondents/import`,
      headers: { ...stranger.headers, 'content-type': 'text/csv' },
      payload: csv([
        ['name', 'email', 'role', 'unit'],
        ['A', 'a@example.se', 'st', hospital.units[0].code],
      ]),
    });
    expect(res.statusCode).toBe(403);
  });
});
