import { sql } from 'kysely';
import type { RootDb } from '../db/database.js';
import type { Role } from '../../contract/domain.js';
import { Conflict } from '../http/errors.js';
import type { Actor } from '../permissions.js';
import { hashPassword } from '../security/passwords.js';
import { poolKey } from '../features/benchmark/repository.js';
import { appendPoolDeltas, foldPoolDeltas, poolDeltas } from '../features/benchmark/deltas.js';
import { createUser } from '../features/auth/service.js';
import { insertHospital, insertUnit } from '../features/hospitals/repository.js';
import { sendInvitations } from '../features/invitations/service.js';
import { submit } from '../features/respond/service.js';
import { insertRespondents } from '../features/respondents/repository.js';
import { markUnreachable } from '../features/respondents/service.js';
import { saveTargetSet } from '../features/targets/service.js';
import { todayInSweden } from '../../contract/dates.js';
import { authoringView, publish, recordComments, saveContent, sendForComment } from '../features/report-writing/authoring.js';
import { commentCandidates } from '../features/report-writing/comment-round.js';
import { listSuggestions, updateSuggestions } from '../features/report/suggestions.js';
import { ensureSnapshot } from '../features/report/service.js';
import { changeStatus, createReview, DIRECTOR_SUPPLEMENT, MAIN_SURVEY } from '../features/reviews/service.js';
import { findByTokenHash } from '../features/respond/repository.js';
import { hashToken } from '../security/tokens.js';
import { storeVersion } from '../features/surveys/repository.js';
import { currentSurvey } from '../features/surveys/service.js';
import { demoUnits, generateHospital, generatePool, poolHospitals, type PoolHospital, type PoolResponse } from './generator.js';
import { AREA_TEXTS, IMPROVEMENT_AREAS, SUGGESTIONS, SUMMARY } from './texts.js';
import { demoTargets } from './targets.js';
import { answerDemoActionPlan, runDemoVisit } from './visit.js';
import { loadDemoAnnual } from './annual.js';
import { loadDemoMapping } from './mapping.js';
import { loadDemoCoverage } from './coverage.js';
import { loadDemoProgrammes } from './programmes.js';
import { loadDemoHospitalReview } from './hospital-review.js';

export const DEMO_HOSPITAL = 'DEMO';
const ITEM_KINDS = new Map(currentSurvey(MAIN_SURVEY).items.map((i) => [i.id, i.kind]));
export const DEMO_PASSWORD = 'spur-demo-2026';
export const DEMO_ACCOUNTS = [
  { email: 'admin@demo.example', name: 'Demo Admin', role: 'admin' as const },
  { email: 'granskare@demo.example', name: 'Greta Granskare', role: 'inspector' as const },
  { email: 'ledning@demo.example', name: 'Lars Ledning', role: 'reader' as const },
  // A head of department: reads the annual report's line of their own clinic (server/demo/annual.ts).
  { email: 'verksamhetschef@demo.example', name: 'Vera Verksamhetschef', role: 'reader' as const },
];

export interface DemoOptions {
  seed?: number;
  /** ST doctors in the national pool (other roles in proportion); 3,000 by default. */
  poolTrainees?: number;
  publicUrl: string;
  onProgress?: (step: string, done: number, total: number) => void;
}

export interface DemoSummary {
  reviewId: string;
  openReviewId: string;
  sampleLink: string;
  poolResponses: number;
  poolAnswers: number;
  /** The organisation's published annual study-director report. */
  annualId: string;
  /** The national mapping's two published rounds. */
  mappingRoundIds: { 2020: string; 2024: string };
  /** The demo hospital's published hospital-level review. */
  hospitalReviewId: string;
}

/** Loads the whole demo into an empty install; refuses when it is there already. */
export async function loadDemo(db: RootDb, options: DemoOptions): Promise<DemoSummary> {
  const seed = options.seed ?? 2021;
  const progress = options.onProgress ?? (() => {});
  if (await db.selectFrom('hospitals').select('id').where('code', '=', DEMO_HOSPITAL).executeTakeFirst()) {
    throw new Conflict({ code: 'demo.alreadyLoaded' });
  }
  const survey = currentSurvey(MAIN_SURVEY);

  progress('accounts', 0, 1);
  const hospitalId = await insertHospital(db, { code: DEMO_HOSPITAL, name: 'Demosjukhuset', region: 'Region Demo' });
  const accounts = await createAccounts(db, hospitalId);
  const inspector: Actor = { id: accounts.inspector, role: 'inspector', hospitalId: null };

  const units = new Map<string, string>();
  for (const unit of demoUnits()) {
    units.set(unit.code, await insertUnit(db, hospitalId, { code: unit.code, name: unit.name, specialty: unit.specialty, specialtyGroup: unit.group }));
  }

  progress('review', 0, 1);
  const respondents = generateHospital(seed, survey.items, currentSurvey(DIRECTOR_SUPPLEMENT).items);
  const reviewId = await createReview(db, inspector, {
    title: 'Sjukhusövergripande extern granskning av ST',
    hospitalId,
    unitIds: [...units.values()],
    closesAt: null,
    includeDirectorSupplement: true,
  });
  await insertRespondents(
    db,
    reviewId,
    respondents.map((r) => ({ name: r.name, email: r.email, role: r.role, unitId: units.get(r.unitCode)! })),
  );
  await changeStatus(db, inspector, reviewId, 'open', ensureSnapshot);
  await sendInvitations(db, inspector, reviewId, options.publicUrl);
  const tokens = await tokensByRecipient(db, reviewId);
  const answering = respondents.filter((r) => r.answers);
  for (const [i, person] of answering.entries()) {
    await submit(db, tokens.get(person.email)!, person.answers!, 'sv');
    if (person.supplement) await submit(db, tokens.get(`${person.email}#${DIRECTOR_SUPPLEMENT}`)!, person.supplement, 'sv');
    if (i % 20 === 0) progress('answers', i, answering.length);
  }

  progress('themes', 0, 1);
  await tagSuggestions(db, reviewId);
  await markNotReached(db, inspector, reviewId, respondents);
  await setTargets(db, { id: accounts.admin, role: 'admin', hospitalId: null }, hospitalId);

  const pool = await loadPool(db, seed, options.poolTrainees ?? 3000, (done, total) => progress('national pool', done, total));

  progress('site visit', 0, 1);
  await changeStatus(db, inspector, reviewId, 'closed', ensureSnapshot);
  await runDemoVisit(db, inspector, reviewId, options.publicUrl);

  progress('report', 0, 1);
  await writeReport(db, inspector, reviewId, options.publicUrl);
  await answerDemoActionPlan(db, { id: accounts.reader, role: 'reader', hospitalId }, reviewId);

  const open = await openFollowUp(db, inspector, hospitalId, units.get('KAR')!, options.publicUrl);
  // After the report: its publication is the 16 units' last review; the others' come from before.
  await loadDemoCoverage(db, accounts.inspector, hospitalId, units);
  // After the coverage: its synthesis is of the clinic reviews and coverage as they then stand.
  progress('hospital-level review', 0, 1);
  const hospitalReviewId = await loadDemoHospitalReview(db, inspector, hospitalId, options.publicUrl);

  progress('annual report', 0, 1);
  const annual = await loadDemoAnnual(db, { id: accounts.admin, role: 'admin', hospitalId: null }, inspector, hospitalId, options.publicUrl);
  await db.updateTable('users').set({ unit_id: annual.headUnitId }).where('email', '=', 'verksamhetschef@demo.example').execute();

  progress('leadership programmes', 0, 1);
  await loadDemoProgrammes(db, { id: accounts.admin, role: 'admin', hospitalId: null }, new Date());
  progress('mapping', 0, 1);
  const mapping = await loadDemoMapping(db, { id: accounts.admin, role: 'admin', hospitalId: null }, options.publicUrl);
  return {
    reviewId,
    openReviewId: open.reviewId,
    sampleLink: open.link,
    poolResponses: pool.responses,
    poolAnswers: pool.answers,
    annualId: annual.annualId,
    mappingRoundIds: mapping.roundIds,
    hospitalReviewId,
  };
}

async function createAccounts(db: RootDb, hospitalId: string) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids: Record<string, string> = {};
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db
      .selectFrom('users')
      .select('id')
      .where(sql`lower(email)`, '=', account.email)
      .executeTakeFirst();
    const id = existing?.id ?? (await createUser(db, null, { ...account, hospitalId: account.role === 'reader' ? hospitalId : null, passwordHash }));
    // the first account of a role acts for it in the demo (Lars, not the head, answers the action plan)
    ids[account.role] ??= id;
    ids[account.email] = id;
  }
  return ids as { admin: string; inspector: string; reader: string } & Record<string, string>;
}

/**
 * Each recipient's link from the invitation mails, as a respondent reads it: the main survey's
 * under the address, another survey's (a director's supplement) under `address#survey-key`.
 */
async function tokensByRecipient(db: RootDb, campaignId: string): Promise<Map<string, string>> {
  const mails = await db.selectFrom('mails').select(['recipient', 'body']).where('campaign_id', '=', campaignId).execute();
  const perRecipient = new Map<string, number>();
  for (const m of mails) perRecipient.set(m.recipient, (perRecipient.get(m.recipient) ?? 0) + 1);
  const tokens = new Map<string, string>();
  for (const m of mails) {
    const token = m.body.match(/\/s\/([A-Za-z0-9_-]{43})/)![1];
    const key = perRecipient.get(m.recipient)! > 1 ? (await findByTokenHash(db, hashToken(token)))!.surveyKey : MAIN_SURVEY;
    tokens.set(key === MAIN_SURVEY ? m.recipient : `${m.recipient}#${key}`, token);
  }
  return tokens;
}

/**
 * Three invitees the invitation did not reach: two whose mail bounced (the inspector heard from
 * the clinic) and one who has left. The report then shows the response rate of those reached too.
 */
async function markNotReached(db: RootDb, inspector: Actor, reviewId: string, respondents: { email: string; role: Role; answers: unknown }[]) {
  const silent = respondents.filter((r) => r.role === 'st' && r.answers === null).slice(0, 3);
  for (const [i, person] of silent.entries()) {
    const row = await db.selectFrom('respondents').select('id').where('campaign_id', '=', reviewId).where('email', '=', person.email).executeTakeFirstOrThrow();
    await markUnreachable(db, inspector, reviewId, row.id, i < 2 ? 'bounced' : 'left');
  }
}

/** The hospital's targets for this year (the demo review closes now) and, lower, for the year before. */
async function setTargets(db: RootDb, admin: Actor, hospitalId: string) {
  const year = Number(todayInSweden(new Date()).slice(0, 4));
  const { previousYear, thisYear } = demoTargets();
  await saveTargetSet(db, admin, hospitalId, year - 1, previousYear);
  await saveTargetSet(db, admin, hospitalId, year, thisYear);
}

/** The inspector's reading of the free text: each suggestion under its theme, a few starred. */
async function tagSuggestions(db: RootDb, reviewId: string): Promise<void> {
  const { suggestions } = await listSuggestions(db, reviewId, 1, {});
  const themeOf = (text: string) => Object.entries(SUGGESTIONS).find(([, texts]) => texts.some((t) => text.startsWith(t)))?.[0];
  const starredThemes = new Set<string>();
  const changes = [];
  for (const s of suggestions) {
    const theme = themeOf(s.text);
    if (!theme) continue;
    changes.push({ key: s.key, themes: [theme], starred: !starredThemes.has(theme) });
    starredThemes.add(theme);
  }
  await updateSuggestions(db, reviewId, changes);
}

async function writeReport(db: RootDb, inspector: Actor, reviewId: string, publicUrl: string): Promise<void> {
  const view = await authoringView(db, reviewId);
  const content = view.current.content;
  content.summary = SUMMARY;
  content.improvementAreas = IMPROVEMENT_AREAS.map((a) => ({ ...a, recommendations: [...a.recommendations] }));
  for (const [area, texts] of Object.entries(AREA_TEXTS)) {
    content.areas[area] = { grade: view.suggestions[area]?.grade ?? 'B', justification: '', ...texts, recommendations: [...texts.recommendations] };
  }
  const { suggestions } = await listSuggestions(db, reviewId, 3, { starred: true });
  content.quotes = suggestions.map((s) => s.key);
  await saveContent(db, inspector, reviewId, content);
  // The clinic's heads and study directors are asked, as an inspector sending the draft would by default.
  const now = new Date();
  const { candidates, deadline } = await commentCandidates(db, reviewId, now);
  await sendForComment(
    db,
    inspector,
    reviewId,
    { deadline: deadline.suggested, recipients: candidates.filter((c) => c.preselected).map((c) => c.email) },
    publicUrl,
    now,
  );
  await recordComments(db, inspector, reviewId, 'Verksamheten instämmer i bedömningen och återkommer med en handlingsplan.');
  await publish(db, inspector, reviewId, publicUrl);
}

/** A small open review with one personal link printed, so a new user can answer a survey. */
async function openFollowUp(db: RootDb, inspector: Actor, hospitalId: string, unitId: string, publicUrl: string) {
  const reviewId = await createReview(db, inspector, {
    title: 'Uppföljande granskning – Kardiologiska kliniken',
    hospitalId,
    unitIds: [unitId],
    closesAt: null,
  });
  const people: [string, Role][] = [
    ['ST-läkare A', 'st'],
    ['ST-läkare B', 'st'],
    ['ST-läkare C', 'st'],
    ['Handledare A', 'supervisor'],
    ['Studierektor A', 'director'],
    ['Verksamhetschef A', 'head'],
  ];
  await insertRespondents(
    db,
    reviewId,
    people.map(([name, role], i) => ({ name, email: `uppfoljning.${i + 1}@demosjukhuset.example`, role, unitId })),
  );
  await changeStatus(db, inspector, reviewId, 'open', ensureSnapshot);
  await sendInvitations(db, inspector, reviewId, publicUrl);
  const tokens = await tokensByRecipient(db, reviewId);
  return { reviewId, link: `${publicUrl}/s/${tokens.get('uppfoljning.1@demosjukhuset.example')}` };
}

/**
 * Other hospitals' answers: one closed review per hospital, responses and their counts written
 * in batches (each batch one short transaction, as the embedded database serialises them).
 */
export async function loadPool(
  db: RootDb,
  seed: number,
  trainees: number,
  onProgress: (done: number, total: number) => void = () => {},
  hospitals: PoolHospital[] = poolHospitals(20),
): Promise<{ responses: number; answers: number }> {
  const survey = currentSurvey(MAIN_SURVEY);
  const versionRow = await storeVersion(db, survey);
  const places = new Map<string, { campaignId: string; hospitalId: string; unitId: string }>();
  for (const hospital of hospitals) {
    const hospitalId = await insertHospital(db, { code: hospital.code, name: hospital.name, region: null, poolOnly: true });
    const campaign = await db
      .insertInto('campaigns')
      .values({ kind: 'review', title: `Tidigare granskning, ${hospital.name}`, hospital_id: hospitalId, status: 'closed', period_year: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const unit of hospital.units) {
      const unitId = await insertUnit(db, hospitalId, { code: unit.code, name: unit.name, specialty: unit.specialty, specialtyGroup: unit.group });
      await db.insertInto('campaign_units').values({ campaign_id: campaign.id, unit_id: unitId }).execute();
      places.set(unit.code, { campaignId: campaign.id, hospitalId, unitId });
    }
  }
  const responses = generatePool(seed + 1, survey.items, trainees, hospitals);
  let answers = 0;
  // Embedded, a transaction holds the whole database, and the demo loads beside people using the
  // app: each is kept short. With 200 responses a transaction, a request made during the load
  // once got a 503 on a loaded machine (the pool waits 5 s for a connection).
  const BATCH = 50;
  for (let i = 0; i < responses.length; i += BATCH) {
    const batch = responses.slice(i, i + BATCH);
    await db.transaction().execute(async (trx) => {
      for (const response of batch) answers += await insertPoolResponse(trx, response, places.get(response.unitCode)!, versionRow.id);
    });
    onProgress(Math.min(i + BATCH, responses.length), responses.length);
  }
  // As submissions: appended, then counted in one fold (a response's three upserts took 4x as long).
  await foldPoolDeltas(db);
  return { responses: responses.length, answers };
}

async function insertPoolResponse(
  db: RootDb,
  response: PoolResponse,
  place: { campaignId: string; hospitalId: string; unitId: string },
  surveyVersionId: string,
): Promise<number> {
  const row = await db
    .insertInto('responses')
    .values({
      campaign_id: place.campaignId,
      unit_id: place.unitId,
      hospital_id: place.hospitalId,
      role: response.role,
      survey_version_id: surveyVersionId,
      raw: JSON.stringify(Object.fromEntries(response.answers.map((a) => [a.itemId, a.value]))),
      submitted_at: response.submittedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (response.answers.length === 0) return 0;
  await db
    .insertInto('answers')
    .values(response.answers.map((a) => ({ response_id: row.id, item_id: a.itemId, role: response.role, value_num: a.value })))
    .execute();
  const key = poolKey(response.hospitalCode, response.unitCode, response.role, new Date(response.submittedAt));
  const of = (kind: string) => response.answers.filter((a) => ITEM_KINDS.get(a.itemId) === kind);
  await appendPoolDeltas(db, key, poolDeltas({ statements: of('statement'), numbers: of('numeric') }, 1));
  return response.answers.length;
}
