import type { AddRespondentBody, UnreachableReason } from '../../../contract/respondents.js';
import type { RootDb } from '../../db/database.js';
import { Conflict, fieldProblem, Invalid, NotFound } from '../../http/errors.js';
import { ImportRejected } from '../../files/import-problem.js';
import type { Actor } from '../../permissions.js';
import { recordAudit } from '../audit/repository.js';
import { findUnits } from '../hospitals/repository.js';
import { findReview, invitationsSent, reviewUnitIds } from '../reviews/repository.js';
import { MAIN_SURVEY } from '../reviews/service.js';
import * as repo from './repository.js';
import { validateRespondentRows } from './rows.js';
import { readImportTable } from './table-file.js';

async function editableReview(db: RootDb, campaignId: string) {
  const review = await findReview(db, campaignId, true);
  if (!review) throw new NotFound({ code: 'review.notFound' });
  if (review.status === 'closed') throw new Conflict({ code: 'respondent.reviewClosed' });
  return review;
}

/**
 * Who adds respondents, and whether after the first invitations. A late addition answers like
 * anyone else but never helps a group reach the anonymity threshold: otherwise whoever runs the
 * review could add people whose answers they know to a small group and subtract them.
 */
async function addedBy(db: RootDb, actor: Actor, campaignId: string) {
  return { by: actor.id, late: await invitationsSent(db, campaignId) };
}

export async function addRespondent(db: RootDb, actor: Actor, campaignId: string, input: AddRespondentBody): Promise<string> {
  return db.transaction().execute(async (trx) => {
    await editableReview(trx, campaignId);
    if (!(await reviewUnitIds(trx, campaignId)).includes(input.unitId)) {
      throw new Invalid({ code: 'respondent.unitNotInReview' }, [fieldProblem('body.unitId', 'respondent.unitNotInReview')]);
    }
    const taken = (await repo.existingEmails(trx, campaignId)).some((e) => e.toLowerCase() === input.email.toLowerCase());
    if (taken) throw new Conflict({ code: 'respondent.emailTaken', params: { email: input.email } });
    const added = await addedBy(trx, actor, campaignId);
    const [id] = await repo.insertRespondents(trx, campaignId, [input], added);
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'respondents_added',
      campaignId,
      details: { count: 1, late: added.late, unitId: input.unitId, role: input.role },
    });
    return id;
  });
}

/** All rows or none: a file with any problem imports nothing and lists every problem. */
export async function importRespondents(db: RootDb, actor: Actor, campaignId: string, file: Buffer): Promise<number> {
  const table = await readImportTable(file);
  return db.transaction().execute(async (trx) => {
    await editableReview(trx, campaignId);
    const units = await findUnits(trx, await reviewUnitIds(trx, campaignId));
    const { rows, problems } = validateRespondentRows(table.header, table.rows, units, await repo.existingEmails(trx, campaignId));
    if (problems.length > 0) throw new ImportRejected(problems);
    const added = await addedBy(trx, actor, campaignId);
    await repo.insertRespondents(trx, campaignId, rows, added);
    await recordAudit(trx, { actorId: actor.id, action: 'respondents_added', campaignId, details: { count: rows.length, source: 'import', late: added.late } });
    return rows.length;
  });
}

export async function removeRespondent(db: RootDb, actor: Actor, campaignId: string, respondentId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await editableReview(trx, campaignId);
    const respondent = await repo.findRespondent(trx, campaignId, respondentId);
    if (!respondent) throw new NotFound({ code: 'respondent.notFound' });
    if (respondent.answered) throw new Conflict({ code: 'respondent.answered' });
    await repo.deleteRespondent(trx, respondentId);
    await recordAudit(trx, { actorId: actor.id, action: 'respondent_removed', campaignId, details: { respondentId } });
  });
}

/**
 * Marks an invited respondent who has not answered as unreachable (the invitation bounced, they
 * have left the clinic), or takes the mark away. Only while the review is open: the report's
 * response rates are computed once, at closing, and a mark changed afterwards would make the
 * response table say something the report does not.
 */
export async function markUnreachable(db: RootDb, actor: Actor, campaignId: string, respondentId: string, reason: UnreachableReason | null): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const review = await findReview(trx, campaignId, true);
    if (!review) throw new NotFound({ code: 'review.notFound' });
    if (review.status === 'draft') throw new Conflict({ code: 'respondent.markBeforeInvitations' });
    if (review.status === 'closed') throw new Conflict({ code: 'respondent.markAfterClosing' });
    const respondent = await repo.invitationState(trx, campaignId, respondentId, MAIN_SURVEY);
    if (!respondent) throw new NotFound({ code: 'respondent.notFound' });
    if (!respondent.invitedAt) throw new Conflict({ code: 'respondent.notInvited', params: { name: respondent.name } });
    if (respondent.answeredAt) throw new Conflict({ code: 'respondent.alreadyAnswered', params: { name: respondent.name } });
    if (respondent.unreachable === reason) return;
    await repo.setUnreachable(trx, respondentId, reason, actor.id);
    await recordAudit(trx, { actorId: actor.id, action: 'respondent_marked', campaignId, details: { respondentId, reason } });
  });
}
