import type { Target } from '../../../contract/targets.js';
import type { Db } from '../../db/database.js';

/** The hospital's own set for the latest year up to `year`, with its targets in order; undefined if none. */
export async function latestSetUpTo(db: Db, hospitalId: string, year: number) {
  const set = await db
    .selectFrom('target_sets as s')
    .leftJoin('users as u', 'u.id', 's.updated_by')
    .select(['s.id', 's.year', 's.updated_at as updatedAt', 'u.name as updatedBy'])
    .where('s.hospital_id', '=', hospitalId)
    .where('s.year', '<=', year)
    .orderBy('s.year', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!set) return undefined;
  const rows = await db.selectFrom('targets').selectAll().where('set_id', '=', set.id).orderBy('position').execute();
  const targets = rows.map((r): Target => ({
    key: r.key,
    label: { sv: r.label_sv, en: r.label_en },
    measure: r.item_id && r.role ? { itemId: r.item_id, role: r.role } : null,
    comparison: r.comparison,
    threshold: r.threshold === null ? null : Number(r.threshold),
    unit: { sv: r.unit_sv, en: r.unit_en },
  }));
  return { year: set.year, updatedAt: set.updatedAt, updatedBy: set.updatedBy, targets };
}

/** Replaces the hospital's set for `year` (only that year's); call it in a transaction. */
export async function replaceSet(db: Db, hospitalId: string, year: number, targets: readonly Target[], userId: string): Promise<void> {
  const { id } = await db
    .insertInto('target_sets')
    .values({ hospital_id: hospitalId, year, updated_by: userId })
    .onConflict((oc) => oc.columns(['hospital_id', 'year']).doUpdateSet({ updated_by: userId, updated_at: new Date() }))
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.deleteFrom('targets').where('set_id', '=', id).execute();
  if (targets.length === 0) return;
  await db
    .insertInto('targets')
    .values(
      targets.map((target, position) => ({
        set_id: id,
        key: target.key,
        position,
        label_sv: target.label.sv,
        label_en: target.label.en,
        item_id: target.measure?.itemId ?? null,
        role: target.measure?.role ?? null,
        comparison: target.comparison,
        threshold: target.threshold,
        unit_sv: target.unit.sv,
        unit_en: target.unit.en,
      })),
    )
    .execute();
}
