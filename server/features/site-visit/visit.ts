import type { SaveNoteBody, VisitNote, VisitPlan, VisitPlanBody } from '../../../contract/site-visit.js';
import type { Db } from '../../db/database.js';
import { Conflict, fieldProblem, Invalid, type FieldProblem } from '../../http/errors.js';
import type { Actor } from '../../permissions.js';
import { isCalendarDate } from '../../../contract/dates.js';
import * as repo from './repository.js';

export async function visitPlan(db: Db, reviewId: string): Promise<VisitPlan> {
  const row = await repo.visitPlan(db, reviewId);
  if (!row) return { startsOn: null, endsOn: null, inspectors: [], schedule: [], notes: '', updatedAt: null };
  return {
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    inspectors: row.inspectors,
    schedule: row.schedule,
    notes: row.notes,
    updatedAt: row.updated_at.toISOString(),
  };
}

/** What the schema cannot say: real dates, in order, and each session inside the visit. */
export function planProblems(plan: VisitPlanBody): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of ['startsOn', 'endsOn'] as const) {
    const value = plan[field];
    if (value !== null && !isCalendarDate(value)) problems.push(fieldProblem(field, 'field.notRealDate', { value }));
  }
  if (plan.startsOn && plan.endsOn && plan.endsOn < plan.startsOn) problems.push(fieldProblem('endsOn', 'visit.endsBeforeStart'));
  plan.schedule.forEach((entry, i) => {
    if (!isCalendarDate(entry.date)) problems.push(fieldProblem(`schedule.${i}.date`, 'field.notRealDate', { value: entry.date }));
    else if ((plan.startsOn && entry.date < plan.startsOn) || (plan.endsOn && entry.date > plan.endsOn)) {
      problems.push(fieldProblem(`schedule.${i}.date`, 'visit.sessionOutside'));
    }
    if (entry.end <= entry.start) problems.push(fieldProblem(`schedule.${i}.end`, 'visit.sessionEndsBeforeStart'));
    if (entry.kind === 'interview' && entry.role === null) problems.push(fieldProblem(`schedule.${i}.role`, 'visit.interviewRole'));
  });
  return problems;
}

export async function saveVisitPlan(db: Db, reviewId: string, plan: VisitPlanBody): Promise<VisitPlan> {
  const problems = planProblems(plan);
  if (problems.length > 0) throw new Invalid({ code: 'visit.planInvalid' }, problems);
  const schedule = [...plan.schedule].sort((a, b) => `${a.date} ${a.start}`.localeCompare(`${b.date} ${b.start}`));
  await repo.saveVisitPlan(db, reviewId, { ...plan, inspectors: plan.inspectors.map((i) => i.trim()), schedule });
  return visitPlan(db, reviewId);
}

type NoteRow = Awaited<ReturnType<typeof repo.visitNotes>>[number];
const toNote = (row: NoteRow): VisitNote => ({
  id: row.id,
  group: row.note_group as VisitNote['group'],
  areas: [...row.areas].sort(),
  body: row.body,
  savedAt: row.saved_at.toISOString(),
});

export async function visitNotes(db: Db, reviewId: string): Promise<VisitNote[]> {
  return (await repo.visitNotes(db, reviewId)).map(toNote);
}

/** Clocks of tablets drift, but not by days: a save stamped far in the future is refused. */
const MAX_CLOCK_AHEAD_MS = 24 * 60 * 60 * 1000;

/**
 * A note's group: a clinic review's role group (or the tour, the documents), or a hospital-level
 * review's leadership function (`fn-…`, checked against the review's list by its feature).
 */
export type NoteInput = Omit<SaveNoteBody, 'group'> & { group: string };

async function storeNote(db: Db, actor: Actor, reviewId: string, noteId: string, note: NoteInput, deleted: boolean): Promise<VisitNote | null> {
  const savedAt = new Date(note.savedAt);
  if (Number.isNaN(savedAt.getTime())) throw new Invalid({ code: 'field.dateTime' }, [fieldProblem('savedAt', 'field.dateTime')]);
  if (savedAt.getTime() > Date.now() + MAX_CLOCK_AHEAD_MS) {
    throw new Invalid({ code: 'visit.noteFuture' }, [fieldProblem('savedAt', 'visit.noteFuture')]);
  }
  const existing = await repo.findNote(db, noteId);
  if (existing && existing.campaign_id !== reviewId) throw new Conflict({ code: 'visit.noteOtherReview' });
  await repo.saveNote(db, reviewId, { id: noteId, group: note.group, areas: note.areas, body: note.body, savedAt: savedAt.toISOString(), deleted }, actor.id);
  const stored = await repo.findNote(db, noteId);
  return stored && !stored.deleted ? toNote(stored) : null;
}

/** Upsert; answers with what is stored, which is newer than the request when the save was stale. */
export async function saveNote(db: Db, actor: Actor, reviewId: string, noteId: string, note: NoteInput): Promise<VisitNote | null> {
  return storeNote(db, actor, reviewId, noteId, note, false);
}

/**
 * A delete is kept as a marker, so a late queued save of the same note cannot bring it back. It
 * is stamped after whatever is stored: a tablet whose clock runs ahead may have stamped the note
 * later than the server's now, and the delete must still win.
 */
export async function deleteNote(db: Db, actor: Actor, reviewId: string, noteId: string): Promise<void> {
  const existing = await repo.findNote(db, noteId);
  const after = existing ? existing.saved_at.getTime() + 1 : 0;
  const savedAt = new Date(Math.max(Date.now(), after)).toISOString();
  await storeNote(db, actor, reviewId, noteId, { group: 'tour', areas: [], body: '', savedAt }, true);
}
