import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemText, type ProblemCode, type ProblemParams } from '../../contract/problem-codes.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createHospital, createReview, signIn, type HospitalFixture, type Session } from '../support/factories.js';

let t: TestApp;
let admin: Session;
let inspector: Session;
let hospital: HospitalFixture;
let draftId: string;
beforeAll(async () => {
  t = await createTestApp();
  await t.app.ready();
  admin = await signIn(t.app, 'admin');
  inspector = await signIn(t.app, 'inspector');
  hospital = await createHospital(t.app, inspector, ['medical'], 'PC1');
  draftId = (await createReview(t.app, inspector, hospital)).id;
});
afterAll(() => t.close());

interface Request {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  payload?: unknown;
  remoteAddress?: string;
}

/** The same request asked in Swedish (no header: the default) and in English. */
async function inBothLanguages(request: Request | ((language: 'sv' | 'en') => Request)) {
  const ask = async (language: 'sv' | 'en') => {
    const r = typeof request === 'function' ? request(language) : request;
    const headers = { ...r.headers, ...(language === 'en' ? { 'accept-language': 'en-GB,en;q=0.9' } : {}) };
    return t.app.inject({ method: r.method ?? 'GET', url: r.url, headers, payload: r.payload as string, remoteAddress: r.remoteAddress });
  };
  return { sv: await ask('sv'), en: await ask('en') };
}

/** Both answers: problem+json with the status and the code, its detail the catalogue's text in each language. */
function expectCoded(answers: Awaited<ReturnType<typeof inBothLanguages>>, status: number, code: ProblemCode, params?: ProblemParams) {
  for (const language of ['sv', 'en'] as const) {
    const res = answers[language];
    expect(res.statusCode, res.body).toBe(status);
    expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
    expect(res.headers['content-language']).toBe(language);
    const problem = res.json();
    expect(problem).toMatchObject({ status, code, ...(params ? { params } : {}) });
    expect(problem.detail).toBe(problemText(code, params, language));
  }
  // Not the same sentence twice: the Swedish one is not the English one.
  expect(answers.sv.json().detail).not.toBe(answers.en.json().detail);
}

const asInspector = (url: string, method: Request['method'] = 'GET', payload?: unknown): Request => ({ method, url, headers: inspector.headers, payload });
const asAdmin = (url: string, method: Request['method'] = 'GET', payload?: unknown): Request => ({ method, url, headers: admin.headers, payload });
const NO_SUCH_TOKEN = 'A'.repeat(43);

describe('every feature’s refusals carry their own code, written in the caller’s language', () => {
  it('report: the figures wait for the review to close', async () => {
    expectCoded(await inBothLanguages(asInspector(`/api/reviews/${draftId}/report`)), 409, 'report.notClosed');
  });

  it('report writing: a report that has not been published', async () => {
    expectCoded(await inBothLanguages(asInspector(`/api/reviews/${draftId}/report/published`)), 404, 'report.notPublished');
  });

  it('invitations and reminders: a draft review sends nothing', async () => {
    expectCoded(await inBothLanguages(asInspector(`/api/reviews/${draftId}/invitations/send`, 'POST')), 409, 'invitations.reviewDraft');
    expectCoded(await inBothLanguages(asInspector(`/api/reviews/${draftId}/reminders`, 'POST', { at: '2099-06-01T08:00:00Z' })), 409, 'reminder.notOpen');
  });

  it('site visit: a checklist point that does not exist, named in the text and beside the field', async () => {
    const answers = await inBothLanguages(asInspector(`/api/reviews/${draftId}/checklist/A99`, 'PUT', { status: 'met', note: '' }));
    expectCoded(answers, 422, 'checklist.pointUnknown', { point: 'A99' });
    expect(answers.en.json().errors).toEqual([
      { field: 'pointId', code: 'checklist.pointUnknown', params: { point: 'A99' }, message: 'The checklist has no point A99.' },
    ]);
    expect(answers.sv.json().errors[0].message).toBe('Checklistan har ingen punkt A99.');
  });

  it('targets: an unknown hospital', async () => {
    expectCoded(await inBothLanguages(asAdmin('/api/hospitals/987654321/targets/2026')), 404, 'hospital.notFound');
  });

  it('programmes: a region that is not one of the 21, named, at its field', async () => {
    const body = { regionCode: 'Q', name: 'Nytt', programmeType: 'leadership_st', doctorsOnly: true, aimedAtJunior: true, status: 'active' };
    const answers = await inBothLanguages(asAdmin('/api/programmes', 'POST', body));
    expectCoded(answers, 422, 'programme.regionUnknown', { region: 'Q' });
    expect(answers.sv.json().errors[0]).toMatchObject({ field: 'body.regionCode', message: '"Q" är ingen av de 21 regionernas länsbokstäver.' });
  });

  it('surveys: an unknown survey, named', async () => {
    expectCoded(await inBothLanguages({ url: '/api/surveys/no-such-survey/versions/current/roles/st' }), 404, 'survey.notFound', { key: 'no-such-survey' });
  });

  it('respond and comments: a link that is not valid', async () => {
    expectCoded(await inBothLanguages({ url: `/api/respond/${NO_SUCH_TOKEN}`, remoteAddress: '10.9.0.1' }), 404, 'respond.linkInvalid');
    expectCoded(await inBothLanguages({ url: `/api/comments/${NO_SUCH_TOKEN}`, remoteAddress: '10.9.0.2' }), 404, 'comments.linkInvalid');
  });

  it('pool imports: withdrawing one that does not exist', async () => {
    expectCoded(await inBothLanguages(asAdmin('/api/pool-imports/987654321', 'DELETE')), 404, 'pool.importNotFound');
  });

  it('respondent import: an empty file is a problem with a code in the problem list', async () => {
    const answers = await inBothLanguages({
      method: 'POST',
      url: `/api/reviews/${draftId}/respondents/import`,
      headers: { ...inspector.headers, 'content-type': 'text/csv' },
      payload: Buffer.alloc(0),
    });
    for (const language of ['sv', 'en'] as const) {
      const res = answers[language];
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().problems).toEqual([expect.objectContaining({ line: 1, code: 'file.empty' })]);
    }
  });

  it('demo data: only into an install without reviews', async () => {
    expectCoded(await inBothLanguages(asAdmin('/api/admin/demo', 'POST', {})), 409, 'demo.notEmpty');
  });
});

describe('the router’s own answers are problems with codes too', () => {
  it('an address with nothing at it: 404', async () => {
    expectCoded(await inBothLanguages({ url: '/api/no-such-thing?x=1' }), 404, 'route.notFound', { method: 'GET', path: '/api/no-such-thing' });
  });

  it('a known address asked with a method it does not take: 405, with the methods it does', async () => {
    const answers = await inBothLanguages({ method: 'DELETE', url: '/api/health' });
    expectCoded(answers, 405, 'route.methodNotAllowed', { method: 'DELETE', path: '/api/health' });
    expect(answers.sv.headers.allow).toBe('GET, HEAD');
    const withId = await inBothLanguages({ method: 'PUT', url: `/api/reviews/${draftId}/invitations/send` });
    expectCoded(withId, 405, 'route.methodNotAllowed', { method: 'PUT', path: `/api/reviews/${draftId}/invitations/send` });
    expect(withId.en.headers.allow).toBe('POST');
  });

  it('a path part too long: 414', async () => {
    expectCoded(await inBothLanguages({ url: `/api/reviews/${'a'.repeat(200)}` }), 414, 'request.uriTooLong');
  });

  it('a broken %-escape: 400', async () => {
    expectCoded(await inBothLanguages({ url: '/api/reviews/%E0%A4%A' }), 400, 'request.badAddress');
  });

  it('a content type the route does not take: 415', async () => {
    expectCoded(
      await inBothLanguages({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'text/xml' }, payload: '<login/>' }),
      415,
      'problem.unsupportedType',
    );
  });

  it('a body over the limit: 413', async () => {
    const payload = JSON.stringify({ title: 'x'.repeat(2 * 1024 * 1024) });
    expectCoded(
      await inBothLanguages({ method: 'POST', url: '/api/reviews', headers: { ...inspector.headers, 'content-type': 'application/json' }, payload }),
      413,
      'problem.tooLarge',
    );
  });

  it('malformed JSON: 400', async () => {
    expectCoded(
      await inBothLanguages({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"email": "a@b.se",' }),
      400,
      'request.invalidJson',
    );
  });

  it('too many attempts: 429 saying how long to wait', async () => {
    const attempt = (language: 'sv' | 'en'): Request => ({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: `nobody-${language}@example.se`, password: 'not the password' },
      remoteAddress: language === 'sv' ? '10.8.0.1' : '10.8.0.2',
    });
    let answers = await inBothLanguages(attempt);
    for (let i = 0; i < 15 && answers.sv.statusCode !== 429; i++) answers = await inBothLanguages(attempt);
    for (const language of ['sv', 'en'] as const) {
      const res = answers[language];
      expect(res.statusCode).toBe(429);
      const { code, params, detail } = res.json();
      expect(code).toBe('request.rateLimited');
      expect(params.seconds).toBeGreaterThan(0);
      expect(params.seconds).toBeLessThanOrEqual(60);
      expect(detail).toBe(problemText('request.rateLimited', params, language));
      expect(Number(res.headers['retry-after'])).toBe(params.seconds);
    }
  });
});
