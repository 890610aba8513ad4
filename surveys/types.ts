/**
 * The shape of survey content. Survey banks in this folder are plain data of these types;
 * the compiler (server/features/surveys/compiler.ts) turns them into SurveyJS JSON.
 */
import type { Area, PointId, Role } from '../contract/domain.js';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Every user-visible string exists in Swedish (primary) and English. */
export interface Text {
  sv: string;
  en: string;
}

/**
 * What a statement gives evidence for. A binding rule cites the regulation only as far as is
 * known: a chapter, or the regulation alone; a paragraph number is never invented.
 */
export type Basis = { kind: 'rule'; reference: string } | { kind: 'advice'; reference?: string } | { kind: 'indicator'; reference?: string };

/** Per-role wording. Only the roles that answer the item have an entry. */
export type RoleWording = Partial<Record<Role, Text>>;

interface ItemBase {
  /** Stable id, `<area>.<slug>` for area items. A change of meaning needs a new id. */
  id: string;
  wording: RoleWording;
  /** Optional help text shown under the question. */
  description?: Text;
}

/** A statement answered on the agreement scale (scales.ts). */
export interface Statement extends ItemBase {
  kind: 'statement';
  area: Area;
  /** The checklist point or quality indicator it gives evidence for, e.g. "E3". */
  checkpoint: PointId;
  basis: Basis;
  /**
   * The survey's overall question ("my ST lives up to my expectations"): the report opens with
   * its share by role. At most one per survey.
   */
  overall?: true;
}

/** A whole number answer with bounds, e.g. self-study hours a week. */
export interface NumericItem extends ItemBase {
  kind: 'numeric';
  area?: Area;
  checkpoint?: PointId;
  basis?: Basis;
  /**
   * Whether a respondent must answer. Decided per item: a count people may not know (hours of
   * self-study, talks in the last year) is optional, and the report gives the n that answered.
   * The questions that place a respondent in a group for suppression (role, unit) are not items:
   * they come with the personal link.
   */
  required: boolean;
  min: number;
  max: number;
  /** Smallest difference between answers; 1 (whole numbers) unless said otherwise. */
  step?: number;
  unit: Text;
}

/** One choice among fixed options (background questions, yes/no/sometimes). */
export interface ChoiceItem extends ItemBase {
  kind: 'choice';
  area?: Area;
  checkpoint?: PointId;
  basis?: Basis;
  choices: { value: string; text: Text }[];
}

/** A rating on a numeric scale with labelled ends, e.g. status 1–10. */
export interface RatingItem extends ItemBase {
  kind: 'rating';
  area?: Area;
  min: number;
  max: number;
  minLabel: Text;
  maxLabel: Text;
}

/** Optional free text. */
export interface TextItem extends ItemBase {
  kind: 'text';
  maxLength: number;
}

export type Item = Statement | NumericItem | ChoiceItem | RatingItem | TextItem;

export interface Page {
  /** For the external review the area pages have the area's letter as id. */
  id: string;
  area?: Area;
  title: Text;
  description?: Text;
  items: Item[];
}

/** Up to `count` optional improvement suggestions, each its own item `<idPrefix>-<n>`. */
export interface Suggestions {
  idPrefix: string;
  count: number;
  maxLength: number;
  title: Text;
  description: Text;
  itemTitle: Text;
}

export interface SurveyBank {
  /** URL-safe key, e.g. `spur-external`. */
  key: string;
  title: Text;
  description: Text;
  /** Roles the survey is sent to. */
  roles: readonly Role[];
  pages: Page[];
  suggestions?: Suggestions;
}
