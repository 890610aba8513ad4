import type { Db } from '../../db/database.js';
import type { CreateHospitalBody, CreateUnitBody, Hospital, Unit } from '../../../contract/hospitals.js';

const unitColumns = ['id', 'hospital_id as hospitalId', 'code', 'name', 'specialty', 'specialty_group as specialtyGroup'] as const;

export async function listHospitals(db: Db, onlyId?: string): Promise<Hospital[]> {
  let hospitals = db.selectFrom('hospitals').select(['id', 'code', 'name', 'region', 'pool_only as poolOnly']).orderBy('name');
  if (onlyId) hospitals = hospitals.where('id', '=', onlyId);
  const [rows, units] = await Promise.all([hospitals.execute(), db.selectFrom('units').select(unitColumns).orderBy('name').execute()]);
  return rows.map((h) => ({ ...h, units: units.filter((u) => u.hospitalId === h.id) }));
}

export async function insertHospital(db: Db, input: CreateHospitalBody): Promise<string> {
  const row = await db
    .insertInto('hospitals')
    .values({ code: input.code, name: input.name, region: input.region ?? null, pool_only: input.poolOnly ?? false })
    // Either unique index: the code, or the code without regard to case (the pool compares codes so).
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? '';
}

export async function insertUnit(db: Db, hospitalId: string, input: CreateUnitBody): Promise<string> {
  const row = await db
    .insertInto('units')
    .values({
      hospital_id: hospitalId,
      code: input.code,
      name: input.name,
      specialty: input.specialty,
      specialty_group: input.specialtyGroup,
    })
    .onConflict((oc) => oc.columns(['hospital_id', 'code']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? '';
}

export async function findUnits(db: Db, unitIds: readonly string[]): Promise<Unit[]> {
  if (unitIds.length === 0) return [];
  return db.selectFrom('units').select(unitColumns).where('id', 'in', unitIds).orderBy('name').execute();
}

/** Registered only for the national pool's answers (0014): not a hospital to review. */
export async function isPoolOnly(db: Db, id: string): Promise<boolean> {
  const row = await db.selectFrom('hospitals').select('pool_only').where('id', '=', id).executeTakeFirst();
  return row?.pool_only ?? false;
}

export async function hospitalExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('hospitals').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}
