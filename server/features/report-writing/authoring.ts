import type { ReportContent, ReportRevision } from '../../../contract/report-authoring.js';
import { AREAS } from '../../../contract/domain.js';
import type { Db, RootDb } from '../../db/database.js';
import { Conflict, fieldProblem, Invalid, type FieldProblem } from '../../http/errors.js';
import type { Actor } from '../../permissions.js';
import { recordAudit } from '../audit/repository.js';
import * as repo from '../report/authoring-repository.js';
import { toRevision, type RevisionRow } from '../report/revisions.js';
import { suggestGrade, type GradeSuggestion } from '../report/rubric.js';
import { syncActionPlan } from '../site-visit/action-plan.js';
import { judgementsByPoint, pointJudgements } from '../site-visit/checklist.js';
import { closedReview, reportIfClosed } from '../report/service.js';
import { findReview, type ReviewKind } from '../reviews/repository.js';
import { emptyHospitalContent, hospitalCompletenessProblems, hospitalContentProblems, withJudgements } from '../hospital-review/report-content.js';
import { queuePublicationMails, startCommentRound } from './comment-round.js';

/**
 * The report's text and its rules follow from the review's kind: a clinic review grades the areas
 * A–H, a hospital-level review states a finding per duty of the care provider (hospital-review/report-content.ts).
 */
async function kindOf(db: Db, reviewId: string): Promise<ReviewKind> {
  return (await findReview(db, reviewId))?.kind ?? 'review';
}

export function emptyContent(kind: ReviewKind = 'review'): ReportContent {
  if (kind === 'hospital_review') return emptyHospitalContent();
  return {
    summary: '',
    areas: Object.fromEntries(AREAS.map((area) => [area, { grade: null, justification: '', strengths: '', weaknesses: '', recommendations: [] }])),
    improvementAreas: [],
    quotes: [],
  };
}

/**
 * Grade suggestions per area from the checklist judgements and the review's figures (whole
 * review). While the review is open there are no figures yet, so only the judgements count.
 */
export async function gradeSuggestions(db: Db, reviewId: string): Promise<Record<string, GradeSuggestion>> {
  if ((await kindOf(db, reviewId)) !== 'review') return {};
  const report = await reportIfClosed(db, reviewId);
  const judgements = await pointJudgements(db, reviewId);
  const statementsOf = (area: string) => report?.areas.find((a) => a.area === area)?.statements ?? [];
  return Object.fromEntries(
    AREAS.map((area) => [
      area,
      suggestGrade(
        statementsOf(area),
        judgements.filter((j) => j.pointId.startsWith(area)),
      ),
    ]),
  );
}

/** The report goes to the clinic and out only with the figures it was written from: those of the closed review. */
const requireClosed = (db: Db, reviewId: string) => closedReview(db, reviewId, { code: 'report.closeFirst' });

/** The revision being worked on (created on first use), the published history and suggestions. */
export async function authoringView(db: RootDb, reviewId: string) {
  let latest = await repo.latestRevision(db, reviewId);
  if (!latest) {
    await repo.insertRevision(db, reviewId, 1, emptyContent(await kindOf(db, reviewId)), null, null);
    latest = (await repo.latestRevision(db, reviewId))!;
  }
  const history = await repo.publishedHistory(db, reviewId);
  return {
    current: toRevision(latest),
    published: history.map((h) => ({ revision: h.revision, publishedAt: h.published_at!.toISOString(), changeNote: h.change_note })),
    suggestions: await gradeSuggestions(db, reviewId),
  };
}

async function editable(trx: Db, reviewId: string): Promise<RevisionRow> {
  const latest = await repo.latestRevision(trx, reviewId, true);
  if (!latest) throw new Conflict({ code: 'report.openFirst' });
  if (latest.status === 'published') {
    throw new Conflict({ code: 'report.revisionPublished' });
  }
  return latest;
}

export async function saveContent(db: RootDb, actor: Actor, reviewId: string, content: ReportContent): Promise<ReportRevision> {
  const kind = await kindOf(db, reviewId);
  const problems =
    kind === 'hospital_review' ? hospitalContentProblems(content) : content.duties ? [fieldProblem('body.content.duties', 'problem.invalid')] : [];
  if (problems.length > 0) throw new Invalid({ code: 'problem.invalid' }, problems);
  await db.transaction().execute(async (trx) => {
    const latest = await editable(trx, reviewId);
    const before = (latest.content as ReportContent).areas;
    await repo.updateRevision(trx, latest.id, { content });
    for (const area of AREAS) {
      if ((before[area]?.grade ?? null) !== (content.areas[area]?.grade ?? null)) {
        await recordAudit(trx, {
          actorId: actor.id,
          action: 'grade_set',
          campaignId: reviewId,
          details: { area, grade: content.areas[area]?.grade ?? null, revision: latest.revision },
        });
      }
    }
  });
  return toRevision((await repo.latestRevision(db, reviewId))!);
}

/** Every area graded, and every departure from the suggested grade justified. */
export function completenessProblems(content: ReportContent, suggestions: Record<string, GradeSuggestion>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const area of AREAS) {
    const assessment = content.areas[area];
    const ruleNotMet = suggestions[area]?.checklistReasons.find((r) => r.basis === 'rule' && r.status === 'not_met');
    if (!assessment?.grade) {
      problems.push(fieldProblem(`areas.${area}.grade`, 'report.grade.missing', { area }));
    } else if (assessment.grade === 'A' && ruleNotMet) {
      // Grade A means the regulation is followed (docs/domain.md §6); the justification cannot change that.
      problems.push(fieldProblem(`areas.${area}.grade`, 'report.grade.ruleNotMet', { area, point: ruleNotMet.pointId }));
    } else if (suggestions[area]?.grade && assessment.grade !== suggestions[area].grade && assessment.justification.trim() === '') {
      problems.push(
        fieldProblem(`areas.${area}.justification`, 'report.justification.missing', { area, grade: assessment.grade, suggested: suggestions[area].grade }),
      );
    }
  }
  return problems;
}

async function requireComplete(db: Db, reviewId: string, content: ReportContent): Promise<void> {
  const problems =
    (await kindOf(db, reviewId)) === 'hospital_review'
      ? hospitalCompletenessProblems(content, await judgementsByPoint(db, reviewId))
      : completenessProblems(content, await gradeSuggestions(db, reviewId));
  if (problems.length > 0) throw new Invalid({ code: 'report.incomplete' }, problems);
}

/**
 * Sends the complete draft to the clinic: the chosen heads, study directors and readers each get
 * a personal link to read it and comment until the deadline. Returns how many were asked.
 */
export async function sendForComment(
  db: RootDb,
  actor: Actor,
  reviewId: string,
  round: { deadline: string; recipients: string[] },
  publicUrl: string,
  now: Date,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const latest = await editable(trx, reviewId);
    if (latest.status !== 'draft') throw new Conflict({ code: 'report.alreadyForComment' });
    await requireClosed(trx, reviewId);
    await requireComplete(trx, reviewId, latest.content as ReportContent);
    await repo.updateRevision(trx, latest.id, { status: 'for_comment' });
    return startCommentRound(trx, actor, reviewId, latest, round, publicUrl, now);
  });
}

/** The inspectors' own summary of what the clinic said (the clinic's own comments come through their links). */
export async function recordComments(db: RootDb, actor: Actor, reviewId: string, comments: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const latest = await editable(trx, reviewId);
    if (latest.status !== 'for_comment') throw new Conflict({ code: 'report.commentsNeedRound' });
    await repo.updateRevision(trx, latest.id, { clinicComments: comments });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'review_changed',
      campaignId: reviewId,
      details: { report: 'comments_recorded', revision: latest.revision },
    });
  });
}

/** The first revision goes to the clinic for comment before publication; corrections go straight out. */
export async function publish(db: RootDb, actor: Actor, reviewId: string, publicUrl: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const latest = await editable(trx, reviewId);
    if (latest.revision === 1 && latest.status !== 'for_comment') {
      throw new Conflict({ code: 'report.publishNeedsComments' });
    }
    await requireClosed(trx, reviewId);
    await requireComplete(trx, reviewId, latest.content as ReportContent);
    if ((await kindOf(trx, reviewId)) === 'hospital_review') {
      // The checklist may change after publication; the published revision keeps what was judged.
      await repo.updateRevision(trx, latest.id, { content: withJudgements(latest.content as ReportContent, await judgementsByPoint(trx, reviewId)) });
    }
    await repo.updateRevision(trx, latest.id, { status: 'published' });
    await repo.markCampaignPublished(trx, reviewId);
    await syncActionPlan(trx, reviewId);
    const mailed = await queuePublicationMails(trx, reviewId, latest.revision, publicUrl);
    await recordAudit(trx, { actorId: actor.id, action: 'report_published', campaignId: reviewId, details: { revision: latest.revision, mailed } });
  });
}

export async function revise(db: RootDb, actor: Actor, reviewId: string, changeNote: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // Corrections started at the same moment queue on the review's row; the later ones then find
    // the first one's draft and are refused, instead of recording a correction that was never stored.
    await findReview(trx, reviewId, true);
    const latest = await repo.latestRevision(trx, reviewId, true);
    if (!latest || latest.status !== 'published') throw new Conflict({ code: 'report.correctOnlyPublished' });
    await repo.insertRevision(trx, reviewId, latest.revision + 1, latest.content as ReportContent, actor.id, changeNote);
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'review_changed',
      campaignId: reviewId,
      details: { report: 'correction_started', revision: latest.revision + 1, changeNote },
    });
  });
}
