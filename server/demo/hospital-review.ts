import type { PointStatus } from '../../contract/domain.js';
import { providerDuties, type DutyId } from '../../surveys/provider-duties.js';
import type { RootDb } from '../db/database.js';
import type { Actor } from '../permissions.js';
import { requestDocuments, uploadThroughLink } from '../features/documents/service.js';
import { assessDuty, closeHospitalReview, createHospitalReview, interviews, saveInterviewNote, saveProfile } from '../features/hospital-review/service.js';
import { authoringView, publish, recordComments, saveContent, sendForComment } from '../features/report-writing/authoring.js';
import { commentCandidates } from '../features/report-writing/comment-round.js';
import { simplePdf } from './pdf.js';

/**
 * The demo hospital's hospital-level review, complete and published: the profile of the domain
 * brief's hospital (about 610 doctors, 144 of them ST doctors), every duty of the provider judged
 * with its evidence, notes from the leadership interviews (per function, never a name), the
 * provider's documents, the synthesis of its clinic reviews, and the report per duty.
 */

const PROFILE = { beds: 940, doctors: 610, stDoctors: 144, directorPercentPerTrainee: 1.5, stFundingPerPost: 385000 };

const DUTIES: Record<DutyId, { status: PointStatus; note: string; finding: string; recommendations: string[] }> = {
  P1: {
    status: 'partly',
    note: 'Klinikgranskningen: handledning och kompetensbedömning varierar mellan klinikerna.',
    finding:
      'ST håller god kvalitet i de flesta kliniker, men kvaliteten är inte jämn: IUP, handledningsrutiner och bedömning av de allmänna kompetenserna är goda i vissa kliniker och svaga i andra.',
    recommendations: ['Följ upp de återkommande svaga områdena i alla kliniker med en gemensam plan.'],
  },
  P2: {
    status: 'met',
    note: '16 kliniknära studierektorer och en sjukhusövergripande; uppdragsbeskrivningar finns.',
    finding: 'Alla ST-läkare har tillgång till en studierektor; uppdragen är beskrivna och kända.',
    recommendations: [],
  },
  P3: {
    status: 'partly',
    note: 'Handledarenkäten: drygt var femte handledare saknar handledarutbildning.',
    finding: 'Det finns handledare till alla ST-läkare, men inte alla har gått handledarutbildning.',
    recommendations: ['Ge alla handledare handledarutbildning inom två år och följ upp andelen årligen.'],
  },
  P4: {
    status: 'partly',
    note: 'Mallar för bedömning finns centralt men används olika.',
    finding: 'Rutiner för kompetensbedömning finns, men bedömningen av de allmänna kompetenserna görs sällan med återkoppling.',
    recommendations: ['Inför gemensamma bedömningsinstrument för de allmänna kompetenserna.'],
  },
  P5: {
    status: 'partly',
    note: 'ST rapporteras till sjukhusledningen en gång om året i årsrapporten.',
    finding: 'ST följs upp i årsrapporten men ingår inte i det systematiska kvalitetsarbetet i övrigt; digitalt stöd för planering och uppföljning saknas.',
    recommendations: ['Gör ST till en del av ledningssystemet för kvalitet med mätbara mål.', 'Skaffa digitalt stöd för planering och uppföljning av ST.'],
  },
  P6: {
    status: 'partly',
    note: 'Granskningstäckningen: två enheter försenade, en aldrig granskad.',
    finding: 'De flesta ST-enheter har granskats externt inom fem år, men två är försenade och en har aldrig granskats.',
    recommendations: ['Planera extern granskning av de enheter som är försenade eller aldrig granskade.'],
  },
  P7: {
    status: 'not_met',
    note: 'Ett försök med intern enkät föll på det digitala systemets begränsningar.',
    finding: 'Interna granskningar mellan de externa görs inte systematiskt.',
    recommendations: ['Inför en årlig intern granskning (STINS eller likvärdig) för alla ST-enheter.'],
  },
  P8: {
    status: 'met',
    note: 'Finansieringsmodellen avsätter 1,5 % av heltid per ST-läkare.',
    finding: 'Studierektorerna har finansiering och avsatt tid enligt sjukhusets modell, 1,5 % av heltid per ST-läkare.',
    recommendations: [],
  },
};

const NOTES: { fn: string; body: string }[] = [
  { fn: 'fn-chief-executive', body: 'Ledningen ser ST som en del av kompetensförsörjningen; uppföljningen sker i årsrapporten.' },
  { fn: 'fn-hr-head', body: 'ST-tjänster tillsätts centralt; kontrakt enligt gemensam mall.' },
  { fn: 'fn-controller', body: 'ST-finansieringen följer posten, inte kliniken; ingen särskild uppföljning av utbildningstid.' },
  { fn: 'fn-hospital-director', body: 'Studierektorerna möts varje månad; det interna granskningsförsöket lades ned.' },
  { fn: 'fn-clinic-directors', body: 'Tiden räcker i de flesta kliniker men inte där många ST-läkare finns per studierektor.' },
  { fn: 'fn-union', body: 'Schemaläggningen prioriterar vårdproduktion framför utbildningsmoment.' },
];

const DOCUMENTS: { category: string; fileName: string; title: string }[] = [
  { category: 'financing-model', fileName: 'Finansieringsmodell ST.pdf', title: 'Finansieringsmodell för ST' },
  { category: 'directives', fileName: 'Direktiv ST.pdf', title: 'Direktiv för specialiseringstjänstgöring' },
  { category: 'scientific-work-guideline', fileName: 'Riktlinje vetenskapligt arbete.pdf', title: 'Riktlinje för det vetenskapliga arbetet' },
  { category: 'course-catalogue', fileName: 'Kurskatalog.pdf', title: 'Kurskatalog' },
  { category: 'templates', fileName: 'Mallar.pdf', title: 'Mallar: IUP, projektplan, ST-kontrakt' },
  { category: 'organisation', fileName: 'Organisation.pdf', title: 'Organisationsöversikt' },
  { category: 'director-assignments', fileName: 'Uppdragsbeskrivningar.pdf', title: 'Studierektorernas uppdragsbeskrivningar' },
  { category: 'annual-reports', fileName: 'Årsrapport.pdf', title: 'Årsrapport från studierektorerna' },
];

export async function loadDemoHospitalReview(db: RootDb, inspector: Actor, hospitalId: string, publicUrl: string): Promise<string> {
  const id = await createHospitalReview(db, inspector, { title: 'Granskning på sjukhusnivå', hospitalId });
  await saveProfile(db, inspector, id, PROFILE);

  // Asked for before the visit; the hospital-wide study director sends them through the link, all but the plans and the supervisor surveys.
  const asked = [
    'financing-model',
    'directives',
    'scientific-work-guideline',
    'course-catalogue',
    'templates',
    'organisation',
    'plans',
    'director-assignments',
    'annual-reports',
    'supervisor-surveys',
  ];
  const token = await requestDocuments(
    db,
    inspector,
    id,
    { categories: asked, deadline: '2026-10-20', contactName: 'Sara Sjukhusstudierektor', contactEmail: 'sjukhusstudierektor@demo.example.se' },
    publicUrl,
    new Date('2026-10-01T08:00:00Z'),
  );
  for (const [i, document] of DOCUMENTS.entries()) {
    await uploadThroughLink(
      db,
      token,
      { category: document.category, name: document.fileName },
      simplePdf(document.title, ['Demosjukhuset']),
      new Date(`2026-10-${10 + i}T09:00:00Z`),
    );
  }

  for (const [i, note] of NOTES.entries()) {
    const noteId = `00000000-0000-4000-8001-${String(i + 1).padStart(12, '0')}`; // 8000-… are the clinic visit's
    await saveInterviewNote(db, inspector, id, noteId, { function: note.fn, body: note.body, savedAt: `2026-11-0${3 + (i % 2)}T1${i}:00:00Z` });
  }
  for (const duty of providerDuties) await assessDuty(db, inspector, id, duty.id, DUTIES[duty.id].status, DUTIES[duty.id].note);
  await closeHospitalReview(db, inspector, id, new Date());

  const { current } = await authoringView(db, id);
  const content = {
    ...current.content,
    summary:
      'Vårdgivaren har en fungerande organisation för ST med studierektorer i alla kliniker och en finansieringsmodell som ger dem tid. Kvaliteten är god men inte jämn, och uppföljningen mellan de externa granskningarna saknas.',
    duties: Object.fromEntries(
      providerDuties.map((d) => [d.id, { judgement: DUTIES[d.id].status, finding: DUTIES[d.id].finding, recommendations: DUTIES[d.id].recommendations }]),
    ),
  };
  await saveContent(db, inspector, id, content);
  const now = new Date();
  const { candidates, deadline } = await commentCandidates(db, id, now);
  await sendForComment(db, inspector, id, { deadline: deadline.suggested, recipients: candidates.map((c) => c.email) }, publicUrl, now);
  await recordComments(db, inspector, id, 'Sjukhusledningen delar bilden och tar fram en plan för de interna granskningarna.');
  await publish(db, inspector, id, publicUrl);
  return id;
}

/** How many leadership functions the demo's notes cover (for its test). */
export const demoInterviewed = async (db: RootDb, id: string) => (await interviews(db, id)).functions.filter((f) => f.notes > 0).length;
