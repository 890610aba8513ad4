import type { Db } from '../../db/database.js';
import type { CompiledSurvey, SurveyDefinitionContent } from './compiler.js';

export interface StoredVersion {
  id: string;
  hash: string;
  createdAt: Date;
}

/** Stores a compiled version unless it is there already; returns its row. */
export async function storeVersion(db: Db, survey: CompiledSurvey): Promise<StoredVersion> {
  const { key, hash, id: _id, ...content } = survey;
  await db
    .insertInto('survey_versions')
    .values({ survey_key: key, hash, definition: JSON.stringify(content) })
    .onConflict((oc) => oc.columns(['survey_key', 'hash']).doNothing())
    .execute();
  const row = await db
    .selectFrom('survey_versions')
    .select(['id', 'hash', 'created_at as createdAt'])
    .where('survey_key', '=', key)
    .where('hash', '=', hash)
    .executeTakeFirstOrThrow();
  return row;
}

export async function listVersions(db: Db, key: string): Promise<StoredVersion[]> {
  return db
    .selectFrom('survey_versions')
    .select(['id', 'hash', 'created_at as createdAt'])
    .where('survey_key', '=', key)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** A stored version by its 12-digit id (hash prefix). */
export async function findVersion(db: Db, key: string, versionId: string): Promise<(CompiledSurvey & { rowId: string }) | undefined> {
  const row = await db
    .selectFrom('survey_versions')
    .select(['id', 'hash', 'definition'])
    .where('survey_key', '=', key)
    .where('hash', 'like', `${versionId}%`)
    .executeTakeFirst();
  if (!row) return undefined;
  const content = row.definition as SurveyDefinitionContent;
  return { key, hash: row.hash, id: row.hash.slice(0, 12), rowId: row.id, ...content };
}
