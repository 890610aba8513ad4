import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldPoolDeltas } from '../../server/features/benchmark/deltas.js';
import { keptCounts, recountFromAnswers } from '../../server/features/benchmark/repository.js';
import { currentSurvey } from '../../server/features/surveys/service.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { completeAnswers } from '../support/answers.js';
import { call, closeReview, createHospital, openReviewWithInvitations, signIn, type HospitalFixture, type Session } from '../support/factories.js';

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

const open = (token: string) => t.app.inject({ url: `/api/respond/${token}`, remoteAddress: '10.1.0.1' });
const saveDraft = (token: string, data: unknown, currentPage = 0) =>
  t.app.inject({ method: 'PUT', url: `/api/respond/${token}/draft`, remoteAddress: '10.1.0.1', payload: { data, currentPage } });
// The page asks in its own language (Accept-Language), which is the survey's.
const submit = (token: string, data: unknown, lang?: 'sv' | 'en') =>
  t.app.inject({
    method: 'POST',
    url: `/api/respond/${token}/submit`,
    remoteAddress: '10.1.0.1',
    headers: lang ? { 'accept-language': lang } : {},
    payload: { data, ...(lang ? { lang } : {}) },
  });

async function invite(role = 'st', extra = {}) {
  const email = `${role}-${Math.random().toString(36).slice(2)}@example.se`;
  const { review, tokens } = await openReviewWithInvitations(t.app, inspector, hospital, [['Resp', email, role, 0]], extra);
  return { review, token: tokens.get(email)! };
}

const countResponses = async (reviewId: string) =>
  Number(
    (
      await t.app.db
        .selectFrom('responses')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('campaign_id', '=', reviewId)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('opening a personal link', () => {
  it('shows the hospital, unit, role, closing date, anonymity threshold and the pinned survey', async () => {
    const { token } = await invite('supervisor', { closesAt: '2099-05-01' });
    const res = await open(token);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toMatchObject({
      status: 'open',
      role: 'supervisor',
      hospitalName: expect.stringContaining('Sjukhus'),
      unitName: hospital.units[0].name,
      closesAt: '2099-05-01',
      anonymityThreshold: 3,
      survey: { key: 'spur-external' },
      draft: null,
      submittedAt: null,
    });
    expect(res.json().estimatedMinutes).toBeGreaterThanOrEqual(5);
  });

  it('answers an unknown, a malformed and a never-issued token the same way', async () => {
    const a = await t.app.inject({ url: `/api/respond/${'A'.repeat(43)}`, remoteAddress: '10.1.1.1' });
    const b = await t.app.inject({ url: '/api/respond/not-a-token', remoteAddress: '10.1.1.1' });
    expect(a.statusCode).toBe(404);
    expect(b.statusCode).toBe(404);
    expect(a.json().detail).toBe(b.json().detail);
  });

  it('lets a whole clinic behind one hospital address answer at once: 40 people opening and autosaving 800 times in a minute', async () => {
    const people = Array.from(
      { length: 40 },
      (_, i) => ['Resp', `clinic-${i}-${Math.random().toString(36).slice(2)}@example.se`, 'st', 0] as [string, string, string, number],
    );
    const { tokens } = await openReviewWithInvitations(t.app, inspector, hospital, people);
    const statuses = new Map<number, number>();
    for (const token of tokens.values()) {
      const replies = [await t.app.inject({ url: `/api/respond/${token}`, remoteAddress: '10.1.9.9' })];
      for (let i = 0; i < 19; i++) {
        replies.push(
          await t.app.inject({
            method: 'PUT',
            url: `/api/respond/${token}/draft`,
            remoteAddress: '10.1.9.9',
            payload: { data: { 'A.varied-clinical-work': (i % 4) + 1 }, currentPage: 0 },
          }),
        );
      }
      for (const reply of replies) statuses.set(reply.statusCode, (statuses.get(reply.statusCode) ?? 0) + 1);
    }
    expect(Object.fromEntries(statuses)).toEqual({ 200: 800 });
  });

  it('slows down someone guessing links, without locking out the colleagues behind the same address', async () => {
    let last = 0;
    for (let i = 0; i < 31; i++) last = (await t.app.inject({ url: `/api/respond/${String(i).padStart(43, 'x')}`, remoteAddress: '10.1.2.1' })).statusCode;
    expect(last).toBe(429);
    const { token } = await invite();
    expect((await t.app.inject({ url: `/api/respond/${token}`, remoteAddress: '10.1.2.1' })).statusCode).toBe(200);
    expect((await t.app.inject({ url: `/api/respond/${'y'.repeat(43)}`, remoteAddress: '10.1.2.1' })).statusCode).toBe(429);
    expect((await t.app.inject({ url: `/api/respond/${'y'.repeat(43)}`, remoteAddress: '10.1.2.2' })).statusCode).toBe(404);
  });
});

describe('autosave and resume', () => {
  it('refuses a body nested thousands of levels deep with a 400, not a 500', async () => {
    const { token } = await invite();
    const deep = `{"data":{"x":${'['.repeat(5000)}${']'.repeat(5000)}}}`;
    const res = await t.app.inject({ method: 'PUT', url: `/api/respond/${token}/draft`, headers: { 'content-type': 'application/json' }, payload: deep });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'request.tooDeep', params: { limit: 32 } });
  });

  it('keeps the draft for the next visit and never counts it as an answer', async () => {
    const { review, token } = await invite();
    const saved = await saveDraft(token, { 'A.varied-clinical-work': 3, 'background.training-year': 'year-2' }, 2);
    expect(saved.statusCode).toBe(200);
    const resumed = (await open(token)).json();
    expect(resumed.draft).toMatchObject({ data: { 'A.varied-clinical-work': 3, 'background.training-year': 'year-2' }, currentPage: 2 });
    expect(resumed.draft.savedAt).toBe(saved.json().savedAt);
    expect(await countResponses(review.id)).toBe(0);
    const rates = (await call(t.app, inspector, 'GET', `/api/reviews/${review.id}/response-rates`, undefined, 200)).json();
    expect(rates.total.total.answered).toBe(0);
  });

  it('refuses a draft with answers to questions the survey does not have', async () => {
    const { token } = await invite('supervisor');
    const res = await saveDraft(token, { 'D.lives-up-to-expectations': 4 });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([{ field: 'D.lives-up-to-expectations', code: 'answer.unknownQuestion', message: 'Det här är ingen fråga i enkäten.' }]);
  });
});

describe('submitting', () => {
  it('stores the raw answers and one normalised row per answered item, and marks the invitation answered', async () => {
    const { review, token } = await invite('st');
    await saveDraft(token, { 'A.varied-clinical-work': 1 });
    const data = completeAnswers('st', { 'A.varied-clinical-work': 2, 'F.self-study-hours': 2.5, 'suggestion-1': '  Mer schemalagd tid för självstudier. ' });
    const res = await submit(token, data);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'answered' });

    const response = await t.app.db.selectFrom('responses').selectAll().where('campaign_id', '=', review.id).executeTakeFirstOrThrow();
    expect(response).toMatchObject({ role: 'st', unit_id: hospital.units[0].id, hospital_id: hospital.id });
    expect(response.raw).toEqual(data);
    const answers = await t.app.db.selectFrom('answers').selectAll().where('response_id', '=', response.id).execute();
    expect(answers).toHaveLength(Object.keys(data).length);
    expect(answers.find((a) => a.item_id === 'A.varied-clinical-work')!.value_num).toBe('2');
    expect(answers.find((a) => a.item_id === 'F.self-study-hours')!.value_num).toBe('2.5');
    expect(answers.find((a) => a.item_id === 'suggestion-1')!.text_value).toBe('Mer schemalagd tid för självstudier.');
    expect(answers.find((a) => a.item_id === 'background.training-year')!.choice).toBe('year-1');

    const after = (await open(token)).json();
    expect(after).toMatchObject({ status: 'answered', draft: null });
    const rates = (await call(t.app, inspector, 'GET', `/api/reviews/${review.id}/response-rates`, undefined, 200)).json();
    expect(rates.total.total).toEqual({ invited: 1, answered: 1, share: 1, unreachable: 0, adjustedShare: 1 });
  });

  it('stores free text exactly as written, whatever its characters', async () => {
    // Answers travel to the database as one array per column: an element that looks like an
    // array's syntax, or like NULL, must come back as the text it is.
    const texts = ['NULL', '"{a,b}", \\ och {"x": [1]} \t "citat"', 'å\u00e4ö 🩺 slutar med \\'];
    const { review, token } = await invite('st');
    const data = completeAnswers('st', { 'suggestion-1': texts[0], 'suggestion-2': texts[1], 'suggestion-3': texts[2] });
    expect((await submit(token, data)).statusCode).toBe(200);
    const rows = await t.app.db
      .selectFrom('answers')
      .innerJoin('responses', 'responses.id', 'answers.response_id')
      .select(['item_id', 'text_value'])
      .where('responses.campaign_id', '=', review.id)
      .where('text_value', 'is not', null)
      .execute();
    expect(Object.fromEntries(rows.map((r) => [r.item_id, r.text_value]))).toEqual({
      'suggestion-1': texts[0],
      'suggestion-2': texts[1],
      'suggestion-3': texts[2],
    });
  });

  it('a repeated submit gets the same success and stores nothing more', async () => {
    const { review, token } = await invite('head');
    const first = await submit(token, completeAnswers('head'));
    const second = await submit(token, completeAnswers('head', { 'A.varied-clinical-work': 1 }));
    expect(second.statusCode).toBe(200);
    expect(second.json()).toEqual(first.json());
    expect(await countResponses(review.id)).toBe(1);
  });

  it('twenty concurrent submits of one token store exactly one response', async () => {
    const { review, token } = await invite('director');
    const results = await Promise.all(Array.from({ length: 20 }, () => submit(token, completeAnswers('director'))));
    expect(results.map((r) => r.statusCode)).toEqual(Array(20).fill(200));
    expect(new Set(results.map((r) => r.json().submittedAt)).size).toBe(1);
    expect(await countResponses(review.id)).toBe(1);
  });

  it('forty respondents submitting at the same moment are all stored, each once', async () => {
    const people = Array.from({ length: 40 }, (_, i) => [`P${i}`, `many-${i}@example.se`, 'st', i % 2] as [string, string, string, number]);
    const { review, tokens } = await openReviewWithInvitations(t.app, inspector, hospital, people);
    const results = await Promise.all(
      people.map(([, email]) =>
        t.app.inject({ method: 'POST', url: `/api/respond/${tokens.get(email)}/submit`, remoteAddress: '10.1.9.9', payload: { data: completeAnswers('st') } }),
      ),
    );
    expect(results.filter((r) => r.statusCode !== 200).map((r) => r.body)).toEqual([]);
    expect(await countResponses(review.id)).toBe(40);
  }, 60_000);

  it('lists every invalid answer by question, in the respondent’s language, and keeps the draft', async () => {
    const { review, token } = await invite('st');
    await saveDraft(token, { 'A.varied-clinical-work': 3 });
    const data = completeAnswers('st', {
      'A.varied-clinical-work': 7,
      'F.self-study-hours': 41,
      'E.supervision-talks-12m': 2.5,
      'background.training-year': 'year-9',
      'suggestion-2': 'x'.repeat(1001),
      'Z.unknown': 1,
    });
    delete data['B.enough-specialists'];
    const res = await submit(token, data, 'en');
    expect(res.statusCode).toBe(422);
    const byField = Object.fromEntries(res.json().errors.map((e: { field: string; message: string }) => [e.field, e.message]));
    expect(byField).toMatchObject({
      'A.varied-clinical-work': 'The answer is not one of the answer options.',
      'F.self-study-hours': 'Enter a number from 0 to 40 in steps of 0.5.',
      'E.supervision-talks-12m': 'Enter a whole number from 0 to 52.',
      'background.training-year': 'The answer is not one of the answer options.',
      'suggestion-2': 'May be at most 1000 characters.',
      'Z.unknown': 'This is not a question of this survey.',
      'B.enough-specialists': 'This question needs an answer.',
    });
    const sv = await submit(token, { ...completeAnswers('st'), 'F.self-study-hours': -1 }, 'sv');
    expect(sv.json().errors).toEqual([
      { field: 'F.self-study-hours', code: 'answer.stepNumber', params: { min: 0, max: 40, step: 0.5 }, message: 'Ange ett tal från 0 till 40 i steg om 0,5.' },
    ]);
    const half = await submit(token, { ...completeAnswers('st'), 'F.self-study-hours': 1.25 }, 'en');
    expect(half.json().errors).toEqual([expect.objectContaining({ field: 'F.self-study-hours', message: 'Enter a number from 0 to 40 in steps of 0.5.' })]);
    expect(await countResponses(review.id)).toBe(0);
    expect((await open(token)).json().draft.data).toEqual({ 'A.varied-clinical-work': 3 });
  });

  it('accepts "don’t know" and leaves optional suggestions out', async () => {
    const { token } = await invite('supervisor');
    const res = await submit(token, completeAnswers('supervisor', { 'A.varied-clinical-work': 0, 'suggestion-1': '' }));
    expect(res.statusCode).toBe(200);
  });

  it('takes no answers after the review closes, and says so', async () => {
    const { review, token } = await invite('st');
    await call(t.app, inspector, 'POST', `/api/reviews/${review.id}/close`, undefined, 200);
    expect((await open(token)).json().status).toBe('closed');
    const res = await submit(token, completeAnswers('st'));
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'respond.closed', detail: 'Enkäten är stängd och tar inte längre emot svar.' });
    expect((await saveDraft(token, {})).statusCode).toBe(409);
  });

  it('with edits allowed, the respondent may change answers until closing, still one response', async () => {
    const { review, token } = await invite('st', { allowEdits: true });
    await submit(token, completeAnswers('st'));
    const reopened = (await open(token)).json();
    expect(reopened.status).toBe('open');
    expect(reopened.draft.data['A.varied-clinical-work']).toBe(4);
    expect((await submit(token, completeAnswers('st', { 'A.varied-clinical-work': 1, 'F.self-study-hours': 2.5 }))).statusCode).toBe(200);
    expect(await countResponses(review.id)).toBe(1);
    const value = await t.app.db
      .selectFrom('answers')
      .innerJoin('responses', 'responses.id', 'answers.response_id')
      .select('value_num')
      .where('responses.campaign_id', '=', review.id)
      .where('item_id', '=', 'A.varied-clinical-work')
      .executeTakeFirstOrThrow();
    expect(value.value_num).toBe('1');
    // The pool's counts follow the change, the numeric ones (self-study hours) too.
    const ids = (kind: string) =>
      currentSurvey('spur-external')
        .items.filter((i) => i.kind === kind)
        .map((i) => i.id);
    await foldPoolDeltas(t.app.db);
    const kept = await keptCounts(t.app.db);
    expect(kept.numbers.filter((c) => c.key.includes('|F.self-study-hours|'))).toContainEqual(
      expect.objectContaining({ key: expect.stringMatching(/\|2\.5$/) }),
    );
    expect(kept).toEqual(await recountFromAnswers(t.app.db, ids('statement'), ids('numeric')));
  });

  it('with edits allowed, ten different first submissions at once leave one response holding one of them whole, and the pool equal to a recount', async () => {
    const { review, token } = await invite('st', { allowEdits: true });
    const sets = Array.from({ length: 10 }, (_, i) => completeAnswers('st', { 'A.varied-clinical-work': 1 + (i % 4), 'F.self-study-hours': i }));
    const results = await Promise.all(sets.map((data) => submit(token, data)));
    expect(results.map((r) => r.statusCode)).toEqual(Array(10).fill(200));
    expect(await countResponses(review.id)).toBe(1);
    const stored = await t.app.db
      .selectFrom('answers')
      .innerJoin('responses', 'responses.id', 'answers.response_id')
      .select(['item_id', 'value_num'])
      .where('responses.campaign_id', '=', review.id)
      .where('item_id', 'in', ['A.varied-clinical-work', 'F.self-study-hours'])
      .execute();
    const held = Object.fromEntries(stored.map((a) => [a.item_id, Number(a.value_num)]));
    expect(sets.some((d) => d['A.varied-clinical-work'] === held['A.varied-clinical-work'] && d['F.self-study-hours'] === held['F.self-study-hours'])).toBe(
      true,
    );
    const ids = (kind: string) =>
      currentSurvey('spur-external')
        .items.filter((i) => i.kind === kind)
        .map((i) => i.id);
    await foldPoolDeltas(t.app.db);
    expect(await keptCounts(t.app.db)).toEqual(await recountFromAnswers(t.app.db, ids('statement'), ids('numeric')));
  });

  it('the director supplement is its own link, answered separately', async () => {
    const email = 'sr@example.se';
    const { review, tokens } = await openReviewWithInvitations(t.app, inspector, hospital, [['SR', email, 'director', 1]], { includeDirectorSupplement: true });
    const main = tokens.get(email)!;
    const supplement = tokens.get(`${email}#2`)!;
    expect((await open(supplement)).json().survey.key).toBe('director-supplement');
    expect((await submit(supplement, completeAnswers('director', {}, 'director-supplement'))).statusCode).toBe(200);
    expect((await open(main)).json().status).toBe('open');
    const rates = (await call(t.app, inspector, 'GET', `/api/reviews/${review.id}/response-rates`, undefined, 200)).json();
    expect(rates.total.total).toEqual({ invited: 1, answered: 0, share: 0, unreachable: 0, adjustedShare: 0 });
  });
});

describe('the pool’s counts', () => {
  // The director supplement's statements count in the pool too (answered above).
  const ids = (kind: string) =>
    ['spur-external', 'director-supplement'].flatMap((key) =>
      currentSurvey(key)
        .items.filter((i) => i.kind === kind)
        .map((i) => i.id),
    );
  const recount = () => recountFromAnswers(t.app.db, ids('statement'), ids('numeric'));
  const pending = async () =>
    Number(
      (
        await t.app.db
          .selectFrom('pool_deltas')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('equal a recount at every moment: the counts with the deltas not yet folded, and the counts alone after a fold', async () => {
    const step = fc.record({
      person: fc.integer({ min: 0, max: 2 }),
      agreement: fc.integer({ min: 0, max: 4 }),
      hours: fc.constantFrom(0, 0.5, 2, 40),
      fold: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), async (steps) => {
        const people = [0, 1, 2].map(
          (i) => ['Resp', `pool-${i}-${Math.random().toString(36).slice(2)}@example.se`, 'st', i % 2] as [string, string, string, number],
        );
        // Edits allowed, so a person answering again takes back the earlier answers (−1 deltas).
        const { tokens } = await openReviewWithInvitations(t.app, inspector, hospital, people, { allowEdits: true });
        const links = [...tokens.values()];
        for (const s of steps) {
          const res = await submit(links[s.person], completeAnswers('st', { 'A.varied-clinical-work': s.agreement, 'F.self-study-hours': s.hours }));
          expect(res.statusCode, res.body).toBe(200);
          if (s.fold) await foldPoolDeltas(t.app.db);
          expect(await keptCounts(t.app.db, true)).toEqual(await recount());
        }
        await foldPoolDeltas(t.app.db);
        expect(await pending()).toBe(0);
        expect(await keptCounts(t.app.db)).toEqual(await recount());
      }),
      { numRuns: 8 },
    );
  }, 120_000);

  it('are folded by a closing review in its own transaction, so its snapshot sees every submitted answer', async () => {
    const { review, token } = await invite('st');
    expect((await submit(token, completeAnswers('st'))).statusCode).toBe(200);
    expect(await pending()).toBeGreaterThan(0);
    await closeReview(t, inspector, review.id);
    expect(await pending()).toBe(0);
    expect(await keptCounts(t.app.db)).toEqual(await recount());
  });
});
