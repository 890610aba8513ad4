import { Type, type Static } from '@sinclair/typebox';
import { Body, Id } from './common.js';
import { Cell } from './report.js';
import { ActionStatus, Area, AreaKey, CalendarDate, Grade, PointId, PointStatus, Role, ScheduleKind } from './domain.js';

/*
 * The review's second half (issue #11): the checklist the inspectors judge per area, the site
 * visit with its plan and interview notes, and the clinic's action plan with its follow-up.
 */

const LocalText = Type.Object({ sv: Type.String(), en: Type.String() });
const Uuid = Type.String({ pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$', description: 'a UUID made by the client' });

// ---- checklist ----------------------------------------------------------------------------

export const PointBasis = Type.Object({
  kind: Type.Union([Type.Literal('rule'), Type.Literal('advice'), Type.Literal('indicator')]),
  reference: Type.Union([Type.String(), Type.Null()]),
});

/** One survey statement's figures shown beside the checklist point it gives evidence for. */
export const PointEvidence = Type.Object({
  itemId: Type.String(),
  label: LocalText,
  byRole: Type.Record(Type.String(), Cell),
  benchmark: Type.Union(
    [
      Type.Object({ poolShare: Type.Number(), poolAgreeing: Type.Integer(), poolN: Type.Integer(), differencePp: Type.Number(), flagged: Type.Boolean() }),
      Type.Null(),
    ],
    {
      description: 'the trainees’ share against the national pool; null when there is no pool figure',
    },
  ),
});

/** A statement of the study directors' supplementary survey citing the point: the directors' share over the whole review. */
export const SupplementEvidence = Type.Object({ itemId: Type.String(), label: LocalText, cell: Cell });

export const ChecklistPoint = Type.Object({
  id: Type.String({ description: 'e.g. "E5"' }),
  area: Area,
  text: LocalText,
  basis: PointBasis,
  /** What to look at during the visit when the survey gives no evidence. */
  visitEvidence: Type.Union([LocalText, Type.Null()]),
  status: PointStatus,
  note: Type.String(),
  updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  evidence: Type.Array(PointEvidence),
  supplementEvidence: Type.Array(SupplementEvidence, {
    description: 'the supplement’s statements citing the point, from the snapshot; empty while open or when the supplement’s figures are hidden',
  }),
  /** Ids of the interview notes tagged with the point's area. */
  noteIds: Type.Array(Uuid),
});
export type ChecklistPoint = Static<typeof ChecklistPoint>;

export const AreaChecklist = Type.Object({
  area: AreaKey,
  title: LocalText,
  points: Type.Array(ChecklistPoint),
  suggestedGrade: Type.Union([Grade, Type.Null()]),
  suggestionPoints: Type.Number(),
});
export type AreaChecklist = Static<typeof AreaChecklist>;

export const Checklist = Type.Object({
  areas: Type.Array(AreaChecklist),
  supplement: Type.Union(
    [
      Type.Object({
        answered: Type.Integer(),
        counted: Type.Integer(),
        threshold: Type.Integer(),
        shown: Type.Boolean({ description: 'false: too few directors answered, so its figures are hidden everywhere' }),
      }),
      Type.Null(),
    ],
    { description: 'the study directors’ supplementary survey in the report; null while open, without one, or in a report computed before its section' },
  ),
});
export type Checklist = Static<typeof Checklist>;

export const AssessPointBody = Body({ status: PointStatus, note: Type.String({ maxLength: 5000 }) });
export const PointParams = Body({ id: Id, pointId: PointId });

// ---- site visit ---------------------------------------------------------------------------

export const ScheduleEntry = Type.Object(
  {
    date: CalendarDate,
    start: Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'HH:MM' }),
    end: Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'HH:MM' }),
    kind: ScheduleKind,
    role: Type.Union([Role, Type.Null()], { description: 'whom an interview is with' }),
    place: Type.String({ maxLength: 200 }),
  },
  { additionalProperties: false },
);
export type ScheduleEntry = Static<typeof ScheduleEntry>;

export const VisitPlanBody = Body({
  startsOn: Type.Union([CalendarDate, Type.Null()]),
  endsOn: Type.Union([CalendarDate, Type.Null()]),
  inspectors: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 4, description: 'the inspector team, usually two specialists' }),
  schedule: Type.Array(ScheduleEntry, { maxItems: 100 }),
  notes: Type.String({ maxLength: 10000, description: 'practical notes: documents asked for, contact person' }),
});
export type VisitPlanBody = Static<typeof VisitPlanBody>;

export const VisitPlan = Type.Intersect([VisitPlanBody, Type.Object({ updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]) })]);
export type VisitPlan = Static<typeof VisitPlan>;

export const NoteGroup = Type.Union([Role, Type.Literal('tour'), Type.Literal('documents')]);
export type NoteGroup = Static<typeof NoteGroup>;

export const VisitNote = Type.Object({
  id: Uuid,
  group: NoteGroup,
  areas: Type.Array(AreaKey),
  body: Type.String(),
  savedAt: Type.String({ format: 'date-time', description: 'when the client last changed it (last change wins)' }),
});
export type VisitNote = Static<typeof VisitNote>;

export const VisitNoteList = Type.Object({ notes: Type.Array(VisitNote) });

export const SaveNoteBody = Body({
  group: NoteGroup,
  areas: Type.Array(AreaKey, { maxItems: 8, uniqueItems: true }),
  body: Type.String({ maxLength: 20000 }),
  savedAt: Type.String({ format: 'date-time' }),
});
export type SaveNoteBody = Static<typeof SaveNoteBody>;
export const NoteParams = Body({ id: Id, noteId: Uuid });

// ---- action plan and follow-up ------------------------------------------------------------

export const PlanAction = Type.Object({
  id: Id,
  area: Type.Union([Area, Type.Null()], { description: 'null for a recommendation of an improvement area' }),
  recommendation: Type.String(),
  action: Type.String(),
  responsible: Type.String(),
  dueOn: Type.Union([CalendarDate, Type.Null()]),
  status: ActionStatus,
  followUpNote: Type.String(),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type PlanAction = Static<typeof PlanAction>;

export const ActionPlan = Type.Object({
  dueOn: CalendarDate,
  submittedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  actions: Type.Array(PlanAction),
});
export type ActionPlan = Static<typeof ActionPlan>;

export const PlanDueBody = Body({ dueOn: CalendarDate });
export const SaveActionBody = Body({
  action: Type.Optional(Type.String({ maxLength: 5000 })),
  responsible: Type.Optional(Type.String({ maxLength: 200 })),
  dueOn: Type.Optional(Type.Union([CalendarDate, Type.Null()])),
  status: Type.Optional(ActionStatus),
  followUpNote: Type.Optional(Type.String({ maxLength: 5000 })),
});
export type SaveActionBody = Static<typeof SaveActionBody>;
export const ActionParams = Body({ id: Id, actionId: Id });

// ---- the previous review of the same units ----------------------------------------------

export const PreviousReview = Type.Object({
  previous: Type.Union([
    Type.Object({
      id: Id,
      title: Type.String(),
      publishedAt: Type.String({ format: 'date-time' }),
      areas: Type.Record(Type.String(), Type.Object({ grade: Type.Union([Type.String(), Type.Null()]), recommendations: Type.Array(Type.String()) })),
      actions: Type.Array(Type.Object({ area: Type.Union([Area, Type.Null()]), recommendation: Type.String(), action: Type.String(), status: ActionStatus })),
    }),
    Type.Null(),
  ]),
});
export type PreviousReview = Static<typeof PreviousReview>;
