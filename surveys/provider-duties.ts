import type { Basis, Text } from './types.js';

/**
 * The hospital-level review's checklist: the care provider's own duties for ST (docs/domain.md
 * §2, issue 20), judged met / partly met / not met with evidence, as a clinic review judges its
 * points per area. The ids are P1–P99, so a judgement is stored beside the clinic checklist's in
 * the same table and a campaign's kind says which list it is judged by.
 *
 * As in the clinic checklist, a binding rule cites the regulation only as far as is known; which
 * duties are rules and which are general advice should be checked by someone who knows HSLF-FS
 * 2021:8 well. The external review every five years and the internal review between are the
 * review model's and the hospitals' own guidelines (domain §1, §3), so they are advice here.
 */
export type DutyId = `P${number}`;

export interface ProviderDuty {
  id: DutyId;
  text: Text;
  basis: Basis;
  /** What the inspectors look at: documents, interviews, figures. */
  evidence: Text;
}

const RULE: Basis = { kind: 'rule', reference: 'HSLF-FS 2021:8' };
const ADVICE: Basis = { kind: 'advice' };

const duty = (id: DutyId, basis: Basis, sv: string, en: string, evidence: Text): ProviderDuty => ({ id, basis, text: { sv, en }, evidence });

export const providerDuties: readonly ProviderDuty[] = [
  duty('P1', RULE, 'ST har hög och jämn kvalitet i vårdgivarens alla enheter.', 'ST is of high and even quality in all of the provider’s units.', {
    sv: 'Klinikgranskningarnas bedömningar sida vid sida, återkommande svaga områden, ledningens uppföljning.',
    en: 'The clinic reviews’ grades side by side, areas that recur as weak, the leadership’s follow-up.',
  }),
  duty('P2', RULE, 'Varje ST-läkare har tillgång till en studierektor.', 'Every ST doctor has access to a study director.', {
    sv: 'Organisationsöversikt, studierektorernas uppdragsbeskrivningar, intervjuer med studierektorer.',
    en: 'Organisation overview, the study directors’ assignment descriptions, interviews with study directors.',
  }),
  duty(
    'P3',
    RULE,
    'Det finns tillräckligt många handledare och de har handledarutbildning.',
    'There are enough supervisors, and they have supervisor training.',
    {
      sv: 'Handledarenkäter, kurskatalog (handledarutbildning), klinikgranskningarnas område B.',
      en: 'Supervisor surveys, course catalogue (supervisor training), area B of the clinic reviews.',
    },
  ),
  duty('P4', RULE, 'Det finns rutiner för bedömning av ST-läkarnas kompetens.', 'There are routines for assessing the trainees’ competence.', {
    sv: 'Riktlinjer och mallar (IUP), klinikgranskningarnas område E.',
    en: 'Guidelines and templates (IUP), area E of the clinic reviews.',
  }),
  duty('P5', RULE, 'ST ingår i vårdgivarens systematiska kvalitetsarbete.', 'ST is part of the provider’s systematic quality work.', {
    sv: 'Direktiv, årsrapporter, hur ST rapporteras till ledningen.',
    en: 'Directives, annual reports, how ST is reported to the leadership.',
  }),
  duty(
    'P6',
    ADVICE,
    'Varje ST-enhet granskas externt minst vart femte år och det som granskningarna finner följs upp.',
    'Every ST unit has an external review at least every five years, and what the reviews find is followed up.',
    {
      sv: 'Andelen granskade enheter (granskningstäckning), handlingsplaner och deras uppföljning.',
      en: 'The share of units reviewed (review coverage), action plans and their follow-up.',
    },
  ),
  duty('P7', ADVICE, 'Enheterna granskas internt mellan de externa granskningarna.', 'The units are reviewed internally between the external reviews.', {
    sv: 'Interna granskningar per år och metod (t.ex. STINS), årsrapporter.',
    en: 'Internal reviews by year and method (e.g. STINS), annual reports.',
  }),
  duty(
    'P8',
    ADVICE,
    'Studierektorerna har finansiering och tid för uppdraget (t.ex. 1,5–2 % av heltid per ST-läkare).',
    'The study directors have funding and time for the assignment (e.g. 1.5–2 % of full time per trainee).',
    {
      sv: 'Finansieringsmodell, uppdragsbeskrivningar, sjukhusets profil (studierektorstid per ST-läkare).',
      en: 'Financing model, assignment descriptions, the hospital’s profile (study-director time per trainee).',
    },
  ),
];

export const providerDuty = (id: string): ProviderDuty | undefined => providerDuties.find((d) => d.id === id);

/**
 * The leadership functions interviewed in a hospital-level review, unless the inspectors add
 * more. A function, never a person: the notes are kept per function and the report names none.
 */
export interface LeadershipFunction {
  key: `fn-${string}`;
  name: Text;
}

const fn = (key: `fn-${string}`, sv: string, en: string): LeadershipFunction => ({ key, name: { sv, en } });

export const leadershipFunctions: readonly LeadershipFunction[] = [
  fn('fn-chief-executive', 'Sjukhusdirektör', 'Chief executive'),
  fn('fn-rd-head', 'FoU-chef', 'Head of R&D'),
  fn('fn-hr-head', 'HR-chef', 'Head of HR'),
  fn('fn-controller', 'Controller', 'Controller'),
  fn('fn-st-administrator', 'ST-administratör', 'ST administrator'),
  fn('fn-heads-of-department', 'Verksamhetschefer', 'Heads of department'),
  fn('fn-st-heads', 'ST-chefer', 'ST heads'),
  fn('fn-clinic-directors', 'Kliniknära studierektorer', 'Clinic study directors'),
  fn('fn-hospital-director', 'Sjukhusövergripande studierektor', 'Hospital-wide study director'),
  fn('fn-union', 'Fackliga företrädare', 'Union representatives'),
  fn('fn-education-unit', 'Regionens utbildningsenhet', 'The region’s education unit'),
];
