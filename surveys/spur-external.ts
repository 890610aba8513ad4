import type { Basis, RoleWording, SurveyBank, Text } from './types.js';

/**
 * The survey of an external review of one clinic's ST (SPUR model, docs/domain.md §2–3), sent to the
 * clinic's ST doctors, supervisors, study director(s) and head(s) of department.
 *
 * Each statement is worded once for the trainee (first person) and once about the clinic's
 * trainees for supervisor, director and head, with the same meaning, so that the agreeing share
 * can be compared across roles and with the national benchmark.
 */

const t = (sv: string, en: string): Text => ({ sv, en });

/** The trainee's first-person wording, and the wording about the clinic's trainees for the other three roles. */
function everyone(st: Text, others: Text): RoleWording {
  return { st, supervisor: { ...others }, director: { ...others }, head: { ...others } };
}

/** Supervisor, director and head only: for what a trainee cannot judge. */
function othersOnly(others: Text): RoleWording {
  return { supervisor: { ...others }, director: { ...others }, head: { ...others } };
}

/** Required by the regulation. The paragraph is not cited, as it is not known for every point. */
const rule = (): Basis => ({ kind: 'rule', reference: 'HSLF-FS 2021:8' });
/** General advice (allmänt råd). */
const advice = (): Basis => ({ kind: 'advice' });
/** A quality indicator set by the specialty societies. */
const indicator = (): Basis => ({ kind: 'indicator' });

const yes = () => ({ value: 'yes', text: t('Ja', 'Yes') });
const no = () => ({ value: 'no', text: t('Nej', 'No') });

export const spurExternal: SurveyBank = {
  key: 'spur-external',
  title: t('Enkät inför extern granskning av ST', 'Survey for the external review of ST'),
  description: t(
    'Enkäten besvaras inför den externa granskningen av specialiseringstjänstgöringen (ST) på kliniken. ' +
      'Svaren är anonyma och redovisas endast på gruppnivå. Ta ställning till varje påstående utifrån hur det ' +
      'är på kliniken i dag. Välj ”Vet ej / ej aktuellt” om du inte kan bedöma ett påstående.',
    'This survey is answered ahead of the external review of specialist training (ST) at the clinic. ' +
      'Answers are anonymous and are only reported for groups. Rate each statement by how things are at the ' +
      "clinic today. Choose “Don't know / not applicable” if you cannot judge a statement.",
  ),
  roles: ['st', 'supervisor', 'director', 'head'],
  pages: [
    // ---------------------------------------------------------------- background
    {
      id: 'background',
      title: t('Bakgrund', 'Background'),
      description: t(
        'Bakgrundsfrågorna används bara för att redovisa svaren i grupper. Inga uppgifter som kan identifiera dig efterfrågas.',
        'The background questions are only used to report answers by group. Nothing that could identify you is asked for.',
      ),
      items: [
        {
          kind: 'choice',
          id: 'background.training-year',
          wording: {
            st: t('Vilket år av din ST är du inne på?', 'Which year of your ST are you in?'),
          },
          description: t('Räkna från start av ST, omräknat till heltid.', 'Count from the start of your ST, converted to full-time equivalent.'),
          choices: [
            { value: 'year-1', text: t('År 1', 'Year 1') },
            { value: 'year-2', text: t('År 2', 'Year 2') },
            { value: 'year-3', text: t('År 3', 'Year 3') },
            { value: 'year-4', text: t('År 4', 'Year 4') },
            { value: 'year-5-or-later', text: t('År 5 eller senare', 'Year 5 or later') },
          ],
        },
        {
          kind: 'choice',
          id: 'background.rotation-now',
          wording: {
            st: t('Gör du sidotjänstgöring just nu?', 'Are you currently on a rotation (sidotjänstgöring)?'),
          },
          description: t(
            'Besvara ändå enkäten utifrån din ST på den klinik som granskas.',
            'Please still answer the survey about your ST at the clinic under review.',
          ),
          choices: [yes(), no()],
        },
        {
          kind: 'choice',
          id: 'background.supervisor-training',
          wording: {
            supervisor: t('Har du gått handledarutbildning?', 'Have you completed supervisor training?'),
          },
          choices: [yes(), no(), { value: 'ongoing', text: t('Pågår', 'Ongoing') }],
        },
        {
          kind: 'choice',
          id: 'background.main-supervisor',
          wording: {
            supervisor: t('Är du huvudhandledare för minst en ST-läkare?', 'Are you the main supervisor of at least one ST doctor?'),
          },
          choices: [yes(), no()],
        },
        {
          kind: 'choice',
          id: 'background.director-years',
          wording: {
            director: t('Hur länge har du varit studierektor?', 'How long have you been a study director?'),
          },
          choices: [
            { value: 'under-1-year', text: t('Mindre än 1 år', 'Less than 1 year') },
            { value: 'years-1-3', text: t('1–3 år', '1–3 years') },
            { value: 'years-4-6', text: t('4–6 år', '4–6 years') },
            { value: 'over-6-years', text: t('Mer än 6 år', 'More than 6 years') },
          ],
        },
        {
          kind: 'numeric',
          id: 'background.director-time',
          wording: {
            director: t(
              'Hur stor andel av din arbetstid är avsatt för uppdraget som studierektor?',
              'What share of your working time is set aside for the study director assignment?',
            ),
          },
          description: t('Ange en procentsats mellan 0 och 100.', 'Give a percentage between 0 and 100.'),
          // The study director's own assignment, stated in it: known to whoever answers.
          required: true,
          min: 0,
          max: 100,
          unit: t('procent', 'percent'),
        },
        {
          kind: 'choice',
          id: 'background.st-delegated',
          wording: {
            head: t('Har du delegerat uppgifter som rör ST till en ST-chef?', 'Have you delegated duties concerning ST to an ST manager (ST-chef)?'),
          },
          choices: [yes(), no()],
        },
      ],
    },

    // ---------------------------------------------------------------- A
    {
      id: 'A',
      area: 'A',
      title: t('Verksamheten', 'The unit’s clinical work'),
      description: t(
        'Ger verksamhetens kliniska innehåll ST-läkarna förutsättningar att uppnå målen?',
        'Does the unit’s clinical work let the ST doctors meet the goals?',
      ),
      items: [
        {
          kind: 'statement',
          id: 'A.varied-clinical-work',
          area: 'A',
          checkpoint: 'A1',
          basis: rule(),
          wording: everyone(
            t(
              'Verksamheten är tillräckligt varierad för att jag ska kunna uppnå målen i målbeskrivningen.',
              'The clinical work is varied enough for me to meet the goals of the curriculum.',
            ),
            t(
              'Verksamheten är tillräckligt varierad för att ST-läkarna ska kunna uppnå målen i målbeskrivningen.',
              'The clinical work is varied enough for the ST doctors to meet the goals of the curriculum.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'A.patient-volume',
          area: 'A',
          checkpoint: 'A1',
          basis: rule(),
          wording: everyone(
            t('Patientunderlaget är tillräckligt stort för att jag ska kunna uppnå målen.', 'The patient volume is large enough for me to meet the goals.'),
            t(
              'Patientunderlaget är tillräckligt stort för att ST-läkarna ska kunna uppnå målen.',
              'The patient volume is large enough for the ST doctors to meet the goals.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'A.acute-and-planned-care',
          area: 'A',
          checkpoint: 'A2',
          basis: indicator(),
          wording: everyone(
            t(
              'Jag tjänstgör inom både akut och planerad verksamhet i den omfattning som målen kräver.',
              'I work in both emergency and planned care to the extent the goals require.',
            ),
            t(
              'ST-läkarna tjänstgör inom både akut och planerad verksamhet i den omfattning som målen kräver.',
              'The ST doctors work in both emergency and planned care to the extent the goals require.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'A.care-settings',
          area: 'A',
          checkpoint: 'A2',
          basis: indicator(),
          wording: everyone(
            t(
              'Jag får den erfarenhet av öppen och sluten vård som specialiteten kräver.',
              'I get the experience of outpatient and inpatient care that the specialty requires.',
            ),
            t(
              'ST-läkarna får den erfarenhet av öppen och sluten vård som specialiteten kräver.',
              'The ST doctors get the experience of outpatient and inpatient care that the specialty requires.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'A.rotations-available',
          area: 'A',
          checkpoint: 'A3',
          basis: rule(),
          wording: everyone(
            t('De sidotjänstgöringar jag behöver för att uppnå målen går att genomföra.', 'The rotations I need to meet the goals can be arranged.'),
            t(
              'De sidotjänstgöringar ST-läkarna behöver för att uppnå målen går att genomföra.',
              'The rotations the ST doctors need to meet the goals can be arranged.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'A.rotations-planned',
          area: 'A',
          checkpoint: 'A4',
          basis: advice(),
          wording: everyone(
            t(
              'Mina sidotjänstgöringar planeras i god tid och har tydliga mål kopplade till mitt IUP.',
              'My rotations are planned well ahead and have clear goals linked to my IUP.',
            ),
            t(
              'ST-läkarnas sidotjänstgöringar planeras i god tid och har tydliga mål kopplade till deras IUP.',
              'The ST doctors’ rotations are planned well ahead and have clear goals linked to their IUP.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'A.graded-responsibility',
          area: 'A',
          checkpoint: 'A5',
          basis: advice(),
          wording: everyone(
            t(
              'Jag får ett successivt ökande självständigt ansvar i takt med att min kompetens utvecklas.',
              'I am given gradually increasing independent responsibility as my competence develops.',
            ),
            t(
              'ST-läkarna får ett successivt ökande självständigt ansvar i takt med att deras kompetens utvecklas.',
              'The ST doctors are given gradually increasing independent responsibility as their competence develops.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'A.training-vs-production',
          area: 'A',
          checkpoint: 'A6',
          basis: indicator(),
          wording: everyone(
            t(
              'När mitt arbete planeras vägs mina utbildningsbehov rimligt mot vårdproduktionens krav.',
              'When my work is planned, my training needs are reasonably balanced against the demands of patient care.',
            ),
            t(
              'När ST-läkarnas arbete planeras vägs deras utbildningsbehov rimligt mot vårdproduktionens krav.',
              'When the ST doctors’ work is planned, their training needs are reasonably balanced against the demands of patient care.',
            ),
          ),
        },
      ],
    },

    // ---------------------------------------------------------------- B
    {
      id: 'B',
      area: 'B',
      title: t('Medarbetarstab och interna kompetenser', 'Staff and in-house competences'),
      description: t(
        'Är läkarstaben och övriga interna kompetenser tillräckligt stora och varierade?',
        'Are the medical staff and other in-house competences large and varied enough?',
      ),
      items: [
        {
          kind: 'statement',
          id: 'B.enough-specialists',
          area: 'B',
          checkpoint: 'B1',
          basis: rule(),
          wording: everyone(
            t(
              'Det finns tillräckligt många specialister på kliniken för att jag ska få adekvat handledning.',
              'There are enough specialists at the clinic for me to get adequate supervision.',
            ),
            t(
              'Det finns tillräckligt många specialister på kliniken för att ST-läkarna ska få adekvat handledning.',
              'There are enough specialists at the clinic for the ST doctors to get adequate supervision.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'B.specialists-available',
          area: 'B',
          checkpoint: 'B2',
          basis: indicator(),
          wording: everyone(
            t(
              'Jag kan alltid rådfråga en specialist när jag behöver det, även under jour.',
              'I can always consult a specialist when I need to, also when on call.',
            ),
            t(
              'ST-läkarna kan alltid rådfråga en specialist när de behöver det, även under jour.',
              'The ST doctors can always consult a specialist when they need to, also when on call.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'B.specialist-breadth',
          area: 'B',
          checkpoint: 'B2',
          basis: indicator(),
          wording: everyone(
            t(
              'Specialisterna på kliniken täcker tillsammans in specialitetens hela kompetensområde, så att jag kan lära mig det.',
              'Together, the specialists at the clinic cover the specialty’s whole field of competence, so that I can learn it.',
            ),
            t(
              'Specialisterna på kliniken täcker tillsammans in specialitetens hela kompetensområde, så att ST-läkarna kan lära sig det.',
              'Together, the specialists at the clinic cover the specialty’s whole field of competence, so that the ST doctors can learn it.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'B.supervisors-trained',
          area: 'B',
          checkpoint: 'B3',
          basis: rule(),
          wording: everyone(
            t('Min handledare har gått handledarutbildning.', 'My supervisor has completed supervisor training.'),
            t('ST-läkarnas handledare har gått handledarutbildning.', 'The ST doctors’ supervisors have completed supervisor training.'),
          ),
        },
        {
          kind: 'statement',
          id: 'B.supervisor-time',
          area: 'B',
          checkpoint: 'B4',
          basis: advice(),
          wording: everyone(
            t('Min handledare har tid avsatt för handledningsuppdraget.', 'My supervisor has time set aside for the supervision assignment.'),
            t(
              'ST-läkarnas handledare har tid avsatt för handledningsuppdraget.',
              'The ST doctors’ supervisors have time set aside for the supervision assignment.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'B.staffing-allows-supervision',
          area: 'B',
          checkpoint: 'B4',
          basis: advice(),
          wording: everyone(
            t(
              'Bemanningen gör det möjligt för mig och min handledare att träffas för handledning som planerat.',
              'Staffing makes it possible for my supervisor and me to meet for supervision as planned.',
            ),
            t(
              'Bemanningen gör det möjligt för ST-läkarna och deras handledare att träffas för handledning som planerat.',
              'Staffing makes it possible for the ST doctors and their supervisors to meet for supervision as planned.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'B.other-professions',
          area: 'B',
          checkpoint: 'B5',
          basis: indicator(),
          wording: everyone(
            t('Andra yrkesgrupper på kliniken bidrar till min utbildning.', 'Other professions at the clinic contribute to my training.'),
            t('Andra yrkesgrupper på kliniken bidrar till ST-läkarnas utbildning.', 'Other professions at the clinic contribute to the ST doctors’ training.'),
          ),
        },
        {
          kind: 'statement',
          id: 'B.peer-learning',
          area: 'B',
          checkpoint: 'B5',
          basis: indicator(),
          wording: everyone(
            t(
              'Det finns tillräckligt många ST-läkare på kliniken för att jag ska ha ett givande kollegialt utbyte med andra ST-läkare.',
              'There are enough ST doctors at the clinic for me to have a rewarding exchange with other ST doctors.',
            ),
            t(
              'Det finns tillräckligt många ST-läkare på kliniken för att de ska ha ett givande kollegialt utbyte med varandra.',
              'There are enough ST doctors at the clinic for them to have a rewarding exchange with each other.',
            ),
          ),
        },
      ],
    },

    // ---------------------------------------------------------------- C
    {
      id: 'C',
      area: 'C',
      title: t('Lokaler och utrustning', 'Premises and equipment'),
      description: t(
        'Är lokalerna och utrustningen tillräckligt bra för att ge en god utbildningsmiljö?',
        'Are the premises and equipment good enough for a good training environment?',
      ),
      items: [
        {
          kind: 'statement',
          id: 'C.premises',
          area: 'C',
          checkpoint: 'C1',
          basis: indicator(),
          wording: everyone(
            t('Lokalerna är tillräckligt bra för att ge mig en god utbildningsmiljö.', 'The premises are good enough to give me a good training environment.'),
            t(
              'Lokalerna är tillräckligt bra för att ge ST-läkarna en god utbildningsmiljö.',
              'The premises are good enough to give the ST doctors a good training environment.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'C.equipment',
          area: 'C',
          checkpoint: 'C2',
          basis: indicator(),
          wording: everyone(
            t(
              'Utrustningen är tillräckligt bra för att ge mig en god utbildningsmiljö.',
              'The equipment is good enough to give me a good training environment.',
            ),
            t(
              'Utrustningen är tillräckligt bra för att ge ST-läkarna en god utbildningsmiljö.',
              'The equipment is good enough to give the ST doctors a good training environment.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'C.it-library-support',
          area: 'C',
          checkpoint: 'C3',
          basis: indicator(),
          wording: everyone(
            t(
              'Jag har tillgång till IT-baserat beslutsstöd, sökbara vetenskapliga databaser och biblioteksstöd.',
              'I have access to IT-based decision support, searchable scientific databases and library support.',
            ),
            t(
              'ST-läkarna har tillgång till IT-baserat beslutsstöd, sökbara vetenskapliga databaser och biblioteksstöd.',
              'The ST doctors have access to IT-based decision support, searchable scientific databases and library support.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'C.workstation',
          area: 'C',
          checkpoint: 'C4',
          basis: indicator(),
          wording: everyone(
            t('Jag har tillgång till en arbetsplats med dator när jag behöver det.', 'I have access to a workstation with a computer when I need one.'),
            t(
              'ST-läkarna har tillgång till en arbetsplats med dator när de behöver det.',
              'The ST doctors have access to a workstation with a computer when they need one.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'C.rooms-for-study',
          area: 'C',
          checkpoint: 'C4',
          basis: indicator(),
          wording: everyone(
            t(
              'Jag har tillgång till lämpliga rum för handledningssamtal och självstudier.',
              'I have access to suitable rooms for supervision talks and self-study.',
            ),
            t(
              'ST-läkarna har tillgång till lämpliga rum för handledningssamtal och självstudier.',
              'The ST doctors have access to suitable rooms for supervision talks and self-study.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'C.skills-training',
          area: 'C',
          checkpoint: 'C5',
          basis: indicator(),
          wording: everyone(
            t(
              'Jag har tillgång till färdighetsträning, t.ex. simulatorer eller övningsmodeller, där målen kräver det.',
              'I have access to skills training, e.g. simulators or training models, where the goals require it.',
            ),
            t(
              'ST-läkarna har tillgång till färdighetsträning, t.ex. simulatorer eller övningsmodeller, där målen kräver det.',
              'The ST doctors have access to skills training, e.g. simulators or training models, where the goals require it.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'C.digital-participation',
          area: 'C',
          checkpoint: 'C6',
          basis: indicator(),
          wording: everyone(
            t(
              'Det finns fungerande teknik för att jag ska kunna delta digitalt i utbildningar och möten.',
              'There is working technology for me to take part in training and meetings online.',
            ),
            t(
              'Det finns fungerande teknik för att ST-läkarna ska kunna delta digitalt i utbildningar och möten.',
              'There is working technology for the ST doctors to take part in training and meetings online.',
            ),
          ),
        },
      ],
    },

    // ---------------------------------------------------------------- D
    {
      id: 'D',
      area: 'D',
      title: t('Tjänstgöringens upplägg', 'Organisation of the training'),
      description: t(
        'Är tjänstgöringens upplägg ändamålsenligt för att ST-läkarna ska uppnå målen?',
        'Is the way the training is organised fit for the ST doctors to meet the goals?',
      ),
      items: [
        {
          kind: 'statement',
          id: 'D.written-guidelines',
          area: 'D',
          checkpoint: 'D1',
          basis: advice(),
          wording: everyone(
            t('Jag har god insikt i vårdgivarens skriftliga riktlinjer för ST.', 'I have good insight into the care provider’s written guidelines for ST.'),
            t(
              'ST-läkarna har god insikt i vårdgivarens skriftliga riktlinjer för ST.',
              'The ST doctors have good insight into the care provider’s written guidelines for ST.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'D.introduction-programme',
          area: 'D',
          checkpoint: 'D2',
          basis: indicator(),
          wording: everyone(
            t('Jag inledde min ST med ett introduktionsprogram som enheten har fastställt.', 'I started my ST with an introduction programme set by the unit.'),
            t(
              'ST-läkarna inleder sin ST med ett introduktionsprogram som enheten har fastställt.',
              'The ST doctors start their ST with an introduction programme set by the unit.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'D.iup-based-on-goals',
          area: 'D',
          checkpoint: 'D3',
          basis: rule(),
          wording: everyone(
            t(
              'Jag har ett individuellt utbildningsprogram (IUP) som utgår från målen i målbeskrivningen.',
              'I have an individual training plan (IUP) based on the goals of the curriculum.',
            ),
            t(
              'ST-läkarna har ett individuellt utbildningsprogram (IUP) som utgår från målen i målbeskrivningen.',
              'The ST doctors have an individual training plan (IUP) based on the goals of the curriculum.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'D.iup-early',
          area: 'D',
          checkpoint: 'D4',
          basis: indicator(),
          wording: everyone(
            t('Mitt IUP upprättades inom sju månader från att jag började min ST.', 'My IUP was drawn up within seven months of the start of my ST.'),
            t(
              'ST-läkarnas IUP upprättas inom sju månader från att de börjat sin ST.',
              'The ST doctors’ IUPs are drawn up within seven months of the start of their ST.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'D.iup-revised',
          area: 'D',
          checkpoint: 'D5',
          basis: advice(),
          wording: everyone(
            t('Mitt IUP revideras regelbundet.', 'My IUP is revised regularly.'),
            t('ST-läkarnas IUP revideras regelbundet.', 'The ST doctors’ IUPs are revised regularly.'),
          ),
        },
        {
          kind: 'statement',
          id: 'D.yearly-follow-up',
          area: 'D',
          checkpoint: 'D6',
          basis: indicator(),
          wording: everyone(
            t(
              'Min ST följs upp vid ett strukturerat uppföljningsmöte minst en gång per år.',
              'My ST is followed up at a structured follow-up meeting at least once a year.',
            ),
            t(
              'ST-läkarnas utbildning följs upp vid ett strukturerat uppföljningsmöte minst en gång per år.',
              'The ST doctors’ training is followed up at a structured follow-up meeting at least once a year.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'D.study-director',
          area: 'D',
          checkpoint: 'D7',
          basis: rule(),
          wording: everyone(
            t('Jag har tillgång till en studierektor som stöd i min ST.', 'I have access to a study director for support in my ST.'),
            t('ST-läkarna har tillgång till en studierektor som stöd i sin ST.', 'The ST doctors have access to a study director for support in their ST.'),
          ),
        },
        {
          kind: 'statement',
          id: 'D.on-call-balance',
          area: 'D',
          checkpoint: 'D8',
          basis: indicator(),
          wording: everyone(
            t('Jag har en god balans mellan jour och övrig klinisk tjänstgöring.', 'I have a good balance between on-call duty and other clinical work.'),
            t(
              'ST-läkarna har en god balans mellan jour och övrig klinisk tjänstgöring.',
              'The ST doctors have a good balance between on-call duty and other clinical work.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'D.schedule-follows-iup',
          area: 'D',
          checkpoint: 'D8',
          basis: indicator(),
          wording: everyone(
            t(
              'Schemaläggningen tar hänsyn till de utbildningsaktiviteter som ingår i mitt IUP.',
              'Scheduling takes account of the training activities in my IUP.',
            ),
            t(
              'Schemaläggningen tar hänsyn till de utbildningsaktiviteter som ingår i ST-läkarnas IUP.',
              'Scheduling takes account of the training activities in the ST doctors’ IUPs.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'D.lives-up-to-expectations',
          area: 'D',
          checkpoint: 'D9',
          basis: indicator(),
          overall: true,
          wording: {
            st: t('Min ST lever upp till mina förväntningar.', 'My ST lives up to my expectations.'),
          },
        },
      ],
    },

    // ---------------------------------------------------------------- E
    {
      id: 'E',
      area: 'E',
      title: t('Handledning och kompetensbedömning', 'Supervision and competence assessment'),
      description: t(
        'Är handledningen och kompetensbedömningen ändamålsenliga för att ST-läkarna ska uppnå målen?',
        'Are supervision and competence assessment fit for the ST doctors to meet the goals?',
      ),
      items: [
        {
          kind: 'statement',
          id: 'E.personal-supervisor',
          area: 'E',
          checkpoint: 'E1',
          basis: rule(),
          wording: everyone(
            t('Jag har en personlig handledare som är specialist i specialiteten.', 'I have a personal supervisor who is a specialist in the specialty.'),
            t(
              'ST-läkarna på kliniken har en personlig handledare som är specialist i specialiteten.',
              'The ST doctors at the clinic have a personal supervisor who is a specialist in the specialty.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'E.supervisor-knows-goals',
          area: 'E',
          checkpoint: 'E2',
          basis: indicator(),
          wording: everyone(
            t('Min handledare har god kännedom om målbeskrivningen och mitt IUP.', 'My supervisor knows the curriculum and my IUP well.'),
            t(
              'ST-läkarnas handledare har god kännedom om målbeskrivningen och ST-läkarnas IUP.',
              'The ST doctors’ supervisors know the curriculum and the ST doctors’ IUPs well.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'E.supervision-routines',
          area: 'E',
          checkpoint: 'E3',
          basis: advice(),
          wording: everyone(
            t(
              'Det finns rutiner som ser till att jag har regelbundna handledningssamtal med min handledare.',
              'There are routines ensuring that I have regular supervision talks with my supervisor.',
            ),
            t(
              'Det finns rutiner som ser till att ST-läkarna har regelbundna handledningssamtal med sin handledare.',
              'There are routines ensuring that the ST doctors have regular supervision talks with their supervisor.',
            ),
          ),
        },
        {
          kind: 'numeric',
          id: 'E.supervision-talks-12m',
          area: 'E',
          checkpoint: 'E3',
          basis: indicator(),
          wording: {
            st: t(
              'Hur många handledningssamtal har du haft med din handledare under de senaste 12 månaderna?',
              'How many supervision talks have you had with your supervisor in the last 12 months?',
            ),
          },
          description: t(
            'Räkna planerade samtal som är avsatta för handledning, inte konsultationer i det dagliga kliniska arbetet.',
            'Count planned talks set aside for supervision, not consultations in the daily clinical work.',
          ),
          // A year's count from memory: a trainee who does not know leaves it, and the report gives the n.
          required: false,
          min: 0,
          max: 52,
          unit: t('samtal', 'talks'),
        },
        {
          kind: 'statement',
          id: 'E.training-climate',
          area: 'E',
          checkpoint: 'E4',
          basis: indicator(),
          wording: everyone(
            t(
              'Utbildningsklimatet på kliniken inbjuder mig till diskussion och frågor.',
              'The training climate at the clinic invites me to discuss and ask questions.',
            ),
            t(
              'Utbildningsklimatet på kliniken inbjuder ST-läkarna till diskussion och frågor.',
              'The training climate at the clinic invites the ST doctors to discuss and ask questions.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'E.progress-assessed',
          area: 'E',
          checkpoint: 'E5',
          basis: rule(),
          wording: everyone(
            t(
              'Min kompetensutveckling bedöms fortlöpande och jag får återkoppling på bedömningarna.',
              'My progress is assessed continuously and I get feedback on the assessments.',
            ),
            t(
              'ST-läkarnas kompetensutveckling bedöms fortlöpande och de får återkoppling på bedömningarna.',
              'The ST doctors’ progress is assessed continuously and they get feedback on the assessments.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'E.structured-assessments',
          area: 'E',
          checkpoint: 'E5',
          basis: rule(),
          wording: everyone(
            t(
              'Min kompetens bedöms med strukturerade bedömningsmetoder med skriftlig återkoppling.',
              'My competence is assessed with structured assessment methods with written feedback.',
            ),
            t(
              'ST-läkarnas kompetens bedöms med strukturerade bedömningsmetoder med skriftlig återkoppling.',
              'The ST doctors’ competence is assessed with structured assessment methods with written feedback.',
            ),
          ),
          description: t(
            'Till exempel Mini-CEX, DOPS, CBD, 360-gradersbedömning eller observerade patientsamtal.',
            'For example Mini-CEX, DOPS, CBD, 360-degree assessment or observed consultations.',
          ),
        },
        {
          kind: 'numeric',
          id: 'E.assessments-12m',
          area: 'E',
          checkpoint: 'E5',
          basis: indicator(),
          wording: {
            st: t(
              'Hur många strukturerade kompetensbedömningar med skriftlig återkoppling (t.ex. Mini-CEX, DOPS, CBD) har du fått under de senaste 12 månaderna?',
              'How many structured competence assessments with written feedback (e.g. Mini-CEX, DOPS, CBD) have you had in the last 12 months?',
            ),
          },
          required: false,
          min: 0,
          max: 52,
          unit: t('bedömningar', 'assessments'),
        },
        {
          kind: 'statement',
          id: 'E.competences-documented',
          area: 'E',
          checkpoint: 'E6',
          basis: rule(),
          wording: everyone(
            t('De kompetenser jag har uppnått dokumenteras fortlöpande.', 'The competences I have attained are documented continuously.'),
            t('De kompetenser ST-läkarna har uppnått dokumenteras fortlöpande.', 'The competences the ST doctors have attained are documented continuously.'),
          ),
        },
        {
          kind: 'statement',
          id: 'E.specialist-panel',
          area: 'E',
          checkpoint: 'E7',
          basis: advice(),
          wording: everyone(
            t(
              'Specialistkollegium används för att bedöma min kompetensutveckling.',
              'A panel of specialists (specialistkollegium) is used to assess my progress.',
            ),
            t(
              'Specialistkollegium används för att bedöma ST-läkarnas kompetensutveckling.',
              'A panel of specialists (specialistkollegium) is used to assess the ST doctors’ progress.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'E.feedback-to-specialists',
          area: 'E',
          checkpoint: 'E8',
          basis: indicator(),
          wording: everyone(
            t(
              'Jag har möjlighet att ge återkoppling på specialisternas handledning och undervisning, t.ex. i ett ST-läkarkollegium.',
              'I can give feedback on the specialists’ supervision and teaching, e.g. in an ST-doctor panel (ST-läkarkollegium).',
            ),
            t(
              'ST-läkarna har möjlighet att ge återkoppling på specialisternas handledning och undervisning, t.ex. i ett ST-läkarkollegium.',
              'The ST doctors can give feedback on the specialists’ supervision and teaching, e.g. in an ST-doctor panel (ST-läkarkollegium).',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'E.support-when-behind',
          area: 'E',
          checkpoint: 'E9',
          basis: advice(),
          wording: othersOnly(
            t(
              'Det finns rutiner för att tidigt uppmärksamma och stödja ST-läkare vars kompetensutveckling inte går som planerat.',
              'There are routines for noticing early and supporting ST doctors whose progress is not going as planned.',
            ),
          ),
        },
      ],
    },

    // ---------------------------------------------------------------- F
    {
      id: 'F',
      area: 'F',
      title: t('Teoretisk utbildning', 'Theoretical training'),
      description: t(
        'Är den teoretiska utbildningen ändamålsenlig för att ST-läkarna ska uppnå målen?',
        'Is the theoretical training fit for the ST doctors to meet the goals?',
      ),
      items: [
        {
          kind: 'statement',
          id: 'F.theoretical-training-per-iup',
          area: 'F',
          checkpoint: 'F1',
          basis: rule(),
          wording: everyone(
            t(
              'Jag kan gå den teoretiska utbildning, t.ex. kurser, som ingår i mitt IUP.',
              'I can take the theoretical training, e.g. courses, set out in my IUP.',
            ),
            t(
              'ST-läkarna kan gå den teoretiska utbildning, t.ex. kurser, som ingår i deras IUP.',
              'The ST doctors can take the theoretical training, e.g. courses, set out in their IUP.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'F.course-timing',
          area: 'F',
          checkpoint: 'F2',
          basis: indicator(),
          wording: everyone(
            t('Jag kan gå kurserna vid den tidpunkt i min ST då de gör mest nytta.', 'I can take courses at the point in my ST where they are most useful.'),
            t(
              'ST-läkarna kan gå kurserna vid den tidpunkt i sin ST då de gör mest nytta.',
              'The ST doctors can take courses at the point in their ST where they are most useful.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'F.internal-teaching',
          area: 'F',
          checkpoint: 'F3',
          basis: indicator(),
          wording: everyone(
            t(
              'Det finns regelbunden internutbildning på kliniken som är relevant för min ST.',
              'There is regular in-house teaching at the clinic that is relevant to my ST.',
            ),
            t(
              'Det finns regelbunden internutbildning på kliniken som är relevant för ST-läkarna.',
              'There is regular in-house teaching at the clinic that is relevant to the ST doctors.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'F.attend-internal-teaching',
          area: 'F',
          checkpoint: 'F3',
          basis: indicator(),
          wording: everyone(
            t(
              'Jag kan delta i internutbildningen utan att det krockar med kliniskt arbete.',
              'I can attend in-house teaching without it clashing with clinical work.',
            ),
            t(
              'ST-läkarna kan delta i internutbildningen utan att det krockar med kliniskt arbete.',
              'The ST doctors can attend in-house teaching without it clashing with clinical work.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'F.self-study-time',
          area: 'F',
          checkpoint: 'F4',
          basis: indicator(),
          wording: everyone(
            t('Jag har schemalagd tid för självstudier.', 'I have scheduled time for self-study.'),
            t('ST-läkarna har schemalagd tid för självstudier.', 'The ST doctors have scheduled time for self-study.'),
          ),
        },
        {
          kind: 'numeric',
          id: 'F.self-study-hours',
          area: 'F',
          checkpoint: 'F4',
          basis: indicator(),
          wording: {
            st: t(
              'Hur många timmar per vecka har du i genomsnitt schemalagt för självstudier på arbetstid?',
              'On average, how many hours a week of self-study do you have scheduled during working time?',
            ),
          },
          description: t(
            'Räkna ett genomsnitt över de senaste tre månaderna, i hela eller halva timmar (t.ex. 0,5). Svara 0 om du inte har någon schemalagd tid för självstudier. Vet du inte kan du lämna frågan tom.',
            'Take an average over the last three months, in whole or half hours (e.g. 0.5). Answer 0 if you have no scheduled self-study time. If you do not know, you may leave it blank.',
          ),
          // In the real analysis 99 of 100 trainees answered it (docs/domain.md §3).
          required: false,
          min: 0,
          max: 40,
          // Half hours: the reports count "at least 1 hour" and "none" separately (docs/domain.md §3).
          step: 0.5,
          unit: t('timmar per vecka', 'hours a week'),
        },
        {
          kind: 'statement',
          id: 'F.journal-club',
          area: 'F',
          checkpoint: 'F5',
          basis: indicator(),
          wording: everyone(
            t(
              'Jag deltar regelbundet i journal club eller liknande litteraturgenomgångar.',
              'I regularly take part in a journal club or similar literature reviews.',
            ),
            t(
              'ST-läkarna deltar regelbundet i journal club eller liknande litteraturgenomgångar.',
              'The ST doctors regularly take part in a journal club or similar literature reviews.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'F.external-meetings',
          area: 'F',
          checkpoint: 'F6',
          basis: indicator(),
          wording: everyone(
            t(
              'Jag har möjlighet att delta i kongresser och externa utbildningsdagar inom specialiteten.',
              'I can attend congresses and external training days in the specialty.',
            ),
            t(
              'ST-läkarna har möjlighet att delta i kongresser och externa utbildningsdagar inom specialiteten.',
              'The ST doctors can attend congresses and external training days in the specialty.',
            ),
          ),
        },
      ],
    },

    // ---------------------------------------------------------------- G
    {
      id: 'G',
      area: 'G',
      title: t('Medicinsk vetenskap och systematiskt kvalitets- och patientsäkerhetsarbete', 'Medical science and systematic quality and patient-safety work'),
      description: t(
        'Får ST-läkarna förutsättningar att utveckla kompetens inom medicinsk vetenskap och systematiskt kvalitets- och patientsäkerhetsarbete?',
        'Can the ST doctors build competence in medical science and in systematic quality and patient-safety work?',
      ),
      items: [
        {
          kind: 'statement',
          id: 'G.scientific-project',
          area: 'G',
          checkpoint: 'G1',
          basis: rule(),
          wording: everyone(
            t(
              'Jag har möjlighet att genomföra ett skriftligt individuellt arbete enligt vetenskapliga principer inom ramen för min ST.',
              'I can do a written individual project according to scientific principles as part of my ST.',
            ),
            t(
              'ST-läkarna har möjlighet att genomföra ett skriftligt individuellt arbete enligt vetenskapliga principer inom ramen för sin ST.',
              'The ST doctors can do a written individual project according to scientific principles as part of their ST.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'G.scientific-project-time',
          area: 'G',
          checkpoint: 'G2',
          basis: indicator(),
          wording: everyone(
            t('Jag får avsatt tid för mitt vetenskapliga arbete.', 'I am given time set aside for my scientific project.'),
            t('ST-läkarna får avsatt tid för sitt vetenskapliga arbete.', 'The ST doctors are given time set aside for their scientific project.'),
          ),
        },
        {
          kind: 'statement',
          id: 'G.scientific-supervision',
          area: 'G',
          checkpoint: 'G3',
          basis: indicator(),
          wording: everyone(
            t('Jag har tillgång till vetenskaplig handledning.', 'I have access to scientific supervision.'),
            t('ST-läkarna har tillgång till vetenskaplig handledning.', 'The ST doctors have access to scientific supervision.'),
          ),
        },
        {
          kind: 'statement',
          id: 'G.phd-opportunity',
          area: 'G',
          checkpoint: 'G3',
          basis: indicator(),
          wording: everyone(
            t('Jag har möjlighet att kombinera min ST med forskarutbildning.', 'I can combine my ST with doctoral (PhD) studies.'),
            t('ST-läkarna har möjlighet att kombinera sin ST med forskarutbildning.', 'The ST doctors can combine their ST with doctoral (PhD) studies.'),
          ),
        },
        {
          kind: 'statement',
          id: 'G.science-competence-assessed',
          area: 'G',
          checkpoint: 'G4',
          basis: rule(),
          wording: everyone(
            t(
              'Min kompetens inom medicinsk vetenskap bedöms och jag får återkoppling på bedömningen.',
              'My competence in medical science is assessed and I get feedback on the assessment.',
            ),
            t(
              'ST-läkarnas kompetens inom medicinsk vetenskap bedöms och de får återkoppling på bedömningen.',
              'The ST doctors’ competence in medical science is assessed and they get feedback on the assessment.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'G.quality-work',
          area: 'G',
          checkpoint: 'G5',
          basis: rule(),
          wording: everyone(
            t('Jag genomför, dokumenterar och redovisar kvalitets- och patientsäkerhetsarbete.', 'I do, document and present quality and patient-safety work.'),
            t(
              'ST-läkarna genomför, dokumenterar och redovisar kvalitets- och patientsäkerhetsarbete.',
              'The ST doctors do, document and present quality and patient-safety work.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'G.quality-work-time',
          area: 'G',
          checkpoint: 'G6',
          basis: indicator(),
          wording: everyone(
            t('Jag får avsatt tid för mitt kvalitets- och förbättringsarbete.', 'I am given time set aside for my quality-improvement project.'),
            t(
              'ST-läkarna får avsatt tid för sitt kvalitets- och förbättringsarbete.',
              'The ST doctors are given time set aside for their quality-improvement project.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'G.patient-safety-involvement',
          area: 'G',
          checkpoint: 'G6',
          basis: indicator(),
          wording: everyone(
            t(
              'Jag deltar i klinikens patientsäkerhetsarbete, t.ex. avvikelsehantering och händelseanalyser.',
              'I take part in the clinic’s patient-safety work, e.g. incident reporting and event analyses.',
            ),
            t(
              'ST-läkarna deltar i klinikens patientsäkerhetsarbete, t.ex. avvikelsehantering och händelseanalyser.',
              'The ST doctors take part in the clinic’s patient-safety work, e.g. incident reporting and event analyses.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'G.quality-competence-assessed',
          area: 'G',
          checkpoint: 'G7',
          basis: rule(),
          wording: everyone(
            t(
              'Min kompetens inom kvalitets- och förbättringsarbete bedöms fortlöpande och jag får återkoppling på bedömningarna.',
              'My competence in quality improvement is assessed continuously and I get feedback on the assessments.',
            ),
            t(
              'ST-läkarnas kompetens inom kvalitets- och förbättringsarbete bedöms fortlöpande och de får återkoppling på bedömningarna.',
              'The ST doctors’ competence in quality improvement is assessed continuously and they get feedback on the assessments.',
            ),
          ),
        },
      ],
    },

    // ---------------------------------------------------------------- H
    {
      id: 'H',
      area: 'H',
      title: t('Ledarskapskompetens och kommunikativ kompetens', 'Leadership and communication competence'),
      description: t(
        'Får ST-läkarna förutsättningar att utveckla ledarskapskompetens och kommunikativ kompetens?',
        'Can the ST doctors build competence in leadership and communication?',
      ),
      items: [
        {
          kind: 'statement',
          id: 'H.lead-care-teams',
          area: 'H',
          checkpoint: 'H1',
          basis: advice(),
          wording: everyone(
            t('Jag leder vårdteam, t.ex. på rond eller under jour.', 'I lead care teams, e.g. on ward rounds or on call.'),
            t('ST-läkarna leder vårdteam, t.ex. på rond eller under jour.', 'The ST doctors lead care teams, e.g. on ward rounds or on call.'),
          ),
        },
        {
          kind: 'statement',
          id: 'H.leadership-training',
          area: 'H',
          checkpoint: 'H2',
          basis: indicator(),
          wording: everyone(
            t('Jag har möjlighet att gå utbildning i ledarskap under min ST.', 'I can take leadership training during my ST.'),
            t('ST-läkarna har möjlighet att gå utbildning i ledarskap under sin ST.', 'The ST doctors can take leadership training during their ST.'),
          ),
        },
        {
          kind: 'statement',
          id: 'H.management-insight',
          area: 'H',
          checkpoint: 'H2',
          basis: indicator(),
          wording: everyone(
            t(
              'Jag får insyn i hur kliniken leds och styrs, t.ex. genom att delta i ledningsmöten.',
              'I get insight into how the clinic is led and managed, e.g. by attending management meetings.',
            ),
            t(
              'ST-läkarna får insyn i hur kliniken leds och styrs, t.ex. genom att delta i ledningsmöten.',
              'The ST doctors get insight into how the clinic is led and managed, e.g. by attending management meetings.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'H.leadership-competence-assessed',
          area: 'H',
          checkpoint: 'H3',
          basis: rule(),
          wording: everyone(
            t(
              'Min ledarskapskompetens bedöms och jag får återkoppling på bedömningen.',
              'My leadership competence is assessed and I get feedback on the assessment.',
            ),
            t(
              'ST-läkarnas ledarskapskompetens bedöms och de får återkoppling på bedömningen.',
              'The ST doctors’ leadership competence is assessed and they get feedback on the assessment.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'H.communication-competence-assessed',
          area: 'H',
          checkpoint: 'H4',
          basis: rule(),
          wording: everyone(
            t(
              'Min kommunikativa kompetens bedöms, t.ex. genom observerade patientsamtal, och jag får återkoppling på bedömningen.',
              'My communication competence is assessed, e.g. through observed consultations, and I get feedback on the assessment.',
            ),
            t(
              'ST-läkarnas kommunikativa kompetens bedöms, t.ex. genom observerade patientsamtal, och de får återkoppling på bedömningen.',
              'The ST doctors’ communication competence is assessed, e.g. through observed consultations, and they get feedback on the assessment.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'H.supervise-others',
          area: 'H',
          checkpoint: 'H5',
          basis: advice(),
          wording: everyone(
            t('Jag handleder studenter och mindre erfarna kollegor.', 'I supervise students and less experienced colleagues.'),
            t('ST-läkarna handleder studenter och mindre erfarna kollegor.', 'The ST doctors supervise students and less experienced colleagues.'),
          ),
        },
        {
          kind: 'statement',
          id: 'H.teaching',
          area: 'H',
          checkpoint: 'H5',
          basis: advice(),
          wording: everyone(
            t(
              'Jag undervisar, t.ex. vid internutbildning eller för studenter och andra yrkesgrupper.',
              'I teach, e.g. in in-house teaching or for students and other professions.',
            ),
            t(
              'ST-läkarna undervisar, t.ex. vid internutbildning eller för studenter och andra yrkesgrupper.',
              'The ST doctors teach, e.g. in in-house teaching or for students and other professions.',
            ),
          ),
        },
        {
          kind: 'statement',
          id: 'H.supervision-of-supervising',
          area: 'H',
          checkpoint: 'H6',
          basis: advice(),
          wording: everyone(
            t('Jag får handledning i hur jag handleder andra.', 'I get supervision in how to supervise others.'),
            t('ST-läkarna får handledning i hur de handleder andra.', 'The ST doctors get supervision in how to supervise others.'),
          ),
        },
        {
          kind: 'statement',
          id: 'H.teaching-competence-assessed',
          area: 'H',
          checkpoint: 'H7',
          basis: rule(),
          wording: everyone(
            t(
              'Min pedagogiska kompetens bedöms och jag får återkoppling på bedömningen.',
              'My teaching competence is assessed and I get feedback on the assessment.',
            ),
            t(
              'ST-läkarnas pedagogiska kompetens bedöms och de får återkoppling på bedömningen.',
              'The ST doctors’ teaching competence is assessed and they get feedback on the assessment.',
            ),
          ),
        },
      ],
    },
  ],
  suggestions: {
    idPrefix: 'suggestion',
    count: 3,
    maxLength: 1000,
    title: t('Förbättringsförslag', 'Improvement suggestions'),
    description: t(
      'Ge gärna upp till tre konkreta förslag på hur ST på kliniken kan bli bättre. Skriv inte namn eller annat som kan identifiera enskilda personer.',
      'You are welcome to give up to three concrete suggestions for how ST at the clinic could be improved. Do not write names or anything else that could identify individuals.',
    ),
    itemTitle: t('Förbättringsförslag', 'Improvement suggestion'),
  },
};
