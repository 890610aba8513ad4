import { sql } from 'kysely';
import type { Db, UnreachableReason } from '../../db/database.js';
import type { Role } from '../../../contract/domain.js';

/** Respondents with whether (never what) they answered the main survey. */
export async function listRespondents(db: Db, campaignId: string, mainSurveyKey: string) {
  const rows = await db
    .selectFrom('respondents as r')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('invitations as i')
          .innerJoin('survey_versions as sv', 'sv.id', 'i.survey_version_id')
          .select(['i.id', 'i.respondent_id', 'i.sent_at', 'i.answered_at'])
          .where('sv.survey_key', '=', mainSurveyKey)
          .as('main'),
      (join) => join.onRef('main.respondent_id', '=', 'r.id'),
    )
    .select([
      'r.id',
      'r.name',
      'r.email',
      'r.role',
      'r.unit_id as unitId',
      'main.sent_at as invitedAt',
      'main.answered_at as answeredAt',
      sql<string>`(SELECT count(*) FROM reminder_sends rs WHERE rs.invitation_id = main.id)`.as('reminders'),
      'r.unreachable',
      'r.unreachable_at as unreachableAt',
      sql<string | null>`(SELECT u.name FROM users u WHERE u.id = r.unreachable_by)`.as('unreachableBy'),
    ])
    .where('r.campaign_id', '=', campaignId)
    .orderBy('r.name')
    .orderBy('r.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    role: r.role,
    unitId: r.unitId,
    invitedAt: r.invitedAt?.toISOString() ?? null,
    answered: r.answeredAt !== null,
    reminders: Number(r.reminders),
    unreachable: r.unreachable && r.unreachableAt ? { reason: r.unreachable, at: r.unreachableAt.toISOString(), by: r.unreachableBy } : null,
  }));
}

export async function existingEmails(db: Db, campaignId: string): Promise<string[]> {
  const rows = await db.selectFrom('respondents').select('email').where('campaign_id', '=', campaignId).execute();
  return rows.map((r) => r.email);
}

export async function insertRespondents(
  db: Db,
  campaignId: string,
  respondents: { name: string; email: string; role: Role; unitId: string }[],
  added: { by: string | null; late: boolean } = { by: null, late: false },
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < respondents.length; i += 1000) {
    const rows = await db
      .insertInto('respondents')
      .values(
        respondents
          .slice(i, i + 1000)
          .map((r) => ({ campaign_id: campaignId, name: r.name, email: r.email, role: r.role, unit_id: r.unitId, added_by: added.by, added_late: added.late })),
      )
      .returning('id')
      .execute();
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

export async function findRespondent(db: Db, campaignId: string, id: string) {
  return db
    .selectFrom('respondents as r')
    .select(['r.id', sql<boolean>`EXISTS (SELECT 1 FROM invitations i WHERE i.respondent_id = r.id AND i.answered_at IS NOT NULL)`.as('answered')])
    .where('r.campaign_id', '=', campaignId)
    .where('r.id', '=', id)
    .executeTakeFirst();
}

/** Whether the respondent was sent the main survey, and answered it. */
export async function invitationState(db: Db, campaignId: string, id: string, mainSurveyKey: string) {
  return db
    .selectFrom('respondents as r')
    .leftJoin('invitations as i', 'i.respondent_id', 'r.id')
    .leftJoin('survey_versions as sv', 'sv.id', 'i.survey_version_id')
    .select(['r.id', 'r.name', 'r.unreachable', 'i.sent_at as invitedAt', 'i.answered_at as answeredAt'])
    .where('r.campaign_id', '=', campaignId)
    .where('r.id', '=', id)
    .where((eb) => eb.or([eb('sv.survey_key', '=', mainSurveyKey), eb('i.id', 'is', null)]))
    .executeTakeFirst();
}

export async function setUnreachable(db: Db, id: string, reason: UnreachableReason | null, by: string | null): Promise<void> {
  await db
    .updateTable('respondents')
    .set({ unreachable: reason, unreachable_at: reason ? new Date() : null, unreachable_by: reason ? by : null })
    .where('id', '=', id)
    .execute();
}

/**
 * Marks bounced the respondent of an open review whose invitation or reminder the mail server
 * refused, unless they have answered or are marked already. Returns whether someone was marked.
 */
export async function markBounced(db: Db, campaignId: string, email: string): Promise<boolean> {
  const result = await sql`
    UPDATE respondents r SET unreachable = 'bounced', unreachable_at = now(), unreachable_by = NULL
    FROM campaigns c
    WHERE c.id = r.campaign_id AND c.status = 'open'
      AND r.campaign_id = ${campaignId} AND lower(r.email) = lower(${email}) AND r.unreachable IS NULL
      AND NOT EXISTS (SELECT 1 FROM invitations i WHERE i.respondent_id = r.id AND i.answered_at IS NOT NULL)`.execute(db);
  return Number(result.numAffectedRows ?? 0) > 0;
}

export async function deleteRespondent(db: Db, id: string): Promise<void> {
  await db.deleteFrom('respondents').where('id', '=', id).execute();
}
