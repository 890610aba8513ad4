import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { IdParams, Ok } from '../../../contract/common.js';
import {
  AddSourcesBody,
  Branch,
  BranchList,
  CreateBranchBody,
  CreateMappingBody,
  DecisionBody,
  DecisionParams,
  MappingReport,
  MappingRound,
  MappingRoundList,
  OpenMappingResult,
  Reconciliation,
  RegionList,
  SourceList,
} from '../../../contract/mapping.js';
import { Problem } from '../../../contract/problem.js';
import { toWorkbook } from '../../files/workbook.js';
import { authorize, requireActor } from '../../http/guard.js';
import { canManageMapping, canReadMappingReport } from '../../permissions.js';
import { mappingSheets } from './export.js';
import { branches } from './repository.js';
import {
  addSources,
  closeRound,
  createBranch,
  createRound,
  decide,
  isPublished,
  listRounds,
  loadRound,
  mappingReport,
  openRound,
  publishRound,
  reconciliation,
  regionList,
  sourceList,
} from './service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const tags = ['mapping'];

/** The national mapping of leadership training: its coordinator (an admin) runs the rounds; a published round is read by every signed-in user. */
export const mappingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const coordinator = (request: Parameters<typeof requireActor>[0]) => {
    const actor = requireActor(request);
    authorize(canManageMapping(actor));
    return actor;
  };

  app.get('/regions', { schema: { summary: 'The 21 regions', tags, response: { 200: RegionList, ...errors } } }, async (request) => {
    requireActor(request);
    return { regions: await regionList(app.db) };
  });

  app.get(
    '/mapping/branches',
    {
      schema: {
        summary: 'The junior doctors’ association’s local branches, each in its region (the coordinator)',
        tags,
        response: { 200: BranchList, ...errors },
      },
    },
    async (request) => {
      coordinator(request);
      return { branches: await branches(app.db) };
    },
  );

  app.post(
    '/mapping/branches',
    { schema: { summary: 'Add a local branch to a region (the coordinator)', tags, body: CreateBranchBody, response: { 201: Branch, ...errors } } },
    async (request, reply) => {
      const actor = coordinator(request);
      return reply.code(201).send(await createBranch(app.db, actor, request.body.name, request.body.regionCode));
    },
  );

  app.get(
    '/mapping-rounds',
    {
      schema: {
        summary: 'Mapping rounds: all for the coordinator, the published ones for everyone else',
        tags,
        response: { 200: MappingRoundList, ...errors },
      },
    },
    async (request) => ({ rounds: await listRounds(app.db, requireActor(request)) }),
  );

  app.post(
    '/mapping-rounds',
    { schema: { summary: 'Create the mapping round of a year (the coordinator)', tags, body: CreateMappingBody, response: { 201: MappingRound, ...errors } } },
    async (request, reply) => {
      const actor = coordinator(request);
      return reply.code(201).send(await loadRound(app.db, await createRound(app.db, actor, request.body)));
    },
  );

  app.get(
    '/mapping-rounds/:id',
    { schema: { summary: 'One mapping round', tags, params: IdParams, response: { 200: MappingRound, ...errors } } },
    async (request) => {
      const actor = requireActor(request);
      authorize(canReadMappingReport(actor, await isPublished(app.db, request.params.id)));
      return loadRound(app.db, request.params.id);
    },
  );

  app.get(
    '/mapping-rounds/:id/sources',
    {
      schema: {
        summary: 'The round’s sources per region (branches and overarching study directors), named, with whether they answered',
        tags,
        params: IdParams,
        response: { 200: SourceList, ...errors },
      },
    },
    async (request) => {
      coordinator(request);
      return { sources: await sourceList(app.db, request.params.id) };
    },
  );

  app.post(
    '/mapping-rounds/:id/sources',
    {
      schema: {
        summary: 'Add sources to the round: a branch in its own region, or a region’s overarching study director (all or none)',
        tags,
        params: IdParams,
        body: AddSourcesBody,
        response: { 200: SourceList, ...errors },
      },
    },
    async (request) => {
      const actor = coordinator(request);
      await addSources(app.db, actor, request.params.id, request.body.sources);
      return { sources: await sourceList(app.db, request.params.id) };
    },
  );

  app.post(
    '/mapping-rounds/:id/open',
    { schema: { summary: 'Open the round and send each source its personal link', tags, params: IdParams, response: { 200: OpenMappingResult, ...errors } } },
    async (request) => {
      const actor = coordinator(request);
      return { sent: (await openRound(app.db, actor, request.params.id, app.runtime.config.publicUrl)).sent };
    },
  );

  app.post(
    '/mapping-rounds/:id/close',
    { schema: { summary: 'Close the round: no more answers', tags, params: IdParams, response: { 200: Ok, ...errors } } },
    async (request) => {
      await closeRound(app.db, coordinator(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/mapping-rounds/:id/reconciliation',
    {
      schema: {
        summary: 'Per region the sources’ answers side by side, whether they conflict, and the decision; the conflicts still to decide',
        tags,
        params: IdParams,
        response: { 200: Reconciliation, ...errors },
      },
    },
    async (request) => {
      coordinator(request);
      return reconciliation(app.db, request.params.id);
    },
  );

  app.put(
    '/mapping-rounds/:id/regions/:code/decision',
    {
      schema: {
        summary: 'Set a region’s final categories with a note (needed when the sources disagree) and the figures the 10 % goal divides',
        tags,
        params: DecisionParams,
        body: DecisionBody,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      await decide(app.db, coordinator(request), request.params.id, request.params.code, request.body);
      return { ok: true as const };
    },
  );

  app.post(
    '/mapping-rounds/:id/publish',
    {
      schema: {
        summary: 'Publish the closed round: its figures are computed once from the decisions (every region decided)',
        tags,
        params: IdParams,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      await publishRound(app.db, coordinator(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/mapping-rounds/:id/report',
    {
      schema: {
        summary: 'The mapping report: regions per category and the change since the previous round, the 10 % goal per region, quotes',
        tags,
        params: IdParams,
        response: { 200: MappingReport, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const published = await isPublished(app.db, request.params.id);
      authorize(canReadMappingReport(actor, published));
      return mappingReport(app.db, request.params.id, canManageMapping(actor));
    },
  );

  app.get(
    '/mapping-rounds/:id/report.xlsx',
    {
      schema: {
        summary: 'The mapping report as an Excel workbook',
        tags,
        params: IdParams,
        querystring: Type.Object({ lang: Type.Optional(Type.Union([Type.Literal('sv'), Type.Literal('en')])) }, { additionalProperties: false }),
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const published = await isPublished(app.db, request.params.id);
      authorize(canReadMappingReport(actor, published));
      const report = await mappingReport(app.db, request.params.id, canManageMapping(actor));
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="mapping-${report.round.year}-${request.params.id}.xlsx"`)
        .send(await toWorkbook(mappingSheets(report, request.query.lang ?? 'sv'), report.round.title));
    },
  );
};
