import type { Db } from '../../db/database.js';
import type { UserRole } from '../../../contract/auth.js';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  hospitalId: string | null;
  unitId: string | null;
  active: boolean;
  createdAt: Date;
}

/** All accounts by name, or the one with `id`. */
export async function findUsers(db: Db, id?: string): Promise<UserRow[]> {
  let query = db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'hospital_id as hospitalId', 'unit_id as unitId', 'active', 'created_at as createdAt'])
    .orderBy('name');
  if (id) query = query.where('id', '=', id);
  return query.execute();
}

export async function updateUser(
  db: Db,
  id: string,
  change: { name?: string; role: UserRole; hospitalId: string | null; unitId: string | null; active?: boolean },
): Promise<void> {
  await db
    .updateTable('users')
    .set({
      ...(change.name !== undefined && { name: change.name }),
      role: change.role,
      hospital_id: change.hospitalId,
      unit_id: change.unitId,
      ...(change.active !== undefined && { active: change.active }),
    })
    .where('id', '=', id)
    .execute();
}

/** The hospital a unit belongs to, or undefined when there is no such unit. */
export async function unitHospital(db: Db, unitId: string): Promise<string | undefined> {
  return (await db.selectFrom('units').select('hospital_id').where('id', '=', unitId).executeTakeFirst())?.hospital_id;
}
