import type {
  CreateHospitalReviewBody,
  Duty,
  HospitalProfile,
  HospitalProfileBody,
  HospitalReport,
  HospitalReviewSummary,
  HospitalReviewView,
  Interviews,
  SaveInterviewNoteBody,
  Synthesis,
} from '../../../contract/hospital-review.js';
import type { PointStatus } from '../../../contract/domain.js';
import { todayInSweden } from '../../../contract/dates.js';
import { sharePercent } from '../../../contract/shares.js';
import { documentCategories } from '../../../surveys/document-categories.js';
import { leadershipFunctions, providerDuties } from '../../../surveys/provider-duties.js';
import type { Db, RootDb } from '../../db/database.js';
import { Conflict, fieldProblem, Invalid, NotFound } from '../../http/errors.js';
import type { Actor } from '../../permissions.js';
import { recordAudit } from '../audit/repository.js';
import { coverageUnits } from '../coverage/service.js';
import { reviewDocuments } from '../documents/service.js';
import { hospitalExists, isPoolOnly } from '../hospitals/repository.js';
import { publishedRevision } from '../report/revisions.js';
import { checkInspectors } from '../reviews/service.js';
import { assessPoint } from '../site-visit/checklist.js';
import * as checklistRepo from '../site-visit/repository.js';
import * as visits from '../site-visit/visit.js';
import * as repo from './repository.js';
import { synthesise } from './synthesis.js';

/**
 * The hospital-level review's life: created in draft (its leadership functions from the default
 * list), profile, duties and interviews while it runs, closed with the synthesis computed once,
 * then written up and published through the report workflow every review shares
 * (features/report-writing), which reads the kind and asks a finding per duty instead of grades.
 */

type Row = NonNullable<Awaited<ReturnType<typeof repo.findHospitalReview>>>;

const summaryOf = (row: Row): HospitalReviewSummary => ({
  id: row.id,
  title: row.title,
  hospital: { id: row.hospitalId!, name: row.hospitalName },
  status: row.status,
  reportPublishedAt: row.reportPublishedAt?.toISOString() ?? null,
});

async function existing(db: Db, id: string, forUpdate = false): Promise<Row> {
  const row = await repo.findHospitalReview(db, id, forUpdate);
  if (!row) throw new NotFound({ code: 'hospitalReview.notFound' });
  return row;
}

/** Profile and interview list are what the review found: fixed once it has closed. */
async function stillRunning(db: Db, id: string): Promise<Row> {
  const row = await existing(db, id, true);
  if (row.status === 'closed') throw new Conflict({ code: 'hospitalReview.closed' });
  return row;
}

export async function createHospitalReview(db: RootDb, actor: Actor, body: CreateHospitalReviewBody): Promise<string> {
  const title = body.title.trim();
  if (title === '') throw new Invalid({ code: 'field.required' }, [fieldProblem('body.title', 'field.required')]);
  return db.transaction().execute(async (trx) => {
    if (!(await hospitalExists(trx, body.hospitalId))) {
      throw new Invalid({ code: 'hospital.notFound' }, [fieldProblem('body.hospitalId', 'hospital.notFound')]);
    }
    if (await isPoolOnly(trx, body.hospitalId)) {
      throw new Invalid({ code: 'review.hospital.poolOnly' }, [fieldProblem('body.hospitalId', 'review.hospital.poolOnly')]);
    }
    const inspectorIds = [...new Set([...(body.inspectorIds ?? []), ...(actor.role === 'inspector' ? [actor.id] : [])])];
    await checkInspectors(trx, inspectorIds);
    const id = await repo.insertHospitalReview(trx, { title, hospitalId: body.hospitalId });
    await repo.setInspectors(trx, id, inspectorIds);
    await repo.insertFunctions(
      trx,
      id,
      leadershipFunctions.map((f, position) => ({ key: f.key, position, label: null })),
    );
    await recordAudit(trx, { actorId: actor.id, action: 'review_created', campaignId: id, details: { kind: 'hospital_review', title } });
    return id;
  });
}

/** Admins see all, inspectors theirs, a hospital's readers its published ones. */
export async function listFor(db: Db, actor: Actor): Promise<HospitalReviewSummary[]> {
  const filter =
    actor.role === 'admin' ? {} : actor.role === 'inspector' ? { inspectorId: actor.id } : { hospitalId: actor.hospitalId ?? '0', publishedOnly: true };
  return (await repo.listHospitalReviews(db, filter)).map(summaryOf);
}

// ---- profile ------------------------------------------------------------------------------

export async function profileOf(db: Db, id: string): Promise<HospitalProfile | null> {
  const row = await repo.profile(db, id);
  if (!row) return null;
  return {
    beds: row.beds,
    doctors: row.doctors,
    stDoctors: row.st_doctors,
    directorPercentPerTrainee: Number(row.director_percent_per_trainee),
    stFundingPerPost: row.st_funding_per_post,
    stShare: { count: row.st_doctors, n: row.doctors, percent: sharePercent(row.st_doctors, row.doctors) },
    updatedAt: row.updated_at.toISOString(),
  };
}

/** What the schema cannot say: there are no more ST doctors than doctors. */
export function profileProblems(body: HospitalProfileBody) {
  return body.stDoctors > body.doctors
    ? [fieldProblem('body.stDoctors', 'hospitalReview.stDoctorsOverDoctors', { stDoctors: body.stDoctors, doctors: body.doctors })]
    : [];
}

export async function saveProfile(db: RootDb, actor: Actor, id: string, body: HospitalProfileBody): Promise<HospitalProfile> {
  const problems = profileProblems(body);
  if (problems.length > 0)
    throw new Invalid({ code: 'hospitalReview.stDoctorsOverDoctors', params: { stDoctors: body.stDoctors, doctors: body.doctors } }, problems);
  await db.transaction().execute(async (trx) => {
    await stillRunning(trx, id);
    await repo.saveProfile(trx, id, body, actor.id);
    await recordAudit(trx, { actorId: actor.id, action: 'review_changed', campaignId: id, details: { profile: 'saved' } });
  });
  return (await profileOf(db, id))!;
}

// ---- duties -------------------------------------------------------------------------------

export async function duties(db: Db, id: string): Promise<Duty[]> {
  const judged = new Map((await checklistRepo.assessments(db, id)).map((r) => [r.point_id, r]));
  return providerDuties.map((d) => {
    const row = judged.get(d.id);
    return {
      id: d.id,
      text: d.text,
      basis: { kind: d.basis.kind, reference: d.basis.reference ?? null },
      evidence: d.evidence,
      status: row?.status ?? 'not_assessed',
      note: row?.note ?? '',
      updatedAt: row?.updated_at.toISOString() ?? null,
    };
  });
}

/** The clinic checklist's judgement, on the provider's list (the kind's checklist, server/kinds). */
export async function assessDuty(db: Db, actor: Actor, id: string, dutyId: string, status: PointStatus, note: string): Promise<Duty> {
  await assessPoint(db, actor, id, dutyId, status, note, 'provider');
  return (await duties(db, id)).find((d) => d.id === dutyId)!;
}

// ---- interviews ---------------------------------------------------------------------------

export async function interviews(db: Db, id: string): Promise<Interviews> {
  const [rows, notes] = await Promise.all([repo.functions(db, id), checklistRepo.visitNotes(db, id)]);
  const names = new Map(leadershipFunctions.map((f) => [f.key, f.name]));
  return {
    functions: rows.map((r) => ({
      key: r.key,
      name: r.label !== null ? { sv: r.label, en: r.label } : (names.get(r.key as `fn-${string}`) ?? { sv: r.key, en: r.key }),
      custom: r.label !== null,
      notes: notes.filter((n) => n.note_group === r.key).length,
    })),
    notes: notes.map((n) => ({ id: n.id, function: n.note_group, body: n.body, savedAt: n.saved_at.toISOString() })),
  };
}

/** A key from the inspectors' name for it, unique in the review. */
const keyFor = (label: string, taken: ReadonlySet<string>) => {
  const base = `fn-x-${
    label
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'function'
  }`;
  let key = base;
  for (let i = 2; taken.has(key); i++) key = `${base}-${i}`;
  return key;
};

export async function addFunction(db: RootDb, actor: Actor, id: string, label: string): Promise<Interviews> {
  const name = label.trim().replace(/\s+/g, ' ');
  await db.transaction().execute(async (trx) => {
    await stillRunning(trx, id);
    const rows = await repo.functions(trx, id);
    const shown = (await interviews(trx, id)).functions;
    if (shown.some((f) => f.name.sv.toLowerCase() === name.toLowerCase() || f.name.en.toLowerCase() === name.toLowerCase())) {
      throw new Conflict({ code: 'hospitalReview.functionExists', params: { label: name } });
    }
    const position = rows.reduce((max, r) => Math.max(max, r.position + 1), 0);
    await repo.insertFunctions(trx, id, [{ key: keyFor(name, new Set(rows.map((r) => r.key))), position, label: name }]);
    await recordAudit(trx, { actorId: actor.id, action: 'review_changed', campaignId: id, details: { interviews: 'function_added' } });
  });
  return interviews(db, id);
}

/** A note per function, with the site visit's offline-safe rule: the latest change wins. */
export async function saveInterviewNote(db: Db, actor: Actor, id: string, noteId: string, body: SaveInterviewNoteBody) {
  const keys = new Set((await repo.functions(db, id)).map((r) => r.key));
  if (!keys.has(body.function)) {
    throw new Invalid({ code: 'hospitalReview.functionUnknown', params: { function: body.function } }, [
      fieldProblem('body.function', 'hospitalReview.functionUnknown', { function: body.function }),
    ]);
  }
  const note = await visits.saveNote(db, actor, id, noteId, { group: body.function, areas: [], body: body.body, savedAt: body.savedAt });
  return note && { id: note.id, function: note.group as string, body: note.body, savedAt: note.savedAt };
}

export const deleteInterviewNote = (db: Db, actor: Actor, id: string, noteId: string) => visits.deleteNote(db, actor, id, noteId);

// ---- documents ----------------------------------------------------------------------------

/** What was asked for and received per category: the hospital-level categories, and any other category a document came in under. */
export async function register(db: Db, id: string) {
  const { request, documents } = await reviewDocuments(db, id);
  const asked = new Set(request?.categories ?? []);
  return documentCategories
    .filter((c) => c.level === 'hospital' || asked.has(c.key) || documents.some((d) => d.category === c.key))
    .map((c) => ({ category: c.key, name: c.name, asked: asked.has(c.key), received: documents.filter((d) => d.category === c.key).length }));
}

// ---- closing and the synthesis ------------------------------------------------------------

/** Today's figures, for the inspectors while the review runs. */
async function synthesisToday(db: Db, hospitalId: string, now: Date): Promise<Synthesis> {
  const asOf = todayInSweden(now);
  return synthesise(await coverageUnits(db, { hospitalId }, asOf), asOf);
}

/**
 * Closes the review and computes the synthesis once, in the closing transaction, as a clinic
 * review's figures are: the report then reads the coverage and the clinic reviews as they stood
 * on the day it closed.
 */
export async function closeHospitalReview(db: RootDb, actor: Actor, id: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await existing(trx, id, true);
    if (row.status === 'closed') throw new Conflict({ code: 'hospitalReview.closeOnlyDraft' });
    await repo.storeSynthesis(trx, id, await synthesisToday(trx, row.hospitalId!, now));
    await repo.markClosed(trx, id);
    await recordAudit(trx, { actorId: actor.id, action: 'review_closed', campaignId: id });
  });
}

async function storedSynthesis(db: Db, id: string): Promise<Synthesis | null> {
  const stored = await repo.storedSynthesis(db, id);
  return stored ? (stored.synthesis as Synthesis) : null;
}

export async function view(db: Db, id: string, now: Date): Promise<HospitalReviewView> {
  const row = await existing(db, id);
  const stored = await storedSynthesis(db, id);
  return {
    review: summaryOf(row),
    profile: await profileOf(db, id),
    duties: await duties(db, id),
    register: await register(db, id),
    synthesis: stored ?? (await synthesisToday(db, row.hospitalId!, now)),
    synthesisStored: stored !== null,
  };
}

/** What the hospital reads: the published text, with the profile and the synthesis of closing; no notes, and functions, never people. */
export async function publishedReport(db: Db, id: string): Promise<HospitalReport> {
  const row = await existing(db, id);
  const [revision, synthesis] = await Promise.all([publishedRevision(db, id), storedSynthesis(db, id)]);
  if (!revision || !synthesis) throw new NotFound({ code: 'hospitalReview.notPublished' });
  const { functions, notes } = await interviews(db, id);
  const interviewed = functions.filter((f) => notes.some((n) => n.function === f.key)).map((f) => f.name);
  return {
    review: summaryOf(row),
    revision,
    duties: providerDuties.map((d) => ({ id: d.id, text: d.text, basis: { kind: d.basis.kind, reference: d.basis.reference ?? null } })),
    profile: await profileOf(db, id),
    synthesis,
    interviewed,
    register: await register(db, id),
  };
}
