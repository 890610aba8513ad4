import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, todayInSweden } from '../../contract/dates.js';
import { insertSession } from '../../server/features/auth/repository.js';
import { newToken } from '../../server/security/tokens.js';
import { createTestApp, type TestApp } from '../support/app.js';
import {
  call,
  closeReview,
  createHospital,
  createReview,
  csv,
  openReviewWithInvitations,
  PASSWORD,
  signIn,
  type HospitalFixture,
  type Session,
} from '../support/factories.js';
import { listRoutes } from '../support/routes.js';

/**
 * Who may call what, over HTTP: every route of the app × every kind of caller, against real data
 * (a hospital with a closed review whose report is published, a second review in draft for the
 * workflow steps). The table must list every route the app has: a new route fails this test
 * until someone decides who may call it. tests/unit/permissions.test.ts checks the rules as
 * functions; this checks that every route actually calls them.
 *
 * Already tested elsewhere, so not here: logging out ends the session on the server and the
 * session cookie is HttpOnly + SameSite=Lax (auth.test.ts), cross-site state changes are blocked
 * (auth.test.ts), a 500 carries a request id and no internals (foundation.test.ts).
 */

type Actor = 'anonymous' | 'respondent' | 'readerOther' | 'readerSame' | 'inspectorOther' | 'inspector' | 'admin';
/** 'ok': past authorisation (2xx, or a 4xx other than 401/403 from what comes after it). */
type Outcome = 'ok' | 401 | 403 | 404;
type Policy = Record<Actor, Outcome>;

const ACTORS: Actor[] = ['anonymous', 'respondent', 'readerOther', 'readerSame', 'inspectorOther', 'inspector', 'admin'];
const policy = (outcomes: Partial<Policy>, otherwise: Outcome): Policy => Object.fromEntries(ACTORS.map((a) => [a, outcomes[a] ?? otherwise])) as Policy;
const signedIn = (outcomes: Partial<Policy>, otherwise: Outcome) => policy({ anonymous: 401, respondent: 401, ...outcomes }, otherwise);

// The respondent is someone with a personal survey link and no account: to every route but their
// own survey's they are anonymous.
const PUBLIC = policy({}, 'ok');
const SIGNED_IN = signedIn({}, 'ok');
const ADMIN = signedIn({ admin: 'ok' }, 403);
/** Hospitals, creating reviews, the list of inspectors: admins and every inspector. */
const STAFF = signedIn({ admin: 'ok', inspector: 'ok', inspectorOther: 'ok' }, 403);
/** The review's set-up, respondents, invitations, drafts, site visit: admins and its own inspectors. */
const MANAGE = signedIn({ admin: 'ok', inspector: 'ok' }, 403);
/** The published report (and the action plan that answers it): also the reviewed hospital's readers. */
const READ_REPORT = signedIn({ admin: 'ok', inspector: 'ok', readerSame: 'ok' }, 403);
/** A hospital's review coverage (and its organisation's): staff, and the hospital's own readers. */
const READ_COVERAGE = signedIn({ admin: 'ok', inspector: 'ok', inspectorOther: 'ok', readerSame: 'ok' }, 403);
/** The personal link is the key: only the real token gets in; anyone else's well-formed guess is 404. */
const TOKEN = policy({ respondent: 'ok' }, 404);

interface Fixtures {
  sessions: Record<Exclude<Actor, 'anonymous' | 'respondent'>, Session>;
  hospital: HospitalFixture;
  /** Closed, report published, `inspector` assigned. */
  published: string;
  /** A draft of the same hospital with the same inspector, for the steps that change state. */
  work: string;
  token: string;
  /** The head's link to comment on the published review's draft. */
  commentToken: string;
  /** The clinic contact's link to upload documents for the published review. */
  documentToken: string;
  /** A document of the published review. */
  documentId: string;
  respondentIds: string[];
  /** The hospital's organisation, and its annual report: closed, published, `inspector` assigned. */
  organisationId: string;
  annual: string;
  /** A national mapping round: closed, every region decided, published. */
  mapping: string;
  roundId: string;
  batchId: string;
  /** A leadership programme with a document. */
  programmeId: string;
  programmeDocumentId: string;
  victim: Session;
  /** A hospital-level review of the hospital: closed, report published, `inspector` assigned; and one in draft. */
  hospitalReview: string;
  hospitalWork: string;
}

interface Request {
  url: string;
  payload?: unknown;
  contentType?: string;
}
type Row = [route: string, expected: Policy, request: (f: Fixtures, actor: Actor) => Request];

let n = 0;
const unique = () => `${++n}`;
const NOTE = '6f0c1d2e-3a4b-4c5d-8e6f-708192a3b4c5';
const UNKNOWN_TOKEN = 'A'.repeat(43);
const token = (f: Fixtures, actor: Actor) => (actor === 'respondent' ? f.token : UNKNOWN_TOKEN);
const commentToken = (f: Fixtures, actor: Actor) => (actor === 'respondent' ? f.commentToken : UNKNOWN_TOKEN);
const documentToken = (f: Fixtures, actor: Actor) => (actor === 'respondent' ? f.documentToken : UNKNOWN_TOKEN);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

const programmeBody = (name: string) => ({
  regionCode: 'C',
  name,
  programmeType: 'leadership_st',
  doctorsOnly: true,
  aimedAtJunior: true,
  status: 'active',
});

const TABLE: Row[] = [
  ['GET /api/health', PUBLIC, () => ({ url: '/api/health' })],
  ['GET /api/openapi.json', PUBLIC, () => ({ url: '/api/openapi.json' })],
  ['GET /api/docs', PUBLIC, () => ({ url: '/api/docs' })],
  ['GET /api/docs/', PUBLIC, () => ({ url: '/api/docs/' })],
  ['GET /api/docs/*', PUBLIC, () => ({ url: '/api/docs/static/index.css' })],
  ['GET /api/docs/json', PUBLIC, () => ({ url: '/api/docs/json' })],
  ['GET /api/docs/static/index.html', PUBLIC, () => ({ url: '/api/docs/static/index.html' })],
  ['GET /api/docs/static/swagger-initializer.js', PUBLIC, () => ({ url: '/api/docs/static/swagger-initializer.js' })],
  ['GET /api/docs/yaml', PUBLIC, () => ({ url: '/api/docs/yaml' })],

  ['POST /api/auth/login', PUBLIC, (f) => ({ url: '/api/auth/login', payload: { email: f.victim.email, password: PASSWORD } })],
  ['POST /api/auth/logout', SIGNED_IN, () => ({ url: '/api/auth/logout' })],
  ['GET /api/auth/me', SIGNED_IN, () => ({ url: '/api/auth/me' })],
  ['POST /api/auth/password-reset', PUBLIC, () => ({ url: '/api/auth/password-reset', payload: { email: 'nobody@example.se' } })],
  [
    'POST /api/auth/password-reset/confirm',
    PUBLIC,
    () => ({ url: '/api/auth/password-reset/confirm', payload: { token: 'x'.repeat(43), password: 'a long new password' } }),
  ],
  ['GET /api/auth/setup', PUBLIC, () => ({ url: '/api/auth/setup' })],
  [
    'POST /api/auth/setup',
    PUBLIC,
    () => ({ url: '/api/auth/setup', payload: { token: 'x'.repeat(43), email: 'first@example.se', name: 'First', password: 'a long new password' } }),
  ],

  ['GET /api/users', STAFF, () => ({ url: '/api/users' })],
  [
    'POST /api/users',
    ADMIN,
    () => ({ url: '/api/users', payload: { email: `new-${unique()}@example.se`, name: 'Ny', role: 'inspector', password: 'a long new password' } }),
  ],
  ['PATCH /api/users/:id', ADMIN, (f) => ({ url: `/api/users/${f.victim.userId}`, payload: { name: 'Omdöpt' } })],
  ['DELETE /api/users/:id/sessions', ADMIN, (f) => ({ url: `/api/users/${f.victim.userId}/sessions` })],
  ['GET /api/audit', ADMIN, () => ({ url: '/api/audit' })],
  ['GET /api/mails', ADMIN, () => ({ url: '/api/mails' })],
  ['GET /api/admin/demo', ADMIN, () => ({ url: '/api/admin/demo' })],
  ['POST /api/admin/demo', ADMIN, () => ({ url: '/api/admin/demo', payload: {} })],
  ['GET /api/pool-imports', ADMIN, () => ({ url: '/api/pool-imports' })],
  [
    'POST /api/pool-imports',
    ADMIN,
    () => ({
      url: '/api/pool-imports?mode=check',
      contentType: 'text/csv',
      payload: csv([
        ['role', 'hospital_code', 'unit_code', 'answered_on', 'A.varied-clinical-work'],
        ['st', 'HX', 'HX-1', '2025-03-10', '4'],
      ]),
    }),
  ],
  ['DELETE /api/pool-imports/:id', ADMIN, (f) => ({ url: `/api/pool-imports/${f.batchId}` })],

  ['GET /api/hospitals', SIGNED_IN, () => ({ url: '/api/hospitals' })],
  ['POST /api/hospitals', STAFF, () => ({ url: '/api/hospitals', payload: { code: `AUTH-${unique()}`, name: 'Sjukhus' } })],
  [
    'POST /api/hospitals/:id/units',
    STAFF,
    (f) => ({
      url: `/api/hospitals/${f.hospital.id}/units`,
      payload: { code: `U-${unique()}`, name: 'Klinik', specialty: 'ortopedi', specialtyGroup: 'surgical' },
    }),
  ],

  [
    'GET /api/hospitals/:id/targets/:year',
    signedIn({ admin: 'ok', inspector: 'ok', inspectorOther: 'ok', readerSame: 'ok' }, 403),
    (f) => ({ url: `/api/hospitals/${f.hospital.id}/targets/2026` }),
  ],
  ['GET /api/hospital-reviews', SIGNED_IN, () => ({ url: '/api/hospital-reviews' })],
  ['POST /api/hospital-reviews', STAFF, (f) => ({ url: '/api/hospital-reviews', payload: { title: 'Sjukhusnivå', hospitalId: f.hospital.id } })],
  ['GET /api/hospital-reviews/:id', MANAGE, (f) => ({ url: `/api/hospital-reviews/${f.hospitalReview}` })],
  [
    'PUT /api/hospital-reviews/:id/profile',
    MANAGE,
    (f) => ({
      url: `/api/hospital-reviews/${f.hospitalWork}/profile`,
      payload: { beds: 10, doctors: 10, stDoctors: 2, directorPercentPerTrainee: 1.5, stFundingPerPost: null },
    }),
  ],
  ['GET /api/hospital-reviews/:id/duties', MANAGE, (f) => ({ url: `/api/hospital-reviews/${f.hospitalReview}/duties` })],
  [
    'PUT /api/hospital-reviews/:id/duties/:dutyId',
    MANAGE,
    (f) => ({ url: `/api/hospital-reviews/${f.hospitalWork}/duties/P2`, payload: { status: 'met', note: '' } }),
  ],
  ['GET /api/hospital-reviews/:id/interviews', MANAGE, (f) => ({ url: `/api/hospital-reviews/${f.hospitalReview}/interviews` })],
  [
    'POST /api/hospital-reviews/:id/interviews',
    MANAGE,
    (f) => ({ url: `/api/hospital-reviews/${f.hospitalWork}/interviews`, payload: { label: `Funktion ${unique()}` } }),
  ],
  [
    'PUT /api/hospital-reviews/:id/interview-notes/:noteId',
    MANAGE,
    (f) => ({
      url: `/api/hospital-reviews/${f.hospitalWork}/interview-notes/${NOTE}`,
      payload: { function: 'fn-hr-head', body: 'Anteckning', savedAt: new Date().toISOString() },
    }),
  ],
  ['DELETE /api/hospital-reviews/:id/interview-notes/:noteId', MANAGE, (f) => ({ url: `/api/hospital-reviews/${f.hospitalWork}/interview-notes/${NOTE}` })],
  ['POST /api/hospital-reviews/:id/close', MANAGE, (f) => ({ url: `/api/hospital-reviews/${f.hospitalWork}/close` })],
  ['GET /api/hospital-reviews/:id/report', READ_REPORT, (f) => ({ url: `/api/hospital-reviews/${f.hospitalReview}/report` })],
  ['GET /api/hospital-reviews/:id/report.pdf', READ_REPORT, (f) => ({ url: `/api/hospital-reviews/${f.hospitalReview}/report.pdf` })],
  ['GET /api/hospitals/:id/coverage', READ_COVERAGE, (f) => ({ url: `/api/hospitals/${f.hospital.id}/coverage` })],
  ['GET /api/hospitals/:id/coverage.xlsx', READ_COVERAGE, (f) => ({ url: `/api/hospitals/${f.hospital.id}/coverage.xlsx` })],
  ['GET /api/organisations/:id/coverage', READ_COVERAGE, (f) => ({ url: `/api/organisations/${f.organisationId}/coverage` })],
  ['GET /api/organisations/:id/coverage.xlsx', READ_COVERAGE, (f) => ({ url: `/api/organisations/${f.organisationId}/coverage.xlsx` })],
  ['PUT /api/organisations/:id/review-interval', STAFF, (f) => ({ url: `/api/organisations/${f.organisationId}/review-interval`, payload: { years: 5 } })],
  [
    'POST /api/units/:id/external-reviews',
    STAFF,
    (f) => ({ url: `/api/units/${f.hospital.units[0].id}/external-reviews`, payload: { reviewedOn: '2020-01-01', body: 'SPUR' } }),
  ],
  ['DELETE /api/units/:id/external-reviews/:recordId', STAFF, (f) => ({ url: `/api/units/${f.hospital.units[0].id}/external-reviews/999999999` })],
  [
    'POST /api/hospitals/:id/external-reviews/import',
    STAFF,
    (f) => ({ url: `/api/hospitals/${f.hospital.id}/external-reviews/import`, contentType: 'text/csv', payload: csv([['unit', 'date', 'body']]) }),
  ],
  [
    'PUT /api/units/:id/internal-reviews/:year',
    STAFF,
    (f) => ({ url: `/api/units/${f.hospital.units[0].id}/internal-reviews/2025`, payload: { method: 'STINS' } }),
  ],
  ['DELETE /api/units/:id/internal-reviews/:year', STAFF, (f) => ({ url: `/api/units/${f.hospital.units[0].id}/internal-reviews/2024` })],
  [
    'PUT /api/units/:id/contacts',
    STAFF,
    (f) => ({ url: `/api/units/${f.hospital.units[0].id}/contacts`, payload: { headName: null, headEmail: null, directorName: null, directorEmail: null } }),
  ],
  ['PUT /api/hospitals/:id/targets/:year', ADMIN, (f) => ({ url: `/api/hospitals/${f.hospital.id}/targets/2026`, payload: { targets: [] } })],

  // Leadership programmes against the national model: the coordinator (admin) keeps them; every signed-in user reads them.
  ['GET /api/programmes', SIGNED_IN, () => ({ url: '/api/programmes' })],
  ['POST /api/programmes', ADMIN, () => ({ url: '/api/programmes', payload: programmeBody(`Program ${unique()}`) })],
  ['GET /api/programmes/model', SIGNED_IN, () => ({ url: '/api/programmes/model' })],
  ['GET /api/programmes/conformance', SIGNED_IN, () => ({ url: '/api/programmes/conformance' })],
  ['GET /api/programmes/conformance.xlsx', SIGNED_IN, () => ({ url: '/api/programmes/conformance.xlsx' })],
  ['GET /api/programmes/:id', SIGNED_IN, (f) => ({ url: `/api/programmes/${f.programmeId}` })],
  ['PUT /api/programmes/:id', ADMIN, (f) => ({ url: `/api/programmes/${f.programmeId}`, payload: programmeBody('Ledarskaps-ST') })],
  ['DELETE /api/programmes/:id', ADMIN, () => ({ url: '/api/programmes/999999999' })],
  [
    'PUT /api/programmes/:id/assessments/:pointKey',
    ADMIN,
    (f) => ({ url: `/api/programmes/${f.programmeId}/assessments/central-funding`, payload: { status: 'met' } }),
  ],
  [
    'POST /api/programmes/:id/documents',
    ADMIN,
    (f) => ({ url: `/api/programmes/${f.programmeId}/documents?name=p.pdf`, contentType: 'application/pdf', payload: PDF }),
  ],
  ['GET /api/programmes/:id/documents/:documentId', SIGNED_IN, (f) => ({ url: `/api/programmes/${f.programmeId}/documents/${f.programmeDocumentId}` })],
  ['DELETE /api/programmes/:id/documents/:documentId', ADMIN, (f) => ({ url: `/api/programmes/${f.programmeId}/documents/999999999` })],

  ['GET /api/surveys', PUBLIC, () => ({ url: '/api/surveys' })],
  ['GET /api/surveys/:key/versions/:version/roles/:role', PUBLIC, () => ({ url: '/api/surveys/spur-external/versions/current/roles/st' })],

  ['GET /api/reviews', SIGNED_IN, () => ({ url: '/api/reviews' })],
  [
    'POST /api/reviews',
    STAFF,
    (f) => ({ url: '/api/reviews', payload: { title: 'Ny granskning', hospitalId: f.hospital.id, unitIds: [f.hospital.units[0].id] } }),
  ],
  ['GET /api/reviews/:id', MANAGE, (f) => ({ url: `/api/reviews/${f.published}` })],
  ['PATCH /api/reviews/:id', MANAGE, (f) => ({ url: `/api/reviews/${f.work}`, payload: { title: 'Nytt namn' } })],
  ['POST /api/reviews/:id/open', MANAGE, (f) => ({ url: `/api/reviews/${f.work}/open` })],
  ['POST /api/reviews/:id/close', MANAGE, (f) => ({ url: `/api/reviews/${f.work}/close` })],

  ['GET /api/reviews/:id/respondents', MANAGE, (f) => ({ url: `/api/reviews/${f.published}/respondents` })],
  [
    'POST /api/reviews/:id/respondents',
    MANAGE,
    (f) => ({
      url: `/api/reviews/${f.published}/respondents`,
      payload: { name: 'Ny', email: `r-${unique()}@example.se`, role: 'st', unitId: f.hospital.units[0].id },
    }),
  ],
  [
    'POST /api/reviews/:id/respondents/import',
    MANAGE,
    (f) => ({
      url: `/api/reviews/${f.published}/respondents/import`,
      contentType: 'text/csv',
      payload: csv([
        ['name', 'email', 'role', 'unit'],
        ['Ny', `i-${unique()}@example.se`, 'st', f.hospital.units[0].code],
      ]),
    }),
  ],
  [
    'DELETE /api/reviews/:id/respondents/:respondentId',
    MANAGE,
    (f, actor) => ({ url: `/api/reviews/${f.published}/respondents/${f.respondentIds[ACTORS.indexOf(actor)]}` }),
  ],
  [
    'PUT /api/reviews/:id/respondents/:respondentId/unreachable',
    MANAGE,
    (f) => ({ url: `/api/reviews/${f.published}/respondents/${f.respondentIds[0]}/unreachable`, payload: { reason: 'left' } }),
  ],
  ['POST /api/reviews/:id/invitations/send', MANAGE, (f) => ({ url: `/api/reviews/${f.published}/invitations/send` })],
  ['GET /api/reviews/:id/response-rates', MANAGE, (f) => ({ url: `/api/reviews/${f.published}/response-rates` })],
  ['GET /api/reviews/:id/reminders', MANAGE, (f) => ({ url: `/api/reviews/${f.published}/reminders` })],
  ['POST /api/reviews/:id/reminders', MANAGE, (f) => ({ url: `/api/reviews/${f.published}/reminders`, payload: { at: '2099-01-01T08:00:00Z' } })],
  ['DELETE /api/reviews/:id/reminders/:roundId', MANAGE, (f) => ({ url: `/api/reviews/${f.published}/reminders/${f.roundId}` })],

  ['GET /api/reviews/:id/report', READ_REPORT, (f) => ({ url: `/api/reviews/${f.published}/report` })],
  ['GET /api/reviews/:id/report/export.csv', READ_REPORT, (f) => ({ url: `/api/reviews/${f.published}/report/export.csv` })],
  ['GET /api/reviews/:id/report/export.xlsx', READ_REPORT, (f) => ({ url: `/api/reviews/${f.published}/report/export.xlsx` })],
  // Without Chromium (CHROMIUM_PATH is pointed nowhere below) an allowed caller gets 501.
  ['GET /api/reviews/:id/report.pdf', READ_REPORT, (f) => ({ url: `/api/reviews/${f.published}/report.pdf` })],
  ['GET /api/reviews/:id/report/published', READ_REPORT, (f) => ({ url: `/api/reviews/${f.published}/report/published` })],
  ['GET /api/reviews/:id/previous', READ_REPORT, (f) => ({ url: `/api/reviews/${f.published}/previous` })],
  ['GET /api/reviews/:id/report/authoring', MANAGE, (f) => ({ url: `/api/reviews/${f.published}/report/authoring` })],
  [
    'PUT /api/reviews/:id/report/content',
    MANAGE,
    (f) => ({ url: `/api/reviews/${f.work}/report/content`, payload: { content: { summary: '', areas: {}, improvementAreas: [], quotes: [] } } }),
  ],
  [
    'POST /api/reviews/:id/report/send-for-comment',
    MANAGE,
    (f) => ({ url: `/api/reviews/${f.work}/report/send-for-comment`, payload: { deadline: '2099-01-01', recipients: ['bo@example.se'] } }),
  ],
  ['GET /api/reviews/:id/report/comment-candidates', MANAGE, (f) => ({ url: `/api/reviews/${f.published}/report/comment-candidates` })],
  ['GET /api/reviews/:id/report/comment-round', MANAGE, (f) => ({ url: `/api/reviews/${f.published}/report/comment-round` })],
  [
    'PUT /api/reviews/:id/report/comment-round/deadline',
    MANAGE,
    (f) => ({ url: `/api/reviews/${f.published}/report/comment-round/deadline`, payload: { deadline: '2099-01-01' } }),
  ],
  ['POST /api/reviews/:id/report/comments', MANAGE, (f) => ({ url: `/api/reviews/${f.work}/report/comments`, payload: { comments: 'Inga.' } })],
  ['POST /api/reviews/:id/report/publish', MANAGE, (f) => ({ url: `/api/reviews/${f.work}/report/publish` })],
  ['POST /api/reviews/:id/report/revise', MANAGE, (f) => ({ url: `/api/reviews/${f.work}/report/revise`, payload: { changeNote: 'Rättelse.' } })],
  ['GET /api/reviews/:id/suggestions', MANAGE, (f) => ({ url: `/api/reviews/${f.published}/suggestions` })],
  ['PATCH /api/reviews/:id/suggestions/:key', MANAGE, (f) => ({ url: `/api/reviews/${f.published}/suggestions/1:suggestion-1`, payload: { starred: true } })],
  ['GET /api/reviews/:id/themes', READ_REPORT, (f) => ({ url: `/api/reviews/${f.published}/themes` })],
  ['POST /api/reviews/:id/themes', MANAGE, (f) => ({ url: `/api/reviews/${f.published}/themes`, payload: { label: `Tema ${unique()}` } })],

  ['GET /api/reviews/:id/checklist', MANAGE, (f) => ({ url: `/api/reviews/${f.published}/checklist` })],
  ['PUT /api/reviews/:id/checklist/:pointId', MANAGE, (f) => ({ url: `/api/reviews/${f.published}/checklist/A1`, payload: { status: 'met', note: '' } })],
  ['GET /api/reviews/:id/visit', MANAGE, (f) => ({ url: `/api/reviews/${f.published}/visit` })],
  [
    'PUT /api/reviews/:id/visit',
    MANAGE,
    (f) => ({ url: `/api/reviews/${f.published}/visit`, payload: { startsOn: null, endsOn: null, inspectors: [], schedule: [], notes: '' } }),
  ],
  ['GET /api/reviews/:id/visit-notes', MANAGE, (f) => ({ url: `/api/reviews/${f.published}/visit-notes` })],
  [
    'PUT /api/reviews/:id/visit-notes/:noteId',
    MANAGE,
    (f) => ({
      url: `/api/reviews/${f.published}/visit-notes/${NOTE}`,
      payload: { group: 'st', areas: [], body: 'Anteckning', savedAt: new Date().toISOString() },
    }),
  ],
  ['DELETE /api/reviews/:id/visit-notes/:noteId', MANAGE, (f) => ({ url: `/api/reviews/${f.published}/visit-notes/${NOTE}` })],
  ['GET /api/reviews/:id/action-plan', READ_REPORT, (f) => ({ url: `/api/reviews/${f.published}/action-plan` })],
  ['PUT /api/reviews/:id/action-plan', MANAGE, (f) => ({ url: `/api/reviews/${f.published}/action-plan`, payload: { dueOn: '2099-06-30' } })],
  [
    'PATCH /api/reviews/:id/action-plan/actions/:actionId',
    READ_REPORT,
    (f) => ({ url: `/api/reviews/${f.published}/action-plan/actions/1`, payload: { responsible: 'Verksamhetschefen' } }),
  ],
  ['POST /api/reviews/:id/action-plan/submit', READ_REPORT, (f) => ({ url: `/api/reviews/${f.published}/action-plan/submit` })],

  // Documents before the visit: the review's inspectors and admins only; readers never.
  ['GET /api/reviews/:id/documents', MANAGE, (f) => ({ url: `/api/reviews/${f.published}/documents` })],
  [
    'PUT /api/reviews/:id/documents/request',
    MANAGE,
    (f) => ({
      url: `/api/reviews/${f.work}/documents/request`,
      payload: { categories: ['st-guidelines'], deadline: '2099-01-01', contactName: 'Sara', contactEmail: 'sara@example.se' },
    }),
  ],
  [
    'POST /api/reviews/:id/documents',
    MANAGE,
    (f) => ({ url: `/api/reviews/${f.published}/documents?category=iup-template&name=iup.pdf`, contentType: 'application/pdf', payload: PDF }),
  ],
  ['GET /api/reviews/:id/documents/:documentId', MANAGE, (f) => ({ url: `/api/reviews/${f.published}/documents/${f.documentId}` })],
  [
    'PUT /api/reviews/:id/documents/:documentId/points',
    MANAGE,
    (f) => ({ url: `/api/reviews/${f.published}/documents/${f.documentId}/points`, payload: { points: ['D11'] } }),
  ],
  ['DELETE /api/reviews/:id/documents/:documentId', MANAGE, (f) => ({ url: `/api/reviews/${f.published}/documents/999999999` })],

  ['GET /api/respond/:token', TOKEN, (f, actor) => ({ url: `/api/respond/${token(f, actor)}` })],
  ['PUT /api/respond/:token/draft', TOKEN, (f, actor) => ({ url: `/api/respond/${token(f, actor)}/draft`, payload: { data: {} } })],
  ['POST /api/respond/:token/submit', TOKEN, (f, actor) => ({ url: `/api/respond/${token(f, actor)}/submit`, payload: { data: {} } })],
  // The published review's comment link: the round is over (410), which only the real link learns.
  ['GET /api/comments/:token', TOKEN, (f, actor) => ({ url: `/api/comments/${commentToken(f, actor)}` })],
  ['PUT /api/comments/:token/draft', TOKEN, (f, actor) => ({ url: `/api/comments/${commentToken(f, actor)}/draft`, payload: { areas: {}, general: '' } })],
  ['POST /api/comments/:token/submit', TOKEN, (f, actor) => ({ url: `/api/comments/${commentToken(f, actor)}/submit`, payload: { areas: {}, general: '' } })],
  // The published review's upload link: closed (410) once the report is out, which only the real link learns.
  ['GET /api/documents/:token', TOKEN, (f, actor) => ({ url: `/api/documents/${documentToken(f, actor)}` })],
  [
    'POST /api/documents/:token',
    TOKEN,
    (f, actor) => ({ url: `/api/documents/${documentToken(f, actor)}?category=st-guidelines&name=r.pdf`, contentType: 'application/pdf', payload: PDF }),
  ],

  ['GET /api/annual-goals/suggested', ADMIN, () => ({ url: '/api/annual-goals/suggested' })],
  // The national mapping: its coordinator (an admin) runs it; the published round is for every signed-in user.
  ['GET /api/regions', SIGNED_IN, () => ({ url: '/api/regions' })],
  ['GET /api/mapping/branches', ADMIN, () => ({ url: '/api/mapping/branches' })],
  ['POST /api/mapping/branches', ADMIN, () => ({ url: '/api/mapping/branches', payload: { name: `Lokalavdelning ${unique()}`, regionCode: 'AB' } })],
  ['GET /api/mapping-rounds', SIGNED_IN, () => ({ url: '/api/mapping-rounds' })],
  ['POST /api/mapping-rounds', ADMIN, () => ({ url: '/api/mapping-rounds', payload: { year: 2030 + (Number(unique()) % 70) } })],
  ['GET /api/mapping-rounds/:id', SIGNED_IN, (f) => ({ url: `/api/mapping-rounds/${f.mapping}` })],
  ['GET /api/mapping-rounds/:id/sources', ADMIN, (f) => ({ url: `/api/mapping-rounds/${f.mapping}/sources` })],
  [
    'POST /api/mapping-rounds/:id/sources',
    ADMIN,
    (f) => ({
      url: `/api/mapping-rounds/${f.mapping}/sources`,
      payload: { sources: [{ regionCode: 'C', type: 'director', name: 'ÖSR', email: `osr-${unique()}@example.se` }] },
    }),
  ],
  ['POST /api/mapping-rounds/:id/open', ADMIN, (f) => ({ url: `/api/mapping-rounds/${f.mapping}/open` })],
  ['POST /api/mapping-rounds/:id/close', ADMIN, (f) => ({ url: `/api/mapping-rounds/${f.mapping}/close` })],
  ['GET /api/mapping-rounds/:id/reconciliation', ADMIN, (f) => ({ url: `/api/mapping-rounds/${f.mapping}/reconciliation` })],
  [
    'PUT /api/mapping-rounds/:id/regions/:code/decision',
    ADMIN,
    (f) => ({
      url: `/api/mapping-rounds/${f.mapping}/regions/AB/decision`,
      payload: { categories: ['nothing'], note: '', placesPerYear: null, stDoctors: null },
    }),
  ],
  ['POST /api/mapping-rounds/:id/publish', ADMIN, (f) => ({ url: `/api/mapping-rounds/${f.mapping}/publish` })],
  ['GET /api/mapping-rounds/:id/report', SIGNED_IN, (f) => ({ url: `/api/mapping-rounds/${f.mapping}/report` })],
  ['GET /api/mapping-rounds/:id/report.xlsx', SIGNED_IN, (f) => ({ url: `/api/mapping-rounds/${f.mapping}/report.xlsx` })],

  ['GET /api/organisations', SIGNED_IN, () => ({ url: '/api/organisations' })],
  ['POST /api/organisations', ADMIN, (f) => ({ url: '/api/organisations', payload: { name: `Nätverk ${unique()}`, hospitalIds: [f.hospital.id] } })],
  [
    'PUT /api/organisations/:id',
    ADMIN,
    (f) => ({ url: `/api/organisations/${f.organisationId}`, payload: { name: 'Organisationen', hospitalIds: [f.hospital.id] } }),
  ],
  [
    'GET /api/organisations/:id/goals/:year',
    signedIn({ admin: 'ok', inspector: 'ok', inspectorOther: 'ok', readerSame: 'ok' }, 403),
    (f) => ({ url: `/api/organisations/${f.organisationId}/goals/2024` }),
  ],
  ['PUT /api/organisations/:id/goals/:year', ADMIN, (f) => ({ url: `/api/organisations/${f.organisationId}/goals/2099`, payload: { goals: [] } })],
  [
    'POST /api/organisations/:id/history',
    ADMIN,
    (f) => ({ url: `/api/organisations/${f.organisationId}/history`, contentType: 'text/csv', payload: csv([['goal', 'year', 'share', 'n']]) }),
  ],
  ['GET /api/annual-reports', SIGNED_IN, () => ({ url: '/api/annual-reports' })],
  ['POST /api/annual-reports', STAFF, (f) => ({ url: '/api/annual-reports', payload: { organisationId: f.organisationId, year: 2024 } })],
  ['GET /api/annual-reports/:id', READ_REPORT, (f) => ({ url: `/api/annual-reports/${f.annual}` })],
  ['GET /api/annual-reports/:id/clinics', MANAGE, (f) => ({ url: `/api/annual-reports/${f.annual}/clinics` })],
  [
    'POST /api/annual-reports/:id/directors',
    MANAGE,
    (f) => ({
      url: `/api/annual-reports/${f.annual}/directors`,
      payload: { directors: [{ unitId: f.hospital.units[0].id, name: 'SR', email: 'sr@example.se' }] },
    }),
  ],
  ['POST /api/annual-reports/:id/open', MANAGE, (f) => ({ url: `/api/annual-reports/${f.annual}/open` })],
  ['GET /api/annual-reports/:id/reminders', MANAGE, (f) => ({ url: `/api/annual-reports/${f.annual}/reminders` })],
  ['POST /api/annual-reports/:id/reminders', MANAGE, (f) => ({ url: `/api/annual-reports/${f.annual}/reminders`, payload: { at: '2030-01-01T00:00:00Z' } })],
  ['DELETE /api/annual-reports/:id/reminders/:roundId', MANAGE, (f) => ({ url: `/api/annual-reports/${f.annual}/reminders/999999` })],
  ['POST /api/annual-reports/:id/close', MANAGE, (f) => ({ url: `/api/annual-reports/${f.annual}/close` })],
  ['POST /api/annual-reports/:id/publish', MANAGE, (f) => ({ url: `/api/annual-reports/${f.annual}/publish` })],
  ['GET /api/annual-reports/:id/report', READ_REPORT, (f) => ({ url: `/api/annual-reports/${f.annual}/report` })],
  ['GET /api/annual-reports/:id/report.xlsx', READ_REPORT, (f) => ({ url: `/api/annual-reports/${f.annual}/report.xlsx` })],
  ['GET /api/annual-reports/:id/report.pdf', READ_REPORT, (f) => ({ url: `/api/annual-reports/${f.annual}/report.pdf` })],
];

let t: TestApp;
let f: Fixtures;

beforeAll(async () => {
  // Pointed nowhere: the PDF route answers 501 at once instead of starting a browser per cell.
  t = await createTestApp({ env: { CHROMIUM_PATH: '/nonexistent/chromium' } });
  await t.app.ready();
  const admin = await signIn(t.app, 'admin');
  const inspector = await signIn(t.app, 'inspector');
  const inspectorOther = await signIn(t.app, 'inspector');
  const victim = await signIn(t.app, 'inspector');
  const hospital = await createHospital(t.app, admin);
  const other = await createHospital(t.app, admin);
  const readerSame = await signIn(t.app, 'reader', { hospitalId: hospital.id });
  const readerOther = await signIn(t.app, 'reader', { hospitalId: other.id });

  const people: [string, string, string, number][] = [
    ['Anna', 'anna@example.se', 'st', 0],
    ['Bo', 'bo@example.se', 'head', 1],
  ];
  const { review, tokens } = await openReviewWithInvitations(t.app, admin, hospital, people, { inspectorIds: [inspector.userId] });
  const respondentIds = [];
  for (const actor of ACTORS) {
    const added = await call(
      t.app,
      admin,
      'POST',
      `/api/reviews/${review.id}/respondents`,
      { name: actor, email: `${actor}@example.se`, role: 'st', unitId: hospital.units[0].id },
      201,
    );
    respondentIds.push(added.json().id as string);
  }
  const round = (await call(t.app, admin, 'POST', `/api/reviews/${review.id}/reminders`, { at: '2099-01-01T08:00:00Z' }, 201)).json();
  // A report is published only once its review has closed: the routes below meet a closed review.
  await closeReview(t, admin, review.id);
  await publishReport(admin, review.id);
  const work = await createReview(t.app, admin, hospital, { inspectorIds: [inspector.userId] });
  await call(
    t.app,
    admin,
    'PUT',
    `/api/reviews/${review.id}/documents/request`,
    { categories: ['st-guidelines'], deadline: '2099-01-01', contactName: 'Sara', contactEmail: 'sara@example.se' },
    200,
  );
  const uploaded = await t.app.inject({
    method: 'POST',
    url: `/api/reviews/${review.id}/documents?category=st-guidelines&name=a.pdf`,
    headers: { ...admin.headers, 'content-type': 'application/pdf' },
    payload: PDF,
  });
  expect(uploaded.statusCode, uploaded.body).toBe(201);

  const organisationId = (await call(t.app, admin, 'POST', '/api/organisations', { name: 'Organisationen', hospitalIds: [hospital.id] }, 201)).json().id;
  const goal = { key: 'trainee-panel', label: { sv: 'Kollegium', en: 'Panel' }, measure: 'trainee-panel', comparison: 'yes', threshold: null, unit: 'none' };
  await call(t.app, admin, 'PUT', `/api/organisations/${organisationId}/goals/2024`, { goals: [goal] }, 200);
  const annual = (await call(t.app, inspector, 'POST', '/api/annual-reports', { organisationId, year: 2024 }, 201)).json();
  for (const step of ['open', 'close', 'publish']) await call(t.app, inspector, 'POST', `/api/annual-reports/${annual.id}/${step}`, undefined, 200);

  const mapping = (await call(t.app, admin, 'POST', '/api/mapping-rounds', { year: 2024 }, 201)).json();
  for (const step of ['open', 'close']) await call(t.app, admin, 'POST', `/api/mapping-rounds/${mapping.id}/${step}`, undefined, 200);
  for (const { code } of (await call(t.app, admin, 'GET', '/api/regions', undefined, 200)).json().regions as { code: string }[]) {
    const decision = { categories: ['all_professions'], note: '', placesPerYear: null, stDoctors: null };
    await call(t.app, admin, 'PUT', `/api/mapping-rounds/${mapping.id}/regions/${code}/decision`, decision, 200);
  }
  await call(t.app, admin, 'POST', `/api/mapping-rounds/${mapping.id}/publish`, undefined, 200);
  const hospitalReview = await publishedHospitalReview(admin, hospital.id, inspector.userId, readerSame.email);
  const hospitalWork = (
    await call(t.app, admin, 'POST', '/api/hospital-reviews', { title: 'Sjukhusnivå', hospitalId: hospital.id, inspectorIds: [inspector.userId] }, 201)
  ).json().id;

  const poolFile = csv([
    ['role', 'hospital_code', 'unit_code', 'answered_on', 'A.varied-clinical-work'],
    ['st', 'HX', 'HX-1', '2025-03-10', '4'],
  ]);
  const batch = await t.app.inject({
    method: 'POST',
    url: '/api/pool-imports?filename=a.csv&keepUnknown=true',
    headers: { ...admin.headers, 'content-type': 'text/csv' },
    payload: poolFile,
  });
  expect(batch.statusCode, batch.body).toBe(200);

  const programme = (await call(t.app, admin, 'POST', '/api/programmes', programmeBody('Ledarskaps-ST'), 201)).json();
  const programmeDocument = await t.app.inject({
    method: 'POST',
    url: `/api/programmes/${programme.id}/documents?name=program.pdf`,
    headers: { ...admin.headers, 'content-type': 'application/pdf' },
    payload: PDF,
  });
  expect(programmeDocument.statusCode, programmeDocument.body).toBe(201);

  f = {
    sessions: { admin, inspector, inspectorOther, readerSame, readerOther },
    hospital,
    published: review.id,
    work: work.id,
    token: tokens.get('anna@example.se')!,
    commentToken: (
      await t.app.db.selectFrom('mails').select('body').where('kind', '=', 'comment_request').where('campaign_id', '=', review.id).executeTakeFirstOrThrow()
    ).body.match(/\/c\/([A-Za-z0-9_-]{43})/)![1],
    documentToken: (
      await t.app.db.selectFrom('mails').select('body').where('kind', '=', 'document_request').where('campaign_id', '=', review.id).executeTakeFirstOrThrow()
    ).body.match(/\/d\/([A-Za-z0-9_-]{43})/)![1],
    documentId: uploaded.json().id,
    respondentIds,
    organisationId,
    annual: annual.id,
    mapping: mapping.id,
    roundId: round.id,
    batchId: batch.json().batchId,
    programmeId: programme.id,
    programmeDocumentId: programmeDocument.json().id,
    victim,
    hospitalReview,
    hospitalWork,
  };
}, 120_000);
afterAll(() => t?.close());

/** Grades every area as suggested, sends the draft for comment and publishes it, as an inspector would. */
async function publishReport(session: Session, reviewId: string) {
  const base = `/api/reviews/${reviewId}/report`;
  const view = (await call(t.app, session, 'GET', `${base}/authoring`, undefined, 200)).json();
  const content = view.current.content;
  for (const area of Object.keys(content.areas)) {
    content.areas[area].grade = view.suggestions[area]?.grade ?? 'B';
    content.areas[area].justification = 'Enligt underlaget.';
  }
  await call(t.app, session, 'PUT', `${base}/content`, { content }, 200);
  await call(
    t.app,
    session,
    'POST',
    `${base}/send-for-comment`,
    { deadline: addCalendarDays(todayInSweden(new Date()), 14), recipients: ['bo@example.se'] },
    200,
  );
  await call(t.app, session, 'POST', `${base}/publish`, undefined, 200);
}

/** A hospital-level review judged on every duty, closed, commented on by the hospital's reader and published. */
async function publishedHospitalReview(session: Session, hospitalId: string, inspectorId: string, readerEmail: string): Promise<string> {
  const id = (await call(t.app, session, 'POST', '/api/hospital-reviews', { title: 'Sjukhusnivå', hospitalId, inspectorIds: [inspectorId] }, 201)).json().id;
  const duties = (await call(t.app, session, 'GET', `/api/hospital-reviews/${id}/duties`, undefined, 200)).json().duties as { id: string }[];
  for (const duty of duties) await call(t.app, session, 'PUT', `/api/hospital-reviews/${id}/duties/${duty.id}`, { status: 'met', note: '' }, 200);
  await call(t.app, session, 'POST', `/api/hospital-reviews/${id}/close`, undefined, 200);
  const base = `/api/reviews/${id}/report`;
  const content = (await call(t.app, session, 'GET', `${base}/authoring`, undefined, 200)).json().current.content;
  for (const duty of duties) content.duties[duty.id].finding = 'Uppfyllt.';
  await call(t.app, session, 'PUT', `${base}/content`, { content }, 200);
  await call(t.app, session, 'POST', `${base}/send-for-comment`, { deadline: addCalendarDays(todayInSweden(new Date()), 14), recipients: [readerEmail] }, 200);
  await call(t.app, session, 'POST', `${base}/publish`, undefined, 200);
  return id;
}

let address = 0;
async function callAs(actor: Actor, method: string, request: Request, route: string) {
  let headers: Record<string, string> = { origin: 'http://localhost:3000' };
  if (actor !== 'anonymous' && actor !== 'respondent') {
    headers = { ...f.sessions[actor].headers };
    if (route === 'POST /api/auth/logout') {
      // A session of its own, so that logging out here does not sign the actor out of the rest of the table.
      const { token: fresh, hash } = newToken();
      await insertSession(t.app.db, hash, f.sessions[actor].userId, new Date(Date.now() + 3600_000));
      headers.cookie = `spur_session=${fresh}`;
    }
  }
  const { payload } = request;
  if (payload !== undefined) headers['content-type'] = request.contentType ?? 'application/json';
  address++;
  return t.app.inject({
    method: method as 'GET',
    url: request.url,
    // Per-address limits (login, unknown survey links) would otherwise answer 429 before the check we want.
    remoteAddress: `10.9.${address >> 8}.${address & 255}`,
    headers,
    ...(payload === undefined ? {} : { payload: Buffer.isBuffer(payload) ? payload : JSON.stringify(payload) }),
  });
}

const outcomeOf = (status: number): Outcome | `unexpected ${number}` =>
  status === 401 || status === 403 ? status : status === 404 ? 404 : status >= 500 && status !== 501 ? `unexpected ${status}` : 'ok';

describe('who may call what', () => {
  it('the table lists every route of the app, and no route the app does not have', () => {
    const routes = listRoutes(t.app).map((r) => `${r.method} ${r.url}`);
    const listed = TABLE.map(([route]) => route);
    const missing = routes.filter((r) => !listed.includes(r));
    const stale = listed.filter((r) => !routes.includes(r));
    expect(
      { missing, stale },
      `Routes without a row in the authorisation table of tests/integration/authorization.test.ts (add one saying who may call each):\n  ${missing.join('\n  ')}\nRows for routes the app does not have:\n  ${stale.join('\n  ')}`,
    ).toEqual({ missing: [], stale: [] });
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('every route × every caller answers as the table says', async () => {
    const wrong: string[] = [];
    for (const [route, expected, request] of TABLE) {
      const [method] = route.split(' ');
      for (const actor of ACTORS) {
        const res = await callAs(actor, method, request(f, actor), route);
        const got = outcomeOf(res.statusCode);
        // A 404 where 'ok' is expected is fine when the review exists: it came after authorisation.
        const fine = got === expected[actor] || (expected[actor] === 'ok' && got === 404 && !route.includes(':token'));
        if (!fine) wrong.push(`${route} as ${actor}: expected ${expected[actor]}, got ${res.statusCode} ${res.body.slice(0, 160)}`);
      }
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
  }, 120_000);
});

describe('security headers', () => {
  it('a CSP that allows no inline script and no framing, on API answers, errors and pages alike', async () => {
    for (const url of ['/api/health', '/api/reviews/999999', '/api/nothing-here']) {
      const res = await t.app.inject({ method: 'GET', url });
      const csp = String(res.headers['content-security-policy']);
      const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(csp)?.[1] ?? '';
      expect(scriptSrc, url).toContain("'self'");
      expect(scriptSrc, url).not.toContain("'unsafe-inline'");
      expect(scriptSrc, url).not.toContain("'unsafe-eval'");
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).toContain("object-src 'none'");
    }
  });

  it('no HSTS while the app is reached over plain http', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('with an https PUBLIC_URL: HSTS on every answer and a Secure session cookie', async () => {
    const secure = await createTestApp({ env: { PUBLIC_URL: 'https://spur.example.se' } });
    try {
      await secure.app.ready();
      const res = await secure.app.inject({ method: 'GET', url: '/api/health' });
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
      const admin = await signIn(secure.app, 'admin').catch((error: Error) => error);
      // signIn logs in with an http Origin; the login route itself takes no session, so it succeeds.
      expect(admin).not.toBeInstanceOf(Error);
      const login = await secure.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: (admin as Session).email, password: PASSWORD } });
      const cookie = login.cookies.find((c) => c.name === 'spur_session')!;
      expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax' });
    } finally {
      await secure.close();
    }
  }, 60_000);
});
