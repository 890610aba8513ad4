import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams } from '../../../contract/common.js';
import { Problem } from '../../../contract/problem.js';
import { CreateUserBody, UpdateUserBody, User, UserList } from '../../../contract/users.js';
import { Invalid, NotFound } from '../../http/errors.js';
import { canManageUsers } from '../../permissions.js';
import { hashPassword } from '../../security/passwords.js';
import { recordAudit } from '../audit/repository.js';
import { authorize, requireActor } from '../auth/guard.js';
import { revokeUserSessions } from '../auth/repository.js';
import { createUser } from '../auth/service.js';
import type { Db } from '../../db/database.js';
import { Type } from '@sinclair/typebox';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

async function loadUsers(db: Db, id?: string) {
  let query = db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'hospital_id as hospitalId', 'active', 'created_at as createdAt'])
    .orderBy('name');
  if (id) query = query.where('id', '=', id);
  const rows = await query.execute();
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

export const userRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/users',
    { schema: { summary: 'All user accounts (admins); inspectors get the inspectors, to assign them', tags: ['admin'], response: { 200: UserList, ...errors } } },
    async (request) => {
      const actor = requireActor(request);
      if (actor.role === 'inspector') {
        return { users: (await loadUsers(app.db)).filter((u) => u.role === 'inspector' && u.active) };
      }
      authorize(canManageUsers(actor));
      return { users: await loadUsers(app.db) };
    },
  );

  app.post(
    '/users',
    { schema: { summary: 'Create a user account', tags: ['admin'], body: CreateUserBody, response: { 201: User, ...errors } } },
    async (request, reply) => {
      const actor = requireActor(request);
      authorize(canManageUsers(actor));
      const { password, hospitalId, ...rest } = request.body;
      const id = await createUser(app.db, actor.id, { ...rest, hospitalId: hospitalId ?? null, passwordHash: await hashPassword(password) });
      return reply.code(201).send((await loadUsers(app.db, id))[0]);
    },
  );

  app.patch(
    '/users/:id',
    { schema: { summary: 'Change a user’s name, role, hospital or whether the account is active', tags: ['admin'], params: IdParams, body: UpdateUserBody, response: { 200: User, ...errors } } },
    async (request) => {
      const actor = requireActor(request);
      authorize(canManageUsers(actor));
      const { id } = request.params;
      const [current] = await loadUsers(app.db, id);
      if (!current) throw new NotFound('There is no such user.');
      const role = request.body.role ?? current.role;
      const hospitalId = request.body.hospitalId === undefined ? current.hospitalId : request.body.hospitalId;
      if (role === 'reader' && !hospitalId) {
        throw new Invalid('A reader must belong to a hospital.', [{ field: 'body.hospitalId', message: 'is required for readers' }]);
      }
      if (id === actor.id && (request.body.active === false || (request.body.role && request.body.role !== 'admin'))) {
        throw new Invalid('You cannot deactivate yourself or take away your own admin role.');
      }
      await app.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('users')
          .set({
            ...(request.body.name !== undefined && { name: request.body.name }),
            role,
            hospital_id: hospitalId,
            ...(request.body.active !== undefined && { active: request.body.active }),
          })
          .where('id', '=', id)
          .execute();
        if (request.body.active === false) await revokeUserSessions(trx, id);
        await recordAudit(trx, { actorId: actor.id, action: 'user_changed', details: { userId: id, fields: Object.keys(request.body) } });
      });
      return (await loadUsers(app.db, id))[0];
    },
  );

  app.delete(
    '/users/:id/sessions',
    { schema: { summary: 'End all sessions of a user', tags: ['admin'], params: IdParams, response: { 200: Type.Object({ revoked: Type.Integer() }), ...errors } } },
    async (request) => {
      const actor = requireActor(request);
      authorize(canManageUsers(actor));
      const revoked = await app.db.transaction().execute(async (trx) => {
        const n = await revokeUserSessions(trx, request.params.id);
        await recordAudit(trx, { actorId: actor.id, action: 'sessions_revoked', details: { userId: request.params.id } });
        return n;
      });
      return { revoked };
    },
  );
};
