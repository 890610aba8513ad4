import { createHash } from 'node:crypto';
import type { Db } from '../../db/database.js';
import type { Role } from '../../../contract/domain.js';
import { fieldProblem, Invalid, NotFound } from '../../http/errors.js';
import { MAIN_SURVEY } from '../reviews/service.js';
import { peopleCounts } from './repository.js';
import { insertTheme, ownThemes, suggestionAnswers, upsertSuggestionNote } from './suggestions-repository.js';
import { DEFAULT_THEMES } from './themes.js';

/** A suggestion as a report may show it: its text, and its author's role only for a large enough role. */
export interface ShownSuggestion {
  key: string;
  text: string;
  role: Role | null;
}

const keyOf = (salt: string, responseId: string, itemId: string) =>
  createHash('sha256').update(`${salt}:${responseId}:${itemId}`).digest('base64url').slice(0, 16);

/**
 * Every suggestion of the review in an order that says nothing about who wrote it: sorted by an
 * opaque key (see migration 0007). Its author's role is shown only when at least the threshold's
 * number of people of that role submitted, late additions not counted.
 */
async function suggestionRows(db: Db, reviewId: string, threshold: number) {
  const rows = await suggestionAnswers(db, reviewId);
  const people = await peopleCounts(db, reviewId, MAIN_SURVEY);
  const perRole = new Map<string, number>();
  for (const p of people) perRole.set(p.role, (perRole.get(p.role) ?? 0) + p.counted);
  return rows
    .map((r) => ({
      key: keyOf(r.salt, r.responseId, r.itemId),
      responseId: r.responseId,
      itemId: r.itemId,
      text: r.text!,
      role: (perRole.get(r.role) ?? 0) >= threshold ? r.role : null,
      themes: r.themes,
      areas: r.areas,
      starred: r.starred,
    }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The suggestions a report snapshot keeps: text and shown role. */
export async function shownSuggestions(db: Db, reviewId: string, threshold: number): Promise<ShownSuggestion[]> {
  return (await suggestionRows(db, reviewId, threshold)).map(({ key, text, role }) => ({ key, text, role }));
}

/** The review's improvement suggestions with the inspectors' themes, areas and stars. */
export async function listSuggestions(
  db: Db,
  reviewId: string,
  threshold: number,
  filter: { role?: string; area?: string; theme?: string; starred?: boolean },
) {
  const all = (await suggestionRows(db, reviewId, threshold)).map(({ key, text, role, themes, areas, starred }) => ({
    key,
    text,
    role,
    themes,
    areas,
    starred,
  }));
  const themes = await themesOf(db, reviewId);
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

export async function themesOf(db: Db, reviewId: string) {
  const own = await ownThemes(db, reviewId);
  return [...DEFAULT_THEMES.map((t) => ({ key: t.key, label: { ...t.label } })), ...own.map((t) => ({ key: t.key, label: { sv: t.label, en: t.label } }))];
}

export async function addTheme(db: Db, reviewId: string, label: string): Promise<string> {
  const key =
    label
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'theme';
  await insertTheme(db, reviewId, key, label);
  return key;
}

export type SuggestionChanges = { themes?: string[]; areas?: string[]; starred?: boolean };

export async function updateSuggestion(db: Db, reviewId: string, key: string, changes: SuggestionChanges): Promise<void> {
  await updateSuggestions(db, reviewId, [{ key, ...changes }]);
}

/** Several suggestions' changes against one reading of the review's suggestions and themes (the demo tags hundreds). */
export async function updateSuggestions(db: Db, reviewId: string, changes: (SuggestionChanges & { key: string })[]): Promise<void> {
  const rows = new Map((await suggestionRows(db, reviewId, Infinity)).map((s) => [s.key, s]));
  const known = new Set((await themesOf(db, reviewId)).map((t) => t.key));
  for (const { key, ...change } of changes) {
    const found = rows.get(key);
    if (!found) throw new NotFound({ code: 'suggestion.notFound' });
    const unknown = (change.themes ?? []).filter((t) => !known.has(t));
    if (unknown.length > 0)
      throw new Invalid(
        { code: 'suggestion.themeUnknown', params: { theme: unknown[0] } },
        unknown.map((theme) => fieldProblem('body.themes', 'suggestion.themeUnknown', { theme })),
      );
    await upsertSuggestionNote(db, reviewId, found, change);
  }
}
