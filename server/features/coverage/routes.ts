import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { Id, IdParams, Ok } from '../../../contract/common.js';
import { AsOfQuery, Coverage, InternalReviewBody, InternalReviewParams, RecordReviewBody, ReviewIntervalBody, UnitContactsBody } from '../../../contract/coverage.js';
import { todayInSweden } from '../../../contract/dates.js';
import { Problem } from '../../../contract/problem.js';
import { ImportResult } from '../../../contract/respondents.js';
import { Invalid, NotFound } from '../../http/errors.js';
import { authorize, requireActor } from '../../http/guard.js';
import { canManageCoverage, canReadCoverage, canReadOrganisationCoverage } from '../../permissions.js';
import { recordAudit } from '../audit/repository.js';
import { coverageXlsx } from './export.js';
import { importRecordedReviews } from './import.js';
import * as repo from './repository.js';
import { hospitalCoverage, organisationCoverage, realDate, recordReview, removeRecordedReview, setContacts, setInternalReview } from './service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const IMPORT_TYPES = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ExportQuery = Type.Object({ asOf: AsOfQuery.properties.asOf, lang: Type.Optional(Type.Union([Type.Literal('sv'), Type.Literal('en')])) }, { additionalProperties: false });
const UnitRecordParams = Type.Object({ id: Id, recordId: Id }, { additionalProperties: false });

export const coverageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addContentTypeParser(IMPORT_TYPES, { parseAs: 'buffer', bodyLimit: 5 * 1024 * 1024 }, (_request, body, done) => done(null, body));
  const today = () => todayInSweden(app.now());
  const asOf = (value: string | undefined) => (value === undefined ? today() : realDate(value, 'querystring.asOf'));

  const readableOrganisation = async (actor: ReturnType<typeof requireActor>, id: string) => {
    const organisation = await repo.findOrganisation(app.db, id);
    // A reader outside the organisation learns nothing of it, not even that it exists.
    if (!organisation && actor.role !== 'reader') throw new NotFound({ code: 'organisation.notFound' });
    authorize(organisation !== undefined && canReadOrganisationCoverage(actor, organisation.hospitalIds));
    return organisation!;
  };

  app.get(
    '/hospitals/:id/coverage',
    {
      schema: {
        summary: 'Review coverage of a hospital’s units as of a day (default today): last and next external review, status, the share reviewed within five years',
        tags: ['coverage'],
        params: IdParams,
        querystring: AsOfQuery,
        response: { 200: Coverage, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canReadCoverage(actor, request.params.id));
      return hospitalCoverage(app.db, request.params.id, asOf(request.query.asOf), canManageCoverage(actor));
    },
  );

  app.get(
    '/hospitals/:id/coverage.xlsx',
    { schema: { summary: 'The hospital’s coverage as an Excel workbook', tags: ['coverage'], params: IdParams, querystring: ExportQuery } },
    async (request, reply) => {
      const actor = requireActor(request);
      authorize(canReadCoverage(actor, request.params.id));
      const coverage = await hospitalCoverage(app.db, request.params.id, asOf(request.query.asOf), false);
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="coverage-hospital-${request.params.id}-${coverage.asOf}.xlsx"`)
        .send(await coverageXlsx(coverage, request.query.lang ?? 'sv'));
    },
  );

  app.get(
    '/organisations/:id/coverage',
    {
      schema: {
        summary: 'Review coverage of every unit of an organisation’s hospitals as of a day',
        tags: ['coverage'],
        params: IdParams,
        querystring: AsOfQuery,
        response: { 200: Coverage, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const organisation = await readableOrganisation(actor, request.params.id);
      return organisationCoverage(app.db, organisation, asOf(request.query.asOf), canManageCoverage(actor));
    },
  );

  app.get(
    '/organisations/:id/coverage.xlsx',
    { schema: { summary: 'The organisation’s coverage as an Excel workbook', tags: ['coverage'], params: IdParams, querystring: ExportQuery } },
    async (request, reply) => {
      const actor = requireActor(request);
      const organisation = await readableOrganisation(actor, request.params.id);
      const coverage = await organisationCoverage(app.db, organisation, asOf(request.query.asOf), false);
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="coverage-organisation-${request.params.id}-${coverage.asOf}.xlsx"`)
        .send(await coverageXlsx(coverage, request.query.lang ?? 'sv'));
    },
  );

  app.put(
    '/organisations/:id/review-interval',
    {
      schema: {
        summary: 'The years an organisation keeps between external reviews of a unit (the regulation’s five unless set shorter)',
        tags: ['coverage'],
        params: IdParams,
        body: ReviewIntervalBody,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canManageCoverage(actor));
      if (!(await repo.setReviewInterval(app.db, request.params.id, request.body.years))) throw new NotFound({ code: 'organisation.notFound' });
      await recordAudit(app.db, { actorId: actor.id, action: 'review_interval_changed', details: { organisationId: request.params.id, years: request.body.years } });
      return { ok: true as const };
    },
  );

  app.post(
    '/units/:id/external-reviews',
    {
      schema: {
        summary: 'Record an earlier external review of a unit (one the platform did not run)',
        tags: ['coverage'],
        params: IdParams,
        body: RecordReviewBody,
        response: { 201: Type.Object({ id: Id }), ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      authorize(canManageCoverage(actor));
      return reply.code(201).send({ id: await recordReview(app.db, actor, request.params.id, request.body, today()) });
    },
  );

  app.delete(
    '/units/:id/external-reviews/:recordId',
    { schema: { summary: 'Remove a recorded external review', tags: ['coverage'], params: UnitRecordParams, response: { 200: Ok, ...errors } } },
    async (request) => {
      const actor = requireActor(request);
      authorize(canManageCoverage(actor));
      await removeRecordedReview(app.db, actor, request.params.id, request.params.recordId);
      return { ok: true as const };
    },
  );

  app.post(
    '/hospitals/:id/external-reviews/import',
    {
      schema: {
        summary: 'Import earlier external reviews from CSV or XLSX (columns unit, date, body; specialty and link optional): all rows or, with any problem, none',
        description: 'Send the file as the body with Content-Type text/csv or the XLSX type. A 422 lists every problem with line and column.',
        tags: ['coverage'],
        params: IdParams,
        consumes: IMPORT_TYPES,
        response: { 200: ImportResult, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canManageCoverage(actor));
      if (!Buffer.isBuffer(request.body)) throw new Invalid({ code: 'import.sendFile' });
      return { imported: await importRecordedReviews(app.db, actor, request.params.id, request.body, today()) };
    },
  );

  app.put(
    '/units/:id/internal-reviews/:year',
    {
      schema: {
        summary: 'Record the unit’s internal review of a year and its method (e.g. STINS)',
        tags: ['coverage'],
        params: InternalReviewParams,
        body: InternalReviewBody,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canManageCoverage(actor));
      await setInternalReview(app.db, actor, request.params.id, request.params.year, request.body.method);
      return { ok: true as const };
    },
  );

  app.delete(
    '/units/:id/internal-reviews/:year',
    { schema: { summary: 'Remove the unit’s internal review of a year', tags: ['coverage'], params: InternalReviewParams, response: { 200: Ok, ...errors } } },
    async (request) => {
      const actor = requireActor(request);
      authorize(canManageCoverage(actor));
      await setInternalReview(app.db, actor, request.params.id, request.params.year, null);
      return { ok: true as const };
    },
  );

  app.put(
    '/units/:id/contacts',
    {
      schema: {
        summary: 'The unit’s head of department and study director, who get the reminders before its review falls due',
        tags: ['coverage'],
        params: IdParams,
        body: UnitContactsBody,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canManageCoverage(actor));
      await setContacts(app.db, actor, request.params.id, request.body);
      return { ok: true as const };
    },
  );
};
