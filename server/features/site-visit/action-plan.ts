import type { ReportContent } from '../../../contract/report-authoring.js';
import type { ActionPlan, PlanAction, SaveActionBody } from '../../../contract/site-visit.js';
import { addCalendarMonths, isCalendarDate, todayInSweden } from '../../../contract/dates.js';
import type { Db } from '../../db/database.js';
import type { Area } from '../../../contract/domain.js';
import { Conflict, fieldProblem, Invalid, NotFound, type FieldProblem } from '../../http/errors.js';
import type { Actor } from '../../permissions.js';
import { recordAudit } from '../audit/repository.js';
import { latestPublished } from '../report/authoring-repository.js';
import * as repo from './repository.js';

/** The review model gives the clinic about three months after publication. */
export const PLAN_MONTHS = 3;

/**
 * The clinic's deadline: PLAN_MONTHS after the Swedish day the report was published (a report
 * published late on 30 November UTC is a 1 December report to its readers), on the month's last
 * day when the month is shorter.
 */
export function defaultDue(publishedAt: Date): string {
  return addCalendarMonths(todayInSweden(publishedAt), PLAN_MONTHS);
}

/** Every recommendation of a report, in reading order: the areas' (or the duties'), then the improvement areas'. */
export function recommendationsOf(content: ReportContent): { area: Area | null; recommendation: string }[] {
  const byArea = Object.entries(content.areas)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([area, a]) => a.recommendations.map((recommendation) => ({ area: area as Area, recommendation })));
  // A hospital-level report's recommendations are per duty of the provider, in the duties' order.
  const byDuty = Object.entries(content.duties ?? {})
    .sort(([a], [b]) => Number(a.slice(1)) - Number(b.slice(1)))
    .flatMap(([, d]) => d.recommendations.map((recommendation) => ({ area: null, recommendation })));
  const general = content.improvementAreas.flatMap((i) => i.recommendations.map((recommendation) => ({ area: null, recommendation })));
  return [...byArea, ...byDuty, ...general].filter((r) => r.recommendation.trim() !== '');
}

/**
 * Makes the plan for a published report, or adds the recommendations a correction brought.
 * Run in the publishing transaction; harmless to repeat.
 */
export async function syncActionPlan(trx: Db, reviewId: string): Promise<void> {
  const published = await latestPublished(trx, reviewId);
  if (!published) return;
  await repo.insertActionPlan(trx, reviewId, defaultDue(published.published_at!));
  const existing = await repo.planActions(trx, reviewId);
  const known = new Set(existing.map((a) => `${a.area}|${a.recommendation}`));
  let position = existing.reduce((max, a) => Math.max(max, a.position), 0);
  const fresh = recommendationsOf(published.content as ReportContent).filter((r) => !known.has(`${r.area}|${r.recommendation}`));
  await repo.insertActions(
    trx,
    reviewId,
    fresh.map((r) => ({ ...r, position: ++position })),
  );
}

type ActionRow = Awaited<ReturnType<typeof repo.planActions>>[number];
const toAction = (row: ActionRow): PlanAction => ({
  id: row.id,
  area: row.area,
  recommendation: row.recommendation,
  action: row.action,
  responsible: row.responsible,
  dueOn: row.due_on,
  status: row.status,
  followUpNote: row.follow_up_note,
  updatedAt: row.updated_at.toISOString(),
});

export async function actionPlan(db: Db, reviewId: string): Promise<ActionPlan> {
  let plan = await repo.actionPlan(db, reviewId);
  if (!plan) {
    // Reports published before plans existed get theirs on first reading.
    await db.transaction().execute((trx) => syncActionPlan(trx, reviewId));
    plan = await repo.actionPlan(db, reviewId);
    if (!plan) throw new NotFound({ code: 'actionPlan.notStarted' });
  }
  return { dueOn: plan.due_on, submittedAt: plan.submitted_at?.toISOString() ?? null, actions: (await repo.planActions(db, reviewId)).map(toAction) };
}

export async function setDue(db: Db, actor: Actor, reviewId: string, dueOn: string): Promise<ActionPlan> {
  if (!isCalendarDate(dueOn))
    throw new Invalid({ code: 'field.notRealDate', params: { value: dueOn } }, [fieldProblem('dueOn', 'field.notRealDate', { value: dueOn })]);
  await actionPlan(db, reviewId);
  await db.transaction().execute(async (trx) => {
    await repo.setPlanDue(trx, reviewId, dueOn);
    await recordAudit(trx, { actorId: actor.id, action: 'action_plan_changed', campaignId: reviewId, details: { dueOn } });
  });
  return actionPlan(db, reviewId);
}

/**
 * Before submission the clinic writes what it will do; after, it follows each action up. The
 * plan's content is fixed once submitted: changing it is a matter for the inspectors.
 */
export async function updateAction(db: Db, actor: Actor, reviewId: string, actionId: string, body: SaveActionBody): Promise<PlanAction> {
  if (body.dueOn && !isCalendarDate(body.dueOn))
    throw new Invalid({ code: 'field.notRealDate', params: { value: body.dueOn } }, [fieldProblem('dueOn', 'field.notRealDate', { value: body.dueOn })]);
  await actionPlan(db, reviewId);
  return db.transaction().execute(async (trx) => {
    const plan = (await repo.actionPlan(trx, reviewId, true))!;
    const planning = body.action !== undefined || body.responsible !== undefined || body.dueOn !== undefined;
    if (plan.submitted_at && planning) throw new Conflict({ code: 'actionPlan.submittedPlanning' });
    const row = await repo.updateAction(trx, reviewId, actionId, {
      action: body.action?.trim(),
      responsible: body.responsible?.trim(),
      due_on: body.dueOn,
      status: body.status,
      follow_up_note: body.followUpNote?.trim(),
    });
    if (!row) throw new NotFound({ code: 'actionPlan.actionNotFound' });
    await recordAudit(trx, { actorId: actor.id, action: 'action_plan_changed', campaignId: reviewId, details: { actionId, fields: Object.keys(body) } });
    return toAction(row);
  });
}

const MISSING = { action: 'actionPlan.missingAction', responsible: 'actionPlan.missingResponsible', dueOn: 'actionPlan.missingDate' } as const;

export function submissionProblems(actions: PlanAction[]): FieldProblem[] {
  return actions.flatMap((a) =>
    (['action', 'responsible', 'dueOn'] as const)
      .filter((field) => !a[field] || (typeof a[field] === 'string' && a[field].trim() === ''))
      .map((field) => fieldProblem(`actions.${a.id}.${field}`, MISSING[field], { recommendation: a.recommendation.slice(0, 60) })),
  );
}

export async function submitPlan(db: Db, actor: Actor, reviewId: string): Promise<ActionPlan> {
  await actionPlan(db, reviewId);
  await db.transaction().execute(async (trx) => {
    const plan = (await repo.actionPlan(trx, reviewId, true))!;
    if (plan.submitted_at) throw new Conflict({ code: 'actionPlan.alreadySubmitted' });
    const problems = submissionProblems((await repo.planActions(trx, reviewId)).map(toAction));
    if (problems.length > 0) throw new Invalid({ code: 'actionPlan.incomplete' }, problems);
    await repo.markPlanSubmitted(trx, reviewId, actor.id);
    await recordAudit(trx, { actorId: actor.id, action: 'action_plan_submitted', campaignId: reviewId });
  });
  return actionPlan(db, reviewId);
}
