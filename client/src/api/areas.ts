/** The assessment areas A–H of the national survey, in the report's order; the report and the visit tag by them. */
export const AREAS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;
