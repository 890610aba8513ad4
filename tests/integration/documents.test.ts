import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, todayInSweden } from '../../contract/dates.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { call, createHospital, createReview, signIn, type Session } from '../support/factories.js';
import { docx } from '../support/zip.js';

/**
 * The documents a clinic sends before the visit, over HTTP: the inspector asks for them, the
 * clinic's contact uploads through a personal link, only the review's inspectors and admins read
 * them, and a file is kept only if its content is one of the allowed kinds.
 */

let t: TestApp;
let inspector: Session;
let inspectorOther: Session;
let readerSame: Session;
let reviewId: string;
let link: string;

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Title (Lokala riktlinjer för ST) >>\nendobj\ntrailer\n<<>>\n%%EOF\n');
const today = () => todayInSweden(new Date());

const askFor = (categories: string[], deadline: string, session = inspector) =>
  call(t.app, session, 'PUT', `/api/reviews/${reviewId}/documents/request`, {
    categories,
    deadline,
    contactName: 'Sara Studierektor',
    contactEmail: 'sara@example.se',
  });

const upload = (url: string, bytes: Buffer, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, headers: { origin: 'http://localhost:3000', 'content-type': 'application/octet-stream', ...headers }, payload: bytes });
const throughLink = (category: string, name: string, bytes: Buffer) =>
  upload(`/api/documents/${link}?category=${category}&name=${encodeURIComponent(name)}`, bytes);

async function linkFromMail(): Promise<string> {
  const mail = await t.app.db
    .selectFrom('mails')
    .select(['body', 'recipient', 'subject'])
    .where('kind', '=', 'document_request')
    .where('campaign_id', '=', reviewId)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  expect(mail.recipient).toBe('sara@example.se');
  return mail.body.match(/\/d\/([A-Za-z0-9_-]{43})/)![1];
}

const listed = async (session = inspector) => (await call(t.app, session, 'GET', `/api/reviews/${reviewId}/documents`, undefined, 200)).json();

beforeAll(async () => {
  t = await createTestApp();
  await t.app.ready();
  inspector = await signIn(t.app, 'inspector');
  inspectorOther = await signIn(t.app, 'inspector');
  const hospital = await createHospital(t.app, inspector, ['medical']);
  readerSame = await signIn(t.app, 'reader', { hospitalId: hospital.id });
  reviewId = (await createReview(t.app, inspector, hospital, { inspectorIds: [inspector.userId] })).id;
});
afterAll(() => t?.close());

describe('asking for documents', () => {
  it('mails the contact a personal link naming what is asked for and by when', async () => {
    const deadline = addCalendarDays(today(), 21);
    expect((await askFor(['st-guidelines', 'introduction-programme', 'iup-template', 'schedules'], deadline)).statusCode).toBe(200);
    link = await linkFromMail();
    const mail = await t.app.db.selectFrom('mails').select(['body', 'subject']).where('kind', '=', 'document_request').executeTakeFirstOrThrow();
    expect(mail.body).toContain('Lokala riktlinjer för ST');
    expect(mail.body).toContain('IUP template');
    expect(mail.subject).toContain('Dokument inför granskningsbesöket');
    const { request, documents } = await listed();
    expect(request).toMatchObject({
      deadline,
      contactName: 'Sara Studierektor',
      categories: ['st-guidelines', 'introduction-programme', 'iup-template', 'schedules'],
    });
    expect(documents).toEqual([]);
  });

  it('refuses a deadline in the past and a category that does not exist, in the caller’s language', async () => {
    const past = await askFor(['st-guidelines'], addCalendarDays(today(), -1));
    expect(past.statusCode).toBe(422);
    expect(past.json()).toMatchObject({ code: 'document.deadlinePast', detail: 'Sista dagen kan inte ligga före i dag.' });
    const unknown = await askFor(['st-guidelines', 'horoscopes'], addCalendarDays(today(), 5));
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({ code: 'document.categoryUnknown', errors: [{ field: 'body.categories' }] });
    // Nothing changed: the first request and its link still stand.
    expect((await listed()).request.categories).toHaveLength(4);
    expect((await t.app.inject({ method: 'GET', url: `/api/documents/${link}` })).statusCode).toBe(200);
  });
});

describe('the clinic uploads through its link', () => {
  it('shows what is asked for, takes the files, and lists only what came through the link', async () => {
    const view = (await t.app.inject({ method: 'GET', url: `/api/documents/${link}` })).json();
    expect(view).toMatchObject({ contactName: 'Sara Studierektor', open: true, documents: [] });
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Schema').addRow(['Vecka', 'Jour']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    for (const [category, name, bytes] of [
      ['st-guidelines', 'Riktlinjer för ST – 2026.pdf', PDF],
      ['schedules', 'Schema vt.xlsx', xlsx],
      ['iup-template', 'IUP-mall.docx', docx()],
    ] as const) {
      const res = await throughLink(category, name, bytes);
      expect(res.statusCode, res.body).toBe(201);
    }
    const after = (await t.app.inject({ method: 'GET', url: `/api/documents/${link}` })).json();
    expect(after.documents.map((d: { fileName: string }) => d.fileName).sort()).toEqual(['IUP-mall.docx', 'Riktlinjer för ST – 2026.pdf', 'Schema vt.xlsx']);
  });

  it('keeps a file only if its content is an allowed kind, whatever its name says', async () => {
    const html = await throughLink('st-guidelines', 'riktlinjer.pdf', Buffer.from('<!doctype html><script>fetch("/api/auth/me")</script>'));
    expect(html.statusCode).toBe(415);
    expect(html.json()).toMatchObject({ code: 'document.typeNotAllowed', params: { name: 'riktlinjer.pdf' } });
    const empty = await throughLink('st-guidelines', 'tom.pdf', Buffer.alloc(0));
    expect(empty.statusCode).toBe(422);
    expect(empty.json().code).toBe('document.empty');
    const big = Buffer.concat([PDF, Buffer.alloc(26 * 1024 * 1024)]);
    expect((await throughLink('st-guidelines', 'stor.pdf', big)).statusCode).toBe(413);
    const notAsked = await throughLink('course-catalogue', 'kurser.pdf', PDF);
    expect(notAsked.statusCode).toBe(422);
    expect(notAsked.json().code).toBe('document.categoryNotRequested');
    expect((await listed()).documents).toHaveLength(3);
  });

  it('a wrong link learns nothing, and asking again replaces the link', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/api/documents/${'A'.repeat(43)}` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/documents/kort' })).statusCode).toBe(404);
    const old = link;
    expect((await askFor(['st-guidelines', 'introduction-programme', 'iup-template', 'schedules'], addCalendarDays(today(), 21))).statusCode).toBe(200);
    link = await linkFromMail();
    expect(link).not.toBe(old);
    expect((await t.app.inject({ method: 'GET', url: `/api/documents/${old}` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/documents/${link}` })).statusCode).toBe(200);
  });

  it('an upload after the deadline is kept and marked late', async () => {
    t.clock.set(`${addCalendarDays(today(), 30)}T10:00:00Z`);
    try {
      expect((await throughLink('introduction-programme', 'Introduktion.pdf', PDF)).statusCode).toBe(201);
    } finally {
      t.clock.set(null);
    }
    const documents = (await listed()).documents as { fileName: string; late: boolean }[];
    expect(documents.find((d) => d.fileName === 'Introduktion.pdf')!.late).toBe(true);
    expect(documents.filter((d) => d.late)).toHaveLength(1);
  });
});

describe('what the inspectors get', () => {
  it('each document with its category, size, SHA-256, who sent it and the checklist points it is evidence for', async () => {
    const pdf = ((await listed()).documents as Record<string, unknown>[]).find((d) => d.category === 'st-guidelines')!;
    expect(pdf).toMatchObject({
      fileName: 'Riktlinjer för ST – 2026.pdf',
      mediaType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
      uploadedBy: 'Sara Studierektor',
      throughLink: true,
      points: ['D1', 'D11'],
    });
  });

  it('a download is always an attachment that the browser may not sniff or run, byte for byte what was sent', async () => {
    const pdf = ((await listed()).documents as { id: string; category: string }[]).find((d) => d.category === 'st-guidelines')!;
    const res = await call(t.app, inspector, 'GET', `/api/reviews/${reviewId}/documents/${pdf.id}`, undefined, 200);
    expect(res.rawPayload.equals(PDF)).toBe(true);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="Riktlinjer f_r ST _ 2026.pdf"; filename*=UTF-8''${encodeURIComponent('Riktlinjer för ST – 2026.pdf')}`,
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(String(res.headers['content-security-policy'])).toContain('sandbox');
  });

  it('inspectors upload through the console and link documents to checklist points', async () => {
    const res = await upload(`/api/reviews/${reviewId}/documents?category=other&name=Verksamhetsplan.pdf`, PDF, inspector.headers);
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id;
    await call(t.app, inspector, 'PUT', `/api/reviews/${reviewId}/documents/${id}/points`, { points: ['D11', 'B2'] }, 200);
    const mine = ((await listed()).documents as { id: string; points: string[]; uploadedBy: string; throughLink: boolean }[]).find((d) => d.id === id)!;
    expect(mine).toMatchObject({ points: ['B2', 'D11'], throughLink: false });
    const notAPoint = await call(t.app, inspector, 'PUT', `/api/reviews/${reviewId}/documents/${id}/points`, { points: ['H99'] });
    expect(notAPoint.statusCode).toBe(422);
    expect(notAPoint.json().code).toBe('document.pointUnknown');
    await call(t.app, inspector, 'DELETE', `/api/reviews/${reviewId}/documents/${id}`, undefined, 200);
    expect(((await listed()).documents as { id: string }[]).some((d) => d.id === id)).toBe(false);
    expect((await call(t.app, inspector, 'DELETE', `/api/reviews/${reviewId}/documents/${id}`)).statusCode).toBe(404);
    const audit = await t.app.db.selectFrom('audit_events').select('action').where('campaign_id', '=', reviewId).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['documents_requested', 'document_uploaded', 'document_removed']));
  });

  it('nobody else gets a document: not the hospital’s readers, not another inspector, not without a session', async () => {
    const [first] = (await listed()).documents as { id: string }[];
    for (const session of [readerSame, inspectorOther]) {
      expect((await call(t.app, session, 'GET', `/api/reviews/${reviewId}/documents`)).statusCode).toBe(403);
      expect((await call(t.app, session, 'GET', `/api/reviews/${reviewId}/documents/${first.id}`)).statusCode).toBe(403);
    }
    expect((await call(t.app, null, 'GET', `/api/reviews/${reviewId}/documents/${first.id}`)).statusCode).toBe(401);
    // The clinic's link lists names and sizes of what it sent, never the content or the inspectors' files.
    const view = (await t.app.inject({ method: 'GET', url: `/api/documents/${link}` })).json();
    expect(JSON.stringify(view)).not.toContain('%PDF');
    expect(Object.keys(view.documents[0]).sort()).toEqual(['category', 'fileName', 'sizeBytes', 'uploadedAt']);
  });

  it('once the report is published the link takes nothing more', async () => {
    // Publishing needs a closed review with answers; the link only looks at whether it happened.
    await t.app.db.updateTable('campaigns').set({ report_published_at: new Date() }).where('id', '=', reviewId).execute();
    const res = await throughLink('st-guidelines', 'sent.pdf', PDF);
    expect(res.statusCode).toBe(410);
    expect(res.json().code).toBe('document.linkClosed');
    expect((await t.app.inject({ method: 'GET', url: `/api/documents/${link}` })).json().open).toBe(false);
  });
});
