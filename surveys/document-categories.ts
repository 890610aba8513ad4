import type { Text } from './types.js';

/**
 * The kinds of document asked for before a visit. A clinic review asks for the clinic's governing
 * documents; a hospital-level review also for the provider's (docs/domain.md §6). `points` are the
 * checklist points a document of the kind is evidence for unless the inspectors say otherwise.
 */
export interface DocumentCategory {
  key: string;
  level: 'clinic' | 'hospital';
  name: Text;
  points: readonly string[];
}

const clinic = (key: string, points: string[], sv: string, en: string): DocumentCategory => ({ key, level: 'clinic', name: { sv, en }, points });
const hospital = (key: string, sv: string, en: string): DocumentCategory => ({ key, level: 'hospital', name: { sv, en }, points: [] });

export const documentCategories: readonly DocumentCategory[] = [
  clinic('st-guidelines', ['D1', 'D11'], 'Lokala riktlinjer för ST', 'Local ST guidelines'),
  clinic('introduction-programme', ['D2', 'D11'], 'Introduktionsprogram', 'Introduction programme'),
  clinic('iup-template', ['D3', 'D11'], 'IUP-mall', 'IUP template'),
  clinic('schedules', ['D8', 'D11'], 'Scheman och tjänstgöringsplaner', 'Schedules and rotas'),
  hospital('financing-model', 'Finansieringsmodell för ST', 'ST financing model'),
  hospital('directives', 'Direktiv och styrande beslut', 'Directives'),
  hospital('scientific-work-guideline', 'Riktlinje för vetenskapligt arbete', 'Guideline for the scientific project'),
  hospital('course-catalogue', 'Kurskatalog', 'Course catalogue'),
  hospital('templates', 'Mallar (IUP, projektplan, ST-kontrakt)', 'Templates (IUP, project plan, ST contract)'),
  hospital('organisation', 'Organisationsöversikt', 'Organisation overview'),
  hospital('plans', 'Planer (kompetensförsörjning, utbildning)', 'Plans (staffing, training)'),
  hospital('director-assignments', 'Studierektorernas uppdragsbeskrivningar', 'Study directors’ assignment descriptions'),
  hospital('annual-reports', 'Årsrapporter', 'Annual reports'),
  hospital('review-coverage', 'Andel granskade ST-enheter', 'Share of ST units reviewed'),
  hospital('supervisor-surveys', 'Handledarenkäter', 'Supervisor surveys'),
  { key: 'other', level: 'clinic', name: { sv: 'Övrigt', en: 'Other' }, points: [] },
];

export const documentCategory = (key: string): DocumentCategory | undefined => documentCategories.find((c) => c.key === key);
