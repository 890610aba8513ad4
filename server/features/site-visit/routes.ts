import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, Ok } from '../../../contract/common.js';
import { Problem } from '../../../contract/problem.js';
import {
  ActionParams,
  ActionPlan,
  AssessPointBody,
  Checklist,
  ChecklistPoint,
  NoteParams,
  PlanAction,
  PlanDueBody,
  PointParams,
  PreviousReview,
  SaveActionBody,
  SaveNoteBody,
  VisitNote,
  VisitNoteList,
  VisitPlan,
  VisitPlanBody,
} from '../../../contract/site-visit.js';
import { Gone } from '../../http/errors.js';
import { canManageReview, canReadReport, canWorkOnActionPlan } from '../../permissions.js';
import { ANY_REVIEW, requireOnReview, requireReviewManager } from '../reviews/guard.js';
import * as plans from './action-plan.js';
import { assessPoint, checklistView } from './checklist.js';
import { previousReview } from './previous.js';
import * as visits from './visit.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

/** The site visit, the checklist, the action plan and the previous review (issue #11). */
export const siteVisitRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/reviews/:id/checklist',
    {
      schema: {
        summary: 'The checklist per area with the inspectors’ judgements and the evidence beside each point',
        tags: ['site visit'],
        params: IdParams,
        response: { 200: Checklist, ...errors },
      },
    },
    async (request) => {
      await requireReviewManager(app.db, request, request.params.id);
      return checklistView(app.db, request.params.id);
    },
  );

  app.put(
    '/reviews/:id/checklist/:pointId',
    {
      schema: {
        summary: 'Judge one checklist point: met, partly met, not met or not assessed',
        tags: ['site visit'],
        params: PointParams,
        body: AssessPointBody,
        response: { 200: ChecklistPoint, ...errors },
      },
    },
    async (request) => {
      const { id, pointId } = request.params;
      const actor = await requireReviewManager(app.db, request, id);
      await assessPoint(app.db, actor, id, pointId, request.body.status, request.body.note);
      const view = await checklistView(app.db, id);
      return view.areas.flatMap((a) => a.points).find((p) => p.id === pointId)!;
    },
  );

  app.get(
    '/reviews/:id/visit',
    { schema: { summary: 'The site visit plan', tags: ['site visit'], params: IdParams, response: { 200: VisitPlan, ...errors } } },
    async (request) => {
      await requireReviewManager(app.db, request, request.params.id);
      return visits.visitPlan(app.db, request.params.id);
    },
  );

  app.put(
    '/reviews/:id/visit',
    {
      schema: {
        summary: 'Save the site visit plan: dates, the inspector team, the schedule',
        tags: ['site visit'],
        params: IdParams,
        body: VisitPlanBody,
        response: { 200: VisitPlan, ...errors },
      },
    },
    async (request) => {
      await requireReviewManager(app.db, request, request.params.id);
      return visits.saveVisitPlan(app.db, request.params.id, request.body);
    },
  );

  app.get(
    '/reviews/:id/visit-notes',
    {
      schema: {
        summary: 'Interview notes per role group (inspectors only; never attributed to a person)',
        tags: ['site visit'],
        params: IdParams,
        response: { 200: VisitNoteList, ...errors },
      },
    },
    async (request) => {
      await requireReviewManager(app.db, request, request.params.id);
      return { notes: await visits.visitNotes(app.db, request.params.id) };
    },
  );

  app.put(
    '/reviews/:id/visit-notes/:noteId',
    {
      schema: {
        summary: 'Save an interview note (upsert by the client’s id; the latest savedAt wins, so queued offline saves can be retried)',
        tags: ['site visit'],
        params: NoteParams,
        body: SaveNoteBody,
        response: { 200: VisitNote, ...errors, 410: Problem },
      },
    },
    async (request) => {
      const { id, noteId } = request.params;
      const actor = await requireReviewManager(app.db, request, id);
      const note = await visits.saveNote(app.db, actor, id, noteId, request.body);
      if (!note) throw new Gone({ code: 'visit.noteDeleted' });
      return note;
    },
  );

  app.delete(
    '/reviews/:id/visit-notes/:noteId',
    { schema: { summary: 'Delete an interview note', tags: ['site visit'], params: NoteParams, response: { 200: Ok, ...errors } } },
    async (request) => {
      const { id, noteId } = request.params;
      const actor = await requireReviewManager(app.db, request, id);
      await visits.deleteNote(app.db, actor, id, noteId);
      return { ok: true as const };
    },
  );

  app.get(
    '/reviews/:id/action-plan',
    {
      schema: {
        summary: 'The clinic’s action plan for the published report, with its follow-up',
        tags: ['action plan'],
        params: IdParams,
        response: { 200: ActionPlan, ...errors },
      },
    },
    async (request) => {
      await requireOnReview(app.db, request, request.params.id, canWorkOnActionPlan, ANY_REVIEW);
      return plans.actionPlan(app.db, request.params.id);
    },
  );

  app.put(
    '/reviews/:id/action-plan',
    {
      schema: {
        summary: 'Change the action plan’s deadline (inspectors)',
        tags: ['action plan'],
        params: IdParams,
        body: PlanDueBody,
        response: { 200: ActionPlan, ...errors },
      },
    },
    async (request) => {
      const actor = await requireOnReview(app.db, request, request.params.id, (a, review) => review.reportPublished && canManageReview(a, review), ANY_REVIEW);
      return plans.setDue(app.db, actor, request.params.id, request.body.dueOn);
    },
  );

  app.patch(
    '/reviews/:id/action-plan/actions/:actionId',
    {
      schema: {
        summary: 'Write an action (before submission) or follow it up (status, note)',
        tags: ['action plan'],
        params: ActionParams,
        body: SaveActionBody,
        response: { 200: PlanAction, ...errors },
      },
    },
    async (request) => {
      const { id, actionId } = request.params;
      const actor = await requireOnReview(app.db, request, id, canWorkOnActionPlan, ANY_REVIEW);
      return plans.updateAction(app.db, actor, id, actionId, request.body);
    },
  );

  app.post(
    '/reviews/:id/action-plan/submit',
    { schema: { summary: 'Submit the action plan to the inspectors', tags: ['action plan'], params: IdParams, response: { 200: ActionPlan, ...errors } } },
    async (request) => {
      const actor = await requireOnReview(app.db, request, request.params.id, canWorkOnActionPlan, ANY_REVIEW);
      return plans.submitPlan(app.db, actor, request.params.id);
    },
  );

  app.get(
    '/reviews/:id/previous',
    {
      schema: {
        summary: 'The previous published review of the same units: grades, recommendations, actions',
        tags: ['report'],
        params: IdParams,
        response: { 200: PreviousReview, ...errors },
      },
    },
    async (request) => {
      const actor = await requireOnReview(app.db, request, request.params.id, canReadReport);
      return previousReview(app.db, actor, request.params.id);
    },
  );
};
