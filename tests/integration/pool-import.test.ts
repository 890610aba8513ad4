import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keptCounts, poolNumbers, poolShares, recountFromAnswers, type PoolWindow } from '../../server/features/benchmark/repository.js';
import { recoverStalledImports, STALLED_AFTER_SECONDS } from '../../server/features/pool-import/service.js';
import { currentSurvey } from '../../server/features/surveys/service.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { call, createHospital, csv, signIn, type Session } from '../support/factories.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  await t.app.ready();
  admin = await signIn(t.app, 'admin');
});
afterAll(() => t.close());

const HEADER = ['role', 'hospital_code', 'unit_code', 'specialty_group', 'answered_on', 'A.varied-clinical-work', 'E.personal-supervisor'];
const upload = (body: Buffer, query = '', contentType = 'text/csv', session = admin) =>
  t.app.inject({
    method: 'POST',
    url: `/api/pool-imports?filename=historik.csv${query}`,
    headers: { ...session.headers, 'content-type': contentType },
    payload: body,
  });

const ids = (kind: string) =>
  currentSurvey('spur-external')
    .items.filter((i) => i.kind === kind)
    .map((i) => i.id);
const recount = () => recountFromAnswers(t.app.db, ids('statement'), ids('numeric'));
/** Every month, any number of hospitals and answers: what the pool holds at all. */
const EVERYTHING: PoolWindow = { fromMonth: '2000-01-01', untilMonth: '2100-01-01', minimumHospitals: 1, monthMinimum: 1 };
const poolFor = async (item: string) => (await poolShares(t.app.db, EVERYTHING, 'NONE')).find((p) => p.itemId === item && p.role === 'st');

describe('importing historic answers into the national pool', () => {
  const bad = csv([
    HEADER,
    ['st', 'HX', 'HX-1', 'medical', '2025-03-10', '4', '3'],
    ['nurse', 'HX', 'HX-1', 'medical', '2025-03-10', '4', '3'],
    ['st', 'HX', 'HX-1', 'medical', '2025-13-01', '7', ''],
    ['st', 'HX', 'HX-2', 'medical', '2025-04-02', '1', '4'],
  ]);

  it('reports every problem with line and column and stores nothing from a file with errors', async () => {
    const res = await upload(bad);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ rowsRead: 4, rowsSkipped: 2, problemCount: 3 });
    expect(res.json().problems).toEqual([
      { line: 3, column: 'role', message: expect.stringContaining('"nurse" is not a role'), code: 'import.row.role', params: { value: 'nurse' } },
      { line: 4, column: 'date', message: '"2025-13-01" is not a date (YYYY-MM-DD).', code: 'import.row.date', params: { value: '2025-13-01' } },
      {
        line: 4,
        column: 'A.varied-clinical-work',
        message: '"7" is not on the scale (1–4, or 0 for don\'t know).',
        code: 'import.row.scale',
        params: { value: '7' },
      },
    ]);
    expect(await t.app.db.selectFrom('imported_answers').selectAll().execute()).toEqual([]);
    expect(await poolFor('A.varied-clinical-work')).toBeUndefined();
  });

  it('checks a file without storing it', async () => {
    const res = await upload(bad, '&mode=check');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ batchId: null, rowsRead: 4, rowsImported: 2, problemCount: 3, unknownCodes: ['HX'] });
    expect(res.json().hospitals).toEqual([{ code: 'HX', written: ['HX'], rows: 2, registered: null, mappedTo: null, kept: false }]);
  });

  it('imports the valid rows when asked to skip the rest; they join the pool; twice is refused', async () => {
    const res = await upload(bad, '&skipInvalid=true&keepUnknown=true');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ rowsImported: 2, rowsSkipped: 2, answersImported: 4 });
    expect(await poolFor('A.varied-clinical-work')).toEqual({ itemId: 'A.varied-clinical-work', role: 'st', answered: 2, agreeing: 1 });
    expect(await keptCounts(t.app.db)).toEqual(await recount());

    const again = await upload(bad, '&skipInvalid=true&keepUnknown=true');
    expect(again.statusCode).toBe(409);
    expect((await poolFor('A.varied-clinical-work'))!.answered).toBe(2);
  });

  it('lists batches and withdraws one from the pool', async () => {
    const { batches } = (await call(t.app, admin, 'GET', '/api/pool-imports', undefined, 200)).json();
    const done = batches.find((b: { status: string }) => b.status === 'done');
    expect(done).toMatchObject({ filename: 'historik.csv', rowsImported: 2, importedBy: admin.email });
    await call(t.app, admin, 'DELETE', `/api/pool-imports/${done.id}`, undefined, 200);
    expect(await poolFor('A.varied-clinical-work')).toBeUndefined();
    expect(await keptCounts(t.app.db)).toEqual(await recount());
    expect((await call(t.app, admin, 'DELETE', `/api/pool-imports/${done.id}`)).statusCode).toBe(409);
    // Withdrawn, the same file may be imported again.
    expect((await upload(bad, '&skipInvalid=true&keepUnknown=true')).statusCode).toBe(200);
  });

  it('imports a file sent three times at once only once, answering the others 409', async () => {
    const file = csv([HEADER, ['st', 'HW', 'HW-1', 'medical', '2025-05-10', '4', '3'], ['st', 'HW', 'HW-2', 'medical', '2025-05-11', '2', '2']]);
    const answers = await Promise.all([0, 1, 2].map(() => upload(file, '&keepUnknown=true')));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409, 409]);
    for (const refused of answers.filter((a) => a.statusCode === 409)) expect(['pool.alreadyImported', 'pool.importInProgress']).toContain(refused.json().code);
    expect(
      await t.app.db.selectFrom('pool_import_batches').select('id').where('status', '=', 'done').where('filename', '=', 'historik.csv').execute(),
    ).toHaveLength(2);
  });

  it('reads semicolon-separated Latin-1 CSV and Excel workbooks', async () => {
    const latin1 = Buffer.from(['roll;sjukhuskod;enhetskod;svarsdatum;E.training-climate', 'ST-läkare;HY;HY-Öst;2025-06-01;4'].join('\r\n'), 'latin1');
    const res = await upload(latin1, '&keepUnknown=true');
    expect(res.json()).toMatchObject({ rowsImported: 0, rowsSkipped: 1 }); // "HY-Öst" is not a code
    const fixed = Buffer.from(['roll;sjukhuskod;enhetskod;svarsdatum;E.training-climate', 'ST-läkare;HY;HY-OST;2025-06-01;4'].join('\r\n'), 'latin1');
    expect((await upload(fixed, '&keepUnknown=true')).json()).toMatchObject({ rowsImported: 1, answersImported: 1 });

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Svar');
    sheet.addRow(['role', 'hospital_code', 'unit_code', 'answered_on', 'E.training-climate']);
    for (let i = 0; i < 30; i++) sheet.addRow(['supervisor', 'HZ', `HZ-${i % 3}`, '2025-02-01', (i % 4) + 1]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const res2 = await upload(xlsx, '&keepUnknown=true', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res2.json()).toMatchObject({ rowsImported: 30, answersImported: 30 });
  });

  it('explains a header without the needed columns, and refuses non-admins', async () => {
    const res = await upload(
      csv([
        ['who', 'when'],
        ['st', '2025-01-01'],
      ]),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().problems.map((p: { column: string }) => p.column)).toEqual(expect.arrayContaining(['who', 'role', 'hospital', 'unit', 'date']));
    const inspector = await signIn(t.app, 'inspector');
    expect((await upload(bad, '', 'text/csv', inspector)).statusCode).toBe(403);
  });
});

describe('numeric items and hospital codes in a pool file', () => {
  const SELF_STUDY = 'F.self-study-hours';
  const TALKS = 'E.supervision-talks-12m';
  let registered: { id: string };
  beforeAll(async () => {
    registered = await createHospital(t.app, admin, ['medical'], 'Kar');
  });

  it('keeps the register to one hospital per code, whatever the case', async () => {
    const twin = await call(t.app, admin, 'POST', '/api/hospitals', { code: 'KAR', name: 'Karolinska igen' });
    expect(twin.statusCode).toBe(409);
    expect(twin.json().code).toBe('hospital.codeTaken');
  });

  it('reads numeric columns within the item’s bounds, with a decimal point or comma, and names every bad number', async () => {
    const file = csv(
      [
        ['role', 'hospital_code', 'unit_code', 'answered_on', 'A.varied-clinical-work', SELF_STUDY, TALKS],
        ['st', 'KAR', 'K-1', '2025-03-10', '4', '0,5', '6'],
        ['st', 'KAR', 'K-1', '2025-03-11', '3', '41', '6'],
        ['st', 'KAR', 'K-1', '2025-03-12', '3', '0.3', '2.5'],
        ['st', 'KAR', 'K-1', '2025-03-13', '3', 'en', '-1'],
        ['st', 'KAR', 'K-1', '2025-03-14', '', '2', ''],
      ],
      ';',
    );
    const res = await upload(file, '&mode=check');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ rowsRead: 5, rowsImported: 2, rowsSkipped: 3, problemCount: 5 });
    expect(res.json().problems).toEqual([
      {
        line: 3,
        column: SELF_STUDY,
        message: "41 is outside the item's bounds (0–40).",
        code: 'import.row.outOfBounds',
        params: { value: '41', bounds: '0–40' },
      },
      {
        line: 4,
        column: SELF_STUDY,
        message: '0.3 is not in steps of 0.5 (0–40).',
        code: 'import.row.step',
        params: { value: '0.3', step: 0.5, bounds: '0–40' },
      },
      { line: 4, column: TALKS, message: '2.5 is not a whole number (0–52).', code: 'import.row.notWhole', params: { value: '2.5', bounds: '0–52' } },
      { line: 5, column: SELF_STUDY, message: '"en" is not a number (0–40).', code: 'import.row.notNumber', params: { value: 'en', bounds: '0–40' } },
      { line: 5, column: TALKS, message: "-1 is outside the item's bounds (0–52).", code: 'import.row.outOfBounds', params: { value: '-1', bounds: '0–52' } },
    ]);
  });

  it('compares hospital codes without case and spaces, lists the codes the register lacks, and imports nothing until each is mapped or kept', async () => {
    const file = csv(
      [
        ['role', 'hospital_code', 'unit_code', 'answered_on', 'A.varied-clinical-work', SELF_STUDY],
        ['st', ' kar', 'K-1', '2025-04-01', '4', '0'],
        ['st', 'K A R', 'K-1', '2025-04-02', '4', '1'],
        ['st', 'KARX', 'K-2', '2025-04-03', '1', '2'],
        ['st', 'karx', 'K-2', '2025-04-04', '1', '0,5'],
        ['st', 'Annat', 'A-1', '2025-04-05', '2', '4'],
      ],
      ';',
    );
    const checked = (await upload(file, '&mode=check')).json();
    expect(checked.unknownCodes).toEqual(['ANNAT', 'KARX']);
    expect(checked.hospitals).toEqual([
      { code: 'ANNAT', written: ['Annat'], rows: 1, registered: null, mappedTo: null, kept: false },
      { code: 'KARX', written: ['KARX', 'karx'], rows: 2, registered: null, mappedTo: null, kept: false },
      { code: 'KAR', written: ['K A R', 'kar'], rows: 2, registered: { id: registered.id, code: 'Kar', name: 'Sjukhus Kar' }, mappedTo: null, kept: false },
    ]);

    const refused = await upload(file);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'import.unknownHospitals', params: { count: 2, codes: 'ANNAT, KARX' } });
    expect(refused.json().unknownCodes).toEqual(['ANNAT', 'KARX']);
    expect((await upload(file, '&keepUnknown=true&map=karx:NOSUCH')).json()).toMatchObject({
      status: 422,
      code: 'pool.choicesInvalid',
      errors: [
        {
          field: 'querystring.map',
          code: 'pool.map.unknownTarget',
          params: { entry: 'karx:NOSUCH', code: 'NOSUCH' },
          message: '"karx:NOSUCH": registret har inget sjukhus med koden NOSUCH.',
        },
      ],
    });
    expect(await t.app.db.selectFrom('imported_answers').select('line').where('hospital_code', 'in', ['KAR', 'KARX', 'ANNAT']).execute()).toEqual([]);

    // KARX is the registered hospital written wrong; ANNAT is a hospital the register does not have.
    const imported = await upload(file, '&map=karx:kar&keep=annat');
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toMatchObject({ rowsImported: 5, answersImported: 10, unknownCodes: [] });
    expect(imported.json().hospitals.find((h: { code: string }) => h.code === 'KARX')).toMatchObject({ mappedTo: { code: 'Kar' }, kept: false });
    expect(imported.json().hospitals.find((h: { code: string }) => h.code === 'ANNAT')).toMatchObject({ mappedTo: null, kept: true });
    const stored = await t.app.db
      .selectFrom('imported_answers')
      .select(['hospital_code', 'item_kind', 'value_num'])
      .where('batch_id', '=', imported.json().batchId)
      .orderBy('line')
      .orderBy('item_id')
      .execute();
    expect(stored.map((r) => r.hospital_code)).toEqual(['KAR', 'KAR', 'KAR', 'KAR', 'KAR', 'KAR', 'KAR', 'KAR', 'ANNAT', 'ANNAT']);
    expect(stored.filter((r) => r.item_kind === 'numeric').map((r) => Number(r.value_num))).toEqual([0, 1, 2, 0.5, 4]);
    const { batches } = (await call(t.app, admin, 'GET', '/api/pool-imports', undefined, 200)).json();
    expect(batches.find((b: { id: string }) => b.id === imported.json().batchId)).toMatchObject({ hospitalMapping: { KARX: 'Kar' }, keptCodes: ['ANNAT'] });

    // The numeric answers are in the pool, counted by value, under the codes decided.
    const selfStudy = (await poolNumbers(t.app.db, EVERYTHING, 'NONE', [SELF_STUDY])).find((h) => h.role === 'st')!;
    expect(selfStudy.values).toEqual([
      { value: 0, answered: 1 },
      { value: 0.5, answered: 1 },
      { value: 1, answered: 1 },
      { value: 2, answered: 1 },
      { value: 4, answered: 1 },
    ]);
    // Left out as the registered hospital's own, however the file wrote its code.
    const withoutKar = (await poolNumbers(t.app.db, EVERYTHING, 'kar', [SELF_STUDY])).find((h) => h.role === 'st')!;
    expect(withoutKar.values).toEqual([{ value: 4, answered: 1 }]);
    expect(await keptCounts(t.app.db)).toEqual(await recount());

    // Withdrawn, the numeric counts go too.
    await call(t.app, admin, 'DELETE', `/api/pool-imports/${imported.json().batchId}`, undefined, 200);
    expect(await poolNumbers(t.app.db, EVERYTHING, 'NONE', [SELF_STUDY])).toEqual([]);
    expect(await keptCounts(t.app.db)).toEqual(await recount());
  });
});

describe('an import whose server died half-way', () => {
  it('is rolled back and marked failed with the reason, and the file can be imported again', async () => {
    // What a kill -9 twelve seconds into an import leaves: a batch 'importing', rows stored, no counts.
    const { id: batchId } = await t.app.db
      .insertInto('pool_import_batches')
      .values({ content_hash: 'a'.repeat(64), filename: 'avbruten.csv', imported_by: admin.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.app.db
      .insertInto('imported_answers')
      .values({
        batch_id: batchId,
        line: 2,
        hospital_code: 'HK',
        unit_code: 'HK-1',
        specialty: null,
        specialty_group: 'medical',
        role: 'st',
        answered_on: '2025-05-01',
        item_id: 'A.varied-clinical-work',
        value_num: 4,
      })
      .execute();
    const live = await t.app.db
      .insertInto('pool_import_batches')
      .values({ content_hash: 'b'.repeat(64), filename: 'pagar.csv', imported_by: admin.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.app.db
      .updateTable('pool_import_batches')
      .set({ progress_at: new Date(Date.now() - 10 * 60_000) })
      .where('id', '=', batchId)
      .execute();

    // A second app on the same database starts (or the first one's minute comes round).
    expect(await recoverStalledImports(t.app.db, STALLED_AFTER_SECONDS)).toEqual([batchId]);
    const { batches } = (await call(t.app, admin, 'GET', '/api/pool-imports', undefined, 200)).json();
    expect(batches.find((b: { id: string }) => b.id === batchId)).toMatchObject({
      status: 'failed',
      failure: expect.stringContaining('stopped before it finished'),
    });
    // An import still reporting progress is left alone.
    expect(batches.find((b: { id: string }) => b.id === live.id)).toMatchObject({ status: 'importing', failure: null });
    expect(await t.app.db.selectFrom('imported_answers').select('line').where('batch_id', '=', batchId).execute()).toEqual([]);
    expect(await keptCounts(t.app.db)).toEqual(await recount());
    expect((await call(t.app, admin, 'DELETE', `/api/pool-imports/${batchId}`)).statusCode).toBe(409);
    await t.app.db.deleteFrom('pool_import_batches').where('id', '=', live.id).execute();
  });
});
