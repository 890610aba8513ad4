import type { Db, RootDb } from '../../db/database.js';
import { Conflict, fieldProblem, Invalid, Unauthorized } from '../../http/errors.js';
import { hashPassword, verifyPassword } from '../../security/passwords.js';
import { hashToken, newToken } from '../../security/tokens.js';
import { recordAudit } from '../audit/repository.js';
import { queueMails } from '../mail/repository.js';
import { passwordResetMail } from './mail-templates.js';
import * as repo from './repository.js';
import { sessionCache } from './session-cache.js';

export const SESSION_HOURS = 12;
const RESET_MINUTES = 60;

/** Logs in; a wrong password and an unknown email give the same answer, in the same time. */
export async function login(db: Db, email: string, password: string): Promise<{ token: string; expiresAt: Date; user: repo.SessionUser }> {
  const user = await repo.findUserByEmail(db, email);
  const ok = await verifyPassword(user?.active ? user.passwordHash : undefined, password);
  if (!user || !ok) throw new Unauthorized({ code: 'auth.wrongCredentials' });
  const { token, hash } = newToken();
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
  await repo.insertSession(db, hash, user.id, expiresAt);
  await recordAudit(db, { actorId: user.id, action: 'login' });
  return { token, expiresAt, user: { id: user.id, email: user.email, name: user.name, role: user.role, hospitalId: user.hospitalId } };
}

export async function logout(db: Db, token: string, actorId: string): Promise<void> {
  await repo.revokeSession(db, hashToken(token));
  sessionCache.forgetAll();
  await recordAudit(db, { actorId, action: 'logout' });
}

/** Ends every session of a user: from this server's next request on, none of them works. */
export async function endUserSessions(db: Db, userId: string): Promise<number> {
  const ended = await repo.revokeUserSessions(db, userId);
  sessionCache.forgetAll();
  return ended;
}

export function sessionUser(db: Db, token: string): Promise<repo.SessionUser | undefined> {
  const hash = hashToken(token);
  return sessionCache.resolve(hash.toString('base64'), () => repo.findSessionUser(db, hash));
}

/** Queues a reset mail when the address is known; the caller answers the same either way. */
export async function requestPasswordReset(db: RootDb, email: string, publicUrl: string): Promise<boolean> {
  const user = await repo.findUserByEmail(db, email);
  if (!user?.active) return false;
  const { token, hash } = newToken();
  await db.transaction().execute(async (trx) => {
    await repo.insertPasswordReset(trx, hash, user.id, new Date(Date.now() + RESET_MINUTES * 60_000));
    const mail = passwordResetMail({ name: user.name, link: `${publicUrl}/reset-password#${token}`, minutes: RESET_MINUTES });
    await queueMails(trx, [{ kind: 'password_reset', campaignId: null, recipient: user.email, ...mail }]);
  });
  return true;
}

export async function resetPassword(db: RootDb, token: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    const userId = await repo.consumePasswordReset(trx, hashToken(token));
    if (!userId) throw new Invalid({ code: 'auth.resetLinkInvalid' });
    await repo.setPassword(trx, userId, passwordHash);
    // A reset means the old password may be known to someone else: end every session.
    await endUserSessions(trx, userId);
    await recordAudit(trx, { actorId: userId, action: 'password_reset' });
  });
}

/**
 * First start: while no admin exists, a one-time setup token (printed to the console) lets
 * the person who installed the platform create the first admin in the browser.
 */
export class FirstAdminSetup {
  private token: string | null = null;

  async begin(db: Db): Promise<string | null> {
    if (await repo.adminExists(db)) return null;
    this.token ??= newToken().token;
    return this.token;
  }

  async complete(db: RootDb, token: string, admin: { email: string; name: string; password: string }): Promise<void> {
    if (!this.token || token !== this.token) throw new Invalid({ code: 'auth.setupLinkInvalid' });
    const passwordHash = await hashPassword(admin.password);
    await db.transaction().execute(async (trx) => {
      if (await repo.adminExists(trx)) throw new Conflict({ code: 'auth.adminExists' });
      await createUser(trx, null, { ...admin, role: 'admin', hospitalId: null, passwordHash });
    });
    this.token = null;
  }
}

export async function createUser(
  db: Db,
  actorId: string | null,
  user: { email: string; name: string; role: 'admin' | 'inspector' | 'reader'; hospitalId: string | null; unitId?: string | null; passwordHash: string },
): Promise<string> {
  if (user.role === 'reader' && !user.hospitalId) {
    throw new Invalid({ code: 'user.readerNeedsHospital' }, [fieldProblem('body.hospitalId', 'user.readerNeedsHospital')]);
  }
  const userId = await repo.insertUser(db, user);
  if (!userId) throw new Conflict({ code: 'user.emailTaken', params: { email: user.email } });
  await recordAudit(db, { actorId, action: 'user_created', details: { userId, role: user.role } });
  return userId;
}
