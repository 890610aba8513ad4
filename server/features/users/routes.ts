import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { IdParams } from '../../../contract/common.js';
import { Problem } from '../../../contract/problem.js';
import { CreateUserBody, UpdateUserBody, User, UserList } from '../../../contract/users.js';
import { requireActor } from '../../http/guard.js';
import type { UserRow } from './repository.js';
import { addUser, changeUser, endSessions, usersVisibleTo } from './service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const asJson = (user: UserRow) => ({ ...user, createdAt: user.createdAt.toISOString() });

export const userRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/users',
    {
      schema: { summary: 'All user accounts (admins); inspectors get the inspectors, to assign them', tags: ['admin'], response: { 200: UserList, ...errors } },
    },
    async (request) => ({ users: (await usersVisibleTo(app.db, requireActor(request))).map(asJson) }),
  );

  app.post(
    '/users',
    { schema: { summary: 'Create a user account', tags: ['admin'], body: CreateUserBody, response: { 201: User, ...errors } } },
    async (request, reply) => reply.code(201).send(asJson(await addUser(app.db, requireActor(request), request.body))),
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        summary: 'Change a user’s name, role, hospital or whether the account is active',
        tags: ['admin'],
        params: IdParams,
        body: UpdateUserBody,
        response: { 200: User, ...errors },
      },
    },
    async (request) => asJson(await changeUser(app.db, requireActor(request), request.params.id, request.body)),
  );

  app.delete(
    '/users/:id/sessions',
    {
      schema: {
        summary: 'End all sessions of a user',
        tags: ['admin'],
        params: IdParams,
        response: { 200: Type.Object({ revoked: Type.Integer() }), ...errors },
      },
    },
    async (request) => ({ revoked: await endSessions(app.db, requireActor(request), request.params.id) }),
  );
};
