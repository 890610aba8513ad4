import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { IdParams, Ok } from '../../../contract/common.js';
import { Problem } from '../../../contract/problem.js';
import { AssessPointBody } from '../../../contract/site-visit.js';
import {
  AddFunctionBody,
  CreateHospitalReviewBody,
  Duty,
  DutyList,
  DutyParams,
  HospitalProfile,
  HospitalProfileBody,
  HospitalReport,
  HospitalReviewList,
  HospitalReviewView,
  InterviewNote,
  InterviewNoteParams,
  Interviews,
  SaveInterviewNoteBody,
} from '../../../contract/hospital-review.js';
import { Gone } from '../../http/errors.js';
import { renderReportPdf } from '../../print/page-pdf.js';
import { CLIENT_DIR } from '../../client-dir.js';
import { authorize, requireActor } from '../../http/guard.js';
import { canCreateReview, canReadReport } from '../../permissions.js';
import { requireOnReview, requireReviewManager } from '../reviews/guard.js';
import type { ReviewKind } from '../reviews/repository.js';
import * as service from './service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const tags = ['hospital-level review'];
/** These routes serve the hospital-level review only; its report's writing, comment round, action plan and documents are the shared review routes. */
const HOSPITAL_REVIEW: readonly ReviewKind[] = ['hospital_review'];

/** The hospital-level review (issue 20, part 3). */
export const hospitalReviewRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const manager = (request: Parameters<typeof requireReviewManager>[1], id: string) => requireReviewManager(app.db, request, id, HOSPITAL_REVIEW);

  app.get(
    '/hospital-reviews',
    { schema: { summary: 'The hospital-level reviews the caller may see', tags, response: { 200: HospitalReviewList, 401: Problem } } },
    async (request) => ({ reviews: await service.listFor(app.db, requireActor(request)) }),
  );

  app.post(
    '/hospital-reviews',
    {
      schema: {
        summary: 'Create a hospital-level review of a care provider (in draft, with the default leadership functions to interview)',
        tags,
        body: CreateHospitalReviewBody,
        response: { 201: Type.Object({ id: Type.String() }), ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      authorize(canCreateReview(actor));
      return reply.code(201).send({ id: await service.createHospitalReview(app.db, actor, request.body) });
    },
  );

  app.get(
    '/hospital-reviews/:id',
    {
      schema: {
        summary: 'The review for its inspectors: profile, duties judged, document register, synthesis (stored at closing; a preview before)',
        tags,
        params: IdParams,
        response: { 200: HospitalReviewView, ...errors },
      },
    },
    async (request) => {
      await manager(request, request.params.id);
      return service.view(app.db, request.params.id, app.now());
    },
  );

  app.put(
    '/hospital-reviews/:id/profile',
    {
      schema: {
        summary: 'Save the hospital’s profile: beds, doctors, ST doctors, study-director time per trainee, ST funding per post',
        tags,
        params: IdParams,
        body: HospitalProfileBody,
        response: { 200: HospitalProfile, ...errors },
      },
    },
    async (request) => {
      const actor = await manager(request, request.params.id);
      return service.saveProfile(app.db, actor, request.params.id, request.body);
    },
  );

  app.get(
    '/hospital-reviews/:id/duties',
    { schema: { summary: 'The care provider’s duties with the inspectors’ judgements', tags, params: IdParams, response: { 200: DutyList, ...errors } } },
    async (request) => {
      await manager(request, request.params.id);
      return { duties: await service.duties(app.db, request.params.id) };
    },
  );

  app.put(
    '/hospital-reviews/:id/duties/:dutyId',
    {
      schema: {
        summary: 'Judge one duty: met, partly met, not met or not assessed, with the evidence as a note',
        tags,
        params: DutyParams,
        body: AssessPointBody,
        response: { 200: Duty, ...errors },
      },
    },
    async (request) => {
      const { id, dutyId } = request.params;
      const actor = await manager(request, id);
      return service.assessDuty(app.db, actor, id, dutyId, request.body.status, request.body.note);
    },
  );

  app.get(
    '/hospital-reviews/:id/interviews',
    {
      schema: {
        summary: 'The leadership functions interviewed and the notes per function (inspectors only; never attributed to a person)',
        tags,
        params: IdParams,
        response: { 200: Interviews, ...errors },
      },
    },
    async (request) => {
      await manager(request, request.params.id);
      return service.interviews(app.db, request.params.id);
    },
  );

  app.post(
    '/hospital-reviews/:id/interviews',
    { schema: { summary: 'Add a leadership function to interview', tags, params: IdParams, body: AddFunctionBody, response: { 200: Interviews, ...errors } } },
    async (request) => {
      const actor = await manager(request, request.params.id);
      return service.addFunction(app.db, actor, request.params.id, request.body.label);
    },
  );

  app.put(
    '/hospital-reviews/:id/interview-notes/:noteId',
    {
      schema: {
        summary: 'Save an interview note (upsert by the client’s id; the latest savedAt wins, so queued offline saves can be retried)',
        tags,
        params: InterviewNoteParams,
        body: SaveInterviewNoteBody,
        response: { 200: InterviewNote, ...errors, 410: Problem },
      },
    },
    async (request) => {
      const { id, noteId } = request.params;
      const actor = await manager(request, id);
      const note = await service.saveInterviewNote(app.db, actor, id, noteId, request.body);
      if (!note) throw new Gone({ code: 'visit.noteDeleted' });
      return note;
    },
  );

  app.delete(
    '/hospital-reviews/:id/interview-notes/:noteId',
    { schema: { summary: 'Delete an interview note', tags, params: InterviewNoteParams, response: { 200: Ok, ...errors } } },
    async (request) => {
      const { id, noteId } = request.params;
      const actor = await manager(request, id);
      await service.deleteInterviewNote(app.db, actor, id, noteId);
      return { ok: true as const };
    },
  );

  app.post(
    '/hospital-reviews/:id/close',
    {
      schema: {
        summary: 'Close the review: the synthesis of the clinic reviews is computed once and kept for the report',
        tags,
        params: IdParams,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      const actor = await manager(request, request.params.id);
      await service.closeHospitalReview(app.db, actor, request.params.id, app.now());
      return { ok: true as const };
    },
  );

  app.get(
    '/hospital-reviews/:id/report',
    {
      schema: {
        summary: 'The published report: per duty the finding and recommendations, the profile, the synthesis, the functions interviewed',
        tags,
        params: IdParams,
        response: { 200: HospitalReport, ...errors },
      },
    },
    async (request) => {
      await requireOnReview(app.db, request, request.params.id, canReadReport, HOSPITAL_REVIEW);
      return service.publishedReport(app.db, request.params.id);
    },
  );

  app.get(
    '/hospital-reviews/:id/report.pdf',
    {
      schema: {
        summary:
          'The published report page printed to A4 PDF with running header and page numbers (needs Chromium and the built client on the server; 501 otherwise)',
        tags,
        params: IdParams,
        querystring: Type.Object({ lang: Type.Optional(Type.Union([Type.Literal('sv'), Type.Literal('en')])) }, { additionalProperties: false }),
      },
    },
    async (request, reply) => {
      await requireOnReview(app.db, request, request.params.id, canReadReport, HOSPITAL_REVIEW);
      const report = await service.publishedReport(app.db, request.params.id);
      const lang = request.query.lang ?? 'sv';
      // Every reader sees the same published revision, and it never changes: made once, kept.
      const pdf = await app.pdfs.pdf([request.params.id, report.revision.id, lang, 'hospital'].join('|'), () =>
        renderReportPdf(
          app,
          {
            page: `/hospital-reviews/${request.params.id}/report`,
            lang,
            cookie: request.headers.cookie,
            hospital: report.review.hospital.name,
            title: report.review.title,
            revision: { number: report.revision.revision, published: true },
          },
          app.runtime.config.chromiumPath,
          CLIENT_DIR,
        ),
      );
      return reply.type('application/pdf').header('content-disposition', `inline; filename="hospital-review-${request.params.id}.pdf"`).send(pdf);
    },
  );
};
