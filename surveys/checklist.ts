import { pointArea, type Area, type PointId } from '../contract/domain.js';
import type { Basis, Text } from './types.js';

/**
 * The inspectors' checklist: per assessment area, numbered points built on the regulation
 * (HSLF-FS 2021:8) and the quality indicators. A point's survey evidence is every statement of
 * the survey banks whose `checkpoint` is the point's id, so the link is kept in one place (the
 * statement) and the content test checks that every checkpoint has its point. Points without
 * statements are judged at the visit only; `visitEvidence` says what to look at. (The director
 * supplement's statements link here too, but its figures are read in its own report.)
 *
 * As with the statements, a binding rule cites the regulation only as far as is known; someone
 * who knows it well should check which points are rules and which are advice or indicators.
 */
export interface ChecklistPoint {
  id: PointId;
  area: Area;
  text: Text;
  basis: Basis;
  visitEvidence?: Text;
}

const RULE: Basis = { kind: 'rule', reference: 'HSLF-FS 2021:8' };
const ADVICE: Basis = { kind: 'advice' };
const INDICATOR: Basis = { kind: 'indicator' };

const point = (id: PointId, basis: Basis, sv: string, en: string, visitEvidence?: Text): ChecklistPoint => ({
  id,
  area: pointArea(id),
  text: { sv, en },
  basis,
  ...(visitEvidence ? { visitEvidence } : {}),
});

export const checklist: readonly ChecklistPoint[] = [
  point(
    'A1',
    RULE,
    'Verksamheten är tillräckligt varierad och har tillräckligt patientunderlag för att ST-läkarna ska kunna nå målen.',
    'The clinical work is varied enough, with enough patients, for trainees to reach the goals.',
  ),
  point(
    'A2',
    INDICATOR,
    'ST-läkarna tjänstgör i akut och planerad, öppen och sluten vård i den omfattning målen kräver.',
    'Trainees work in acute and planned, outpatient and inpatient care as far as the goals require.',
  ),
  point('A3', RULE, 'De sidotjänstgöringar som behövs för målen går att genomföra.', 'The rotations needed to reach the goals can be done.'),
  point(
    'A4',
    ADVICE,
    'Sidotjänstgöringar planeras i god tid med mål kopplade till IUP.',
    'Rotations are planned in good time, with goals linked to the individual training programme.',
  ),
  point('A5', ADVICE, 'ST-läkarna får successivt ökande självständigt ansvar.', 'Trainees are given gradually increasing independent responsibility.'),
  point(
    'A6',
    INDICATOR,
    'Utbildningsbehov vägs rimligt mot vårdproduktionens krav när arbetet planeras.',
    'Training needs are weighed reasonably against service demands when work is planned.',
  ),

  point('B1', RULE, 'Det finns tillräckligt många specialister för adekvat handledning.', 'There are enough specialists for adequate supervision.'),
  point(
    'B2',
    INDICATOR,
    'Specialister finns att rådfråga, även under jour, och täcker specialitetens kompetensområde.',
    'Specialists can be consulted, also on call, and together cover the specialty’s field.',
  ),
  point('B3', RULE, 'Handledarna har handledarutbildning.', 'Supervisors have been trained in supervision.'),
  point(
    'B4',
    ADVICE,
    'Handledarna har avsatt tid och bemanningen tillåter planerad handledning.',
    'Supervisors have time set aside and staffing allows the planned supervision.',
  ),
  point(
    'B5',
    INDICATOR,
    'Andra yrkesgrupper och andra ST-läkare bidrar till utbildningen.',
    'Other professions and fellow trainees contribute to the training.',
  ),
  point(
    'B6',
    RULE,
    'Det finns tillräckligt många handledare, och studierektorn har en roll när läkare rekryteras.',
    'There are enough supervisors, and the study director has a part in recruiting doctors.',
  ),

  point('C1', INDICATOR, 'Lokalerna ger en god utbildningsmiljö.', 'The premises give a good training environment.', {
    sv: 'Rundvandringen.',
    en: 'The tour.',
  }),
  point('C2', INDICATOR, 'Utrustningen ger en god utbildningsmiljö.', 'The equipment gives a good training environment.'),
  point(
    'C3',
    INDICATOR,
    'ST-läkarna har tillgång till beslutsstöd, vetenskapliga databaser och biblioteksstöd.',
    'Trainees have access to decision support, scientific databases and library support.',
  ),
  point(
    'C4',
    INDICATOR,
    'Det finns arbetsplatser med dator och rum för handledning och självstudier.',
    'There are workstations with computers and rooms for supervision and self-study.',
  ),
  point('C5', INDICATOR, 'Färdighetsträning finns där målen kräver det.', 'Skills training is available where the goals require it.'),
  point(
    'C6',
    INDICATOR,
    'Tekniken för digitalt deltagande i utbildningar och möten fungerar.',
    'The technology for taking part in training and meetings remotely works.',
  ),

  point(
    'D1',
    ADVICE,
    'Vårdgivaren har skriftliga riktlinjer för ST som ST-läkarna känner till.',
    'The provider has written ST guidelines that trainees know.',
    { sv: 'De lokala riktlinjerna för ST.', en: 'The local ST guidelines.' },
  ),
  point('D2', INDICATOR, 'Det finns ett fastställt introduktionsprogram.', 'There is an agreed introduction programme.', {
    sv: 'Introduktionsprogrammet.',
    en: 'The introduction programme.',
  }),
  point(
    'D3',
    RULE,
    'Varje ST-läkare har ett IUP som utgår från målbeskrivningen.',
    'Every trainee has an individual training programme based on the curriculum’s goals.',
    { sv: 'IUP-mallen och några IUP.', en: 'The IUP template and a few IUPs.' },
  ),
  point('D4', INDICATOR, 'IUP upprättas inom sju månader från ST-start.', 'The IUP is drawn up within seven months of starting ST.'),
  point('D5', ADVICE, 'IUP revideras regelbundet.', 'The IUP is revised regularly.'),
  point('D6', INDICATOR, 'ST följs upp vid ett strukturerat möte minst en gång per år.', 'ST is followed up at a structured meeting at least once a year.'),
  point('D7', RULE, 'Det finns en studierektor som stöd för ST-läkarna.', 'There is a study director supporting the trainees.'),
  point(
    'D8',
    INDICATOR,
    'Schemaläggningen balanserar jour och tar hänsyn till utbildningsaktiviteterna i IUP.',
    'Scheduling balances on-call work and allows for the training activities of the IUP.',
    { sv: 'Scheman.', en: 'Schedules.' },
  ),
  point('D9', INDICATOR, 'ST lever upp till ST-läkarnas förväntningar.', 'ST lives up to the trainees’ expectations.'),
  point(
    'D10',
    INDICATOR,
    'Studierektorn rapporterar om ST till verksamhetschefen och ledningen, och rapporterna leder till åtgärder.',
    'The study director reports on ST to the head of department and management, and the reports lead to action.',
  ),
  point(
    'D11',
    INDICATOR,
    'Styrdokumenten (riktlinjer, introduktionsprogram, IUP-mall, scheman) har skickats in och stämmer med hur ST bedrivs.',
    'The governing documents (guidelines, introduction programme, IUP template, schedules) were sent in and match how ST is run.',
    { sv: 'Dokumenten som studierektorn skickade inför besöket; intervjuerna.', en: 'The documents the study director sent before the visit; the interviews.' },
  ),

  point(
    'E1',
    RULE,
    'Varje ST-läkare har en personlig handledare som är specialist i specialiteten.',
    'Every trainee has a personal supervisor who is a specialist in the specialty.',
  ),
  point('E2', INDICATOR, 'Handledarna känner målbeskrivningen och ST-läkarens IUP.', 'Supervisors know the curriculum and the trainee’s IUP.'),
  point('E3', ADVICE, 'Det finns rutiner för regelbundna handledningssamtal.', 'There are routines for regular supervision meetings.'),
  point('E4', INDICATOR, 'Utbildningsklimatet inbjuder till diskussion och frågor.', 'The training climate invites discussion and questions.'),
  point(
    'E5',
    RULE,
    'Kompetensutvecklingen bedöms fortlöpande med strukturerade metoder och återkoppling.',
    'Progress is assessed continuously with structured methods and feedback.',
  ),
  point('E6', RULE, 'Uppnådda kompetenser dokumenteras fortlöpande.', 'Competences achieved are documented continuously.'),
  point('E7', ADVICE, 'Specialistkollegium används för att bedöma kompetensutvecklingen.', 'A panel of specialists is used to assess progress.'),
  point('E8', INDICATOR, 'ST-läkarna kan ge återkoppling på handledning och undervisning.', 'Trainees can give feedback on supervision and teaching.'),
  point(
    'E9',
    ADVICE,
    'ST-läkare vars utveckling inte går som planerat uppmärksammas och får stöd tidigt.',
    'Trainees whose progress falls behind are noticed and supported early.',
  ),
  point(
    'E10',
    INDICATOR,
    'Handledarna träffas regelbundet i handledarkollegium eller motsvarande.',
    'Supervisors meet regularly in a supervisors’ group or equivalent.',
    { sv: 'Intervjun med handledarna.', en: 'The interview with the supervisors.' },
  ),

  point('F1', RULE, 'ST-läkarna kan gå den teoretiska utbildning som ingår i IUP.', 'Trainees can take the theoretical training in their IUP.'),
  point('F2', INDICATOR, 'Kurserna kan gås när de gör mest nytta.', 'Courses can be taken when they are most useful.'),
  point(
    'F3',
    INDICATOR,
    'Det finns regelbunden, relevant internutbildning som ST-läkarna kan delta i.',
    'There is regular, relevant in-house teaching that trainees can attend.',
  ),
  point('F4', INDICATOR, 'ST-läkarna har schemalagd tid för självstudier.', 'Trainees have scheduled time for self-study.'),
  point('F5', INDICATOR, 'ST-läkarna deltar i journal club eller liknande.', 'Trainees take part in a journal club or similar.'),
  point('F6', INDICATOR, 'ST-läkarna kan delta i kongresser och externa utbildningsdagar.', 'Trainees can attend congresses and external training days.'),

  point(
    'G1',
    RULE,
    'ST-läkarna kan genomföra ett skriftligt individuellt arbete enligt vetenskapliga principer.',
    'Trainees can do an individual written project by scientific principles.',
  ),
  point('G2', INDICATOR, 'Det finns avsatt tid för det vetenskapliga arbetet.', 'There is time set aside for the scientific project.'),
  point(
    'G3',
    INDICATOR,
    'Vetenskaplig handledning och möjlighet till forskarutbildning finns.',
    'Scientific supervision and a path to doctoral studies exist.',
  ),
  point('G4', RULE, 'Kompetensen inom medicinsk vetenskap bedöms med återkoppling.', 'Competence in medical science is assessed, with feedback.'),
  point(
    'G5',
    RULE,
    'ST-läkarna genomför, dokumenterar och redovisar kvalitets- och patientsäkerhetsarbete.',
    'Trainees carry out, document and present quality and patient-safety work.',
  ),
  point(
    'G6',
    INDICATOR,
    'Det finns tid för förbättringsarbete och ST-läkarna deltar i patientsäkerhetsarbetet.',
    'There is time for improvement work and trainees take part in patient-safety work.',
  ),
  point(
    'G7',
    RULE,
    'Kompetensen inom kvalitets- och förbättringsarbete bedöms med återkoppling.',
    'Competence in quality improvement is assessed, with feedback.',
  ),

  point('H1', ADVICE, 'ST-läkarna leder vårdteam.', 'Trainees lead care teams.'),
  point(
    'H2',
    INDICATOR,
    'Ledarskapsutbildning och insyn i klinikens ledning finns.',
    'Leadership training and insight into how the clinic is led are offered.',
  ),
  point('H3', RULE, 'Ledarskapskompetensen bedöms med återkoppling.', 'Leadership competence is assessed, with feedback.'),
  point('H4', RULE, 'Den kommunikativa kompetensen bedöms med återkoppling.', 'Communication competence is assessed, with feedback.'),
  point('H5', ADVICE, 'ST-läkarna handleder och undervisar andra.', 'Trainees supervise and teach others.'),
  point('H6', ADVICE, 'ST-läkarna får handledning i att handleda.', 'Trainees are supervised in supervising.'),
  point('H7', RULE, 'Den pedagogiska kompetensen bedöms med återkoppling.', 'Teaching competence is assessed, with feedback.'),
];

export const checklistPoint = (id: string): ChecklistPoint | undefined => checklist.find((p) => p.id === id);
