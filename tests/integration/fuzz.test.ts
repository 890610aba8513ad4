import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertSession } from '../../server/features/auth/repository.js';
import { currentSurvey } from '../../server/features/surveys/service.js';
import { newToken } from '../../server/security/tokens.js';
import { createTestApp } from '../support/app.js';
import { call, createHospital, createReview, csv, openReviewWithInvitations, signIn, type HospitalFixture, type Session } from '../support/factories.js';
import { refusedBeforeHandler, responseProblem } from '../support/fuzz-checks.js';
import { requestsFor, toInject, type EndpointShape, type FuzzRequest, type Schema } from '../support/fuzz.js';
import { listRoutes, WRITE_METHODS, type RouteEntry } from '../support/routes.js';

/**
 * Every write endpoint of the app (found by walking its routes, so a new one is fuzzed without
 * being listed here) gets RUNS generated requests as an admin with a valid session and the
 * same-origin header: wrong types, nasty strings, broken JSON and UTF-8, deep nesting, wrong
 * content types, bodies over the limit, bad path params and query strings, malformed files.
 * Whatever arrives: never a 5xx, every 4xx is problem+json with a detail and no internals, and a
 * rejected request leaves the database as it was.
 *
 * Replay a failure with the seed this file prints: FUZZ_SEED=<seed> npx vitest run tests/integration/fuzz.test.ts
 * (FUZZ_RUNS=<n> for fewer or more requests per endpoint; the default is 100, and 1,000 with CI set).
 */
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.CI ? 20261123 : Math.floor(Math.random() * 2 ** 31);
// 100 requests per endpoint keep `npm test` quick; CI, with time to spare, sends 1,000.
const RUNS = Number(process.env.FUZZ_RUNS ?? (process.env.CI ? 1000 : 100));
console.log(`fuzz: seed ${SEED}, ${RUNS} requests per write endpoint (replay with FUZZ_SEED=${SEED})`);

// FUZZ_LOG=1 shows the server's error log, to see what a 500 was.
const t = await createTestApp(process.env.FUZZ_LOG ? { env: { LOG_LEVEL: 'error' } } : {});
await t.app.ready();
const writeRoutes = listRoutes(t.app).filter((r) => WRITE_METHODS.has(r.method));
afterAll(() => t.close());

interface Fixtures {
  admin: Session;
  hospital: HospitalFixture;
  draftReviewId: string;
  openReviewId: string;
  tokens: string[];
  victimUserId: string;
  removableRespondentId: string;
  roundId: string;
  batchId: string;
  programmeId: string;
}
let f: Fixtures;

beforeAll(async () => {
  const admin = await signIn(t.app, 'admin');
  const victim = await signIn(t.app, 'inspector');
  const hospital = await createHospital(t.app, admin);
  const people: [string, string, string, number][] = [
    ['Anna ST', 'anna@example.se', 'st', 0],
    ['Bo Handledare', 'bo@example.se', 'supervisor', 0],
    ['Cia Studierektor', 'cia@example.se', 'director', 1],
  ];
  const { review, tokens } = await openReviewWithInvitations(t.app, admin, hospital, people);
  const draft = await createReview(t.app, admin, hospital);
  const removable = (
    await call(
      t.app,
      admin,
      'POST',
      `/api/reviews/${review.id}/respondents`,
      { name: 'Dan', email: 'dan@example.se', role: 'head', unitId: hospital.units[1].id },
      201,
    )
  ).json();
  const round = (await call(t.app, admin, 'POST', `/api/reviews/${review.id}/reminders`, { at: '2099-01-01T08:00:00Z' }, 201)).json();
  const poolFile = csv([
    ['role', 'hospital_code', 'unit_code', 'answered_on', 'A.varied-clinical-work'],
    ['st', 'HX', 'HX-1', '2025-03-10', '4'],
  ]);
  const batch = await t.app.inject({
    method: 'POST',
    url: '/api/pool-imports?filename=seed.csv&keepUnknown=true',
    headers: { ...admin.headers, 'content-type': 'text/csv' },
    payload: poolFile,
  });
  expect(batch.statusCode, batch.body).toBe(200);
  const programme = (
    await call(
      t.app,
      admin,
      'POST',
      '/api/programmes',
      { regionCode: 'C', name: 'Ledarskaps-ST', programmeType: 'leadership_st', doctorsOnly: true, aimedAtJunior: true, status: 'active' },
      201,
    )
  ).json();
  f = {
    admin,
    hospital,
    draftReviewId: draft.id,
    openReviewId: review.id,
    tokens: [...tokens.values()],
    victimUserId: victim.userId,
    removableRespondentId: removable.id,
    roundId: round.id,
    batchId: batch.json().batchId,
    programmeId: programme.id,
  };
  await installWriteLog();
}, 120_000);

/**
 * Row triggers on every table in `public` append to a log, so "a rejected request changed
 * nothing" is checked per request and names the table, instead of comparing digests of the whole
 * database around a batch (which would also miss a change that a later request undid). The log
 * is transactional: a write rolled back with its request leaves no entry. One table is excluded:
 * `rate_limit_windows`, where every request to a rate-limited route is counted, accepted or not
 * (that is its job). Sessions are not touched on use and nothing is audited on rejection
 * (the one route that writes while refusing is listed in WRITES_ON_REFUSAL). The log is read after
 * every request that got as far as a handler; one refused by parsing or validation cannot have
 * written, and anything it did would still show up at the next read and fail that request.
 */
async function installWriteLog() {
  await sql`CREATE TABLE fuzz_writes (id bigserial PRIMARY KEY, tbl text NOT NULL, op text NOT NULL)`.execute(t.app.db);
  await sql`CREATE FUNCTION fuzz_log() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN INSERT INTO fuzz_writes (tbl, op) VALUES (TG_TABLE_NAME, TG_OP); RETURN NULL; END $$`.execute(t.app.db);
  const tables = await sql<{
    tablename: string;
  }>`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('fuzz_writes', 'rate_limit_windows')`.execute(t.app.db);
  for (const { tablename } of tables.rows) {
    await sql`CREATE TRIGGER fuzz_log AFTER INSERT OR UPDATE OR DELETE ON ${sql.table(tablename)} FOR EACH ROW EXECUTE FUNCTION fuzz_log()`.execute(t.app.db);
  }
}

/**
 * The one route that writes on purpose while refusing: a pool import streams the file into a
 * batch in chunks, and a file that turns out to have problems leaves its batch listed as
 * "failed" with its rows deleted again (checked after that route's run: no rows kept).
 */
const WRITES_ON_REFUSAL: Record<string, string[]> = {
  'POST /api/pool-imports': ['pool_import_batches', 'imported_answers'],
};

let logPosition = 0;
async function writesSinceLastCheck(): Promise<string[]> {
  const { rows } = await sql<{ id: string; tbl: string; op: string }>`SELECT id, tbl, op FROM fuzz_writes WHERE id > ${logPosition} ORDER BY id`.execute(
    t.app.db,
  );
  if (rows.length) logPosition = Number(rows[rows.length - 1].id);
  return [...new Set(rows.map((r) => `${r.op} ${r.tbl}`))];
}

/** The body, query and params the route declares, from the app's own OpenAPI document. */
function declared(route: RouteEntry): { body?: Schema; query?: Schema; file: boolean } {
  const openapiPath = route.url.replace(/:([A-Za-z]+)/g, '{$1}');
  const operation = (t.app.swagger() as { paths: Record<string, Record<string, OpenApiOperation>> }).paths[openapiPath]?.[route.method.toLowerCase()];
  const queryParams = (operation?.parameters ?? []).filter((p) => p.in === 'query');
  return {
    body: operation?.requestBody?.content?.['application/json']?.schema,
    query: queryParams.length ? { type: 'object', properties: Object.fromEntries(queryParams.map((p) => [p.name, p.schema])) } : undefined,
    file: route.url.endsWith('/import') || route.url === '/api/pool-imports',
  };
}
interface OpenApiOperation {
  parameters?: { in: string; name: string; schema: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

/** Real values for the route's params, so that requests get past the lookups to the checks behind them. */
function realParams(route: RouteEntry): Record<string, string> {
  const names = [...route.url.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]);
  const value = (name: string): string => {
    if (name === 'token') return route.url.endsWith('/submit') ? f.tokens[0] : f.tokens[1];
    if (name === 'respondentId') return f.removableRespondentId;
    if (name === 'roundId') return f.roundId;
    if (name === 'key') return `1:suggestion-1`;
    if (name === 'pointId') return 'A1';
    if (name === 'noteId') return '6f0c1d2e-3a4b-4c5d-8e6f-708192a3b4c5';
    if (name === 'actionId') return '1';
    if (name === 'year') return '2026';
    if (name === 'pointKey') return 'central-funding';
    if (route.url.startsWith('/api/programmes/')) return f.programmeId;
    if (route.url.startsWith('/api/users/')) return f.victimUserId;
    if (route.url.startsWith('/api/hospitals/')) return f.hospital.id;
    if (route.url.startsWith('/api/pool-imports/')) return f.batchId;
    // Opening and closing a review would end the fuzzing of everything else on the open one.
    if (/\/(open|close)$/.test(route.url)) return f.draftReviewId;
    return f.openReviewId;
  };
  return Object.fromEntries(names.map((n) => [n, value(n)]));
}

/**
 * Logging out with the shared session would turn every later request into a 401: the logout
 * route gets a session of its own, replaced once a request has ended it.
 */
let logoutCookie: string | null = null;
async function sessionHeaders(route: RouteEntry): Promise<Record<string, string>> {
  if (route.url !== '/api/auth/logout') return f.admin.headers;
  if (!logoutCookie) {
    const { token, hash } = newToken();
    await insertSession(t.app.db, hash, f.admin.userId, new Date(Date.now() + 3600_000));
    await writesSinceLastCheck();
    logoutCookie = `spur_session=${token}`;
  }
  return { ...f.admin.headers, cookie: logoutCookie };
}

/** The text of every accepted write so far (a few per endpoint). */
const stored: string[] = [];

let requestCount = 0;
/** Requests come from many addresses, so the per-address limits (login, respond) do not hide the checks behind them. */
const nextAddress = () => {
  const n = ++requestCount;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
};

const tally = new Map<string, Map<number, number>>();
afterAll(() => {
  const lines = [...tally].map(([route, statuses]) => {
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    const by = [...statuses]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}×${n}`)
      .join(' ');
    return `  ${route}: ${total} requests (${by})`;
  });
  console.log(`fuzz: seed ${SEED}, ${tally.size} write endpoints\n${lines.join('\n')}`);
});

async function send(route: RouteEntry, request: FuzzRequest): Promise<void> {
  const options = toInject(route.url, request);
  const res = await t.app.inject({
    method: route.method as 'POST',
    url: options.url,
    headers: { ...(await sessionHeaders(route)), ...options.headers },
    remoteAddress: nextAddress(),
    ...(options.payload === undefined ? {} : { payload: options.payload }),
  });
  if (route.url === '/api/auth/logout' && res.statusCode < 400) logoutCookie = null;
  const statuses = tally.get(`${route.method} ${route.url}`) ?? new Map<number, number>();
  statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
  tally.set(`${route.method} ${route.url}`, statuses);

  const sent =
    options.url + (options.payload === undefined ? '' : Buffer.isBuffer(options.payload) ? options.payload.toString('utf8') : options.payload.slice(0, 20_000));
  // What an accepted request stored may be quoted back later, e.g. a 409 naming the
  // organisation that already holds a hospital: the caller's own words, not internals.
  const problem = responseProblem(res, sent, stored);
  if (res.statusCode < 400) stored.push(sent);
  if (problem) throw new Error(`${route.method} ${options.url.slice(0, 200)} (${request.what}): ${problem}`);
  // One query fewer for the majority of requests, which never got past parsing and validation.
  if (refusedBeforeHandler(res)) return;
  const allowed = WRITES_ON_REFUSAL[`${route.method} ${route.url}`] ?? [];
  const writes = (await writesSinceLastCheck()).filter((w) => !allowed.includes(w.split(' ')[1]));
  if (res.statusCode >= 400 && writes.length) {
    throw new Error(
      `${route.method} ${options.url.slice(0, 200)} (${request.what}) was refused with ${res.statusCode} but changed the database: ${writes.join(', ')}`,
    );
  }
}

describe('fuzzing every write endpoint', () => {
  it('finds the write endpoints from the app itself', () => {
    expect(writeRoutes.length).toBeGreaterThan(20);
    expect(writeRoutes).toContainEqual({ method: 'PUT', url: '/api/respond/:token/draft' });
  });

  const itemIds = currentSurvey('spur-external').items.map((i) => i.id);
  for (const route of writeRoutes) {
    it(`${route.method} ${route.url}: no 5xx, problem+json without internals, nothing stored when refused`, async () => {
      const shape: EndpointShape = { params: realParams(route), ...declared(route) };
      await fc.assert(
        fc.asyncProperty(requestsFor(shape, { keys: itemIds }), (request) => send(route, request)),
        { seed: SEED, numRuns: RUNS },
      );
      if (route.url === '/api/pool-imports') {
        const kept = await sql<{
          n: string;
        }>`SELECT count(*) AS n FROM imported_answers a JOIN pool_import_batches b ON b.id = a.batch_id WHERE b.status <> 'done'`.execute(t.app.db);
        expect(Number(kept.rows[0].n)).toBe(0);
      }
    }, 180_000);
  }
});

describe('spreadsheet uploads', () => {
  it('cells that look like formulas are stored as the text they are, never evaluated', async () => {
    const review = await createReview(t.app, f.admin, f.hospital);
    const names = ['=1+1', '+46 70 123 45 67', '-Anna', '@SUM(A1)', '=HYPERLINK("http://evil.example";"klicka")', "=cmd|' /C calc'!A0"];
    const rows = [
      ['name', 'email', 'role', 'unit'],
      ...names.map((name, i) => [`"${name.replace(/"/g, '""')}"`, `formula-${i}@example.se`, 'st', f.hospital.units[0].code]),
    ];
    const csvImport = await t.app.inject({
      method: 'POST',
      url: `/api/reviews/${review.id}/respondents/import`,
      headers: { ...f.admin.headers, 'content-type': 'text/csv' },
      payload: csv(rows, ';'),
    });
    expect(csvImport.statusCode, csvImport.body).toBe(200);

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Blad1');
    sheet.addRow(['name', 'email', 'role', 'unit']);
    sheet.addRow(['=2+2', 'xlsx-text@example.se', 'st', f.hospital.units[0].code]);
    // A real formula cell: what Excel last showed is stored, the formula is never run.
    sheet.addRow([{ formula: 'HYPERLINK("http://evil.example","Klicka")', result: 'Klicka' }, 'xlsx-formula@example.se', 'st', f.hospital.units[0].code]);
    const xlsxImport = await t.app.inject({
      method: 'POST',
      url: `/api/reviews/${review.id}/respondents/import`,
      headers: { ...f.admin.headers, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      payload: Buffer.from(await workbook.xlsx.writeBuffer()),
    });
    expect(xlsxImport.statusCode, xlsxImport.body).toBe(200);

    const { respondents } = (await call(t.app, f.admin, 'GET', `/api/reviews/${review.id}/respondents`, undefined, 200)).json();
    const stored = Object.fromEntries(respondents.map((r: { email: string; name: string }) => [r.email, r.name]));
    names.forEach((name, i) => expect(stored[`formula-${i}@example.se`]).toBe(name));
    expect(stored['xlsx-text@example.se']).toBe('=2+2');
    expect(stored['xlsx-formula@example.se']).toBe('Klicka');
    // That exports never let a cell start like a formula is tested on the exporter itself:
    // tests/unit/export.test.ts, "never lets a cell start like a formula".
  });

  it('a respondent file over the import limit (20 MB) is a 413 in problem+json', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/reviews/${f.openReviewId}/respondents/import`,
      headers: { ...f.admin.headers, 'content-type': 'text/csv' },
      payload: Buffer.alloc(20 * 1024 * 1024 + 1, 'a'),
    });
    expect(res.statusCode).toBe(413);
    expect(responseProblem(res, '')).toBeNull();
  });
});

describe('what the fuzzing above leaves out', () => {
  // Fastify's router refuses these before any hook or error handler runs; server/app.ts answers
  // them through `frameworkErrors`, which this checks.
  it('a path with broken percent-encoding or an over-long param is answered in problem+json', async () => {
    for (const url of ['/api/reviews/%C3%28/open', '/api/users/%', '/api/hospitals/%ZZ/units', `/api/reviews/${'9'.repeat(101)}/open`]) {
      const res = await t.app.inject({ method: 'POST', url, headers: f.admin.headers, payload: {} });
      expect(res.statusCode).toBeLessThan(500);
      expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
    }
  });
});
