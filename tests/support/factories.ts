import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { addCalendarMonths, monthOf } from '../../contract/dates.js';
import { createUser } from '../../server/features/auth/service.js';
import { hashPassword } from '../../server/security/passwords.js';
import type { UserRole } from '../../contract/auth.js';

export const PASSWORD = 'correct horse battery';
const ORIGIN = 'http://localhost:3000';

export interface Session {
  userId: string;
  email: string;
  /** Headers a browser on our own origin would send: the session cookie and Origin. */
  headers: { cookie: string; origin: string };
}

let counter = 0;
/** Hashed once per test file: argon2 is slow on purpose, and every test user has this password. */
let passwordHash: Promise<string> | undefined;

/** A user created directly, then logged in through the API as a browser would. */
export async function signIn(app: FastifyInstance, role: UserRole, options: { hospitalId?: string; email?: string } = {}): Promise<Session> {
  const email = options.email ?? `${role}-${++counter}-${process.pid}@example.se`;
  const userId = await createUser(app.db, null, {
    email,
    name: `${role[0].toUpperCase()}${role.slice(1)} ${counter}`,
    role,
    hospitalId: options.hospitalId ?? null,
    passwordHash: await (passwordHash ??= hashPassword(PASSWORD)),
  });
  return { userId, email, headers: await login(app, email) };
}

export async function login(app: FastifyInstance, email: string, password = PASSWORD): Promise<Session['headers']> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', headers: { origin: ORIGIN }, payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'spur_session');
  return { cookie: `spur_session=${cookie!.value}`, origin: ORIGIN };
}

/** Calls the API as a session; throws with the body when the status is not the expected one. */
export async function call(
  app: FastifyInstance,
  session: Session | null,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
  expected?: number,
): Promise<LightMyRequestResponse> {
  const res = await app.inject({
    method,
    url,
    headers: session?.headers ?? { origin: ORIGIN },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  if (expected !== undefined && res.statusCode !== expected) {
    throw new Error(`${method} ${url}: expected ${expected}, got ${res.statusCode}: ${res.body}`);
  }
  return res;
}

export interface HospitalFixture {
  id: string;
  units: { id: string; code: string; name: string; specialtyGroup: string }[];
}

/** A hospital with units of the given specialty groups, created through the API. */
export async function createHospital(
  app: FastifyInstance,
  session: Session,
  groups: string[] = ['surgical', 'medical'],
  code = `H${++counter}`,
): Promise<HospitalFixture> {
  const hospital = (await call(app, session, 'POST', '/api/hospitals', { code, name: `Sjukhus ${code}`, region: 'Region Test' }, 201)).json();
  const units = [];
  for (const [i, group] of groups.entries()) {
    const unit = (
      await call(
        app,
        session,
        'POST',
        `/api/hospitals/${hospital.id}/units`,
        {
          code: `${code}-U${i + 1}`,
          name: `Klinik ${i + 1} (${group})`,
          specialty: group === 'diagnostic' ? 'radiologi' : group === 'medical' ? 'kardiologi' : 'ortopedi',
          specialtyGroup: group,
        },
        201,
      )
    ).json();
    units.push(unit);
  }
  return { id: hospital.id, units };
}

export async function createReview(app: FastifyInstance, session: Session, hospital: HospitalFixture, extra: Record<string, unknown> = {}) {
  return (
    await call(
      app,
      session,
      'POST',
      '/api/reviews',
      {
        title: 'Extern granskning av ST',
        hospitalId: hospital.id,
        unitIds: hospital.units.map((u) => u.id),
        closesAt: '2099-12-31',
        ...extra,
      },
      201,
    )
  ).json();
}

export function csv(rows: string[][], separator = ','): Buffer {
  return Buffer.from(rows.map((r) => r.join(separator)).join('\r\n') + '\r\n', 'utf8');
}

/**
 * An open review of the hospital's units with the given respondents invited. Returns each
 * respondent's personal token, read from the invitation mail as the respondent would.
 */
export async function openReviewWithInvitations(
  app: FastifyInstance,
  session: Session,
  hospital: HospitalFixture,
  people: [name: string, email: string, role: string, unitIndex: number][],
  extra: Record<string, unknown> = {},
): Promise<{ review: { id: string }; tokens: Map<string, string> }> {
  const review = await createReview(app, session, hospital, extra);
  const rows = [['name', 'email', 'role', 'unit'], ...people.map(([n, e, r, u]) => [n, e, r, hospital.units[u].code])];
  const imported = await app.inject({
    method: 'POST',
    url: `/api/reviews/${review.id}/respondents/import`,
    headers: { ...session.headers, 'content-type': 'text/csv' },
    payload: csv(rows),
  });
  if (imported.statusCode !== 200) throw new Error(imported.body);
  await call(app, session, 'POST', `/api/reviews/${review.id}/open`, undefined, 200);
  await call(app, session, 'POST', `/api/reviews/${review.id}/invitations/send`, undefined, 200);
  const mails = await app.db.selectFrom('mails').select(['recipient', 'body']).where('campaign_id', '=', review.id).orderBy('id').execute();
  const tokens = new Map<string, string>();
  for (const mail of mails) {
    const token = mail.body.match(/\/s\/([A-Za-z0-9_-]{43})/)![1];
    const key = tokens.has(mail.recipient) ? `${mail.recipient}#2` : mail.recipient;
    tokens.set(key, token);
  }
  return { review, tokens };
}

/**
 * Closes a review as if it were `monthsLater` months from now (default 1), so that the answers
 * given today fall inside its benchmark window (whole months before the closing one).
 */
export async function closeReview(
  t: { app: FastifyInstance; clock: { set(moment: Date | string | null): void } },
  session: Session,
  reviewId: string,
  monthsLater = 1,
) {
  t.clock.set(`${addCalendarMonths(monthOf(new Date()), monthsLater)}T12:00:00Z`);
  try {
    return (await call(t.app, session, 'POST', `/api/reviews/${reviewId}/close`, undefined, 200)).json();
  } finally {
    t.clock.set(null);
  }
}

/**
 * What an inspector sending the draft for comment chooses by default: the suggested deadline and
 * the preselected heads and study directors (a reader when the review has neither).
 */
export async function commentRequest(app: FastifyInstance, session: Session, reviewId: string): Promise<{ deadline: string; recipients: string[] }> {
  const { candidates, deadline } = (await call(app, session, 'GET', `/api/reviews/${reviewId}/report/comment-candidates`, undefined, 200)).json() as {
    candidates: { email: string; preselected: boolean }[];
    deadline: { suggested: string };
  };
  const preselected = candidates.filter((c) => c.preselected);
  return { deadline: deadline.suggested, recipients: (preselected.length > 0 ? preselected : candidates.slice(0, 1)).map((c) => c.email) };
}
