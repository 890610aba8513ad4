import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentSurvey } from '../../server/features/surveys/service.js';
import { storeVersion } from '../../server/features/surveys/repository.js';
import { compileBank } from '../../server/features/surveys/compiler.js';
import { spurExternal } from '../../surveys/spur-external.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const formUrl = (version: string, role: string, lang?: string) => `/api/surveys/spur-external/versions/${version}/roles/${role}${lang ? `?lang=${lang}` : ''}`;

describe('GET /api/surveys', () => {
  it('lists every survey with its current version, not yet stored', async () => {
    const res = await t.app.inject({ url: '/api/surveys' });
    expect(res.statusCode).toBe(200);
    const { surveys } = res.json();
    expect(surveys.map((s: { key: string }) => s.key)).toEqual(['spur-external', 'director-supplement', 'director-annual', 'leadership-mapping']);
    const spur = surveys[0];
    expect(spur.roles).toEqual(['st', 'supervisor', 'director', 'head']);
    expect(spur.versions).toEqual([{ id: currentSurvey('spur-external').id, hash: currentSurvey('spur-external').hash, current: true, storedAt: null }]);
  });

  it('lists stored older versions beside the current one', async () => {
    const older = structuredClone(spurExternal);
    older.pages[1].items[0].wording.st!.sv += ' (äldre lydelse)';
    const stored = await storeVersion(t.app.db, compileBank(older));
    const again = await storeVersion(t.app.db, compileBank(older));
    expect(again.id).toBe(stored.id); // immutable: storing the same content twice is one version

    const { surveys } = (await t.app.inject({ url: '/api/surveys' })).json();
    const versions = surveys[0].versions;
    expect(versions).toHaveLength(2);
    expect(versions[0]).toMatchObject({ id: stored.hash.slice(0, 12), current: false });
    expect(versions[0].storedAt).toEqual(expect.any(String));

    // ...and that older version stays servable, with its own wording
    const res = await t.app.inject({ url: formUrl(stored.hash.slice(0, 12), 'st') });
    expect(res.statusCode).toBe(200);
    expect(JSON.stringify(res.json())).toContain('(äldre lydelse)');
  });
});

describe('GET /api/surveys/:key/versions/:version/roles/:role', () => {
  it('serves the trainee form in Swedish by default, one page per area after the background', async () => {
    const res = await t.app.inject({ url: formUrl('current', 'st') });
    expect(res.statusCode).toBe(200);
    const form = res.json();
    expect(form.locale).toBe('sv');
    expect(form.pages.map((p: { name: string }) => p.name)).toEqual(['background', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'suggestions']);
    const names = form.pages.flatMap((p: { elements: { name: string }[] }) => p.elements.map((e) => e.name));
    expect(names).toContain('D.lives-up-to-expectations');
    expect(names).toContain('F.self-study-hours');
  });

  it('words the same statement for the role that reads it', async () => {
    const find = async (role: string) => {
      const form = (await t.app.inject({ url: formUrl('current', role, 'en') })).json();
      return form.pages.flatMap((p: { elements: unknown[] }) => p.elements).find((e: { name: string }) => e.name === 'E.personal-supervisor');
    };
    expect((await find('st')).title.en).toMatch(/^I /);
    expect((await find('supervisor')).title.en).toMatch(/ST doctors/);
    expect((await find('head')).title.en).toMatch(/ST doctors/);
  });

  it('does not ask supervisors the trainee-only question', async () => {
    const form = (await t.app.inject({ url: formUrl('current', 'supervisor') })).json();
    expect(JSON.stringify(form)).not.toContain('D.lives-up-to-expectations');
  });

  it('sets the locale to English on request, and falls back to Swedish for an unknown language', async () => {
    expect((await t.app.inject({ url: formUrl('current', 'head', 'en') })).json().locale).toBe('en');
    expect((await t.app.inject({ url: formUrl('current', 'head', 'fi') })).json().locale).toBe('sv');
  });

  it('answers 304 to a matching ETag, and caches fixed versions for good', async () => {
    const id = currentSurvey('spur-external').id;
    const first = await t.app.inject({ url: formUrl(id, 'director') });
    expect(first.headers['cache-control']).toContain('immutable');
    const second = await t.app.inject({ url: formUrl(id, 'director'), headers: { 'if-none-match': first.headers.etag as string } });
    expect(second.statusCode).toBe(304);
    const otherLanguage = await t.app.inject({ url: formUrl(id, 'director', 'en'), headers: { 'if-none-match': first.headers.etag as string } });
    expect(otherLanguage.statusCode).toBe(200);
    expect((await t.app.inject({ url: formUrl('current', 'director') })).headers['cache-control']).toBe('no-cache');
  });

  it('serves the director supplement to directors only', async () => {
    const ok = await t.app.inject({ url: '/api/surveys/director-supplement/versions/current/roles/director' });
    expect(ok.statusCode).toBe(200);
    const no = await t.app.inject({ url: '/api/surveys/director-supplement/versions/current/roles/st' });
    expect(no.statusCode).toBe(404);
    expect(no.json()).toMatchObject({ code: 'survey.noFormForRole', params: { key: 'director-supplement', role: 'st', roles: 'director' } });
    expect(no.json().detail).toContain('har inget formulär för rollen "st"');
  });

  it.each([
    ['an unknown survey', '/api/surveys/no-such-survey/versions/current/roles/st', 404],
    ['an unknown version', formUrl('0123456789ab', 'st'), 404],
    ['an unknown role', formUrl('current', 'nurse'), 404],
    ['a malformed version', formUrl('v1', 'st'), 400],
  ])('answers %s with problem+json', async (_what, url, status) => {
    const res = await t.app.inject({ url });
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});
