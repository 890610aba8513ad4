/**
 * The campaign kinds. A kind owns its survey bank, the roles that answer, its scope and its report;
 * the shared machinery (respondents, personal links, drafts and submission, mail, the report's
 * snapshot) reads what differs from here instead of asking which kind it serves.
 * Each kind's own work lives in its feature: `review` in features/reviews (and the report and
 * site-visit features around it), `director_annual` in features/director-annual, `mapping` in
 * features/mapping, `hospital_review` in features/hospital-review.
 */
import type { Role } from '../../contract/domain.js';
import type { CampaignKind } from '../db/database.js';

export type { CampaignKind };

export interface CampaignKindSpec {
  kind: CampaignKind;
  /** What one campaign covers: units of one hospital, the clinics of an organisation for a year, or the country. */
  scope: 'hospital' | 'organisation' | 'national';
  /** The surveys a campaign pins when it is created, and who answers each. The first is the main one. */
  surveys: readonly { bank: string; roles: readonly Role[] }[];
  /**
   * Answers are anonymous and shown only for groups of at least the campaign's threshold. When false,
   * the answers are named statements about a clinic or a region, and the welcome page says so.
   */
  anonymous: boolean;
  /** Whether submitted answers join the national pool the review's benchmark compares with. */
  feedsPool: boolean;
  /**
   * The checklist the inspectors judge: the clinic's points per area A–H (surveys/checklist.ts) or
   * the care provider's duties (surveys/provider-duties.ts); none for a kind without inspectors' judgement.
   */
  checklist: 'clinic' | 'provider' | null;
}

export const CAMPAIGN_KINDS: Readonly<Record<CampaignKind, CampaignKindSpec>> = {
  review: {
    kind: 'review',
    scope: 'hospital',
    surveys: [
      { bank: 'spur-external', roles: ['st', 'supervisor', 'director', 'head'] },
      { bank: 'director-supplement', roles: ['director'] },
    ],
    anonymous: true,
    feedsPool: true,
    checklist: 'clinic',
  },
  director_annual: {
    kind: 'director_annual',
    scope: 'organisation',
    surveys: [{ bank: 'director-annual', roles: ['director'] }],
    anonymous: false,
    feedsPool: false,
    checklist: null,
  },
  mapping: {
    kind: 'mapping',
    scope: 'national',
    // a local branch answers as `st`, a region's overarching study director as `director`;
    // which source a respondent is, and for which region, is in mapping_sources
    surveys: [{ bank: 'leadership-mapping', roles: ['st', 'director'] }],
    anonymous: false,
    feedsPool: false,
    checklist: null,
  },
  // The hospital-level review: no survey of its own; the inspectors judge the provider's duties,
  // interview its leadership, and set the hospital's clinic reviews beside it (features/hospital-review).
  hospital_review: {
    kind: 'hospital_review',
    scope: 'hospital',
    surveys: [],
    anonymous: false,
    feedsPool: false,
    checklist: 'provider',
  },
};

export const kindSpec = (kind: CampaignKind): CampaignKindSpec => CAMPAIGN_KINDS[kind];

/** The survey whose answers count as "answered" on the respondents' list and in response rates. */
export const mainSurvey = (kind: CampaignKind): string => {
  const first = CAMPAIGN_KINDS[kind].surveys[0];
  if (!first) throw new Error(`campaign kind ${kind} has no survey`);
  return first.bank;
};
