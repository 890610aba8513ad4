import type { Db } from '../../db/database.js';
import type { Organisation } from '../../../contract/organisations.js';

export async function listOrganisations(db: Db, onlyWithHospital?: string): Promise<Organisation[]> {
  let query = db.selectFrom('organisations').select(['id', 'name', 'grid_published as gridPublished']).orderBy('name');
  if (onlyWithHospital) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('organisation_hospitals as oh')
          .select('oh.hospital_id')
          .whereRef('oh.organisation_id', '=', 'organisations.id')
          .where('oh.hospital_id', '=', onlyWithHospital),
      ),
    );
  }
  const [rows, members] = await Promise.all([
    query.execute(),
    db
      .selectFrom('organisation_hospitals as oh')
      .innerJoin('hospitals as h', 'h.id', 'oh.hospital_id')
      .select(['oh.organisation_id as organisationId', 'h.id', 'h.name'])
      .orderBy('h.name')
      .execute(),
  ]);
  return rows.map((o) => ({ ...o, hospitals: members.filter((m) => m.organisationId === o.id).map(({ id, name }) => ({ id, name })) }));
}

export async function findOrganisation(db: Db, id: string): Promise<Organisation | undefined> {
  return (await listOrganisations(db)).find((o) => o.id === id);
}

export async function organisationByName(db: Db, name: string) {
  return db.selectFrom('organisations').select('id').where('name', '=', name).executeTakeFirst();
}

/** Hospitals among these that belong to another organisation than `except`. */
export async function hospitalsTaken(db: Db, hospitalIds: readonly string[], except: string | null) {
  let query = db
    .selectFrom('organisation_hospitals as oh')
    .innerJoin('organisations as o', 'o.id', 'oh.organisation_id')
    .innerJoin('hospitals as h', 'h.id', 'oh.hospital_id')
    .select(['h.name as hospital', 'o.name as organisation'])
    .where('oh.hospital_id', 'in', hospitalIds);
  if (except) query = query.where('oh.organisation_id', '<>', except);
  return query.execute();
}

export async function countHospitals(db: Db, hospitalIds: readonly string[]): Promise<number> {
  const row = await db
    .selectFrom('hospitals')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('id', 'in', hospitalIds)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function saveOrganisation(
  db: Db,
  id: string | null,
  input: { name: string; hospitalIds: readonly string[]; gridPublished: boolean },
): Promise<string> {
  const saved = id
    ? await db
        .updateTable('organisations')
        .set({ name: input.name, grid_published: input.gridPublished })
        .where('id', '=', id)
        .returning('id')
        .executeTakeFirstOrThrow()
    : await db.insertInto('organisations').values({ name: input.name, grid_published: input.gridPublished }).returning('id').executeTakeFirstOrThrow();
  await db.deleteFrom('organisation_hospitals').where('organisation_id', '=', saved.id).execute();
  await db
    .insertInto('organisation_hospitals')
    .values(input.hospitalIds.map((hospitalId) => ({ organisation_id: saved.id, hospital_id: hospitalId })))
    .execute();
  return saved.id;
}

/** The organisation's clinics: every unit of its hospitals. */
export async function organisationUnits(db: Db, organisationId: string) {
  return db
    .selectFrom('organisation_hospitals as oh')
    .innerJoin('hospitals as h', 'h.id', 'oh.hospital_id')
    .innerJoin('units as u', 'u.hospital_id', 'h.id')
    .select(['u.id', 'u.name', 'h.name as hospitalName'])
    .where('oh.organisation_id', '=', organisationId)
    .orderBy('h.name')
    .orderBy('u.name')
    .execute();
}
