import type { ProgrammeBody } from '../../../contract/programmes.js';
import type { ConformanceStatus, Db } from '../../db/database.js';

/** All SQL of leadership programmes, their documents and their judgements against the national model. */

export const regions = (db: Db) => db.selectFrom('regions').select(['code', 'name_sv', 'name_en']).orderBy('name_sv').execute();

export const regionExists = async (db: Db, code: string) =>
  (await db.selectFrom('regions').select('code').where('code', '=', code).executeTakeFirst()) !== undefined;

const programmeColumns = [
  'p.id',
  'p.region_code',
  'r.name_sv as region_sv',
  'r.name_en as region_en',
  'p.name',
  'p.programme_type',
  'p.doctors_only',
  'p.aimed_at_junior',
  'p.status',
  'p.length_months',
  'p.includes_ugl',
  'p.places_per_year',
  'p.updated_at',
] as const;

const programmes = (db: Db) => db.selectFrom('programmes as p').innerJoin('regions as r', 'r.code', 'p.region_code').select(programmeColumns);

export type ProgrammeRow = Awaited<ReturnType<typeof listProgrammes>>[number];

/** By region (its Swedish name, as the lists of regions are read), then by name. */
export const listProgrammes = (db: Db) => programmes(db).orderBy('r.name_sv').orderBy('p.name').orderBy('p.id').execute();

export const findProgramme = (db: Db, id: string) => programmes(db).where('p.id', '=', id).executeTakeFirst();

/** Another programme of the region with this name (the table's unique key, checked first to say so kindly). */
export async function namesakeExists(db: Db, regionCode: string, name: string, exceptId: string | null): Promise<boolean> {
  let query = db.selectFrom('programmes').select('id').where('region_code', '=', regionCode).where('name', '=', name);
  if (exceptId !== null) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

const columns = (body: ProgrammeBody) => ({
  region_code: body.regionCode,
  name: body.name.trim(),
  programme_type: body.programmeType,
  doctors_only: body.doctorsOnly,
  aimed_at_junior: body.aimedAtJunior,
  status: body.status,
  length_months: body.lengthMonths ?? null,
  includes_ugl: body.includesUgl ?? null,
  places_per_year: body.placesPerYear ?? null,
});

export async function insertProgramme(db: Db, body: ProgrammeBody): Promise<string> {
  const row = await db.insertInto('programmes').values(columns(body)).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateProgramme(db: Db, id: string, body: ProgrammeBody, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('programmes')
    .set({ ...columns(body), updated_at: now })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteProgramme(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom('programmes').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** The judgements of one model version, of one programme or of all. */
export function judgements(db: Db, modelVersion: string, programmeId?: string) {
  let query = db
    .selectFrom('programme_assessments')
    .select(['programme_id', 'point_key', 'status', 'evidence', 'document_id', 'note', 'assessed_at'])
    .where('model_version', '=', modelVersion);
  if (programmeId !== undefined) query = query.where('programme_id', '=', programmeId);
  return query.execute();
}

export async function saveJudgement(
  db: Db,
  judgement: {
    programmeId: string;
    modelVersion: string;
    pointKey: string;
    status: ConformanceStatus;
    evidence: string | null;
    documentId: string | null;
    note: string | null;
    assessedBy: string;
    assessedAt: Date;
  },
): Promise<void> {
  const values = {
    status: judgement.status,
    evidence: judgement.evidence,
    document_id: judgement.documentId,
    note: judgement.note,
    assessed_by: judgement.assessedBy,
    assessed_at: judgement.assessedAt,
  };
  await db
    .insertInto('programme_assessments')
    .values({ programme_id: judgement.programmeId, model_version: judgement.modelVersion, point_key: judgement.pointKey, ...values })
    .onConflict((oc) => oc.columns(['programme_id', 'model_version', 'point_key']).doUpdateSet(values))
    .execute();
}

export async function insertDocument(
  db: Db,
  document: { programmeId: string; fileName: string; mediaType: string; content: Buffer; sha256: Buffer; uploadedBy: string; uploadedAt: Date },
): Promise<string> {
  const row = await db
    .insertInto('programme_documents')
    .values({
      programme_id: document.programmeId,
      file_name: document.fileName,
      media_type: document.mediaType,
      size_bytes: document.content.length,
      sha256: document.sha256,
      content: document.content,
      uploaded_by: document.uploadedBy,
      uploaded_at: document.uploadedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Without their content: a list never reads the files themselves. */
export const documentsOf = (db: Db, programmeId: string) =>
  db
    .selectFrom('programme_documents')
    .select(['id', 'file_name', 'media_type', 'size_bytes', 'sha256', 'uploaded_at'])
    .where('programme_id', '=', programmeId)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();

export const documentFile = (db: Db, programmeId: string, documentId: string) =>
  db
    .selectFrom('programme_documents')
    .select(['file_name as fileName', 'media_type as mediaType', 'content'])
    .where('programme_id', '=', programmeId)
    .where('id', '=', documentId)
    .executeTakeFirst();

export const documentBelongs = async (db: Db, programmeId: string, documentId: string) =>
  (await db.selectFrom('programme_documents').select('id').where('programme_id', '=', programmeId).where('id', '=', documentId).executeTakeFirst()) !==
  undefined;

export async function deleteDocument(db: Db, programmeId: string, documentId: string): Promise<boolean> {
  const result = await db.deleteFrom('programme_documents').where('programme_id', '=', programmeId).where('id', '=', documentId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
