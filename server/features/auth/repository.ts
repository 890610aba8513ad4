import { sql } from 'kysely';
import type { UserRole } from '../../../contract/auth.js';
import type { Db } from '../../db/database.js';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  hospitalId: string | null;
  unitId?: string | null;
}

export async function findUserByEmail(db: Db, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'hospital_id as hospitalId', 'password_hash as passwordHash', 'active'])
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
}

export async function insertSession(db: Db, tokenHash: Buffer, userId: string, expiresAt: Date): Promise<void> {
  await db.insertInto('sessions').values({ token_hash: tokenHash, user_id: userId, expires_at: expiresAt }).execute();
}

/** The active user of a live, unrevoked session. */
export async function findSessionUser(db: Db, tokenHash: Buffer): Promise<SessionUser | undefined> {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.email', 'users.name', 'users.role', 'users.hospital_id as hospitalId', 'users.unit_id as unitId'])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', sql<Date>`now()`)
    .where('users.active', '=', true)
    .executeTakeFirst();
}

export async function revokeSession(db: Db, tokenHash: Buffer): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: sql`now()` })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function revokeUserSessions(db: Db, userId: string): Promise<number> {
  const result = await db
    .updateTable('sessions')
    .set({ revoked_at: sql`now()` })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function insertPasswordReset(db: Db, tokenHash: Buffer, userId: string, expiresAt: Date): Promise<void> {
  await db.insertInto('password_resets').values({ token_hash: tokenHash, user_id: userId, expires_at: expiresAt }).execute();
}

/** Marks a reset token used if it is valid; returns its user. One statement, so it is used once. */
export async function consumePasswordReset(db: Db, tokenHash: Buffer): Promise<string | undefined> {
  const row = await db
    .updateTable('password_resets')
    .set({ used_at: sql`now()` })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .returning('user_id')
    .executeTakeFirst();
  return row?.user_id;
}

/** Sets the password and ends every reset link of the account still open: a new password makes them moot. */
export async function setPassword(db: Db, userId: string, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
  await db
    .updateTable('password_resets')
    .set({ used_at: sql`now()` })
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
}

export async function adminExists(db: Db): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').where('role', '=', 'admin').limit(1).executeTakeFirst();
  return row !== undefined;
}

/** The logged-in person's own account, as the app shows it. */
export async function findAccount(db: Db, userId: string) {
  return db.selectFrom('users').select(['id', 'email', 'name', 'role', 'hospital_id as hospitalId']).where('id', '=', userId).executeTakeFirstOrThrow();
}

/** Inserts an account; undefined when the address is taken (the unique index decides, so two at once cannot both win). */
export async function insertUser(
  db: Db,
  user: { email: string; name: string; role: 'admin' | 'inspector' | 'reader'; hospitalId: string | null; unitId?: string | null; passwordHash: string },
): Promise<string | undefined> {
  const row = await db
    .insertInto('users')
    .values({
      email: user.email,
      name: user.name,
      role: user.role,
      hospital_id: user.hospitalId,
      unit_id: user.unitId ?? null,
      password_hash: user.passwordHash,
    })
    .returning('id')
    .executeTakeFirst()
    .catch((error: { code?: string }) => {
      if (error.code === '23505') return undefined;
      throw error;
    });
  return row?.id;
}
