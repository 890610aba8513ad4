import { sql } from 'kysely';
import type { ScheduleEntry, VisitPlanBody } from '../../../contract/site-visit.js';
import type { Db } from '../../db/database.js';
import type { ActionStatus, Area, PointStatus } from '../../../contract/domain.js';

// ---- checklist ----------------------------------------------------------------------------

export async function assessments(db: Db, reviewId: string) {
  return db.selectFrom('checklist_assessments').select(['point_id', 'status', 'note', 'updated_at']).where('campaign_id', '=', reviewId).execute();
}

export async function upsertAssessment(db: Db, reviewId: string, pointId: string, status: PointStatus, note: string, actorId: string) {
  return db
    .insertInto('checklist_assessments')
    .values({ campaign_id: reviewId, point_id: pointId, status, note, updated_by: actorId })
    .onConflict((oc) => oc.columns(['campaign_id', 'point_id']).doUpdateSet({ status, note, updated_by: actorId, updated_at: sql`now()` }))
    .returning(['point_id', 'status', 'note', 'updated_at'])
    .executeTakeFirstOrThrow();
}

// ---- site visit ---------------------------------------------------------------------------

export async function visitPlan(db: Db, reviewId: string) {
  return db
    .selectFrom('site_visits')
    .select(['starts_on', 'ends_on', 'inspectors', 'schedule', 'notes', 'updated_at'])
    .where('campaign_id', '=', reviewId)
    .executeTakeFirst()
    .then((row) => row && { ...row, schedule: row.schedule as ScheduleEntry[] });
}

export async function saveVisitPlan(db: Db, reviewId: string, plan: VisitPlanBody) {
  const values = { starts_on: plan.startsOn, ends_on: plan.endsOn, inspectors: plan.inspectors, schedule: JSON.stringify(plan.schedule), notes: plan.notes };
  await db
    .insertInto('site_visits')
    .values({ campaign_id: reviewId, ...values })
    .onConflict((oc) => oc.column('campaign_id').doUpdateSet({ ...values, updated_at: sql`now()` }))
    .execute();
}

// area_code[] is an array of a domain, which pg does not parse: read it as text[].
const noteColumns = ['id', 'note_group', sql<string[]>`areas::text[]`.as('areas'), 'body', 'saved_at', 'deleted'] as const;

export async function visitNotes(db: Db, reviewId: string) {
  return db.selectFrom('visit_notes').select(noteColumns).where('campaign_id', '=', reviewId).where('deleted', '=', false).orderBy('saved_at').execute();
}

export async function findNote(db: Db, noteId: string) {
  return db
    .selectFrom('visit_notes')
    .select([...noteColumns, 'campaign_id'])
    .where('id', '=', noteId)
    .executeTakeFirst();
}

/**
 * Saves a note unless the stored one is newer: queued saves from a tablet that was offline may
 * arrive late and more than once. A delete is a save with `deleted`, so it obeys the same rule.
 */
export async function saveNote(
  db: Db,
  reviewId: string,
  note: { id: string; group: string; areas: string[]; body: string; savedAt: string; deleted: boolean },
  actorId: string,
) {
  const values = { note_group: note.group, areas: note.areas, body: note.body, saved_at: note.savedAt, deleted: note.deleted };
  await db
    .insertInto('visit_notes')
    .values({ id: note.id, campaign_id: reviewId, written_by: actorId, ...values })
    .onConflict((oc) =>
      oc.column('id').doUpdateSet(values).where('visit_notes.saved_at', '<=', new Date(note.savedAt)).where('visit_notes.campaign_id', '=', reviewId),
    )
    .execute();
}

// ---- action plan --------------------------------------------------------------------------

export async function actionPlan(db: Db, reviewId: string, forUpdate = false) {
  let query = db.selectFrom('action_plans').select(['due_on', 'submitted_at']).where('campaign_id', '=', reviewId);
  if (forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function insertActionPlan(db: Db, reviewId: string, dueOn: string) {
  await db
    .insertInto('action_plans')
    .values({ campaign_id: reviewId, due_on: dueOn })
    .onConflict((oc) => oc.column('campaign_id').doNothing())
    .execute();
}

export async function setPlanDue(db: Db, reviewId: string, dueOn: string) {
  await db.updateTable('action_plans').set({ due_on: dueOn }).where('campaign_id', '=', reviewId).execute();
}

export async function markPlanSubmitted(db: Db, reviewId: string, actorId: string) {
  await db
    .updateTable('action_plans')
    .set({ submitted_at: sql<Date>`now()`, submitted_by: actorId })
    .where('campaign_id', '=', reviewId)
    .execute();
}

const actionColumns = ['id', 'area', 'recommendation', 'action', 'responsible', 'due_on', 'status', 'follow_up_note', 'updated_at', 'position'] as const;

export async function planActions(db: Db, reviewId: string) {
  return db.selectFrom('plan_actions').select(actionColumns).where('campaign_id', '=', reviewId).orderBy('position').execute();
}

export async function insertActions(db: Db, reviewId: string, actions: { position: number; area: Area | null; recommendation: string }[]) {
  if (actions.length === 0) return;
  await db
    .insertInto('plan_actions')
    .values(actions.map((a) => ({ campaign_id: reviewId, ...a })))
    .execute();
}

export async function updateAction(
  db: Db,
  reviewId: string,
  actionId: string,
  changes: { action?: string; responsible?: string; due_on?: string | null; status?: ActionStatus; follow_up_note?: string },
) {
  return db
    .updateTable('plan_actions')
    .set({ ...changes, updated_at: sql`now()` })
    .where('campaign_id', '=', reviewId)
    .where('id', '=', actionId)
    .returning(actionColumns)
    .executeTakeFirst();
}

/** Plans not yet submitted, with their hospital, for the reminder job. */
export async function unsubmittedPlans(db: Db) {
  return db
    .selectFrom('action_plans as p')
    .innerJoin('campaigns as c', 'c.id', 'p.campaign_id')
    .innerJoin('hospitals as h', 'h.id', 'c.hospital_id')
    .select(['p.campaign_id', 'p.due_on', 'c.title', 'c.hospital_id', 'h.name as hospital_name'])
    .where('p.submitted_at', 'is', null)
    .execute();
}

/** Records a reminder stage; false when another run (or server) already sent it. */
export async function claimReminder(db: Db, reviewId: string, stage: string): Promise<boolean> {
  const row = await db
    .insertInto('action_plan_reminders')
    .values({ campaign_id: reviewId, stage })
    .onConflict((oc) => oc.columns(['campaign_id', 'stage']).doNothing())
    .returning('stage')
    .executeTakeFirst();
  return row !== undefined;
}

/** Who answers for the clinic: the hospital's readers; the review's inspectors if it has none. */
export async function planRecipients(db: Db, reviewId: string, hospitalId: string) {
  const readers = await db
    .selectFrom('users')
    .select(['email', 'name'])
    .where('role', '=', 'reader')
    .where('hospital_id', '=', hospitalId)
    .where('active', '=', true)
    .execute();
  if (readers.length > 0) return readers;
  return db
    .selectFrom('campaign_inspectors as ci')
    .innerJoin('users as u', 'u.id', 'ci.user_id')
    .select(['u.email', 'u.name'])
    .where('ci.campaign_id', '=', reviewId)
    .execute();
}

// ---- the previous review ------------------------------------------------------------------

/** The latest other review sharing a unit with this one, published before this one was created. */
export async function previousReviewId(db: Db, reviewId: string) {
  const row = await db
    .selectFrom('campaigns as prev')
    .innerJoin('campaign_units as pu', 'pu.campaign_id', 'prev.id')
    .innerJoin('campaign_units as cu', (join) => join.onRef('cu.unit_id', '=', 'pu.unit_id').on('cu.campaign_id', '=', reviewId))
    .innerJoin('campaigns as cur', 'cur.id', 'cu.campaign_id')
    .select(['prev.id', 'prev.title', 'prev.report_published_at'])
    .where('prev.id', '!=', reviewId)
    .where('prev.kind', '=', 'review')
    .where('prev.report_published_at', 'is not', null)
    .whereRef('prev.report_published_at', '<', 'cur.created_at')
    .orderBy('prev.report_published_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row;
}
