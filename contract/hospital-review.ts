import { Type, type Static } from '@sinclair/typebox';
import { Body, Id } from './common.js';
import { Area, CalendarDate, Grade, PointStatus, ReviewStatus } from './domain.js';
import { DutyKey, ReportRevision } from './report-authoring.js';
import { ShareOfUnits } from './coverage.js';

/**
 * The hospital-level review (issue 20, part 3): the care provider's duties judged, its leadership
 * interviewed, its profile and documents, the synthesis of its clinic reviews, and a report per
 * duty (not graded A–D). Rules in server/features/hospital-review/.
 */

const Label = Type.Object({ sv: Type.String(), en: Type.String() });
const Uuid = Type.String({ pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$', description: 'a UUID made by the client' });
export const FunctionKey = Type.String({ pattern: '^fn-[a-z0-9-]{1,57}$', description: 'a leadership function, e.g. fn-hr-head' });

export const CreateHospitalReviewBody = Body({
  title: Type.String({ minLength: 1, maxLength: 200 }),
  hospitalId: Id,
  inspectorIds: Type.Optional(Type.Array(Id, { maxItems: 20, uniqueItems: true })),
});
export type CreateHospitalReviewBody = Static<typeof CreateHospitalReviewBody>;

export const HospitalReviewSummary = Type.Object({
  id: Id,
  title: Type.String(),
  hospital: Type.Object({ id: Id, name: Type.String() }),
  status: ReviewStatus,
  reportPublishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type HospitalReviewSummary = Static<typeof HospitalReviewSummary>;
export const HospitalReviewList = Type.Object({ reviews: Type.Array(HospitalReviewSummary) });

// ---- the hospital's profile --------------------------------------------------------------

export const HospitalProfileBody = Body({
  beds: Type.Integer({ minimum: 0, maximum: 20000 }),
  doctors: Type.Integer({ minimum: 1, maximum: 50000 }),
  stDoctors: Type.Integer({ minimum: 0, maximum: 50000, description: 'at most the number of doctors' }),
  directorPercentPerTrainee: Type.Number({
    minimum: 0,
    maximum: 100,
    multipleOf: 0.01,
    description: 'study-director time per trainee, per cent of full time (e.g. 1.5)',
  }),
  stFundingPerPost: Type.Union([Type.Integer({ minimum: 0, maximum: 10_000_000 }), Type.Null()], {
    description: 'kronor a year per ST post; null without central funding',
  }),
});
export type HospitalProfileBody = Static<typeof HospitalProfileBody>;

export const HospitalProfile = Type.Intersect([
  Type.Object({
    beds: Type.Integer(),
    doctors: Type.Integer(),
    stDoctors: Type.Integer(),
    directorPercentPerTrainee: Type.Number(),
    stFundingPerPost: Type.Union([Type.Integer(), Type.Null()]),
  }),
  Type.Object({
    /** ST doctors among all doctors, printed as every share is (contract/shares.ts). */
    stShare: Type.Object({ count: Type.Integer(), n: Type.Integer(), percent: Type.Union([Type.Integer(), Type.Null()]) }),
    updatedAt: Type.String({ format: 'date-time' }),
  }),
]);
export type HospitalProfile = Static<typeof HospitalProfile>;

// ---- the provider's duties ---------------------------------------------------------------

export const Duty = Type.Object({
  id: DutyKey,
  text: Label,
  basis: Type.Object({ kind: Type.String(), reference: Type.Union([Type.String(), Type.Null()]) }),
  evidence: Label,
  status: PointStatus,
  note: Type.String(),
  updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type Duty = Static<typeof Duty>;
export const DutyList = Type.Object({ duties: Type.Array(Duty) });
export const DutyParams = Body({ id: Id, dutyId: DutyKey });

// ---- interviews --------------------------------------------------------------------------

export const LeadershipFunction = Type.Object({
  key: FunctionKey,
  name: Label,
  /** Added by the inspectors (its name as they wrote it, in both languages). */
  custom: Type.Boolean(),
  notes: Type.Integer(),
});
export const InterviewNote = Type.Object({ id: Uuid, function: FunctionKey, body: Type.String(), savedAt: Type.String({ format: 'date-time' }) });
export type InterviewNote = Static<typeof InterviewNote>;
export const Interviews = Type.Object({ functions: Type.Array(LeadershipFunction), notes: Type.Array(InterviewNote) });
export type Interviews = Static<typeof Interviews>;
export const AddFunctionBody = Body({ label: Type.String({ minLength: 1, maxLength: 120 }) });
export const SaveInterviewNoteBody = Body({
  function: FunctionKey,
  body: Type.String({ maxLength: 20000 }),
  savedAt: Type.String({ format: 'date-time', description: 'when the client last changed it (the latest change wins)' }),
});
export type SaveInterviewNoteBody = Static<typeof SaveInterviewNoteBody>;
export const InterviewNoteParams = Body({ id: Id, noteId: Uuid });

// ---- the document register ---------------------------------------------------------------

export const RegisterEntry = Type.Object({ category: Type.String(), name: Label, asked: Type.Boolean(), received: Type.Integer() });
export const DocumentRegister = Type.Array(RegisterEntry);

// ---- the synthesis of the clinic reviews -------------------------------------------------

export const WeakArea = Type.Object({
  area: Area,
  /**
   * Units whose latest clinic review on the platform graded the area C or D (a review covering
   * several units stands for each of them, as in the coverage table), and of those how many C and D.
   */
  weakUnits: Type.Integer(),
  C: Type.Integer(),
  D: Type.Integer(),
  /** Units whose latest clinic review graded the area at all. */
  gradedUnits: Type.Integer(),
  /** The distinct reviews behind the weak units (a hospital-wide review counts once). */
  reviews: Type.Integer(),
});
export type WeakArea = Static<typeof WeakArea>;

export const ClinicReviewLine = Type.Object({
  reviewId: Id,
  publishedOn: CalendarDate,
  units: Type.Array(Type.String()),
  grades: Type.Record(Type.String(), Type.Union([Grade, Type.Null()])),
});
export type ClinicReviewLine = Static<typeof ClinicReviewLine>;

export const Synthesis = Type.Object({
  asOf: CalendarDate,
  coverage: Type.Object({
    units: ShareOfUnits,
    specialties: ShareOfUnits,
    bySpecialty: Type.Array(Type.Intersect([Type.Object({ specialty: Type.String() }), ShareOfUnits])),
    overdue: Type.Integer(),
    never: Type.Integer(),
  }),
  clinicReviews: Type.Array(ClinicReviewLine),
  /** Areas graded C or D for at least two units by their latest clinic reviews, the most often weak first. */
  weakAreas: Type.Array(WeakArea),
});
export type Synthesis = Static<typeof Synthesis>;

// ---- the views ---------------------------------------------------------------------------

export const HospitalReviewView = Type.Object({
  review: HospitalReviewSummary,
  profile: Type.Union([HospitalProfile, Type.Null()]),
  duties: Type.Array(Duty),
  register: DocumentRegister,
  /** Stored when the review closed; before that a preview of today's figures (inspectors only). */
  synthesis: Synthesis,
  synthesisStored: Type.Boolean(),
});
export type HospitalReviewView = Static<typeof HospitalReviewView>;

/** What the hospital reads: the published revision beside the profile and synthesis stored at closing; no interview notes, no names. */
export const HospitalReport = Type.Object({
  review: HospitalReviewSummary,
  revision: ReportRevision,
  duties: Type.Array(
    Type.Object({ id: DutyKey, text: Label, basis: Type.Object({ kind: Type.String(), reference: Type.Union([Type.String(), Type.Null()]) }) }),
  ),
  profile: Type.Union([HospitalProfile, Type.Null()]),
  synthesis: Synthesis,
  /** The functions interviewed, never who. */
  interviewed: Type.Array(Label),
  register: DocumentRegister,
});
export type HospitalReport = Static<typeof HospitalReport>;
