import { sql } from 'kysely';
import type { CampaignKind, Db } from '../../db/database.js';
import type { ReviewStatus, Role } from '../../../contract/domain.js';
import type { NormalisedAnswer } from './validate.js';
import { unnest } from '../../db/unnest.js';
import { insertPoolDeltas, type PoolDelta, type PoolPlace } from '../benchmark/deltas.js';

export interface InvitationContext {
  invitationId: string;
  kind: CampaignKind;
  role: Role;
  campaignId: string;
  campaignStatus: ReviewStatus;
  closesAt: string | null;
  anonymityThreshold: number;
  allowEdits: boolean;
  /** Null for a mapping, which is national: its source answers for a region (mappingSource). */
  hospitalId: string | null;
  hospitalCode: string;
  hospitalName: string;
  mappingSource: { regionSv: string; regionEn: string; type: 'branch' | 'director'; branchName: string | null } | null;
  unitId: string | null;
  unitCode: string | null;
  unitName: string | null;
  surveyVersionRowId: string;
  surveyKey: string;
  surveyHash: string;
  answeredAt: Date | null;
  draft: unknown;
  draftSavedAt: Date | null;
}

/**
 * Everything a personal link opens, found by the token's hash; the invitation locked when a
 * transaction changes it. The link's own rows are found in a subquery that the planner keeps
 * apart (OFFSET 0 and the lock both keep it from being merged into the outer query), and the
 * mapping's source in a subquery of the select list: the planner weighs the join orders of every
 * set of tables it plans together, and ten tables at once cost 2.8 ms of PGlite's time per
 * autosave and submission, these sets 0.6 ms (issue 22).
 */
export async function findByTokenHash(db: Db, tokenHash: Buffer, forUpdate = false): Promise<InvitationContext | undefined> {
  let link = db
    .selectFrom('invitation_tokens as t')
    .innerJoin('invitations as i', 'i.id', 't.invitation_id')
    .innerJoin('respondents as r', 'r.id', 'i.respondent_id')
    .innerJoin('campaigns as c', 'c.id', 'r.campaign_id')
    .innerJoin('survey_versions as sv', 'sv.id', 'i.survey_version_id')
    .select([
      'i.id as invitationId',
      'r.id as respondentId',
      'c.kind',
      'r.role',
      'r.unit_id as unitId',
      'c.id as campaignId',
      'c.hospital_id as campaignHospitalId',
      'c.status as campaignStatus',
      'c.closes_at as closesAt',
      'c.anonymity_threshold as anonymityThreshold',
      'c.allow_edits as allowEdits',
      'sv.id as surveyVersionRowId',
      'sv.survey_key as surveyKey',
      'sv.hash as surveyHash',
      'i.answered_at as answeredAt',
      'i.draft',
      'i.draft_saved_at as draftSavedAt',
    ])
    .where('t.token_hash', '=', tokenHash)
    .offset(0);
  if (forUpdate) link = link.forUpdate('i');
  const row = await db
    .selectFrom(link.as('x'))
    .leftJoin('units as u', 'u.id', 'x.unitId')
    // A review has its hospital; an organisation's annual report reaches it through the clinic; a
    // mapping has none: its source answers for a region.
    .leftJoin('hospitals as h', (join) => join.on(sql`h.id`, '=', sql`coalesce(x."campaignHospitalId", u.hospital_id)`))
    .select([
      'x.invitationId',
      'x.kind',
      'x.role',
      'x.campaignId',
      'x.campaignStatus',
      'x.closesAt',
      'x.anonymityThreshold',
      'x.allowEdits',
      'h.id as hospitalId',
      sql<string>`coalesce(h.code, '')`.as('hospitalCode'),
      'h.name as hospitalName',
      sql<
        InvitationContext['mappingSource']
      >`(SELECT json_build_object('regionSv', rg.name_sv, 'regionEn', rg.name_en, 'type', ms.source_type, 'branchName', mb.name)
        FROM mapping_sources ms JOIN regions rg ON rg.code = ms.region_code LEFT JOIN mapping_branches mb ON mb.id = ms.branch_id
        WHERE ms.respondent_id = x."respondentId")`.as('mappingSource'),
      'u.id as unitId',
      'u.code as unitCode',
      'u.name as unitName',
      'x.surveyVersionRowId',
      'x.surveyKey',
      'x.surveyHash',
      'x.answeredAt',
      'x.draft',
      'x.draftSavedAt',
    ])
    .executeTakeFirst();
  return row && ({ ...row, hospitalName: row.hospitalName ?? row.mappingSource?.regionSv ?? '' } as InvitationContext);
}

export async function saveDraft(db: Db, invitationId: string, draft: { data: unknown; currentPage: number }): Promise<Date> {
  const row = await db
    .updateTable('invitations')
    .set({ draft: JSON.stringify(draft), draft_saved_at: sql`now()` })
    .where('id', '=', invitationId)
    .returning('draft_saved_at')
    .executeTakeFirstOrThrow();
  return row.draft_saved_at!;
}

export async function responseOf(db: Db, invitationId: string) {
  return db.selectFrom('responses').select(['id', 'submitted_at as submittedAt']).where('invitation_id', '=', invitationId).executeTakeFirst();
}

/**
 * Stores a response, its answer rows and its pool changes, and marks the invitation answered
 * (clearing the draft), in one statement: a submission's whole write is one round trip. The pool
 * changes count in the month of the stored response (UTC, as poolMonth).
 */
export async function storeResponse(
  db: Db,
  context: InvitationContext,
  raw: Record<string, unknown>,
  answers: NormalisedAnswer[],
  deltas: PoolDelta[],
  place: PoolPlace,
): Promise<{ id: string; submittedAt: Date }> {
  const role = sql`${context.role}::role_code`;
  const answerRows = unnest([
    [answers.map((a) => a.itemId), 'text'],
    [answers.map((a) => a.valueNum), 'numeric'],
    [answers.map((a) => a.choice), 'text'],
    [answers.map((a) => a.textValue), 'text'],
  ]);
  const parts = [
    sql`r AS (
      INSERT INTO responses (campaign_id, unit_id, hospital_id, role, survey_version_id, invitation_id, raw)
      VALUES (${context.campaignId}, ${context.unitId}, ${context.hospitalId}, ${role}, ${context.surveyVersionRowId}, ${context.invitationId}, ${JSON.stringify(raw)})
      RETURNING id, submitted_at)`,
    sql`answered AS (
      UPDATE invitations SET answered_at = r.submitted_at, draft = NULL, draft_saved_at = NULL FROM r WHERE invitations.id = ${context.invitationId})`,
  ];
  if (answers.length > 0) {
    parts.push(sql`rows AS (
      INSERT INTO answers (response_id, item_id, role, value_num, choice, text_value)
      SELECT r.id, x.item_id, ${role}, x.value_num, x.choice, x.text_value FROM r, ${answerRows} AS x (item_id, value_num, choice, text_value))`);
  }
  if (deltas.length > 0) {
    parts.push(sql`pool AS (${insertPoolDeltas(deltas, place, sql`date_trunc('month', r.submitted_at AT TIME ZONE 'UTC')::date`, sql`r`)})`);
  }
  const { rows } = await sql<{ id: string; submittedAt: Date }>`
    WITH ${sql.join(parts)} SELECT id, submitted_at AS "submittedAt" FROM r`.execute(db);
  return rows[0];
}

/** With edits allowed until closing: the same response, its answers replaced. */
export async function replaceResponse(db: Db, responseId: string, role: Role, raw: Record<string, unknown>, answers: NormalisedAnswer[]) {
  await db
    .updateTable('responses')
    .set({ raw: JSON.stringify(raw), updated_at: sql`now()` })
    .where('id', '=', responseId)
    .execute();
  await db.deleteFrom('answers').where('response_id', '=', responseId).execute();
  await insertAnswers(db, responseId, role, answers);
}

async function insertAnswers(db: Db, responseId: string, role: Role, answers: NormalisedAnswer[]): Promise<void> {
  if (answers.length === 0) return;
  await db
    .insertInto('answers')
    .values(answers.map((a) => ({ response_id: responseId, item_id: a.itemId, role, value_num: a.valueNum, choice: a.choice, text_value: a.textValue })))
    .execute();
}

export async function answersOf(db: Db, responseId: string): Promise<{ itemId: string; value: number }[]> {
  const rows = await db
    .selectFrom('answers')
    .select(['item_id', 'value_num'])
    .where('response_id', '=', responseId)
    .where('value_num', 'is not', null)
    .execute();
  return rows.map((r) => ({ itemId: r.item_id, value: Number(r.value_num) }));
}

export async function rawOfResponse(db: Db, invitationId: string): Promise<unknown> {
  const row = await db.selectFrom('responses').select('raw').where('invitation_id', '=', invitationId).executeTakeFirst();
  return row?.raw;
}
