import type { RootDb } from '../../db/database.js';
import { NotFound } from '../../http/errors.js';
import { ImportRejected } from '../../files/import-problem.js';
import type { Actor } from '../../permissions.js';
import { recordAudit } from '../audit/repository.js';
import { readImportTable } from '../respondents/table-file.js';
import * as repo from './repository.js';
import { validateReviewRows } from './rows.js';

/** Earlier external reviews of a hospital's units from CSV or XLSX: all rows or, with any problem, none. */
export async function importRecordedReviews(db: RootDb, actor: Actor, hospitalId: string, file: Buffer, today: string): Promise<number> {
  const table = await readImportTable(file);
  return db.transaction().execute(async (trx) => {
    if ((await repo.hospitalName(trx, hospitalId)) === undefined) throw new NotFound({ code: 'hospital.notFound' });
    const units = await repo.scopeUnits(trx, { hospitalId });
    const { rows, problems } = validateReviewRows(
      table.header,
      table.rows,
      units.map((u) => ({ id: u.unitId, code: u.code, name: u.name, specialty: u.specialty })),
      today,
    );
    if (problems.length > 0) throw new ImportRejected(problems);
    await repo.insertRecordedReviews(trx, rows, 'import', actor.id);
    await recordAudit(trx, { actorId: actor.id, action: 'external_reviews_imported', details: { hospitalId, count: rows.length } });
    return rows.length;
  });
}
