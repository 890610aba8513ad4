import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams } from '../../../contract/common.js';
import { Organisation, OrganisationList, SaveOrganisationBody } from '../../../contract/organisations.js';
import { Problem } from '../../../contract/problem.js';
import { authorize, requireActor } from '../../http/guard.js';
import { canManageOrganisations } from '../../permissions.js';
import { listOrganisations } from './repository.js';
import { saveOrganisation } from './service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

export const organisationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/organisations',
    {
      schema: {
        summary: 'Organisations (a hospital or a network of hospitals): all for staff, a reader’s own',
        tags: ['organisations'],
        response: { 200: OrganisationList, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (actor.role === 'reader') return { organisations: actor.hospitalId ? await listOrganisations(app.db, actor.hospitalId) : [] };
      return { organisations: await listOrganisations(app.db) };
    },
  );

  app.post(
    '/organisations',
    { schema: { summary: 'Create an organisation (admins)', tags: ['organisations'], body: SaveOrganisationBody, response: { 201: Organisation, ...errors } } },
    async (request, reply) => {
      const actor = requireActor(request);
      authorize(canManageOrganisations(actor));
      return reply.code(201).send(await saveOrganisation(app.db, actor, null, request.body));
    },
  );

  app.put(
    '/organisations/:id',
    {
      schema: {
        summary: 'Change an organisation: name, hospitals, whether every clinic’s line of the annual report is open to its readers (admins)',
        tags: ['organisations'],
        params: IdParams,
        body: SaveOrganisationBody,
        response: { 200: Organisation, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canManageOrganisations(actor));
      return saveOrganisation(app.db, actor, request.params.id, request.body);
    },
  );
};
