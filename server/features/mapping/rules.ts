/**
 * The mapping's rules as plain functions (docs/mapping.md): what one source's answers say about
 * its region, when sources conflict, the association's 10 % goal, regions per category and the
 * change from the previous round. No database here; the service feeds them.
 */
import { MAPPING_CATEGORIES, type MappingCategory } from '../../../contract/mapping.js';
import { MAPPING_ITEMS } from '../../../surveys/leadership-mapping.js';

export { MAPPING_CATEGORIES, type MappingCategory };

/** The goal: leadership-ST or equivalent offered to at least one in ten of the region's ST doctors. */
export const GOAL_SHARE = { numerator: 1, denominator: 10 } as const;

/** The categories that count as "leadership-ST or equivalent" for the goal. */
const OFFERS_LEADERSHIP: readonly MappingCategory[] = ['leadership_st', 'early_career'];

/** One source's answers, as the survey stores them (raw SurveyJS data). */
export type RawAnswers = Record<string, unknown>;

const choice = (raw: RawAnswers, id: string): string | null => (typeof raw[id] === 'string' ? (raw[id] as string) : null);

/**
 * What one source says its region offers, or null when it does not know enough to say. A
 * leadership-ST counts as such; an equivalent programme with a leadership profile counts as one
 * for early-career doctors when it is aimed at junior doctors or open to doctors only; a programme
 * open to all professions counts as that; "nothing" only when the source says no to each.
 */
export function categoriesOfSource(raw: RawAnswers): MappingCategory[] | null {
  const leadershipSt = choice(raw, MAPPING_ITEMS.leadershipSt);
  const equivalent = choice(raw, MAPPING_ITEMS.equivalent);
  const professions = choice(raw, MAPPING_ITEMS.professions);
  const aimed = choice(raw, MAPPING_ITEMS.aimedAtJunior);
  const found = new Set<MappingCategory>();
  if (leadershipSt === 'yes') found.add('leadership_st');
  if (equivalent === 'yes' && (aimed === 'yes' || professions === 'doctorsOnly' || professions === 'both')) found.add('early_career');
  if (professions === 'allProfessions' || professions === 'both') found.add('all_professions');
  if (found.size > 0) return MAPPING_CATEGORIES.filter((c) => found.has(c));
  const saysNo = (value: string | null) => value === 'no' || value === 'noProgramme' || value === 'notApplicable';
  if (leadershipSt === 'no' && saysNo(equivalent) && (professions === 'noProgramme' || professions === null)) return ['nothing'];
  return null;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Sources conflict when two of them that answered say different things about the region's
 * categories (e.g. a branch says nothing exists, the study director reports a tailored
 * programme). A source that does not know contradicts no one.
 */
export function sourcesConflict(answers: readonly (RawAnswers | null)[]): boolean {
  const said = answers.flatMap((raw) => (raw ? [categoriesOfSource(raw)] : [])).filter((c): c is MappingCategory[] => c !== null);
  return said.some((c) => !sameSet(c, said[0]!));
}

/** The categories the sources agree on, offered to the coordinator as a start; null when they do not agree. */
export function agreedCategories(answers: readonly (RawAnswers | null)[]): MappingCategory[] | null {
  const said = answers.flatMap((raw) => (raw ? [categoriesOfSource(raw)] : [])).filter((c): c is MappingCategory[] => c !== null);
  if (said.length === 0 || sourcesConflict(answers)) return null;
  return said[0]!;
}

/** The coordinator's categories are a set; "nothing" stands alone. */
export function categoryProblem(categories: readonly string[]): 'empty' | 'unknown' | 'nothingWithOthers' | 'repeated' | null {
  if (categories.length === 0) return 'empty';
  if (categories.some((c) => !(MAPPING_CATEGORIES as readonly string[]).includes(c))) return 'unknown';
  if (new Set(categories).size !== categories.length) return 'repeated';
  if (categories.includes('nothing') && categories.length > 1) return 'nothingWithOthers';
  return null;
}

export type GoalStatus = 'met' | 'notMet' | 'unknown';
export interface GoalCheck {
  status: GoalStatus;
  /** Places a year ÷ ST doctors, when both are known and something is offered. */
  share: number | null;
  /** The same as whole per cent, a half rounded up, in integers (as contract/shares.ts prints shares; places may exceed 100 %). */
  percent: number | null;
}

/**
 * Whether the region offers leadership-ST or equivalent to at least 10 % of its ST doctors. A region
 * that offers neither has not met it, whatever the figures; a region that offers one but whose
 * places or ST doctors are not known is "unknown", not "not met". Compared in integers
 * (places × 10 ≥ ST doctors), so exactly 10 % meets the goal.
 */
export function goalCheck(region: { categories: readonly MappingCategory[]; placesPerYear: number | null; stDoctors: number | null }): GoalCheck {
  if (!region.categories.some((c) => OFFERS_LEADERSHIP.includes(c))) return { status: 'notMet', share: null, percent: null };
  const { placesPerYear: places, stDoctors } = region;
  if (places === null || stDoctors === null || stDoctors <= 0) return { status: 'unknown', share: null, percent: null };
  const met = places * GOAL_SHARE.denominator >= stDoctors * GOAL_SHARE.numerator;
  return { status: met ? 'met' : 'notMet', share: places / stDoctors, percent: Math.floor((200 * places + stDoctors) / (2 * stDoctors)) };
}

export type CategoryCounts = Record<MappingCategory, number>;

/** Regions per category; a region in several categories counts in each. */
export function countCategories(regions: readonly { categories: readonly MappingCategory[] }[]): CategoryCounts {
  const counts = Object.fromEntries(MAPPING_CATEGORIES.map((c) => [c, 0])) as CategoryCounts;
  for (const region of regions) for (const c of new Set(region.categories)) counts[c] += 1;
  return counts;
}

export interface CategoryChange {
  category: MappingCategory;
  now: number;
  before: number | null;
  /** Regions that are in the category now and were not before, and the other way round. */
  gained: string[];
  lost: string[];
}

/**
 * This round's regions per category against the previous round's: the counts, and which regions
 * came in and went out. A region missing from the previous round is neither gained nor lost.
 */
export function compareRounds(
  now: readonly { code: string; categories: readonly MappingCategory[] }[],
  before: readonly { code: string; categories: readonly MappingCategory[] }[] | null,
): CategoryChange[] {
  const counts = countCategories(now);
  const earlier = before ? countCategories(before) : null;
  const previous = new Map((before ?? []).map((r) => [r.code, r.categories]));
  return MAPPING_CATEGORIES.map((category) => {
    const gained: string[] = [];
    const lost: string[] = [];
    for (const region of now) {
      const was = previous.get(region.code);
      if (!was) continue;
      const is = region.categories.includes(category);
      if (is && !was.includes(category)) gained.push(region.code);
      if (!is && was.includes(category)) lost.push(region.code);
    }
    return { category, now: counts[category], before: earlier ? earlier[category] : null, gained, lost };
  });
}
