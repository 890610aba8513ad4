import { sql, type Kysely } from 'kysely';
import type { Database, Db, Role } from '../../db/database.js';
import { Invalid, NotFound } from '../../http/errors.js';
import { DEFAULT_THEMES } from './themes.js';

/**
 * The review's improvement suggestions with the inspector's themes, areas and stars. A
 * suggestion is shown with its author's role only when that role answered at least as often as
 * the anonymity threshold; otherwise the role is left out.
 */
export async function listSuggestions(
  db: Db,
  campaignId: string,
  threshold: number,
  filter: { role?: string; area?: string; theme?: string; starred?: boolean },
) {
  const rows = await db
    .selectFrom('answers as a')
    .innerJoin('responses as r', 'r.id', 'a.response_id')
    .leftJoin('suggestion_notes as n', (join) => join.onRef('n.response_id', '=', 'a.response_id').onRef('n.item_id', '=', 'a.item_id'))
    .select([
      'a.response_id as responseId',
      'a.item_id as itemId',
      'a.text_value as text',
      'r.role',
      sql<string[]>`coalesce(n.themes, '{}')`.as('themes'),
      sql<string[]>`coalesce(n.areas::text[], '{}')`.as('areas'),
      sql<boolean>`coalesce(n.starred, false)`.as('starred'),
    ])
    .where('r.campaign_id', '=', campaignId)
    .where('a.item_id', 'like', 'suggestion-%')
    .where('a.text_value', 'is not', null)
    .orderBy('a.response_id')
    .orderBy('a.item_id')
    .execute();
  const respondents = await db
    .selectFrom('responses')
    .select(['role', sql<string>`count(*)`.as('n')])
    .where('campaign_id', '=', campaignId)
    .groupBy('role')
    .execute();
  const shownRoles = new Set(respondents.filter((r) => Number(r.n) >= threshold).map((r) => r.role as Role));
  const all = rows.map((r) => ({
    key: `${r.responseId}:${r.itemId}`,
    text: r.text!,
    role: shownRoles.has(r.role) ? r.role : null,
    themes: r.themes,
    areas: r.areas,
    starred: r.starred,
  }));
  const themes = await themesOf(db, campaignId);
  return {
    suggestions: all.filter(
      (s) =>
        (!filter.role || s.role === filter.role) &&
        (!filter.area || s.areas.includes(filter.area)) &&
        (!filter.theme || s.themes.includes(filter.theme)) &&
        (filter.starred === undefined || s.starred === filter.starred),
    ),
    themes: themes.map((t) => ({ ...t, count: all.filter((s) => s.themes.includes(t.key)).length })),
  };
}

export async function themesOf(db: Db, campaignId: string) {
  const own = await db.selectFrom('review_themes').select(['key', 'label']).where('campaign_id', '=', campaignId).orderBy('label').execute();
  return [...DEFAULT_THEMES.map((t) => ({ key: t.key, label: { ...t.label } })), ...own.map((t) => ({ key: t.key, label: { sv: t.label, en: t.label } }))];
}

export async function addTheme(db: Db, campaignId: string, label: string): Promise<string> {
  const key = label
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'theme';
  await db.insertInto('review_themes').values({ campaign_id: campaignId, key, label }).onConflict((oc) => oc.doNothing()).execute();
  return key;
}

export async function updateSuggestion(
  db: Kysely<Database>,
  campaignId: string,
  key: string,
  changes: { themes?: string[]; areas?: string[]; starred?: boolean },
): Promise<void> {
  const match = /^(\d+):(suggestion-\d+)$/.exec(key);
  if (!match) throw new NotFound('There is no such suggestion.');
  const [, responseId, itemId] = match;
  const exists = await db
    .selectFrom('answers as a')
    .innerJoin('responses as r', 'r.id', 'a.response_id')
    .select('a.item_id')
    .where('r.campaign_id', '=', campaignId)
    .where('a.response_id', '=', responseId)
    .where('a.item_id', '=', itemId)
    .executeTakeFirst();
  if (!exists) throw new NotFound('There is no such suggestion in this review.');
  if (changes.themes) {
    const known = new Set((await themesOf(db, campaignId)).map((t) => t.key));
    const unknown = changes.themes.filter((t) => !known.has(t));
    if (unknown.length > 0) throw new Invalid('Unknown theme.', unknown.map((t) => ({ field: 'body.themes', message: `"${t}" is not a theme of this review; add it first` })));
  }
  await db
    .insertInto('suggestion_notes')
    .values({
      response_id: responseId,
      item_id: itemId,
      campaign_id: campaignId,
      themes: changes.themes ?? [],
      areas: sql`${sql.val(changes.areas ?? [])}::area_code[]` as unknown as string[],
      starred: changes.starred ?? false,
    })
    .onConflict((oc) =>
      oc.columns(['response_id', 'item_id']).doUpdateSet({
        ...(changes.themes && { themes: changes.themes }),
        ...(changes.areas && { areas: sql`${sql.val(changes.areas)}::area_code[]` as unknown as string[] }),
        ...(changes.starred !== undefined && { starred: changes.starred }),
      }),
    )
    .execute();
}
