import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, Ok } from '../../../contract/common.js';
import { reminderRoutes } from '../invitations/reminder-routes.js';
import {
  AddDirectorsBody,
  AnnualCampaign,
  AnnualCampaignList,
  AnnualClinics,
  AnnualReport,
  CreateAnnualBody,
  GoalSet,
  GoalSetParams,
  HistoryImportResult,
  OpenAnnualResult,
  SaveGoalSetBody,
  SuggestedGoals,
} from '../../../contract/director-annual.js';
import { Problem } from '../../../contract/problem.js';
import { Type } from '@sinclair/typebox';
import { toWorkbook } from '../../files/workbook.js';
import { renderReportPdf } from '../../print/page-pdf.js';
import { CLIENT_DIR } from '../../client-dir.js';
import { annualSheets } from './export.js';
import { Invalid } from '../../http/errors.js';
import { authorize, requireActor } from '../../http/guard.js';
import {
  canCreateReview,
  canManageOrganisations,
  canManageReview,
  canReadAnnualReport,
  canReadTargets,
  type Actor,
  type AnnualAccess,
} from '../../permissions.js';
import type { FastifyRequest } from 'fastify';
import {
  addDirectors,
  annualAccess,
  annualReport,
  clinicsWithDirectors,
  closeAnnual,
  createAnnual,
  goalSet,
  importHistory,
  listAnnualsFor,
  loadAnnual,
  openAnnual,
  publishAnnual,
  saveGoalSet,
} from './service.js';
import { organisationHospitalIds } from './repository.js';
import { suggestedAnnualGoals } from '../../../surveys/director-annual-goals.js';

const LangQuery = Type.Object({ lang: Type.Optional(Type.Union([Type.Literal('sv'), Type.Literal('en')])) }, { additionalProperties: false });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const IMPORT_TYPES = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream'];

export const directorAnnualRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addContentTypeParser(IMPORT_TYPES, { parseAs: 'buffer', bodyLimit: 5 * 1024 * 1024 }, (_request, body, done) => done(null, body));

  /** The caller and the annual report, if allowed what `may` says on it (404 when it does not exist). */
  const caller = async (request: FastifyRequest, id: string, may: (actor: Actor, access: AnnualAccess) => boolean) => {
    const actor = requireActor(request);
    const access = await annualAccess(app.db, id);
    authorize(may(actor, access));
    return { actor, access };
  };

  app.get(
    '/annual-goals/suggested',
    {
      schema: {
        summary: 'The goal set a new organisation may start from (admins), to edit and save for a year',
        tags: ['annual'],
        response: { 200: SuggestedGoals, ...errors },
      },
    },
    async (request) => {
      authorize(canManageOrganisations(requireActor(request)));
      return { goals: [...suggestedAnnualGoals] };
    },
  );

  app.get(
    '/organisations/:id/goals/:year',
    {
      schema: {
        summary: 'The goals that apply to an organisation in a year (the set saved for the latest year not after it)',
        tags: ['annual'],
        params: GoalSetParams,
        response: { 200: GoalSet, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const hospitals = await organisationHospitalIds(app.db, request.params.id);
      authorize(actor.role !== 'reader' || hospitals.some((h) => canReadTargets(actor, h)));
      return goalSet(app.db, request.params.id, request.params.year);
    },
  );

  app.put(
    '/organisations/:id/goals/:year',
    {
      schema: {
        summary: 'Save the organisation’s goals from a year on (admins); a year already reported keeps the goals it was judged by',
        tags: ['annual'],
        params: GoalSetParams,
        body: SaveGoalSetBody,
        response: { 200: GoalSet, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canManageOrganisations(actor));
      return saveGoalSet(app.db, actor, request.params.id, request.params.year, request.body.goals);
    },
  );

  app.post(
    '/organisations/:id/history',
    {
      schema: {
        summary:
          'Import earlier years’ published shares (columns goal, year, share, n, threshold) from CSV or XLSX: all rows or, with any problem, none (admins)',
        tags: ['annual'],
        params: IdParams,
        consumes: IMPORT_TYPES,
        response: { 200: HistoryImportResult, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canManageOrganisations(actor));
      if (!Buffer.isBuffer(request.body)) throw new Invalid({ code: 'import.sendFile' });
      return { imported: await importHistory(app.db, actor, request.params.id, request.body) };
    },
  );

  app.get(
    '/annual-reports',
    {
      schema: {
        summary: 'Annual reports: all for admins, an inspector’s own, a reader’s organisation’s published ones',
        tags: ['annual'],
        response: { 200: AnnualCampaignList, ...errors },
      },
    },
    async (request) => ({ campaigns: await listAnnualsFor(app.db, requireActor(request)) }),
  );

  app.post(
    '/annual-reports',
    {
      schema: {
        summary: 'Create the annual report of an organisation for a year: every clinic of its hospitals is asked',
        tags: ['annual'],
        body: CreateAnnualBody,
        response: { 201: AnnualCampaign, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      authorize(canCreateReview(actor));
      const id = await createAnnual(app.db, actor, request.body);
      return reply.code(201).send(await loadAnnual(app.db, id));
    },
  );

  app.get(
    '/annual-reports/:id',
    { schema: { summary: 'One annual report', tags: ['annual'], params: IdParams, response: { 200: AnnualCampaign, ...errors } } },
    async (request) => {
      await caller(request, request.params.id, (actor, access) => canManageReview(actor, access) || canReadAnnualReport(actor, access));
      return loadAnnual(app.db, request.params.id);
    },
  );

  app.get(
    '/annual-reports/:id/clinics',
    {
      schema: {
        summary: 'The clinics asked, each with its named study director and whether they answered',
        tags: ['annual'],
        params: IdParams,
        response: { 200: AnnualClinics, ...errors },
      },
    },
    async (request) => {
      await caller(request, request.params.id, canManageReview);
      return { clinics: await clinicsWithDirectors(app.db, request.params.id) };
    },
  );

  app.post(
    '/annual-reports/:id/directors',
    {
      schema: {
        summary: 'Name clinics’ study directors (one per clinic)',
        tags: ['annual'],
        params: IdParams,
        body: AddDirectorsBody,
        response: { 200: AnnualClinics, ...errors },
      },
    },
    async (request) => {
      const { actor } = await caller(request, request.params.id, canManageReview);
      await addDirectors(app.db, actor, request.params.id, request.body.directors);
      return { clinics: await clinicsWithDirectors(app.db, request.params.id) };
    },
  );

  app.post(
    '/annual-reports/:id/open',
    {
      schema: {
        summary: 'Open the annual report and send each named director their personal link',
        tags: ['annual'],
        params: IdParams,
        response: { 200: OpenAnnualResult, ...errors },
      },
    },
    async (request) => {
      const { actor } = await caller(request, request.params.id, canManageReview);
      const counts = await openAnnual(app.db, actor, request.params.id, app.runtime.config.publicUrl);
      if (counts.sent > 0) await app.jobs.mailQueued();
      return { sent: counts.sent };
    },
  );

  await app.register(reminderRoutes, {
    base: '/annual-reports',
    tag: 'annual',
    manager: async (request, id) => (await caller(request, id, canManageReview)).actor,
  });

  app.post(
    '/annual-reports/:id/close',
    {
      schema: {
        summary: 'Close the annual report: each clinic’s values are stored and the figures computed once',
        tags: ['annual'],
        params: IdParams,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      const { actor } = await caller(request, request.params.id, canManageReview);
      await closeAnnual(app.db, actor, request.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/annual-reports/:id/publish',
    {
      schema: {
        summary: 'Publish the closed annual report to the organisation’s readers',
        tags: ['annual'],
        params: IdParams,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      const { actor } = await caller(request, request.params.id, canManageReview);
      await publishAnnual(app.db, actor, request.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/annual-reports/:id/report',
    {
      schema: {
        summary: 'The annual report: every goal’s share with its n and trend, totals, distributions, and the clinics’ lines the caller may see',
        tags: ['annual'],
        params: IdParams,
        response: { 200: AnnualReport, ...errors },
      },
    },
    async (request) => {
      const { actor, access } = await caller(request, request.params.id, canReadAnnualReport);
      return annualReport(app.db, actor, access);
    },
  );

  app.get(
    '/annual-reports/:id/report.xlsx',
    {
      schema: {
        summary: 'The annual report as an Excel workbook: goals, trends, totals, and the clinics’ lines the caller may see',
        tags: ['annual'],
        params: IdParams,
        querystring: LangQuery,
      },
    },
    async (request, reply) => {
      const { actor, access } = await caller(request, request.params.id, canReadAnnualReport);
      const report = await annualReport(app.db, actor, access);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="annual-report-${report.campaign.year}-${request.params.id}.xlsx"`)
        .send(await toWorkbook(annualSheets(report, request.query.lang ?? 'sv'), report.campaign.title));
    },
  );

  app.get(
    '/annual-reports/:id/report.pdf',
    {
      schema: {
        summary:
          'The annual report page as the caller sees it, printed to A4 PDF with running header and page numbers (needs Chromium and the built client on the server; 501 otherwise)',
        tags: ['annual'],
        params: IdParams,
        querystring: LangQuery,
      },
    },
    async (request, reply) => {
      const { actor, access } = await caller(request, request.params.id, canReadAnnualReport);
      const report = await annualReport(app.db, actor, access);
      const lang = request.query.lang ?? 'sv';
      // Each reader sees their own lines of the grid, so a PDF is made for its reader and never kept.
      const pdf = await app.pdfs.pdf(null, () =>
        renderReportPdf(
          app,
          {
            page: `/annual/${request.params.id}`,
            lang,
            cookie: request.headers.cookie,
            hospital: report.campaign.organisation.name,
            title: report.campaign.title,
            revision: { number: null, published: report.campaign.publishedAt !== null },
          },
          app.runtime.config.chromiumPath,
          CLIENT_DIR,
        ),
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="annual-report-${report.campaign.year}-${request.params.id}.pdf"`)
        .send(pdf);
    },
  );
};
