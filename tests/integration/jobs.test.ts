import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { call, createHospital, createReview, signIn } from '../support/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ jobQueue: true });
  await t.app.ready();
});
afterAll(() => t.close());

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('the job queue (pg-boss on the same database)', () => {
  it('delivers invitations and runs a scheduled reminder round at its time', async () => {
    const inspector = await signIn(t.app, 'inspector');
    const hospital = await createHospital(t.app, inspector, ['medical']);
    const review = await createReview(t.app, inspector, hospital);
    await call(
      t.app,
      inspector,
      'POST',
      `/api/reviews/${review.id}/respondents`,
      { name: 'Anna', email: 'anna@example.se', role: 'st', unitId: hospital.units[0].id },
      201,
    );
    await call(t.app, inspector, 'POST', `/api/reviews/${review.id}/open`, undefined, 200);
    await call(t.app, inspector, 'POST', `/api/reviews/${review.id}/invitations/send`, undefined, 200);
    const mails = () => t.app.db.selectFrom('mails').select(['kind', 'status']).where('campaign_id', '=', review.id).orderBy('id').execute();
    expect(await until(mails, (m) => m.every((x) => x.status === 'sent'))).toEqual([{ kind: 'invitation', status: 'sent' }]);

    await call(t.app, inspector, 'POST', `/api/reviews/${review.id}/reminders`, { at: new Date(Date.now() + 1000).toISOString() }, 201);
    const after = await until(mails, (m) => m.length === 2 && m.every((x) => x.status === 'sent'));
    expect(after).toEqual([
      { kind: 'invitation', status: 'sent' },
      { kind: 'reminder', status: 'sent' },
    ]);
  }, 60_000);
});
