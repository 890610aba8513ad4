import type { CreateUserBody, UpdateUserBody } from '../../../contract/users.js';
import type { RootDb } from '../../db/database.js';
import { fieldProblem, Invalid, NotFound } from '../../http/errors.js';
import { canManageUsers, type Actor } from '../../permissions.js';
import { hashPassword } from '../../security/passwords.js';
import { recordAudit } from '../audit/repository.js';
import { authorize } from '../../http/guard.js';
import { createUser, endUserSessions } from '../auth/service.js';
import { sessionCache } from '../auth/session-cache.js';
import * as repo from './repository.js';

/** Admins see every account; an inspector sees the active inspectors, to assign them to reviews. */
export async function usersVisibleTo(db: RootDb, actor: Actor): Promise<repo.UserRow[]> {
  if (actor.role === 'inspector') return (await repo.findUsers(db)).filter((u) => u.role === 'inspector' && u.active);
  authorize(canManageUsers(actor));
  return repo.findUsers(db);
}

/**
 * A clinic is given only to a reader, its head, and only one of the reader's own hospital: it
 * decides which clinic's line of the annual report they see.
 */
async function checkUnit(db: RootDb, role: string, hospitalId: string | null, unitId: string | null): Promise<void> {
  if (unitId === null) return;
  if (role !== 'reader') throw new Invalid({ code: 'user.unitOnlyForReader' }, [fieldProblem('body.unitId', 'user.unitOnlyForReader')]);
  if (hospitalId === null || (await repo.unitHospital(db, unitId)) !== hospitalId) {
    throw new Invalid({ code: 'user.unitNotInHospital' }, [fieldProblem('body.unitId', 'user.unitNotInHospital')]);
  }
}

export async function addUser(db: RootDb, actor: Actor, body: CreateUserBody): Promise<repo.UserRow> {
  authorize(canManageUsers(actor));
  const { password, hospitalId = null, unitId = null, ...rest } = body;
  await checkUnit(db, body.role, hospitalId, unitId);
  const id = await createUser(db, actor.id, { ...rest, hospitalId, unitId, passwordHash: await hashPassword(password) });
  return (await repo.findUsers(db, id))[0];
}

/** A reader needs a hospital; nobody can lock themselves out; deactivating ends every session. */
export async function changeUser(db: RootDb, actor: Actor, id: string, body: UpdateUserBody): Promise<repo.UserRow> {
  authorize(canManageUsers(actor));
  const [current] = await repo.findUsers(db, id);
  if (!current) throw new NotFound({ code: 'user.notFound' });
  const role = body.role ?? current.role;
  const hospitalId = body.hospitalId === undefined ? current.hospitalId : body.hospitalId;
  if (role === 'reader' && !hospitalId) {
    throw new Invalid({ code: 'user.readerNeedsHospital' }, [fieldProblem('body.hospitalId', 'user.readerNeedsHospital')]);
  }
  // Left out, the clinic stays while it still fits: the same hospital and still a reader.
  const unitId = body.unitId !== undefined ? body.unitId : role === 'reader' && hospitalId === current.hospitalId ? current.unitId : null;
  await checkUnit(db, role, hospitalId, unitId);
  if (id === actor.id && (body.active === false || (body.role && body.role !== 'admin'))) {
    throw new Invalid({ code: 'user.selfChange' });
  }
  await db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, id, { name: body.name, role, hospitalId, unitId, active: body.active });
    if (body.active === false) await endUserSessions(trx, id);
    await recordAudit(trx, { actorId: actor.id, action: 'user_changed', details: { userId: id, fields: Object.keys(body) } });
  });
  // A new role or hospital must hold from the user's next request, not a second later.
  sessionCache.forgetAll();
  return (await repo.findUsers(db, id))[0];
}

export async function endSessions(db: RootDb, actor: Actor, userId: string): Promise<number> {
  authorize(canManageUsers(actor));
  return db.transaction().execute(async (trx) => {
    const revoked = await endUserSessions(trx, userId);
    await recordAudit(trx, { actorId: actor.id, action: 'sessions_revoked', details: { userId } });
    return revoked;
  });
}
