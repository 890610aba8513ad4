import type { PointStatus } from '../../../contract/domain.js';
import type { AreaChecklist, Checklist, ChecklistPoint } from '../../../contract/site-visit.js';
import { checklist, checklistPoint } from '../../../surveys/checklist.js';
import { providerDuty } from '../../../surveys/provider-duties.js';
import type { Db } from '../../db/database.js';
import { fieldProblem, Invalid } from '../../http/errors.js';
import type { Actor } from '../../permissions.js';
import { recordAudit } from '../audit/repository.js';
import { suggestGrade, type PointJudgement } from '../report/rubric.js';
import { reportIfClosed } from '../report/service.js';
import { spurExternal } from '../../../surveys/spur-external.js';
import * as repo from './repository.js';

/** The inspectors' judgements of the review's checklist points, as the rubric reads them. */
export async function pointJudgements(db: Db, reviewId: string): Promise<PointJudgement[]> {
  const rows = await repo.assessments(db, reviewId);
  return rows.flatMap((row) => {
    const point = checklistPoint(row.point_id);
    return point ? [{ pointId: point.id, basis: point.basis.kind, status: row.status }] : [];
  });
}

/** The area pages of the review survey, for a checklist without figures yet. */
const areaPages = spurExternal.pages.filter((p) => p.area).map((p) => ({ area: p.area as string, title: p.title, statements: [] }));

/**
 * The checklist with each point's judgement and its evidence beside it: the linked statements'
 * figures by role (suppressed as in the report), the trainees' difference from the national
 * pool, the study directors' supplement's statements citing the point (the whole review's
 * figures, as its report section shows them), and the interview notes tagged with the area.
 * Figures exist once the review has closed.
 */
export async function checklistView(db: Db, reviewId: string): Promise<Checklist> {
  const report = await reportIfClosed(db, reviewId);
  const [rows, notes] = await Promise.all([repo.assessments(db, reviewId), repo.visitNotes(db, reviewId)]);
  const judged = new Map(rows.map((r) => [r.point_id, r]));
  const supplement = report?.supplement ?? null;
  const benchmark = new Map((report?.benchmark ?? []).filter((b) => b.role === 'st').map((b) => [b.itemId, b]));
  const areas: AreaChecklist[] = (report?.areas ?? areaPages).map((area) => {
    const points: ChecklistPoint[] = checklist
      .filter((p) => p.area === area.area)
      .map((p) => {
        const row = judged.get(p.id);
        return {
          id: p.id,
          area: p.area,
          text: p.text,
          basis: { kind: p.basis.kind, reference: p.basis.reference ?? null },
          visitEvidence: p.visitEvidence ?? null,
          status: row?.status ?? 'not_assessed',
          note: row?.note ?? '',
          updatedAt: row?.updated_at.toISOString() ?? null,
          evidence: area.statements
            .filter((s) => s.checkpoint === p.id)
            .map((s) => {
              const b = benchmark.get(s.itemId);
              return {
                itemId: s.itemId,
                label: s.label,
                byRole: s.byRole,
                benchmark: b
                  ? { poolShare: b.pool.share, poolAgreeing: b.pool.agreeing, poolN: b.pool.n, differencePp: b.differencePp, flagged: b.flagged }
                  : null,
              };
            }),
          // The supplement's figures are the whole review's only, and empty when hidden.
          supplementEvidence: (supplement?.statements ?? [])
            .filter((s) => s.checkpoint === p.id)
            .map((s) => ({ itemId: s.itemId, label: s.label, cell: s.cell })),
          noteIds: notes.filter((n) => n.areas.includes(p.area)).map((n) => n.id),
        };
      });
    const suggestion = suggestGrade(
      area.statements,
      points.map((p) => ({ pointId: p.id, basis: p.basis.kind, status: p.status })),
    );
    return { area: area.area, title: area.title, points, suggestedGrade: suggestion.grade, suggestionPoints: suggestion.points };
  });
  return {
    areas,
    supplement: supplement && { answered: supplement.answered, counted: supplement.counted, threshold: supplement.threshold, shown: supplement.shown },
  };
}

/** Every judged point's status (a clinic review's points or a hospital-level review's duties). */
export async function judgementsByPoint(db: Db, reviewId: string): Promise<Map<string, PointStatus>> {
  return new Map((await repo.assessments(db, reviewId)).map((row) => [row.point_id, row.status]));
}

/** Whether the checklist a campaign's kind is judged by has the point. */
const inChecklist = (checklistOf: 'clinic' | 'provider', pointId: string) =>
  (checklistOf === 'clinic' ? checklistPoint(pointId) : providerDuty(pointId)) !== undefined;

/** A judgement of one point of the checklist the campaign's kind is judged by (server/kinds). */
export async function assessPoint(
  db: Db,
  actor: Actor,
  reviewId: string,
  pointId: string,
  status: PointStatus,
  note: string,
  checklistOf: 'clinic' | 'provider' = 'clinic',
): Promise<void> {
  if (!inChecklist(checklistOf, pointId)) {
    const problem =
      checklistOf === 'clinic'
        ? fieldProblem('pointId', 'checklist.pointUnknown', { point: pointId })
        : fieldProblem('dutyId', 'hospitalReview.dutyUnknown', { duty: pointId });
    throw new Invalid(
      checklistOf === 'clinic'
        ? { code: 'checklist.pointUnknown', params: { point: pointId } }
        : { code: 'hospitalReview.dutyUnknown', params: { duty: pointId } },
      [problem],
    );
  }
  await db.transaction().execute(async (trx) => {
    await repo.upsertAssessment(trx, reviewId, pointId, status, note.trim(), actor.id);
    await recordAudit(trx, { actorId: actor.id, action: 'checklist_assessed', campaignId: reviewId, details: { pointId, status } });
  });
}
