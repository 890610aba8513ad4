import { sql } from 'kysely';
import type { Db, Role } from '../../db/database.js';

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
      .values(respondents.slice(i, i + 1000).map((r) => ({ campaign_id: campaignId, name: r.name, email: r.email, role: r.role, unit_id: r.unitId, added_by: added.by, added_late: added.late })))
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

export async function deleteRespondent(db: Db, id: string): Promise<void> {
  await db.deleteFrom('respondents').where('id', '=', id).execute();
}
