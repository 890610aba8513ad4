import type {
  AssessmentBody,
  Conformance,
  NationalModelView,
  Programme,
  ProgrammeAssessment,
  ProgrammeBody,
  ProgrammeDocument,
  ProgrammeList,
} from '../../../contract/programmes.js';
import { currentModel, MODEL_GROUP_TEXTS, MODEL_POINT_GROUPS, type NationalModel } from '../../../surveys/leadership-model.js';
import type { Db, RootDb } from '../../db/database.js';
import { checkDocument } from '../../files/stored-document.js';
import { Conflict, fieldProblem, Invalid, NotFound } from '../../http/errors.js';
import type { Actor } from '../../permissions.js';
import { recordAudit } from '../audit/repository.js';
import { conformanceMatrix, programmeGaps, regionComparison, statusCounts, type Judged } from './conformance.js';
import * as repo from './repository.js';

const region = (row: { region_code: string; region_sv: string; region_en: string }) => ({
  code: row.region_code,
  name: { sv: row.region_sv, en: row.region_en },
});

export const toProgramme = (row: repo.ProgrammeRow): Programme => ({
  id: row.id,
  region: region(row),
  name: row.name,
  programmeType: row.programme_type,
  doctorsOnly: row.doctors_only,
  aimedAtJunior: row.aimed_at_junior,
  status: row.status,
  lengthMonths: row.length_months === null ? null : Number(row.length_months),
  includesUgl: row.includes_ugl,
  placesPerYear: row.places_per_year,
  updatedAt: row.updated_at.toISOString(),
});

export async function programmeList(db: Db): Promise<ProgrammeList> {
  const regionRows = await repo.regions(db);
  const rows = await repo.listProgrammes(db);
  return { regions: regionRows.map((r) => ({ code: r.code, name: { sv: r.name_sv, en: r.name_en } })), programmes: rows.map(toProgramme) };
}

async function existingProgramme(db: Db, id: string): Promise<repo.ProgrammeRow> {
  const row = await repo.findProgramme(db, id);
  if (!row) throw new NotFound({ code: 'programme.notFound' });
  return row;
}

export async function programme(db: Db, id: string): Promise<Programme> {
  return toProgramme(await existingProgramme(db, id));
}

/** The region must be one of the 21, and a region's programmes have names of their own. */
async function checkProgramme(db: Db, body: ProgrammeBody, id: string | null): Promise<void> {
  if (!(await repo.regionExists(db, body.regionCode))) {
    throw new Invalid({ code: 'programme.regionUnknown', params: { region: body.regionCode } }, [
      fieldProblem('body.regionCode', 'programme.regionUnknown', { region: body.regionCode }),
    ]);
  }
  const name = body.name.trim();
  if (await repo.namesakeExists(db, body.regionCode, name, id)) throw nameTaken(name);
}

const nameTaken = (name: string) => new Conflict({ code: 'programme.nameTaken', params: { name } });

/** Two admins saving the same name at once: the second meets the unique key, and hears the same as after the check. */
async function unlessNameTaken<T>(name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw nameTaken(name.trim());
    throw error;
  }
}

export async function createProgramme(db: RootDb, actor: Actor, body: ProgrammeBody): Promise<Programme> {
  return unlessNameTaken(body.name, () =>
    db.transaction().execute(async (trx) => {
      await checkProgramme(trx, body, null);
      const id = await repo.insertProgramme(trx, body);
      await recordAudit(trx, { actorId: actor.id, action: 'programme_saved', details: { programmeId: id, created: true } });
      return toProgramme((await repo.findProgramme(trx, id))!);
    }),
  );
}

export async function updateProgramme(db: RootDb, actor: Actor, id: string, body: ProgrammeBody, now: Date): Promise<Programme> {
  return unlessNameTaken(body.name, () =>
    db.transaction().execute(async (trx) => {
      await existingProgramme(trx, id);
      await checkProgramme(trx, body, id);
      await repo.updateProgramme(trx, id, body, now);
      await recordAudit(trx, { actorId: actor.id, action: 'programme_saved', details: { programmeId: id } });
      return toProgramme((await repo.findProgramme(trx, id))!);
    }),
  );
}

/** Its documents and judgements go with it; a programme something else refers to (the mapping) stays. */
export async function removeProgramme(db: RootDb, actor: Actor, id: string): Promise<void> {
  try {
    await db.transaction().execute(async (trx) => {
      if (!(await repo.deleteProgramme(trx, id))) throw new NotFound({ code: 'programme.notFound' });
      await recordAudit(trx, { actorId: actor.id, action: 'programme_removed', details: { programmeId: id } });
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23503') throw new Conflict({ code: 'programme.inUse' });
    throw error;
  }
}

export function modelView(model: NationalModel = currentModel()): NationalModelView {
  return {
    version: model.version,
    title: model.title,
    groups: MODEL_POINT_GROUPS.map((key) => ({ key, text: MODEL_GROUP_TEXTS[key] })),
    points: model.points.map((p) => ({ key: p.key, group: p.group, text: p.text })),
  };
}

const pointKeys = (model: NationalModel) => model.points.map((p) => p.key);
const judged = (rows: { programme_id: string; point_key: string; status: Judged['status'] }[]): Judged[] =>
  rows.map((r) => ({ programmeId: r.programme_id, pointKey: r.point_key, status: r.status }));

const toDocument = (d: Awaited<ReturnType<typeof repo.documentsOf>>[number]): ProgrammeDocument => ({
  id: d.id,
  fileName: d.file_name,
  mediaType: d.media_type,
  sizeBytes: d.size_bytes,
  sha256: d.sha256.toString('hex'),
  uploadedAt: d.uploaded_at.toISOString(),
});

/** One programme against the current model: every judgement, the counts, the gaps, its documents. */
export async function programmeAssessment(db: Db, id: string): Promise<ProgrammeAssessment> {
  const model = currentModel();
  const row = await existingProgramme(db, id);
  const rows = await repo.judgements(db, model.version, id);
  const keys = pointKeys(model);
  const known = rows.filter((r) => keys.includes(r.point_key));
  return {
    programme: toProgramme(row),
    modelVersion: model.version,
    judgements: known
      .sort((a, b) => keys.indexOf(a.point_key) - keys.indexOf(b.point_key))
      .map((r) => ({
        pointKey: r.point_key,
        status: r.status,
        evidence: r.evidence,
        documentId: r.document_id,
        note: r.note,
        assessedAt: r.assessed_at.toISOString(),
      })),
    counts: statusCounts(keys, judged(known), id),
    gaps: programmeGaps(keys, judged(known), id),
    documents: (await repo.documentsOf(db, id)).map(toDocument),
  };
}

const blankToNull = (text: string | undefined) => (text === undefined || text.trim() === '' ? null : text.trim());

/** Judges one point of the current model; judging it again replaces the judgement. */
export async function assess(db: RootDb, actor: Actor, id: string, pointKey: string, body: AssessmentBody, now: Date): Promise<ProgrammeAssessment> {
  const model = currentModel();
  if (!model.points.some((p) => p.key === pointKey)) {
    throw new Invalid({ code: 'programme.pointUnknown', params: { point: pointKey, version: model.version } }, [
      fieldProblem('params.pointKey', 'programme.pointUnknown', { point: pointKey, version: model.version }),
    ]);
  }
  await db.transaction().execute(async (trx) => {
    await existingProgramme(trx, id);
    if (body.documentId !== undefined && !(await repo.documentBelongs(trx, id, body.documentId))) {
      throw new Invalid({ code: 'programme.documentUnknown' }, [fieldProblem('body.documentId', 'programme.documentUnknown')]);
    }
    await repo.saveJudgement(trx, {
      programmeId: id,
      modelVersion: model.version,
      pointKey,
      status: body.status,
      evidence: blankToNull(body.evidence),
      documentId: body.documentId ?? null,
      note: blankToNull(body.note),
      assessedBy: actor.id,
      assessedAt: now,
    });
    await recordAudit(trx, { actorId: actor.id, action: 'programme_assessed', details: { programmeId: id, pointKey, status: body.status } });
  });
  return programmeAssessment(db, id);
}

/**
 * Every programme with at least one point judged against the current model, side by side; a
 * programme not yet looked at would only add a column of blanks.
 */
export async function conformance(db: Db): Promise<Conformance> {
  const model = currentModel();
  const keys = pointKeys(model);
  const all = judged(await repo.judgements(db, model.version)).filter((j) => keys.includes(j.pointKey));
  const assessed = new Set(all.map((j) => j.programmeId));
  const rows = (await repo.listProgrammes(db)).filter((p) => assessed.has(p.id));
  const ids = rows.map((p) => p.id);
  const regionOf = new Map(rows.map((p) => [p.region_code, region(p)]));
  return {
    model: modelView(model),
    programmes: rows.map(toProgramme),
    matrix: conformanceMatrix(keys, ids, all),
    counts: ids.map((id) => statusCounts(keys, all, id)),
    regions: regionComparison(
      keys,
      rows.map((p) => ({ id: p.id, regionCode: p.region_code })),
      all,
    ).map(({ regionCode, ...rest }) => ({ region: regionOf.get(regionCode)!, ...rest })),
  };
}

export async function uploadDocument(db: RootDb, actor: Actor, id: string, fileName: string, bytes: Buffer, now: Date): Promise<string> {
  const { mediaType, sha256 } = checkDocument(fileName, bytes);
  return db.transaction().execute(async (trx) => {
    await existingProgramme(trx, id);
    const documentId = await repo.insertDocument(trx, { programmeId: id, fileName, mediaType, content: bytes, sha256, uploadedBy: actor.id, uploadedAt: now });
    await recordAudit(trx, { actorId: actor.id, action: 'programme_document_uploaded', details: { programmeId: id, documentId, bytes: bytes.length } });
    return documentId;
  });
}

export async function documentFile(db: Db, id: string, documentId: string) {
  const file = await repo.documentFile(db, id, documentId);
  if (!file) throw new NotFound({ code: 'programme.documentNotFound' });
  return file;
}

/** A judgement that quoted the document keeps its quote; only the link to the file goes. */
export async function removeDocument(db: RootDb, actor: Actor, id: string, documentId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (!(await repo.deleteDocument(trx, id, documentId))) throw new NotFound({ code: 'programme.documentNotFound' });
    await recordAudit(trx, { actorId: actor.id, action: 'programme_document_removed', details: { programmeId: id, documentId } });
  });
}
