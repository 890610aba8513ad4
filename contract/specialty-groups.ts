/**
 * Specialty groups reports break results down by (docs/domain.md §3). Kept as data: the database
 * checks the same codes (migrations/0001_core.sql).
 */
export const SPECIALTY_GROUPS = [
  {
    code: 'surgical',
    sv: 'Opererande specialiteter och akutsjukvård',
    en: 'Surgical specialties and emergency medicine',
    examples: ['anestesi och intensivvård', 'kirurgi', 'ortopedi', 'urologi', 'akutsjukvård'],
  },
  {
    code: 'medical',
    sv: 'Medicinska specialiteter',
    en: 'Medical specialties',
    examples: ['internmedicin', 'endokrinologi', 'gastroenterologi', 'hematologi', 'kardiologi', 'lungmedicin', 'neurologi', 'onkologi'],
  },
  {
    code: 'diagnostic',
    sv: 'Diagnostiska specialiteter',
    en: 'Diagnostic specialties',
    examples: ['klinisk fysiologi', 'radiologi'],
  },
  { code: 'other', sv: 'Övriga', en: 'Other', examples: [] },
] as const;

export type SpecialtyGroupCode = (typeof SPECIALTY_GROUPS)[number]['code'];
export const SPECIALTY_GROUP_CODES = SPECIALTY_GROUPS.map((g) => g.code) as SpecialtyGroupCode[];
