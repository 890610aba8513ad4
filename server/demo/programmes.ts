import type { AssessmentBody, ConformanceStatus, ProgrammeBody } from '../../contract/programmes.js';
import type { RootDb } from '../db/database.js';
import type { Actor } from '../permissions.js';
import { assess, createProgramme, programmeList, uploadDocument } from '../features/programmes/service.js';
import { simplePdf } from './pdf.js';

/**
 * Leadership programmes held against the national model. The first is the regional programme of
 * docs/domain.md §5 (a year-long management course of 8 sessions, a 6-week full-time improvement
 * project, about 10 days of optional university courses, practice with a head of another
 * department, ST extended by at most 3 months), judged from its own description; which region
 * runs it is the demo's choice, not a fact. Two more programmes, in other regions, make the
 * matrix and the region comparison compare something; they are invented.
 */
interface DemoProgramme {
  body: ProgrammeBody;
  document: { name: string; lines: string[] } | null;
  judgements: Record<string, [ConformanceStatus, evidence?: string, note?: string]>;
}

const DOMAIN_PROGRAMME: DemoProgramme = {
  body: {
    regionCode: 'E',
    name: 'Ledarskapsprogram för ST-läkare',
    programmeType: 'leadership_st',
    doctorsOnly: true,
    aimedAtJunior: true,
    status: 'active',
    lengthMonths: 12,
    includesUgl: false,
    placesPerYear: 6,
  },
  document: {
    name: 'Programbeskrivning ledarskapsprogram för ST.pdf',
    lines: [
      'Programmet pågår under ett år parallellt med ST.',
      'Kursen i ledarskap och verksamhetsstyrning omfattar 8 kurstillfällen om 1-2 dagar.',
      'Deltagaren genomför ett förbättringsarbete på heltid under 6 veckor.',
      'Cirka 10 dagar valfria universitetskurser kan ingå.',
      'Praktik hos verksamhetschef på annan klinik samt studiebesök.',
      'ST kan förlängas med högst 3 månader.',
      'Specialistlön utgår från den dag ordinarie ST skulle ha avslutats.',
      'Regionen finansierar kursdelen centralt; deltagarna nomineras av verksamhetschefen.',
    ],
  },
  judgements: {
    'central-funding': ['partly_met', 'Regionen finansierar kursdelen centralt', 'Bara kursdelen; tiden bekostas av kliniken.'],
    'central-selection': ['partly_met', 'deltagarna nomineras av verksamhetschefen', 'Nominering finns, men inget centralt urval beskrivs.'],
    'contract-programme-time': ['not_met', 'ST kan förlängas med högst 3 månader.', 'Modellen förutsätter normalt 12 månader utöver ST.'],
    'contract-mentor': ['not_stated'],
    'contract-training-programme': [
      'partly_met',
      'Kursen i ledarskap och verksamhetsstyrning omfattar 8 kurstillfällen om 1-2 dagar.',
      'Momenten finns, inte veckor per moment.',
    ],
    'contract-study-time': ['not_stated'],
    'contract-specialist-pay': ['met', 'Specialistlön utgår från den dag ordinarie ST skulle ha avslutats.'],
    'joint-training-plan': ['not_stated'],
    'course-management': ['met', 'Kursen i ledarskap och verksamhetsstyrning'],
    'course-leadership': ['met', 'Kursen i ledarskap och verksamhetsstyrning'],
    'course-group-development': ['not_met', undefined, 'UGL ingår inte.'],
    'university-course': ['not_met', 'Cirka 10 dagar valfria universitetskurser kan ingå.', 'Valfria och kortare än 7,5 högskolepoäng.'],
    'improvement-project': [
      'partly_met',
      'Deltagaren genomför ett förbättringsarbete på heltid under 6 veckor.',
      'Att projektet förs ut i verksamheten framgår inte.',
    ],
    'management-placement': [
      'partly_met',
      'Praktik hos verksamhetschef på annan klinik samt studiebesök.',
      'Längden framgår inte; modellen kräver minst 3 månader.',
    ],
    'managers-network': ['not_stated'],
  },
};

const OTHERS: DemoProgramme[] = [
  {
    body: {
      regionCode: 'AC',
      name: 'Ledarskaps-ST',
      programmeType: 'leadership_st',
      doctorsOnly: true,
      aimedAtJunior: true,
      status: 'active',
      lengthMonths: 12,
      includesUgl: true,
      placesPerYear: 4,
    },
    document: null,
    judgements: {
      'central-funding': ['met'],
      'central-selection': ['met'],
      'contract-programme-time': ['met'],
      'contract-mentor': ['met'],
      'contract-training-programme': ['met'],
      'contract-study-time': ['partly_met'],
      'contract-specialist-pay': ['met'],
      'joint-training-plan': ['met'],
      'learning-goals': ['partly_met'],
      'course-group-development': ['met'],
      'university-course': ['met'],
      'improvement-project': ['met'],
      'management-placement': ['not_met'],
      'managers-network': ['met'],
    },
  },
  {
    body: {
      regionCode: 'O',
      name: 'Framtida ledare i vården',
      programmeType: 'all_professions',
      doctorsOnly: false,
      aimedAtJunior: false,
      status: 'active',
      lengthMonths: 9,
      includesUgl: true,
      placesPerYear: 30,
    },
    document: null,
    judgements: {
      'central-funding': ['met'],
      'central-selection': ['met'],
      'contract-programme-time': ['not_met'],
      'contract-specialist-pay': ['not_met'],
      'course-communication': ['met'],
      'course-conflict-handling': ['met'],
      'course-group-development': ['met'],
      'university-course': ['not_stated'],
      'improvement-project': ['partly_met'],
      'managers-network': ['met'],
    },
  },
];

export async function loadDemoProgrammes(db: RootDb, admin: Actor, now: Date): Promise<{ programmeIds: string[] }> {
  const programmeIds: string[] = [];
  for (const demo of [DOMAIN_PROGRAMME, ...OTHERS]) {
    // The mapping's demo may have put the same programme in already: assess that one.
    const { programmes } = await programmeList(db);
    const known = programmes.find((p) => p.region.code === demo.body.regionCode && p.name === demo.body.name);
    const { id } = known ?? (await createProgramme(db, admin, demo.body));
    const documentId = demo.document ? await uploadDocument(db, admin, id, demo.document.name, simplePdf(demo.body.name, demo.document.lines), now) : null;
    for (const [pointKey, [status, evidence, note]] of Object.entries(demo.judgements)) {
      const body: AssessmentBody = { status, ...(evidence ? { evidence, ...(documentId ? { documentId } : {}) } : {}), ...(note ? { note } : {}) };
      await assess(db, admin, id, pointKey, body, now);
    }
    programmeIds.push(id);
  }
  return { programmeIds };
}
