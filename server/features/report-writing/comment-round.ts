import { addCalendarDays, calendarDaysBetween, isCalendarDate, todayInSweden } from '../../../contract/dates.js';
import type { CommentRound, CommentView } from '../../../contract/comment-round.js';
import type { ReportContent } from '../../../contract/report-authoring.js';
import { isArea } from '../../../contract/domain.js';
import type { CommentRecipientRole, Db, RootDb } from '../../db/database.js';
import { Conflict, fieldProblem, Gone, Invalid, NotFound } from '../../http/errors.js';
import type { Actor } from '../../permissions.js';
import { hashToken, looksLikeToken, newToken } from '../../security/tokens.js';
import { recordAudit } from '../audit/repository.js';
import { queueMails } from '../mail/repository.js';
import { commentRequestMail, reportPublishedMail } from './comment-mails.js';
import * as repo from './comment-round-repository.js';
import { buildReport, quotesOf } from '../report/service.js';
import { findReview } from '../reviews/repository.js';

/** A comment round lasts at most eight weeks: long enough for a clinic's management meeting, short enough that the report comes out. */
export const LONGEST_ROUND_DAYS = 56;
const SUGGESTED_ROUND_DAYS = 14;

export const commentLink = (publicUrl: string, token: string) => `${publicUrl}/c/${token}`;

export function deadlineLimits(now: Date) {
  const today = todayInSweden(now);
  return { earliest: today, latest: addCalendarDays(today, LONGEST_ROUND_DAYS), suggested: addCalendarDays(today, SUGGESTED_ROUND_DAYS) };
}

/** A deadline is a Swedish calendar day from today to eight weeks ahead. */
export function checkDeadline(deadline: string, now: Date): void {
  const field = 'body.deadline';
  if (!isCalendarDate(deadline))
    throw new Invalid({ code: 'field.notRealDate', params: { value: deadline } }, [fieldProblem(field, 'field.notRealDate', { value: deadline })]);
  const { earliest, latest } = deadlineLimits(now);
  if (deadline < earliest) throw new Invalid({ code: 'comments.deadline.past' }, [fieldProblem(field, 'comments.deadline.past')]);
  if (deadline > latest) {
    throw new Invalid({ code: 'comments.deadline.tooFar', params: { latest } }, [fieldProblem(field, 'comments.deadline.tooFar', { latest })]);
  }
}

/** Whether comments are still taken at `now`: until the end of the deadline day in Sweden. */
export const isOpen = (deadline: string, now: Date) => calendarDaysBetween(todayInSweden(now), deadline) >= 0;

export async function commentCandidates(db: Db, reviewId: string, now: Date) {
  const { clinic, readers } = await repo.candidates(db, reviewId);
  const seen = new Set<string>();
  const candidates = [];
  for (const person of [
    ...clinic.map((c) => ({ ...c, preselected: true })),
    ...readers.map((r) => ({ ...r, role: 'reader' as const, unitName: null, preselected: false })),
  ]) {
    const key = person.email.toLowerCase();
    if (seen.has(key)) continue; // a director of two units, or a head who is also a reader: asked once
    seen.add(key);
    candidates.push(person);
  }
  return { candidates, deadline: deadlineLimits(now) };
}

/**
 * Starts the round in the transaction that sends the revision for comment: one personal link
 * (only its hash kept) and one mail per recipient, queued with the change that caused them.
 */
export async function startCommentRound(
  trx: Db,
  actor: Actor,
  reviewId: string,
  revision: { id: string; revision: number },
  request: { deadline: string; recipients: string[] },
  publicUrl: string,
  now: Date,
): Promise<number> {
  checkDeadline(request.deadline, now);
  const { candidates } = await commentCandidates(trx, reviewId, now);
  const byEmail = new Map(candidates.map((c) => [c.email.toLowerCase(), c]));
  const unknown = request.recipients.filter((email) => !byEmail.has(email.toLowerCase()));
  if (unknown.length > 0) {
    throw new Invalid(
      { code: 'comments.recipients.notCandidates' },
      unknown.map((email) => fieldProblem('body.recipients', 'comments.recipients.notCandidate', { email })),
    );
  }
  // A review without a head, a study director or a reader account can still go out (the
  // inspectors then summarise what the clinic said); otherwise the draft must reach someone.
  if (request.recipients.length === 0 && candidates.length > 0) {
    throw new Invalid({ code: 'comments.recipients.empty' }, [fieldProblem('body.recipients', 'comments.recipients.empty')]);
  }
  const chosen = [...new Set(request.recipients.map((e) => e.toLowerCase()))].map((e) => byEmail.get(e)!);
  const review = (await findReview(trx, reviewId))!;
  const roundId = await repo.insertRound(trx, reviewId, revision.id, request.deadline, actor.id);
  for (const person of chosen) {
    const { token, hash } = newToken();
    const recipientId = await repo.insertRecipient(trx, roundId, { email: person.email, name: person.name, role: person.role, hash });
    const mail = commentRequestMail({
      name: person.name,
      title: review.title,
      hospitalName: review.hospitalName,
      deadline: request.deadline,
      link: commentLink(publicUrl, token),
    });
    const [mailId] = await queueMails(trx, [{ kind: 'comment_request', campaignId: reviewId, recipient: person.email, ...mail }]);
    await repo.setMail(trx, recipientId, mailId);
  }
  await recordAudit(trx, {
    actorId: actor.id,
    action: 'review_changed',
    campaignId: reviewId,
    details: { report: 'sent_for_comment', revision: revision.revision, deadline: request.deadline, recipients: chosen.map((c) => c.role) },
  });
  return chosen.length;
}

export async function changeDeadline(db: RootDb, actor: Actor, reviewId: string, deadline: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const round = await repo.latestRound(trx, reviewId, true);
    if (!round || round.status !== 'for_comment') throw new Conflict({ code: 'comments.notOut' });
    checkDeadline(deadline, now);
    await repo.setDeadline(trx, round.id, deadline);
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'review_changed',
      campaignId: reviewId,
      details: { report: 'comment_deadline_changed', revision: round.revision, from: round.deadline, to: deadline },
    });
  });
}

/** The inspectors' view of the latest round: who was asked, whether their mail went, and the comments submitted. */
export async function commentRoundView(db: Db, reviewId: string, now: Date): Promise<CommentRound | null> {
  const round = await repo.latestRound(db, reviewId);
  if (!round) return null;
  const recipients = await repo.recipientsOf(db, round.id);
  return {
    deadline: round.deadline,
    open: round.status === 'for_comment' && isOpen(round.deadline, now),
    sentAt: round.sentAt.toISOString(),
    revision: round.revision,
    recipients: recipients.map((r) => ({
      name: r.name,
      email: r.email,
      role: r.role,
      mailStatus: r.mailStatus ?? null,
      submittedAt: r.submittedAt?.toISOString() ?? null,
    })),
    comments: recipients
      .filter((r) => r.submittedAt)
      .map((r) => ({ role: r.role, name: r.name, areas: r.areas, general: r.general, submittedAt: r.submittedAt!.toISOString() })),
  };
}

/** The same answer for a malformed token and an unknown one. */
export class UnknownCommentLink extends NotFound {
  constructor() {
    super({ code: 'comments.linkInvalid' });
  }
}

type Recipient = NonNullable<Awaited<ReturnType<typeof repo.recipientByToken>>>;

async function recipientOf(db: Db, token: string, forUpdate = false): Promise<Recipient> {
  if (!looksLikeToken(token)) throw new UnknownCommentLink();
  const recipient = await repo.recipientByToken(db, hashToken(token), forUpdate);
  if (!recipient) throw new UnknownCommentLink();
  // Once published, the draft is gone: the report itself is what the hospital reads now.
  if (recipient.revisionStatus === 'published') {
    throw new Gone({ code: 'comments.roundOver' });
  }
  return recipient;
}

export async function openComments(db: Db, token: string, now: Date): Promise<CommentView> {
  const recipient = await recipientOf(db, token);
  const content = recipient.content as ReportContent;
  const review = (await findReview(db, recipient.reviewId))!;
  return {
    status: recipient.submittedAt ? 'submitted' : isOpen(recipient.deadline, now) ? 'open' : 'closed',
    role: recipient.role,
    name: recipient.name,
    deadline: recipient.deadline,
    revision: recipient.revision,
    content,
    // The draft shows what the published report would: the snapshot's figures and quotes, nothing more.
    quoteTexts: await quotesOf(db, recipient.reviewId, content.quotes),
    review: { title: review.title, hospitalName: review.hospitalName },
    // A hospital-level review has no survey: its draft is the text per duty alone.
    report: review.kind === 'review' ? await buildReport(db, recipient.reviewId, {}) : null,
    comments: {
      areas: recipient.areas,
      general: recipient.general,
      savedAt: recipient.savedAt?.toISOString() ?? null,
      submittedAt: recipient.submittedAt?.toISOString() ?? null,
    },
  };
}

export async function writeComments(
  db: RootDb,
  token: string,
  comments: { areas: Record<string, string>; general: string },
  submit: boolean,
  now: Date,
): Promise<{ savedAt: Date; submittedAt: Date | null }> {
  return db.transaction().execute(async (trx) => {
    const recipient = await recipientOf(trx, token, true);
    const unknownArea = Object.keys(comments.areas).find((a) => !isArea(a));
    if (unknownArea)
      throw new Invalid({ code: 'comments.areaUnknown', params: { area: unknownArea } }, [
        fieldProblem(`body.areas.${unknownArea}`, 'comments.areaUnknown', { area: unknownArea }),
      ]);
    if (recipient.submittedAt) throw new Conflict({ code: 'comments.submitted' });
    if (!isOpen(recipient.deadline, now)) {
      throw new Conflict({ code: 'comments.deadlinePassed', params: { deadline: recipient.deadline } });
    }
    const areas = Object.fromEntries(Object.entries(comments.areas).filter(([, text]) => text.trim() !== ''));
    const saved = await repo.saveComments(trx, recipient.id, areas, comments.general, submit);
    if (submit) {
      await recordAudit(trx, {
        actorId: null,
        action: 'review_changed',
        campaignId: recipient.reviewId,
        details: { report: 'comments_submitted', role: recipient.role, revision: recipient.revision },
      });
    }
    return { savedAt: saved.savedAt!, submittedAt: saved.submittedAt };
  });
}

/**
 * Tells the hospital's readers and everyone asked to comment that the report is out. Queued in
 * the publishing transaction, which moves the revision to published exactly once (its row is
 * locked), so each publication mails each address once.
 */
export async function queuePublicationMails(trx: Db, reviewId: string, revision: number, publicUrl: string): Promise<number> {
  const review = (await findReview(trx, reviewId))!;
  const recipients = await repo.publicationRecipients(trx, reviewId);
  const link = `${publicUrl}/reviews/${reviewId}/report`;
  await queueMails(
    trx,
    recipients.map((r) => ({
      kind: 'report_published' as const,
      campaignId: reviewId,
      recipient: r.email,
      ...reportPublishedMail({ title: review.title, hospitalName: review.hospitalName, revision, link, hasAccount: r.reader }),
    })),
  );
  return recipients.length;
}

export type { CommentRecipientRole };
