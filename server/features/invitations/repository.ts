import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { Role } from '../../../contract/domain.js';

export interface InviteeRow {
  respondentId: string;
  name: string;
  email: string;
  role: Role;
  unitName: string | null;
  surveyVersionId: string;
  surveyKey: string;
  invitationId: string | null;
}

/**
 * Respondents × the pinned surveys their role answers, with any invitation that exists:
 * those not yet invited (to invite), or those invited who have not answered and are not marked
 * unreachable (to remind).
 */
export async function invitees(db: Db, campaignId: string, which: 'uninvited' | 'unanswered'): Promise<InviteeRow[]> {
  let query = db
    .selectFrom('respondents as r')
    .innerJoin('campaign_surveys as cs', (join) => join.onRef('cs.campaign_id', '=', 'r.campaign_id').on(sql<boolean>`r.role = ANY (cs.roles)`))
    .innerJoin('survey_versions as sv', 'sv.id', 'cs.survey_version_id')
    .leftJoin('units as u', 'u.id', 'r.unit_id')
    // a mapping's source answers for a region, which the mail names in place of a clinic
    .leftJoin('mapping_sources as ms', 'ms.respondent_id', 'r.id')
    .leftJoin('regions as rg', 'rg.code', 'ms.region_code')
    .leftJoin('invitations as i', (join) => join.onRef('i.respondent_id', '=', 'r.id').onRef('i.survey_version_id', '=', 'cs.survey_version_id'))
    .select([
      'r.id as respondentId',
      'r.name',
      'r.email',
      'r.role',
      sql<string | null>`coalesce(u.name, rg.name_sv)`.as('unitName'),
      'cs.survey_version_id as surveyVersionId',
      'sv.survey_key as surveyKey',
      'i.id as invitationId',
    ])
    .where('r.campaign_id', '=', campaignId)
    // A person asked two surveys gets their mails in one fixed order, the review's own survey (pinned
    // first, so the lower id) before the directors' supplement; by person alone the order was the plan's.
    .orderBy('r.id')
    .orderBy('cs.survey_version_id');
  query =
    which === 'uninvited'
      ? query.where((eb) => eb.or([eb('i.id', 'is', null), eb('i.sent_at', 'is', null)]))
      : // a reminder would not reach someone whose mail bounced or who has left
        query.where('i.sent_at', 'is not', null).where('i.answered_at', 'is', null).where('r.unreachable', 'is', null);
  return query.execute() as Promise<InviteeRow[]>;
}

export async function upsertSentInvitation(db: Db, respondentId: string, surveyVersionId: string): Promise<string> {
  const row = await db
    .insertInto('invitations')
    .values({ respondent_id: respondentId, survey_version_id: surveyVersionId, sent_at: new Date() })
    .onConflict((oc) => oc.columns(['respondent_id', 'survey_version_id']).doUpdateSet({ sent_at: sql`now()` }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertTokens(db: Db, tokens: { invitationId: string; hash: Buffer }[]): Promise<void> {
  for (let i = 0; i < tokens.length; i += 1000) {
    await db
      .insertInto('invitation_tokens')
      .values(tokens.slice(i, i + 1000).map((t) => ({ token_hash: t.hash, invitation_id: t.invitationId })))
      .execute();
  }
}

/** Invited, answered and unreachable per unit × role, main survey only (the supplement is not a response rate). */
export async function responseCounts(db: Db, campaignId: string, surveyKey: string) {
  return db
    .selectFrom('campaign_units as cu')
    .innerJoin('units as u', 'u.id', 'cu.unit_id')
    .leftJoin('respondents as r', (join) => join.onRef('r.unit_id', '=', 'cu.unit_id').onRef('r.campaign_id', '=', 'cu.campaign_id'))
    .leftJoin('invitations as i', 'i.respondent_id', 'r.id')
    .leftJoin('survey_versions as sv', 'sv.id', 'i.survey_version_id')
    .select([
      'u.id as unitId',
      'u.name as unitName',
      'u.specialty_group as specialtyGroup',
      'r.role',
      sql<string>`count(*) FILTER (WHERE i.sent_at IS NOT NULL AND sv.survey_key = ${surveyKey})`.as('invited'),
      sql<string>`count(*) FILTER (WHERE i.answered_at IS NOT NULL AND sv.survey_key = ${surveyKey})`.as('answered'),
      sql<string>`count(*) FILTER (WHERE i.sent_at IS NOT NULL AND i.answered_at IS NULL AND r.unreachable IS NOT NULL AND sv.survey_key = ${surveyKey})`.as(
        'unreachable',
      ),
    ])
    .where('cu.campaign_id', '=', campaignId)
    .groupBy(['u.id', 'u.name', 'u.specialty_group', 'r.role'])
    .orderBy('u.name')
    .execute();
}

export async function campaignForMail(db: Db, campaignId: string) {
  return (
    db
      .selectFrom('campaigns as c')
      // a review is of a hospital; an annual report of an organisation
      .leftJoin('hospitals as h', 'h.id', 'c.hospital_id')
      .leftJoin('organisations as o', 'o.id', 'c.organisation_id')
      .select([
        'c.status',
        'c.closes_at as closesAt',
        'c.anonymity_threshold as anonymityThreshold',
        sql<string>`coalesce(h.name, o.name, '')`.as('hospitalName'),
      ])
      .where('c.id', '=', campaignId)
      .forUpdate('c')
      .executeTakeFirst()
  );
}
