import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { answersOfReview } from './repository.js';

/** Every written suggestion of a review with the inspectors' notes on it, in no meaningful order. */
export function suggestionAnswers(db: Db, reviewId: string) {
  return db
    .selectFrom('answers as a')
    .innerJoin('responses as r', 'r.id', 'a.response_id')
    .innerJoin('campaigns as c', 'c.id', 'r.campaign_id')
    .leftJoin('suggestion_notes as n', (join) => join.onRef('n.response_id', '=', 'a.response_id').onRef('n.item_id', '=', 'a.item_id'))
    .select([
      'a.response_id as responseId',
      'a.item_id as itemId',
      'a.text_value as text',
      'r.role',
      'c.suggestion_salt as salt',
      sql<string[]>`coalesce(n.themes, '{}')`.as('themes'),
      sql<string[]>`coalesce(n.areas::text[], '{}')`.as('areas'),
      sql<boolean>`coalesce(n.starred, false)`.as('starred'),
    ])
    .where('r.campaign_id', '=', reviewId)
    .where(answersOfReview(reviewId))
    .where('a.item_id', 'like', 'suggestion-%')
    .where('a.text_value', 'is not', null)
    .execute();
}

/** The themes the review's inspectors added to the default ones. */
export function ownThemes(db: Db, reviewId: string) {
  return db.selectFrom('review_themes').select(['key', 'label']).where('campaign_id', '=', reviewId).orderBy('label').execute();
}

/** Adds a theme; a key the review already has is left as it is. */
export async function insertTheme(db: Db, reviewId: string, key: string, label: string): Promise<void> {
  await db
    .insertInto('review_themes')
    .values({ campaign_id: reviewId, key, label })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Sets the notes on one suggestion, changing only what `changes` names. */
export async function upsertSuggestionNote(
  db: Db,
  reviewId: string,
  suggestion: { responseId: string; itemId: string },
  changes: { themes?: string[]; areas?: string[]; starred?: boolean },
): Promise<void> {
  const areas = (list: string[]) => sql`${sql.val(list)}::area_code[]` as unknown as string[];
  await db
    .insertInto('suggestion_notes')
    .values({
      response_id: suggestion.responseId,
      item_id: suggestion.itemId,
      campaign_id: reviewId,
      themes: changes.themes ?? [],
      areas: areas(changes.areas ?? []),
      starred: changes.starred ?? false,
    })
    .onConflict((oc) =>
      oc.columns(['response_id', 'item_id']).doUpdateSet({
        ...(changes.themes && { themes: changes.themes }),
        ...(changes.areas && { areas: areas(changes.areas) }),
        ...(changes.starred !== undefined && { starred: changes.starred }),
      }),
    )
    .execute();
}
