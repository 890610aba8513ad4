import { checklist } from '../../surveys/checklist.js';
import type { RootDb } from '../db/database.js';
import type { Actor } from '../permissions.js';
import { GRADE_RUBRIC } from '../features/report/rubric.js';
import { buildReport } from '../features/report/service.js';
import { actionPlan, submitPlan, updateAction } from '../features/site-visit/action-plan.js';
import { assessPoint } from '../features/site-visit/checklist.js';
import { saveNote, saveVisitPlan } from '../features/site-visit/visit.js';
import { requestDocuments, uploadThroughLink } from '../features/documents/service.js';
import { simplePdf } from './pdf.js';
import { ACTION_TEXTS, DEMO_DOCUMENTS, VISIT_NOTES } from './texts.js';

/** A fixed visit date keeps the demo the same whenever it is loaded. */
const VISIT_DAYS = ['2026-10-13', '2026-10-14'];

/**
 * The demo's site visit: a two-day plan, interview notes, and every checklist point judged. The
 * judgement follows the trainees' figures as an inspector would start from them (well below the
 * rubric's level: not met; just below: partly met), and points without survey evidence are met.
 */
/**
 * The documents the clinic sent before the visit: asked for a month before, three in time through
 * the study director's link and the schedules two days late.
 */
async function sendDemoDocuments(db: RootDb, inspector: Actor, reviewId: string, publicUrl: string): Promise<void> {
  const token = await requestDocuments(
    db,
    inspector,
    reviewId,
    {
      categories: ['st-guidelines', 'introduction-programme', 'iup-template', 'schedules'],
      deadline: '2026-09-29',
      contactName: 'Sture Rektor',
      contactEmail: 'studierektor@demo.example.se',
    },
    publicUrl,
    new Date('2026-09-14T08:00:00Z'),
  );
  for (const document of DEMO_DOCUMENTS) {
    const pdf = simplePdf(document.title, document.lines);
    await uploadThroughLink(db, token, { category: document.category, name: document.fileName }, pdf, new Date(document.sentAt));
  }
}

export async function runDemoVisit(db: RootDb, inspector: Actor, reviewId: string, publicUrl: string): Promise<void> {
  await sendDemoDocuments(db, inspector, reviewId, publicUrl);
  const [day1, day2] = VISIT_DAYS;
  await saveVisitPlan(db, reviewId, {
    startsOn: day1,
    endsOn: day2,
    inspectors: ['Greta Granskare', 'Per Specialist'],
    schedule: [
      { date: day1, start: '08:30', end: '09:30', kind: 'interview', role: 'head', place: 'Ledningsrummet' },
      { date: day1, start: '09:45', end: '11:15', kind: 'interview', role: 'st', place: 'Konferensrum Ekan' },
      { date: day1, start: '13:00', end: '14:30', kind: 'tour', role: null, place: 'Start vid huvudentrén' },
      { date: day2, start: '08:30', end: '09:45', kind: 'interview', role: 'supervisor', place: 'Konferensrum Ekan' },
      { date: day2, start: '10:00', end: '11:00', kind: 'interview', role: 'director', place: 'Konferensrum Ekan' },
      { date: day2, start: '11:15', end: '12:00', kind: 'documents', role: null, place: '' },
      { date: day2, start: '14:00', end: '14:45', kind: 'feedback', role: null, place: 'Ledningsrummet' },
    ],
    notes: 'Studierektorerna skickade lokala riktlinjer, introduktionsprogram och IUP-mall två veckor före besöket.',
  });
  for (const [i, note] of VISIT_NOTES.entries()) {
    const id = `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`;
    await saveNote(db, inspector, reviewId, id, {
      group: note.group,
      areas: note.areas,
      body: note.body,
      savedAt: `${day1}T${String(10 + i).padStart(2, '0')}:00:00.000Z`,
    });
  }

  const report = await buildReport(db, reviewId, {});
  const trainees = new Map(report.areas.flatMap((a) => a.statements).map((s) => [s.itemId, { checkpoint: s.checkpoint, share: s.byRole.st?.share ?? null }]));
  for (const point of checklist) {
    const shares = [...trainees.values()].filter((s) => s.checkpoint === point.id && s.share !== null).map((s) => s.share!);
    const level = GRADE_RUBRIC.levels[point.basis.kind];
    const lowest = shares.length > 0 ? Math.min(...shares) : 1;
    const status = lowest < level - 0.15 ? 'not_met' : lowest < level ? 'partly' : 'met';
    const note = shares.length > 0 ? '' : 'Bedömt vid platsbesöket.';
    await assessPoint(db, inspector, reviewId, point.id, status, note);
  }
}

/** The clinic's answer to the published report: every recommendation planned, then followed up. */
export async function answerDemoActionPlan(db: RootDb, reader: Actor, reviewId: string): Promise<void> {
  const plan = await actionPlan(db, reviewId);
  // One text per action: a repeated one reads as a copy-and-paste mistake in the demo.
  if (plan.actions.length > ACTION_TEXTS.length)
    throw new Error(`The demo's action plan has ${plan.actions.length} actions and only ${ACTION_TEXTS.length} texts.`);
  for (const [i, action] of plan.actions.entries()) {
    const text = ACTION_TEXTS[i];
    await updateAction(db, reader, reviewId, action.id, { action: text.action, responsible: text.responsible, dueOn: `2027-0${1 + (i % 6)}-15` });
  }
  await submitPlan(db, reader, reviewId);
  for (const [i, action] of plan.actions.entries()) {
    const text = ACTION_TEXTS[i];
    await updateAction(db, reader, reviewId, action.id, { status: text.status, followUpNote: text.note });
  }
}
