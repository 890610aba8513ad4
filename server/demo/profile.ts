import type { Role } from '../../contract/domain.js';

type Shares = Record<Role, number>;

/**
 * Agreeing shares for the demo hospital, from the hospital-wide report in docs/domain.md §3: the
 * agreement-by-role examples, the two exceptions (directors least positive on varied clinical
 * work and on enough specialists), and the trainee figures of its national comparison.
 */
export const HOSPITAL_SHARES: Record<string, Partial<Shares>> = {
  'E.personal-supervisor': { st: 1, supervisor: 1, director: 1, head: 1 },
  'E.training-climate': { st: 0.96, supervisor: 0.96, director: 1, head: 1 },
  'H.supervise-others': { st: 0.95, supervisor: 0.88, director: 1, head: 0.93 },
  'D.iup-based-on-goals': { st: 0.72, supervisor: 0.84, director: 0.73, head: 1 },
  'D.iup-revised': { st: 0.59, supervisor: 0.63, director: 0.87, head: 0.8 },
  'F.theoretical-training-per-iup': { st: 0.86, supervisor: 0.97, director: 1, head: 1 },
  'D.introduction-programme': { st: 0.52, supervisor: 0.61, director: 0.73, head: 0.73 },
  'H.supervision-of-supervising': { st: 0.42, supervisor: 0.49, director: 0.53, head: 0.73 },
  'G.quality-competence-assessed': { st: 0.31, supervisor: 0.68, director: 0.6, head: 0.6 },
  'A.varied-clinical-work': { st: 0.79, supervisor: 0.86, director: 0.6, head: 0.93 },
  'B.enough-specialists': { st: 0.84, supervisor: 0.8, director: 0.53, head: 0.87 },
  'D.written-guidelines': { st: 0.77 },
  'C.it-library-support': { st: 0.73 },
  'D.on-call-balance': { st: 0.67 },
  'E.competences-documented': { st: 0.64 },
  'E.progress-assessed': { st: 0.64 },
  'H.communication-competence-assessed': { st: 0.66 },
  'G.quality-work': { st: 0.54 },
  'H.leadership-competence-assessed': { st: 0.54 },
  'G.science-competence-assessed': { st: 0.42 },
  'D.lives-up-to-expectations': { st: 0.91 },
  'C.premises': { st: 0.95, supervisor: 0.96, director: 1, head: 1 },
  'C.equipment': { st: 0.94, supervisor: 0.95, director: 1, head: 1 },
  'H.lead-care-teams': { st: 0.93, supervisor: 0.94, director: 1, head: 1 },
  'G.scientific-supervision': { st: 0.4 },
  'G.phd-opportunity': { st: 0.38 },
  'H.teaching-competence-assessed': { st: 0.45 },
  // Among the lowest-rated in the hospital report, with 16 % having at least an hour a week.
  'F.self-study-time': { st: 0.35 },
};

/** The rest of the country's trainees (docs/domain.md §3: 2,970 answers, hospital excluded). */
export const POOL_SHARES: Record<string, Partial<Shares>> = {
  'A.varied-clinical-work': { st: 0.94 },
  'D.written-guidelines': { st: 0.88 },
  'C.it-library-support': { st: 0.89 },
  'D.introduction-programme': { st: 0.66 },
  'D.iup-based-on-goals': { st: 0.88 },
  'D.on-call-balance': { st: 0.81 },
  'E.competences-documented': { st: 0.81 },
  'E.progress-assessed': { st: 0.79 },
  'H.communication-competence-assessed': { st: 0.76 },
  'G.quality-work': { st: 0.69 },
  'H.leadership-competence-assessed': { st: 0.66 },
  'G.science-competence-assessed': { st: 0.59 },
};

/** The usual ordering, used for statements without a figure of their own. */
export const BASE_SHARES: Shares = { st: 0.76, supervisor: 0.82, director: 0.87, head: 0.91 };

/** Self-study hours: the share with none by specialty group (60 % surgical, 40 % medical, 0 % diagnostic). */
export const NO_SELF_STUDY: Record<string, number> = { surgical: 0.6, medical: 0.4, diagnostic: 0, other: 0.5 };

/**
 * Trainees who leave the self-study question unanswered, by group: in the real analysis 99 of
 * 100 answered it, and 46 % of those had none (docs/domain.md §3).
 */
export const SELF_STUDY_UNANSWERED: Record<string, number> = { surgical: 1 };

/** Study directors who also answer their supplementary survey: 13 of the 15 (docs/domain.md §3, 231 = 218 + 13). */
export const SUPPLEMENT_ANSWERS = 13;
