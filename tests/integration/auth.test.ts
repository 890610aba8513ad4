import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { call, createHospital, login, PASSWORD, signIn, type Session } from '../support/factories.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  await t.app.ready();
  admin = await signIn(t.app, 'admin');
});
afterAll(() => t.close());

const loginAttempt = (email: string, password: string, ip = '10.0.0.1') =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: ip, payload: { email, password } });

describe('logging in', () => {
  it('sets an httpOnly, SameSite=Lax session cookie and reports who is logged in', async () => {
    const res = await loginAttempt(admin.email, PASSWORD, '10.0.1.1');
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'spur_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const me = await call(t.app, admin, 'GET', '/api/auth/me', undefined, 200);
    expect(me.json()).toMatchObject({ email: admin.email, role: 'admin' });
  });

  it('answers a wrong password and an unknown address the same way', async () => {
    const wrong = await loginAttempt(admin.email, 'not the password', '10.0.2.1');
    const unknown = await loginAttempt('nobody@example.se', 'not the password', '10.0.2.2');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
  });

  it('stores only a hash of the session token', async () => {
    const token = admin.headers.cookie.split('=')[1];
    const rows = await t.app.db.selectFrom('sessions').select('token_hash').execute();
    expect(rows.some((r) => r.token_hash.toString('base64url') === token)).toBe(false);
  });

  it('slows down password guessing: the 11th attempt in a minute from one address is refused', async () => {
    const statuses = [];
    for (let i = 0; i < 11; i++) statuses.push((await loginAttempt(admin.email, `guess ${i}`, '10.0.3.1')).statusCode);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    const other = await loginAttempt(admin.email, PASSWORD, '10.0.3.2');
    expect(other.statusCode).toBe(200);
    // A colleague behind the same address is not locked out by someone else's attempts.
    const inspector = await signIn(t.app, 'inspector');
    expect((await loginAttempt(inspector.email, PASSWORD, '10.0.3.1')).statusCode).toBe(200);
  });

  it('logging out ends the session on the server, not just in the browser', async () => {
    const session = { ...admin, headers: await login(t.app, admin.email) };
    await call(t.app, session, 'POST', '/api/auth/logout', undefined, 200);
    const after = await call(t.app, session, 'GET', '/api/auth/me');
    expect(after.statusCode).toBe(401);
  });

  it('blocks a state change carrying the session cookie from another site', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/hospitals',
      headers: { cookie: admin.headers.cookie, origin: 'https://evil.example' },
      payload: { code: 'EVIL', name: 'Evil' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('auth.crossSite');
    const noOrigin = await t.app.inject({
      method: 'POST',
      url: '/api/hospitals',
      headers: { cookie: admin.headers.cookie },
      payload: { code: 'EVIL', name: 'Evil' },
    });
    expect(noOrigin.statusCode).toBe(403);
  });

  it('an admin can revoke all sessions of a user', async () => {
    const inspector = await signIn(t.app, 'inspector');
    // Sessions are remembered for a second; a revocation must not wait for that.
    expect((await call(t.app, inspector, 'GET', '/api/auth/me')).statusCode).toBe(200);
    await call(t.app, admin, 'DELETE', `/api/users/${inspector.userId}/sessions`, undefined, 200);
    expect((await call(t.app, inspector, 'GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it("a changed role or a deactivation holds from the user's very next request", async () => {
    const user = await signIn(t.app, 'inspector');
    expect((await call(t.app, user, 'GET', '/api/audit')).statusCode).toBe(403);
    await call(t.app, admin, 'PATCH', `/api/users/${user.userId}`, { role: 'admin' }, 200);
    expect((await call(t.app, user, 'GET', '/api/audit')).statusCode).toBe(200);
    await call(t.app, admin, 'PATCH', `/api/users/${user.userId}`, { active: false }, 200);
    expect((await call(t.app, user, 'GET', '/api/auth/me')).statusCode).toBe(401);
  });
});

describe('password reset', () => {
  it('mails a single-use link that sets a new password and ends old sessions', async () => {
    const user = await signIn(t.app, 'inspector');
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/password-reset', remoteAddress: '10.0.4.1', payload: { email: user.email } });
    expect(res.statusCode).toBe(202);
    const unknown = await t.app.inject({ method: 'POST', url: '/api/auth/password-reset', remoteAddress: '10.0.4.1', payload: { email: 'nobody@example.se' } });
    expect(unknown.json()).toEqual(res.json());

    // The mail is made after the answer, so that the answer's timing does not tell who has an account.
    const resetMails = () => t.app.db.selectFrom('mails').selectAll().where('recipient', '=', user.email).where('status', '=', 'sent').orderBy('id').execute();
    await expect.poll(async () => (await resetMails()).length, { timeout: 10_000 }).toBe(1);
    const token = (await resetMails())[0].body.match(/reset-password#([A-Za-z0-9_-]{43})/)![1];

    const confirm = (password: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/password-reset/confirm', remoteAddress: '10.0.4.2', payload: { token, password } });
    expect((await confirm('a brand new password')).statusCode).toBe(200);
    expect((await confirm('another new password')).statusCode).toBe(422);
    expect((await call(t.app, user, 'GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await loginAttempt(user.email, 'a brand new password', '10.0.4.3')).statusCode).toBe(200);
  });

  it('ends every other reset link of the account when one is used', async () => {
    const user = await signIn(t.app, 'inspector');
    const request = () => t.app.inject({ method: 'POST', url: '/api/auth/password-reset', remoteAddress: '10.0.4.5', payload: { email: user.email } });
    const links = async () =>
      (await t.app.db.selectFrom('mails').select('body').where('recipient', '=', user.email).where('status', '=', 'sent').orderBy('id').execute()).map(
        (m) => m.body.match(/reset-password#([A-Za-z0-9_-]{43})/)![1],
      );
    await request();
    await expect.poll(async () => (await links()).length, { timeout: 10_000 }).toBe(1);
    await request();
    await expect.poll(async () => (await links()).length, { timeout: 10_000 }).toBe(2);
    const [first, second] = await links();
    const confirm = (token: string, password: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/password-reset/confirm', remoteAddress: '10.0.4.6', payload: { token, password } });
    expect((await confirm(first, 'the first new password')).statusCode).toBe(200);
    expect((await confirm(second, 'the second new password')).statusCode).toBe(422);
    expect((await loginAttempt(user.email, 'the first new password', '10.0.4.7')).statusCode).toBe(200);
  });

  it('rejects a short new password naming the field', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/password-reset/confirm', payload: { token: 'x'.repeat(43), password: 'short' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual(expect.objectContaining({ field: 'body.password' }));
  });
});

describe('first start', () => {
  it('creates the first admin with the one-time setup token, once', async () => {
    const fresh = await createTestApp();
    try {
      await fresh.app.ready();
      expect((await fresh.app.inject({ url: '/api/auth/setup' })).json()).toEqual({ needed: true });
      const token = (await fresh.app.firstAdminSetup.begin(fresh.app.db))!;
      const wrong = await fresh.app.inject({
        method: 'POST',
        url: '/api/auth/setup',
        payload: { token: 'y'.repeat(43), email: 'first@example.se', name: 'First', password: 'first admin pw' },
      });
      expect(wrong.statusCode).toBe(422);
      const ok = await fresh.app.inject({
        method: 'POST',
        url: '/api/auth/setup',
        payload: { token, email: 'first@example.se', name: 'First', password: 'first admin pw' },
      });
      expect(ok.statusCode).toBe(201);
      expect((await fresh.app.inject({ url: '/api/auth/setup' })).json()).toEqual({ needed: false });
      const again = await fresh.app.inject({
        method: 'POST',
        url: '/api/auth/setup',
        payload: { token, email: 'second@example.se', name: 'Second', password: 'second admin pw' },
      });
      expect(again.statusCode).toBe(422);
      expect(await fresh.app.firstAdminSetup.begin(fresh.app.db)).toBeNull();
    } finally {
      await fresh.close();
    }
  });
});

describe('user administration', () => {
  it('admins create users; a reader must belong to a hospital; duplicates are refused', async () => {
    const res = await call(t.app, admin, 'POST', '/api/users', { email: 'reader@example.se', name: 'Reader', role: 'reader', password: 'reader password' });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].field).toBe('body.hospitalId');
    await call(t.app, admin, 'POST', '/api/users', { email: 'Insp@example.se', name: 'Insp', role: 'inspector', password: 'inspector pw1' }, 201);
    const dup = await call(t.app, admin, 'POST', '/api/users', { email: 'insp@example.se', name: 'Insp 2', role: 'inspector', password: 'inspector pw1' });
    expect(dup.statusCode).toBe(409);
  });

  it('a head of department is a reader tied to a clinic of their own hospital; the clinic follows the role and hospital', async () => {
    const [own, other] = [await createHospital(t.app, admin), await createHospital(t.app, admin)];
    const head = { email: 'head@example.se', name: 'Head', role: 'reader', hospitalId: own.id, password: 'head password' };
    const refused = async (body: object, code: string) => {
      const res = await call(t.app, admin, 'POST', '/api/users', body, 422);
      expect(res.json()).toMatchObject({ code, errors: [{ field: 'body.unitId' }] });
    };
    await refused({ ...head, unitId: other.units[0].id }, 'user.unitNotInHospital');
    await refused({ ...head, role: 'inspector', unitId: own.units[0].id }, 'user.unitOnlyForReader');
    const created = (await call(t.app, admin, 'POST', '/api/users', { ...head, unitId: own.units[0].id }, 201)).json();
    expect(created.unitId).toBe(own.units[0].id);

    const change = (body: object) => call(t.app, admin, 'PATCH', `/api/users/${created.id}`, body);
    expect((await change({ name: 'Head of surgery' })).json().unitId).toBe(own.units[0].id);
    expect((await change({ unitId: own.units[1].id })).json().unitId).toBe(own.units[1].id);
    expect((await change({ unitId: other.units[0].id })).json().code).toBe('user.unitNotInHospital');
    // Moved to another hospital, or no longer a reader, the clinic goes with it.
    expect((await change({ hospitalId: other.id })).json()).toMatchObject({ hospitalId: other.id, unitId: null });
    await change({ hospitalId: own.id, unitId: own.units[0].id });
    expect((await change({ role: 'inspector' })).json()).toMatchObject({ role: 'inspector', unitId: null });
  });

  it('deactivating a user ends their sessions and stops their login', async () => {
    const user = await signIn(t.app, 'inspector');
    await call(t.app, admin, 'PATCH', `/api/users/${user.userId}`, { active: false }, 200);
    expect((await call(t.app, user, 'GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await loginAttempt(user.email, PASSWORD, '10.0.5.1')).statusCode).toBe(401);
  });

  it('inspectors see only active inspectors, to assign them; readers nothing', async () => {
    const inspector = await signIn(t.app, 'inspector');
    const list = (await call(t.app, inspector, 'GET', '/api/users', undefined, 200)).json().users;
    expect(list.every((u: { role: string }) => u.role === 'inspector')).toBe(true);
    expect((await call(t.app, inspector, 'POST', '/api/users', { email: 'x@example.se', name: 'X', role: 'admin', password: 'xxxxxxxxxxxx' })).statusCode).toBe(
      403,
    );
  });

  it('records logins and changes in an audit trail only admins read', async () => {
    const events = (await call(t.app, admin, 'GET', '/api/audit?limit=500', undefined, 200)).json().events;
    const actions = new Set(events.map((e: { action: string }) => e.action));
    for (const action of ['login', 'logout', 'user_created', 'user_changed', 'password_reset', 'sessions_revoked']) expect(actions).toContain(action);
    const inspector = await signIn(t.app, 'inspector');
    expect((await call(t.app, inspector, 'GET', '/api/audit')).statusCode).toBe(403);
    expect((await call(t.app, null, 'GET', '/api/audit')).statusCode).toBe(401);
  });
});
