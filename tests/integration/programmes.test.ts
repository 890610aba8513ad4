import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentModel } from '../../surveys/leadership-model.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { call, createHospital, signIn, type Session } from '../support/factories.js';
import { docx } from '../support/zip.js';

/**
 * Leadership programmes and the national model for leadership-ST, over HTTP: the coordinator (an
 * admin) keeps the programmes, uploads their documents and judges each point with a quote; every
 * signed-in user reads the matrix, the counts, a programme's gaps and the regions side by side.
 */

let t: TestApp;
let admin: Session;
let inspector: Session;
let reader: Session;

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Title (Ledarskapsprogram) >>\nendobj\ntrailer\n<<>>\n%%EOF\n');
const MODEL = currentModel();

const programme = (overrides: Record<string, unknown> = {}) => ({
  regionCode: 'E',
  name: 'Ledarskapsprogram för ST-läkare',
  programmeType: 'leadership_st',
  doctorsOnly: true,
  aimedAtJunior: true,
  status: 'active',
  lengthMonths: 12,
  includesUgl: false,
  placesPerYear: 6,
  ...overrides,
});

const create = async (body: Record<string, unknown>) => (await call(t.app, admin, 'POST', '/api/programmes', body, 201)).json();
const judge = (id: string, pointKey: string, body: Record<string, unknown>, session = admin) =>
  call(t.app, session, 'PUT', `/api/programmes/${id}/assessments/${pointKey}`, body);
const upload = (id: string, name: string, bytes: Buffer, session = admin) =>
  t.app.inject({
    method: 'POST',
    url: `/api/programmes/${id}/documents?name=${encodeURIComponent(name)}`,
    headers: { ...session.headers, 'content-type': 'application/octet-stream' },
    payload: bytes,
  });

beforeAll(async () => {
  t = await createTestApp();
  await t.app.ready();
  admin = await signIn(t.app, 'admin');
  inspector = await signIn(t.app, 'inspector');
  const hospital = await createHospital(t.app, inspector, ['medical']);
  reader = await signIn(t.app, 'reader', { hospitalId: hospital.id });
});
afterAll(() => t?.close());

describe('keeping programmes', () => {
  it('adds a region’s programme and lists it under its region, with the 21 regions to choose from', async () => {
    const created = await create(programme());
    expect(created).toMatchObject({ region: { code: 'E', name: { sv: 'Region Östergötland' } }, lengthMonths: 12, includesUgl: false });
    const list = (await call(t.app, reader, 'GET', '/api/programmes', undefined, 200)).json();
    expect(list.regions).toHaveLength(21);
    expect(list.programmes.map((p: { id: string }) => p.id)).toContain(created.id);
  });

  it('takes a length, UGL and places left out as not known', async () => {
    const { lengthMonths, includesUgl, placesPerYear, ...rest } = programme({ name: 'Okänd längd', regionCode: 'D' });
    expect([lengthMonths, includesUgl, placesPerYear]).toEqual([12, false, 6]);
    expect(await create(rest)).toMatchObject({ lengthMonths: null, includesUgl: null, placesPerYear: null });
  });

  it('changes a programme, and keeps its length to a tenth of a month', async () => {
    const { id } = await create(programme({ name: 'Chefsprogrammet', regionCode: 'M' }));
    const changed = (
      await call(
        t.app,
        admin,
        'PUT',
        `/api/programmes/${id}`,
        programme({ name: ' Chefsprogrammet ', regionCode: 'M', status: 'paused', lengthMonths: 7.25 }),
        200,
      )
    ).json();
    expect(changed).toMatchObject({ name: 'Chefsprogrammet', status: 'paused', lengthMonths: 7.3 });
  });

  it('refuses a region that is not one of the 21, and a second programme of the same name in a region, with a message', async () => {
    const unknown = await call(t.app, admin, 'POST', '/api/programmes', programme({ regionCode: 'Q', name: 'Nytt' }));
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({ code: 'programme.regionUnknown', errors: [{ field: 'body.regionCode' }] });
    const twice = await call(t.app, admin, 'POST', '/api/programmes', programme());
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'programme.nameTaken', detail: expect.stringContaining('Ledarskapsprogram för ST-läkare') });
    // The same name in another region is another programme.
    await create(programme({ regionCode: 'F' }));
  });

  it('refuses a malformed programme field by field, never with a 500', async () => {
    for (const bad of [
      programme({ name: '   ' }),
      programme({ programmeType: 'mba' }),
      programme({ status: 'closed' }),
      programme({ lengthMonths: 0 }),
      programme({ lengthMonths: 121 }),
      programme({ placesPerYear: -1 }),
      programme({ placesPerYear: 2.5 }),
      programme({ regionCode: 'region e' }),
      { ...programme(), colour: 'blue' },
    ]) {
      const res = await call(t.app, admin, 'POST', '/api/programmes', bad);
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(res.json().errors?.length).toBeGreaterThan(0);
    }
    const missing = await call(t.app, admin, 'PUT', '/api/programmes/999999', programme({ name: 'Finns inte' }));
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('programme.notFound');
  });

  it('removes a programme with its judgements', async () => {
    const { id } = await create(programme({ name: 'Kortlivat', regionCode: 'G' }));
    await judge(id, 'central-funding', { status: 'met' });
    await call(t.app, admin, 'DELETE', `/api/programmes/${id}`, undefined, 200);
    expect((await call(t.app, reader, 'GET', `/api/programmes/${id}`)).statusCode).toBe(404);
    expect(await t.app.db.selectFrom('programme_assessments').select('point_key').where('programme_id', '=', id).execute()).toEqual([]);
  });
});

describe('assessing a programme against the national model', () => {
  let id: string;
  let documentId: string;

  beforeAll(async () => {
    id = (await create(programme({ regionCode: 'H', name: 'Ledarskap i vården' }))).id;
  });

  it('keeps the programme’s document as the review documents are kept: checked by content, fingerprinted, served as an attachment', async () => {
    const res = await upload(id, 'Programbeskrivning.pdf', PDF);
    expect(res.statusCode, res.body).toBe(201);
    documentId = res.json().id;
    expect((await upload(id, 'Avtalsmall.docx', docx())).statusCode).toBe(201);
    const { documents } = (await call(t.app, reader, 'GET', `/api/programmes/${id}`, undefined, 200)).json();
    expect(documents.map((d: { fileName: string }) => d.fileName)).toEqual(['Programbeskrivning.pdf', 'Avtalsmall.docx']);
    expect(documents[0]).toMatchObject({ mediaType: 'application/pdf', sizeBytes: PDF.length, sha256: createHash('sha256').update(PDF).digest('hex') });

    const download = await call(t.app, reader, 'GET', `/api/programmes/${id}/documents/${documentId}`, undefined, 200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect(download.headers['content-disposition']).toMatch(/^attachment; .*filename\*=UTF-8''Programbeskrivning\.pdf/);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-type']).toBe('application/pdf');
  });

  it('refuses a file that is not a document by its content, an empty one, and one over 25 MB', async () => {
    const html = await upload(id, 'program.pdf', Buffer.from('<!doctype html><script>alert(1)</script>'));
    expect(html.statusCode).toBe(415);
    expect(html.json()).toMatchObject({ code: 'document.typeNotAllowed', params: { name: 'program.pdf' } });
    expect((await upload(id, 'tom.pdf', Buffer.alloc(0))).json().code).toBe('document.empty');
    expect((await upload(id, 'stor.pdf', Buffer.concat([PDF, Buffer.alloc(26 * 1024 * 1024)]))).statusCode).toBe(413);
    expect((await upload('999999', 'program.pdf', PDF)).statusCode).toBe(404);
  });

  it('records a judgement with the quote, its document and a note, against the model’s current version', async () => {
    const res = await judge(id, 'contract-programme-time', {
      status: 'not_met',
      evidence: 'ST kan förlängas med högst 3 månader.',
      documentId,
      note: 'Modellen förutsätter normalt 12 månader.',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().modelVersion).toBe(MODEL.version);
    expect(res.json().judgements).toEqual([
      expect.objectContaining({ pointKey: 'contract-programme-time', status: 'not_met', evidence: 'ST kan förlängas med högst 3 månader.', documentId }),
    ]);
    const row = await t.app.db.selectFrom('programme_assessments').select('model_version').where('programme_id', '=', id).executeTakeFirstOrThrow();
    expect(row.model_version).toBe(MODEL.version);
  });

  it('replaces a judgement when the point is judged again', async () => {
    await judge(id, 'contract-specialist-pay', { status: 'not_stated' });
    const again = (
      await judge(id, 'contract-specialist-pay', { status: 'met', evidence: 'Specialistlön utgår från den dag ordinarie ST skulle ha avslutats.' })
    ).json();
    expect(again.judgements.filter((j: { pointKey: string }) => j.pointKey === 'contract-specialist-pay')).toEqual([
      expect.objectContaining({ status: 'met', note: null }),
    ]);
  });

  it('refuses a point the model does not have, a status it does not know, and another programme’s document', async () => {
    const point = await judge(id, 'free-lunch', { status: 'met' });
    expect(point.statusCode).toBe(422);
    expect(point.json()).toMatchObject({ code: 'programme.pointUnknown', params: { point: 'free-lunch', version: MODEL.version } });
    expect((await judge(id, 'central-funding', { status: 'maybe' })).statusCode).toBe(400);
    const other = (await create(programme({ regionCode: 'K', name: 'Annat program' }))).id;
    const foreign = (await upload(other, 'Annat.pdf', PDF)).json().id;
    const wrongDocument = await judge(id, 'central-funding', { status: 'met', documentId: foreign });
    expect(wrongDocument.statusCode).toBe(422);
    expect(wrongDocument.json()).toMatchObject({ code: 'programme.documentUnknown', errors: [{ field: 'body.documentId' }] });
  });

  it('keeps the quote when the document it came from is removed', async () => {
    await call(t.app, admin, 'DELETE', `/api/programmes/${id}/documents/${documentId}`, undefined, 200);
    const { judgements } = (await call(t.app, reader, 'GET', `/api/programmes/${id}`, undefined, 200)).json();
    expect(judgements.find((j: { pointKey: string }) => j.pointKey === 'contract-programme-time')).toMatchObject({
      evidence: 'ST kan förlängas med högst 3 månader.',
      documentId: null,
    });
    expect((await call(t.app, reader, 'GET', `/api/programmes/${id}/documents/${documentId}`)).statusCode).toBe(404);
  });
});

describe('the outputs', () => {
  let domain: string;
  let other: string;

  beforeAll(async () => {
    domain = (await create(programme({ regionCode: 'T', name: 'Regionens ledarskapsprogram' }))).id;
    other = (await create(programme({ regionCode: 'T', name: 'Framtida ledare', programmeType: 'all_professions', doctorsOnly: false }))).id;
    for (const [pointKey, status] of [
      ['contract-programme-time', 'not_met'],
      ['contract-specialist-pay', 'met'],
      ['university-course', 'not_met'],
      ['improvement-project', 'partly_met'],
      ['managers-network', 'not_stated'],
    ]) {
      await judge(domain, pointKey, { status }).then((r) => expect(r.statusCode).toBe(200));
    }
    await judge(other, 'university-course', { status: 'met' });
    await judge(other, 'improvement-project', { status: 'not_met' });
  });

  it('counts a programme’s points per status, every point of the model counted once', async () => {
    const { counts } = (await call(t.app, reader, 'GET', `/api/programmes/${domain}`, undefined, 200)).json();
    expect(counts).toEqual({ met: 1, partly_met: 1, not_met: 2, not_stated: 1, unassessed: MODEL.points.length - 5 });
  });

  it('lists a programme’s gaps worst first', async () => {
    const { gaps } = (await call(t.app, reader, 'GET', `/api/programmes/${domain}`, undefined, 200)).json();
    expect(gaps.slice(0, 4)).toEqual([
      { pointKey: 'contract-programme-time', status: 'not_met' },
      { pointKey: 'university-course', status: 'not_met' },
      { pointKey: 'improvement-project', status: 'partly_met' },
      { pointKey: 'managers-network', status: 'not_stated' },
    ]);
    expect(gaps).toHaveLength(MODEL.points.length - 1);
  });

  it('shows the assessed programmes as a matrix of points × programmes, and the regions side by side', async () => {
    const result = (await call(t.app, inspector, 'GET', '/api/programmes/conformance', undefined, 200)).json();
    expect(result.model.version).toBe(MODEL.version);
    const columns = result.programmes.map((p: { id: string }) => p.id);
    expect(columns).toEqual(expect.arrayContaining([domain, other]));
    const row = (key: string) => result.matrix.find((r: { pointKey: string }) => r.pointKey === key).cells;
    expect(row('university-course')[columns.indexOf(domain)]).toBe('not_met');
    expect(row('university-course')[columns.indexOf(other)]).toBe('met');
    expect(row('central-funding')[columns.indexOf(domain)]).toBeNull();
    expect(result.counts[columns.indexOf(domain)].not_met).toBe(2);
    // Örebro's two programmes: the region has what either of them has.
    const orebro = result.regions.find((r: { region: { code: string } }) => r.region.code === 'T');
    expect(orebro.programmeIds.sort()).toEqual([domain, other].sort());
    const keys = MODEL.points.map((p) => p.key);
    expect(orebro.best[keys.indexOf('university-course')]).toBe('met');
    expect(orebro.best[keys.indexOf('improvement-project')]).toBe('partly_met');
    // A programme nobody has judged is not a column of blanks.
    const unjudged = (await call(t.app, admin, 'GET', '/api/programmes', undefined, 200))
      .json()
      .programmes.find((p: { name: string }) => p.name === 'Chefsprogrammet');
    expect(columns).not.toContain(unjudged.id);
  });

  it('exports the matrix, the counts and the regions as a workbook with the same statuses', async () => {
    const res = await call(t.app, reader, 'GET', '/api/programmes/conformance.xlsx?lang=en', undefined, 200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Matrix', 'Counts per status', 'Regions']);
    const matrix = workbook.getWorksheet('Matrix')!;
    const header = (matrix.getRow(1).values as string[]).slice(1);
    const column = header.findIndex((h) => h.startsWith('Regionens ledarskapsprogram')) + 1;
    const rowOf = (text: string) => matrix.getColumn(1).values.findIndex((v) => v === text);
    const point = (key: string) => MODEL.points.find((p) => p.key === key)!.text.en;
    expect(matrix.getRow(rowOf(point('contract-programme-time'))).getCell(column).value).toBe('Not met');
    expect(matrix.getRow(rowOf(point('contract-specialist-pay'))).getCell(column).value).toBe('Met');
    expect(matrix.getRow(rowOf(point('central-funding'))).getCell(column).value).toBe('Not assessed');
  });

  it('serves the model’s points in both languages', async () => {
    const model = (await call(t.app, reader, 'GET', '/api/programmes/model', undefined, 200)).json();
    expect(model.points).toHaveLength(MODEL.points.length);
    expect(model.points[0].text).toEqual(MODEL.points[0].text);
  });
});

describe('who may do what', () => {
  it('lets only admins add, change, judge and upload; readers and inspectors read', async () => {
    const { id } = await create(programme({ regionCode: 'S', name: 'Värmlands program' }));
    for (const session of [inspector, reader]) {
      expect((await call(t.app, session, 'POST', '/api/programmes', programme({ regionCode: 'S', name: 'Ett till' }))).statusCode).toBe(403);
      expect((await call(t.app, session, 'PUT', `/api/programmes/${id}`, programme({ regionCode: 'S', name: 'Ändrat' }))).statusCode).toBe(403);
      expect((await judge(id, 'central-funding', { status: 'met' }, session)).statusCode).toBe(403);
      expect((await upload(id, 'x.pdf', PDF, session)).statusCode).toBe(403);
      expect((await call(t.app, session, 'DELETE', `/api/programmes/${id}`)).statusCode).toBe(403);
      expect((await call(t.app, session, 'GET', `/api/programmes/${id}`)).statusCode).toBe(200);
    }
    expect((await call(t.app, null, 'GET', '/api/programmes/conformance')).statusCode).toBe(401);
  });
});
