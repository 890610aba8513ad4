import type { Db } from '../../db/database.js';

export type AuditAction =
  | 'login'
  | 'logout'
  | 'password_reset'
  | 'user_created'
  | 'user_changed'
  | 'sessions_revoked'
  | 'hospital_created'
  | 'unit_created'
  | 'review_created'
  | 'review_changed'
  | 'review_opened'
  | 'review_closed'
  | 'respondents_added'
  | 'respondent_removed'
  | 'invitations_sent'
  | 'reminder_scheduled'
  | 'reminder_cancelled'
  | 'reminders_sent'
  | 'grade_set'
  | 'report_published'
  | 'checklist_assessed'
  | 'action_plan_changed'
  | 'action_plan_submitted'
  | 'targets_changed'
  | 'respondent_marked'
  | 'documents_requested'
  | 'document_uploaded'
  | 'document_removed'
  | 'organisation_saved'
  | 'goals_changed'
  | 'history_imported'
  | 'annual_created'
  | 'annual_published'
  | 'external_review_recorded'
  | 'external_review_removed'
  | 'external_reviews_imported'
  | 'internal_review_recorded'
  | 'unit_contacts_changed'
  | 'review_interval_changed'
  | 'programme_saved'
  | 'programme_removed'
  | 'programme_assessed'
  | 'programme_document_uploaded'
  | 'programme_document_removed'
  | 'mapping_branch_created'
  | 'mapping_created'
  | 'mapping_decided'
  | 'mapping_published';

/** Records who did what; pass the transaction the change itself runs in. */
export async function recordAudit(
  db: Db,
  event: { actorId: string | null; action: AuditAction; campaignId?: string | null; details?: Record<string, unknown> },
): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      actor_id: event.actorId,
      action: event.action,
      campaign_id: event.campaignId ?? null,
      details: JSON.stringify(event.details ?? {}),
    })
    .execute();
}

export async function listAudit(db: Db, options: { limit: number; before?: string; campaignId?: string }) {
  let query = db
    .selectFrom('audit_events')
    .leftJoin('users', 'users.id', 'audit_events.actor_id')
    .select([
      'audit_events.id',
      'audit_events.at',
      'audit_events.action',
      'audit_events.campaign_id as campaignId',
      'audit_events.details',
      'users.email as actorEmail',
      'users.name as actorName',
    ])
    .orderBy('audit_events.id', 'desc')
    .limit(options.limit);
  if (options.before) query = query.where('audit_events.id', '<', options.before);
  if (options.campaignId) query = query.where('audit_events.campaign_id', '=', options.campaignId);
  return query.execute();
}
