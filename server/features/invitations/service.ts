import { ROLES, SPECIALTY_GROUP_CODES, type Role } from '../../../contract/domain.js';
import type { RateCell, ResponseRates, ReviewResponseRates } from '../../../contract/reviews.js';
import type { Db, RootDb } from '../../db/database.js';
import { Conflict, NotFound } from '../../http/errors.js';
import type { Actor } from '../../permissions.js';
import { newToken } from '../../security/tokens.js';
import { recordAudit } from '../audit/repository.js';
import { queueMails, type NewMail } from '../mail/repository.js';
import { reviewSurveys } from '../reviews/repository.js';
import { DIRECTOR_SUPPLEMENT, MAIN_SURVEY } from '../reviews/service.js';
import * as repo from './repository.js';
import { invitationMail } from './templates.js';

export const respondentLink = (publicUrl: string, token: string) => `${publicUrl}/s/${token}`;

/**
 * What one send queued: invitations to the main survey, and the study directors' supplementary
 * survey's own invitations (a director gets both, so the mails outnumber the respondents).
 */
export interface SentCounts {
  sent: number;
  invitations: number;
  supplements: number;
}

/**
 * Sends invitations to everyone in the review not yet invited: a personal token per
 * invitation, the mail queued in the same transaction. Only for an open review.
 */
export async function sendInvitations(db: RootDb, actor: Actor, campaignId: string, publicUrl: string): Promise<SentCounts> {
  return db.transaction().execute(async (trx) => {
    const campaign = await repo.campaignForMail(trx, campaignId);
    if (!campaign) throw new NotFound({ code: 'review.notFound' });
    if (campaign.status !== 'open') {
      throw new Conflict(campaign.status === 'closed' ? { code: 'invitations.reviewClosed' } : { code: 'invitations.reviewDraft' });
    }
    const invitees = await repo.invitees(trx, campaignId, 'uninvited');
    const mails = await issueLinks(trx, campaignId, campaign, invitees, publicUrl, false);
    const supplements = invitees.filter((i) => i.surveyKey === DIRECTOR_SUPPLEMENT).length;
    const counts = { sent: mails.length, invitations: mails.length - supplements, supplements };
    await recordAudit(trx, { actorId: actor.id, action: 'invitations_sent', campaignId, details: { count: mails.length, supplements } });
    return counts;
  });
}

/** Marks each invitee invited, gives each a new personal link and queues its mail. */
export async function issueLinks(
  db: Db,
  campaignId: string,
  campaign: { closesAt: string | null; anonymityThreshold: number; hospitalName: string },
  invitees: (repo.InviteeRow & { invitationId?: string | null })[],
  publicUrl: string,
  reminder: boolean,
): Promise<string[]> {
  const tokens: { invitationId: string; hash: Buffer }[] = [];
  const mails: NewMail[] = [];
  for (const invitee of invitees) {
    const invitationId =
      reminder && invitee.invitationId ? invitee.invitationId : await repo.upsertSentInvitation(db, invitee.respondentId, invitee.surveyVersionId);
    const { token, hash } = newToken();
    tokens.push({ invitationId, hash });
    const mail = invitationMail({ ...invitee, ...campaign, link: respondentLink(publicUrl, token) }, reminder);
    mails.push({ kind: reminder ? 'reminder' : 'invitation', campaignId, recipient: invitee.email, ...mail });
  }
  await repo.insertTokens(db, tokens);
  return queueMails(db, mails);
}

const emptyCell = (): RateCell => ({ invited: 0, answered: 0, share: null, unreachable: 0, adjustedShare: null });
const emptyByRole = () => Object.fromEntries(ROLES.map((r) => [r, emptyCell()])) as Record<Role, RateCell>;

function add(cell: RateCell, invited: number, answered: number, unreachable: number): void {
  cell.invited += invited;
  cell.answered += answered;
  cell.unreachable += unreachable;
  cell.share = cell.invited > 0 ? cell.answered / cell.invited : null;
  const reached = cell.invited - cell.unreachable;
  cell.adjustedShare = reached > 0 ? cell.answered / reached : null;
}

/**
 * Invited, answered and share by unit × role, by specialty group × role, and in total, of one of
 * the review's surveys; and the same share leaving out those marked unreachable who did not answer
 * (an answer counts whatever the mark says).
 */
export async function responseRates(db: Db, campaignId: string, surveyKey = MAIN_SURVEY): Promise<ResponseRates> {
  const rows = await repo.responseCounts(db, campaignId, surveyKey);
  const units = new Map<string, ResponseRates['units'][number]>();
  const groups = new Map<string, ResponseRates['groups'][number]>();
  const total = { byRole: emptyByRole(), total: emptyCell() };
  for (const row of rows) {
    const unit = units.get(row.unitId) ?? {
      unitId: row.unitId,
      unitName: row.unitName,
      specialtyGroup: row.specialtyGroup,
      byRole: emptyByRole(),
      total: emptyCell(),
    };
    units.set(row.unitId, unit);
    const group = groups.get(row.specialtyGroup) ?? { specialtyGroup: row.specialtyGroup, byRole: emptyByRole(), total: emptyCell() };
    groups.set(row.specialtyGroup, group);
    if (!row.role) continue;
    const invited = Number(row.invited);
    const answered = Number(row.answered);
    const unreachable = Number(row.unreachable);
    for (const target of [unit, group, total]) {
      add(target.byRole[row.role], invited, answered, unreachable);
      add(target.total, invited, answered, unreachable);
    }
  }
  return {
    units: [...units.values()],
    groups: [...groups.values()].sort((a, b) => SPECIALTY_GROUP_CODES.indexOf(a.specialtyGroup) - SPECIALTY_GROUP_CODES.indexOf(b.specialtyGroup)),
    total,
  };
}

/** The main survey's rates and, when the review has the study directors' supplement, its own. */
export async function reviewResponseRates(db: Db, campaignId: string): Promise<ReviewResponseRates> {
  const hasSupplement = (await reviewSurveys(db, campaignId)).some((s) => s.key === DIRECTOR_SUPPLEMENT);
  return { ...(await responseRates(db, campaignId)), supplement: hasSupplement ? await responseRates(db, campaignId, DIRECTOR_SUPPLEMENT) : null };
}
