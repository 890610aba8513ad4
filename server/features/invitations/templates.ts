import type { Role } from '../../../contract/domain.js';
import { longDate } from '../../../contract/dates.js';

const ROLE_NAMES: Record<Role, { sv: string; en: string }> = {
  st: { sv: 'ST-läkare', en: 'ST doctor' },
  supervisor: { sv: 'handledare', en: 'supervisor' },
  director: { sv: 'studierektor', en: 'study director' },
  head: { sv: 'verksamhetschef', en: 'head of department' },
};

export interface InvitationMailInput {
  name: string;
  role: Role;
  hospitalName: string;
  unitName: string | null;
  closesAt: string | null;
  link: string;
  anonymityThreshold: number;
  surveyKey: string;
}

/** What each survey's mail calls it; a director of a review gets two, so the subjects tell them apart in the inbox. */
interface SurveyMail {
  svWhat: string;
  enWhat: string;
  svSubject: string;
  enSubject: string;
  named: boolean;
  /** What the named answers are about, when not a clinic. */
  namedText?: { sv: string; en: string };
  /** Whom the respondent answers as, when not their role (a mapping's source answers for a region). */
  as?: { sv: string; en: string };
}

const SURVEY_MAIL: Record<string, SurveyMail> = {
  'spur-external': {
    svWhat: 'enkäten inför den externa granskningen av ST (SPUR)',
    enWhat: 'the survey for the external review of specialist training (SPUR)',
    svSubject: 'Enkät inför granskning av ST',
    enSubject: 'ST review survey',
    named: false,
  },
  'director-supplement': {
    svWhat: 'en kompletterande enkät till studierektorer om ert uppdrag',
    enWhat: 'a supplementary survey to study directors about your assignment',
    svSubject: 'Tilläggsenkät till studierektorer',
    enSubject: 'Supplementary survey for study directors',
    named: false,
  },
  'director-annual': {
    svWhat: 'studierektorns årsrapport mot organisationens kvalitetsmål för ST',
    enWhat: 'the study director’s annual report against the organisation’s ST quality goals',
    svSubject: 'Studierektorns årsrapport',
    enSubject: 'Study director’s annual report',
    named: true,
  },
  'leadership-mapping': {
    svWhat: 'den nationella kartläggningen av ledarskaps-ST',
    enWhat: 'the national mapping of leadership training in ST',
    svSubject: 'Kartläggning av ledarskaps-ST',
    enSubject: 'Mapping of leadership training in ST',
    named: true,
    namedText: {
      sv: 'Svaren är inte anonyma: de redovisas per region, med vilken typ av källa som svarat (lokalavdelning eller övergripande studierektor).',
      en: 'The answers are not anonymous: they are reported per region, with the type of source that answered (local branch or overarching study director).',
    },
    as: { sv: 'källa för regionen', en: 'a source for the region' },
  },
};

const svDate = (date: string | null) => (date ? longDate(date, 'sv') : '');
const enDate = (date: string | null) => (date ? longDate(date, 'en') : '');

/** The invitation, Swedish first, English below: we do not know which the respondent reads. */
export function invitationMail(input: InvitationMailInput, reminder = false): { subject: string; body: string } {
  const where = [input.unitName, input.hospitalName].filter(Boolean).join(', ');
  const survey = SURVEY_MAIL[input.surveyKey] ?? SURVEY_MAIL['spur-external']!;
  const role = survey.as ?? ROLE_NAMES[input.role];
  const { svWhat, enWhat, svSubject, enSubject } = survey;
  const subject = reminder
    ? `Påminnelse: ${svSubject.charAt(0).toLowerCase()}${svSubject.slice(1)} – ${where} / Reminder: ${enSubject}`
    : `${svSubject} – ${where} / ${enSubject}`;
  const body = [
    `Hej ${input.name},`,
    '',
    reminder ? 'Vi har ännu inte fått ditt svar – det är inte för sent!' : '',
    `Du är inbjuden att som ${role.sv} besvara ${svWhat} på ${where}.`,
    input.closesAt ? `Enkäten stänger ${svDate(input.closesAt)}. Den tar ungefär 15 minuter.` : 'Den tar ungefär 15 minuter.',
    '',
    'Din personliga länk (dela den inte – den är bara din):',
    input.link,
    '',
    survey.namedText
      ? survey.namedText.sv
      : survey.named
        ? 'Svaren gäller kliniken och är inte anonyma: de redovisas per klinik. Dina egna bedömningar av uppdraget redovisas bara sammanräknade för alla kliniker.'
        : `Dina svar är anonyma. Granskarna ser bara om du har svarat, aldrig vad du svarat. Resultat redovisas bara för grupper där minst ${input.anonymityThreshold} personer har svarat, och först när enkäten har stängt.`,
    'Du kan spara och fortsätta senare med samma länk.',
    '',
    '---',
    '',
    `Hello ${input.name},`,
    '',
    reminder ? 'We have not received your answers yet – it is not too late!' : '',
    `You are invited, as ${role.en}, to answer ${enWhat} at ${where}.`,
    input.closesAt ? `The survey closes on ${enDate(input.closesAt)}. It takes about 15 minutes.` : 'It takes about 15 minutes.',
    '',
    'Your personal link (do not share it – it is yours alone):',
    input.link,
    '',
    survey.namedText
      ? survey.namedText.en
      : survey.named
        ? 'The answers concern the clinic and are not anonymous: they are reported per clinic. Your own ratings of the assignment are only reported added up over all clinics.'
        : `Your answers are anonymous. The inspectors only see whether you have answered, never what you answered. Results are only reported for groups in which at least ${input.anonymityThreshold} people have answered, and only after the survey has closed.`,
    'You can save and continue later with the same link.',
  ]
    .filter((line, i, all) => line !== '' || all[i - 1] !== '')
    .join('\n');
  return { subject, body };
}
