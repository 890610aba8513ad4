import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { IdParams, Ok } from '../../../contract/common.js';
import { Problem } from '../../../contract/problem.js';
import {
  AssessmentBody,
  AssessmentParams,
  Conformance,
  NationalModelView,
  Programme,
  ProgrammeAssessment,
  ProgrammeBody,
  ProgrammeDocumentParams,
  ProgrammeList,
  ProgrammeUploadQuery,
} from '../../../contract/programmes.js';
import { acceptFileBodies, bodyBytes, sendDocument } from '../../files/stored-document.js';
import { authorize, requireActor } from '../../http/guard.js';
import { canManageProgrammes, canReadProgrammes } from '../../permissions.js';
import { conformanceXlsx } from './export.js';
import {
  assess,
  conformance,
  createProgramme,
  documentFile,
  modelView,
  programmeAssessment,
  programmeList,
  removeDocument,
  removeProgramme,
  updateProgramme,
  uploadDocument,
} from './service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 413: Problem, 415: Problem, 422: Problem };
const Created = Type.Object({ id: Type.String() });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const LangQuery = Type.Object({ lang: Type.Optional(Type.Union([Type.Literal('sv'), Type.Literal('en')])) }, { additionalProperties: false });

/**
 * Leadership programmes and how each holds up against the national model for leadership-ST.
 * The coordinator (an admin) keeps them; every signed-in user reads them (canReadProgrammes).
 */
export const programmeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  acceptFileBodies(app);
  const reader = (request: Parameters<typeof requireActor>[0]) => authorize(canReadProgrammes(requireActor(request)));
  const manager = (request: Parameters<typeof requireActor>[0]) => {
    const actor = requireActor(request);
    authorize(canManageProgrammes(actor));
    return actor;
  };

  app.get(
    '/programmes',
    { schema: { summary: 'The 21 regions and every leadership programme, by region', tags: ['programmes'], response: { 200: ProgrammeList, ...errors } } },
    async (request) => {
      reader(request);
      return programmeList(app.db);
    },
  );

  app.post(
    '/programmes',
    { schema: { summary: 'Add a region’s leadership programme (admins)', tags: ['programmes'], body: ProgrammeBody, response: { 201: Programme, ...errors } } },
    async (request, reply) => {
      const actor = manager(request);
      return reply.status(201).send(await createProgramme(app.db, actor, request.body));
    },
  );

  app.get(
    '/programmes/model',
    {
      schema: {
        summary: 'The national model for leadership-ST: its current version and points',
        tags: ['programmes'],
        response: { 200: NationalModelView, ...errors },
      },
    },
    async (request) => {
      reader(request);
      return modelView();
    },
  );

  app.get(
    '/programmes/conformance',
    {
      schema: {
        summary: 'The assessed programmes against the national model: points × programmes, counts per status, regions side by side',
        tags: ['programmes'],
        response: { 200: Conformance, ...errors },
      },
    },
    async (request) => {
      reader(request);
      return conformance(app.db);
    },
  );

  app.get(
    '/programmes/conformance.xlsx',
    { schema: { summary: 'The conformance matrix, counts and regions as an Excel workbook', tags: ['programmes'], querystring: LangQuery } },
    async (request, reply) => {
      reader(request);
      const result = await conformance(app.db);
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="conformance-${result.model.version}.xlsx"`)
        .send(await conformanceXlsx(result, request.query.lang ?? 'sv'));
    },
  );

  app.get(
    '/programmes/:id',
    {
      schema: {
        summary: 'A programme with its judgements against the current model, the counts, its gaps and its documents',
        tags: ['programmes'],
        params: IdParams,
        response: { 200: ProgrammeAssessment, ...errors },
      },
    },
    async (request) => {
      reader(request);
      return programmeAssessment(app.db, request.params.id);
    },
  );

  app.put(
    '/programmes/:id',
    {
      schema: { summary: 'Change a programme (admins)', tags: ['programmes'], params: IdParams, body: ProgrammeBody, response: { 200: Programme, ...errors } },
    },
    async (request) => {
      const actor = manager(request);
      return updateProgramme(app.db, actor, request.params.id, request.body, app.now());
    },
  );

  app.delete(
    '/programmes/:id',
    {
      schema: {
        summary: 'Remove a programme with its documents and judgements (admins)',
        tags: ['programmes'],
        params: IdParams,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      const actor = manager(request);
      await removeProgramme(app.db, actor, request.params.id);
      return { ok: true as const };
    },
  );

  app.put(
    '/programmes/:id/assessments/:pointKey',
    {
      schema: {
        summary: 'Judge one point of the current model for a programme, with a quote from its document and a note (admins)',
        tags: ['programmes'],
        params: AssessmentParams,
        body: AssessmentBody,
        response: { 200: ProgrammeAssessment, ...errors },
      },
    },
    async (request) => {
      const actor = manager(request);
      return assess(app.db, actor, request.params.id, request.params.pointKey, request.body, app.now());
    },
  );

  app.post(
    '/programmes/:id/documents',
    {
      schema: {
        summary: 'Upload a programme’s document (the body is the file; PDF, DOCX, XLSX, ODT, PNG or JPEG by content; at most 25 MB) (admins)',
        tags: ['programmes'],
        params: IdParams,
        querystring: ProgrammeUploadQuery,
        response: { 201: Created, ...errors },
      },
    },
    async (request, reply) => {
      const actor = manager(request);
      const id = await uploadDocument(app.db, actor, request.params.id, request.query.name, bodyBytes(request.body), app.now());
      return reply.status(201).send({ id });
    },
  );

  app.get(
    '/programmes/:id/documents/:documentId',
    { schema: { summary: 'Download a programme’s document (always as an attachment)', tags: ['programmes'], params: ProgrammeDocumentParams } },
    async (request, reply) => {
      reader(request);
      return sendDocument(reply, await documentFile(app.db, request.params.id, request.params.documentId));
    },
  );

  app.delete(
    '/programmes/:id/documents/:documentId',
    {
      schema: {
        summary: 'Remove a programme’s document; judgements keep their quotes (admins)',
        tags: ['programmes'],
        params: ProgrammeDocumentParams,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      const actor = manager(request);
      await removeDocument(app.db, actor, request.params.id, request.params.documentId);
      return { ok: true as const };
    },
  );
};
