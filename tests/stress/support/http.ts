import fs from 'node:fs';
import path from 'node:path';
import type { Role } from '../../../contract/domain.js';

export const PASSWORD = 'stress-test-password';

/** A browser-like API client over real HTTP: keeps the session cookie, sends our Origin. */
export class ApiClient {
  cookie = '';

  constructor(public baseUrl: string) {}

  async request(method: string, url: string, body?: unknown, contentType = 'application/json', timeoutMs = 60_000): Promise<Response> {
    const headers: Record<string, string> = { origin: this.baseUrl };
    if (this.cookie) headers.cookie = this.cookie;
    if (body !== undefined) headers['content-type'] = contentType;
    const payload = (body === undefined ? undefined : typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body)) as
      BodyInit | undefined;
    const res = await fetch(`${this.baseUrl}${url}`, { method, headers, body: payload, signal: AbortSignal.timeout(timeoutMs) });
    const session = res.headers.getSetCookie().find((c) => c.startsWith('spur_session='));
    if (session) this.cookie = session.split(';')[0];
    return res;
  }

  /** The JSON body of a call that must answer `expected`; throws with the problem otherwise. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- callers name the shape they expect
  async expect<T = any>(expected: number, method: string, url: string, body?: unknown, contentType?: string): Promise<T> {
    const res = await this.request(method, url, body, contentType);
    const text = await res.text();
    if (res.status !== expected) throw new Error(`${method} ${url}: expected ${expected}, got ${res.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
}

/** Creates the first admin with the server's one-time setup link and logs in. */
export async function setUpAdmin(baseUrl: string, setupToken: string, email = 'admin@stress.example.se'): Promise<ApiClient> {
  const api = new ApiClient(baseUrl);
  await api.expect(201, 'POST', '/api/auth/setup', { token: setupToken, email, name: 'Stress Admin', password: PASSWORD });
  await api.expect(200, 'POST', '/api/auth/login', { email, password: PASSWORD });
  return api;
}

export interface Invitee {
  email: string;
  role: Role;
}

const ROLE_CYCLE: Role[] = ['st', 'st', 'supervisor', 'st', 'supervisor', 'director', 'st', 'head'];

/** `count` invitees across the hospital's units, mostly trainees and supervisors, as in a real clinic. */
export function invitees(count: number, tag: string): Invitee[] {
  return Array.from({ length: count }, (_, i) => ({ email: `${tag}-${i}@stress.example.se`, role: ROLE_CYCLE[i % ROLE_CYCLE.length] }));
}

/**
 * Through the API as an inspector would: a hospital with four clinics, an open review, the
 * respondents imported from CSV and their invitations sent. Returns the review id.
 */
export async function openReview(api: ApiClient, people: Invitee[], code = 'STRESS'): Promise<{ reviewId: string; hospitalCode: string }> {
  const hospital = await api.expect(201, 'POST', '/api/hospitals', { code, name: `Stressjukhuset ${code}`, region: 'Region Test' });
  const groups = ['surgical', 'medical', 'diagnostic', 'other'];
  const units: { id: string; code: string }[] = [];
  for (const [i, group] of groups.entries()) {
    units.push(
      await api.expect(201, 'POST', `/api/hospitals/${hospital.id}/units`, {
        code: `${code}-U${i + 1}`,
        name: `Klinik ${i + 1}`,
        specialty: group === 'diagnostic' ? 'radiologi' : group === 'medical' ? 'kardiologi' : 'ortopedi',
        specialtyGroup: group,
      }),
    );
  }
  const review = await api.expect(201, 'POST', '/api/reviews', {
    title: `Stresstest ${code}`,
    hospitalId: hospital.id,
    unitIds: units.map((u) => u.id),
    closesAt: '2099-12-31',
  });
  const csv = ['name,email,role,unit', ...people.map((p, i) => `Person ${i},${p.email},${p.role},${units[i % units.length].code}`)].join('\r\n');
  await api.expect(200, 'POST', `/api/reviews/${review.id}/respondents/import`, csv, 'text/csv');
  await api.expect(200, 'POST', `/api/reviews/${review.id}/open`);
  const sent = await api.expect<{ sent: number }>(200, 'POST', `/api/reviews/${review.id}/invitations/send`);
  if (sent.sent !== people.length) throw new Error(`expected ${people.length} invitations, ${sent.sent} were sent`);
  return { reviewId: String(review.id), hospitalCode: code };
}

export interface OutboxMail {
  file: string;
  to: string;
  subject: string;
  body: string;
}

/** The .eml files of an outbox folder, decoded enough to read recipient, subject and links. */
export function readOutbox(dir: string): OutboxMail[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((file) => parseMail(file, fs.readFileSync(path.join(dir, file), 'utf8')));
}

function parseMail(file: string, source: string): OutboxMail {
  const split = source.indexOf('\n\n');
  const head = source.slice(0, split).replace(/\n[ \t]+/g, ' ');
  const header = (name: string) => head.match(new RegExp(`^${name}: (.*)$`, 'im'))?.[1].trim() ?? '';
  const raw = source.slice(split + 2);
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const body =
    encoding === 'base64'
      ? Buffer.from(raw.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? Buffer.from(
            raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8')
        : raw;
  return { file, to: header('To').replace(/^.*<(.+)>$/, '$1'), subject: header('Subject'), body };
}

/** Waits until the outbox holds at least `count` mails (the job queue delivers within seconds). */
export async function waitForMails(dir: string, count: number, timeoutMs = 120_000, filter: (m: OutboxMail) => boolean = () => true): Promise<OutboxMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = readOutbox(dir).filter(filter);
    if (mails.length >= count || Date.now() > deadline) return mails;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Each recipient's personal token, read from their mail as the respondent would. */
export function tokensByRecipient(mails: OutboxMail[]): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const mail of mails) {
    const token = mail.body.match(/\/s\/([A-Za-z0-9_-]{43})/)?.[1];
    if (!token) throw new Error(`no survey link in ${mail.file} to ${mail.to} (${mail.subject}):\n${mail.body.slice(0, 2000)}`);
    tokens.set(mail.to.toLowerCase(), token);
  }
  return tokens;
}
