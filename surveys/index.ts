import { directorAnnual } from './director-annual.js';
import { directorSupplement } from './director-supplement.js';
import { leadershipMapping } from './leadership-mapping.js';
import { spurExternal } from './spur-external.js';
import type { SurveyBank } from './types.js';

/** Every survey the platform offers, by key. */
export const surveyBanks: readonly SurveyBank[] = [spurExternal, directorSupplement, directorAnnual, leadershipMapping];
