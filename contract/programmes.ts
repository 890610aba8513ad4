import { Type, type Static } from '@sinclair/typebox';
import { Body, Id } from './common.js';
import { oneOf } from './domain.js';

/**
 * Leadership programmes a region runs (a leadership-ST, another programme for early-career
 * doctors, one for all professions) and how one holds up against the national model for
 * leadership-ST (surveys/leadership-model.ts), point by point.
 */

export const PROGRAMME_TYPES = ['leadership_st', 'early_career', 'all_professions'] as const;
export type ProgrammeType = (typeof PROGRAMME_TYPES)[number];
export const PROGRAMME_STATUSES = ['active', 'paused', 'discontinued', 'planned'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];
/** A point of the model judged from the programme's documents; "not stated" when they say nothing of it. */
export const CONFORMANCE_STATUSES = ['met', 'partly_met', 'not_met', 'not_stated'] as const;
export type ConformanceStatus = (typeof CONFORMANCE_STATUSES)[number];

const Text = Type.Object({ sv: Type.String(), en: Type.String() });

export const RegionCode = Type.String({ pattern: '^[A-Z]{1,2}$', description: 'a region’s county letter code (länsbokstav), e.g. AB or M' });

export const Region = Type.Object({ code: RegionCode, name: Text });
export type Region = Static<typeof Region>;

export const ProgrammeBody = Body({
  regionCode: RegionCode,
  name: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
  programmeType: oneOf(PROGRAMME_TYPES),
  doctorsOnly: Type.Boolean(),
  aimedAtJunior: Type.Boolean({ description: 'aimed at junior (early-career) doctors' }),
  status: oneOf(PROGRAMME_STATUSES),
  // Left out when not known (not null: the validator would coerce a 0 into a null and take it).
  lengthMonths: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 120, description: 'kept to a tenth of a month; left out when not stated' })),
  includesUgl: Type.Optional(Type.Boolean({ description: 'includes the group-development course UGL; left out when not known' })),
  placesPerYear: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000, description: 'places or participants a year; left out when not known' })),
});
export type ProgrammeBody = Static<typeof ProgrammeBody>;

export const Programme = Type.Object({
  id: Id,
  region: Region,
  name: Type.String(),
  programmeType: oneOf(PROGRAMME_TYPES),
  doctorsOnly: Type.Boolean(),
  aimedAtJunior: Type.Boolean(),
  status: oneOf(PROGRAMME_STATUSES),
  lengthMonths: Type.Union([Type.Number(), Type.Null()]),
  includesUgl: Type.Union([Type.Boolean(), Type.Null()]),
  placesPerYear: Type.Union([Type.Integer(), Type.Null()]),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type Programme = Static<typeof Programme>;

export const ProgrammeList = Type.Object({ regions: Type.Array(Region), programmes: Type.Array(Programme) });
export type ProgrammeList = Static<typeof ProgrammeList>;

export const ModelPointView = Type.Object({ key: Type.String(), group: Type.String(), text: Text });
export const NationalModelView = Type.Object({
  version: Type.String(),
  title: Text,
  groups: Type.Array(Type.Object({ key: Type.String(), text: Text })),
  points: Type.Array(ModelPointView),
});
export type NationalModelView = Static<typeof NationalModelView>;

export const PointKey = Type.String({ pattern: '^[a-z][a-z0-9-]{0,59}$', description: 'a point of the national model' });
export const AssessmentParams = Body({ id: Id, pointKey: PointKey });

export const AssessmentBody = Body({
  status: oneOf(CONFORMANCE_STATUSES),
  evidence: Type.Optional(Type.String({ maxLength: 2000, description: 'a passage quoted from the programme’s document' })),
  documentId: Type.Optional(Id),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
});
export type AssessmentBody = Static<typeof AssessmentBody>;

export const Judgement = Type.Object({
  pointKey: Type.String(),
  status: oneOf(CONFORMANCE_STATUSES),
  evidence: Type.Union([Type.String(), Type.Null()]),
  documentId: Type.Union([Id, Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()]),
  assessedAt: Type.String({ format: 'date-time' }),
});
export type Judgement = Static<typeof Judgement>;

/** A point's cell: its status, or null when the point is not yet assessed. */
const Cell = Type.Union([oneOf(CONFORMANCE_STATUSES), Type.Null()]);

export const StatusCounts = Type.Object({
  met: Type.Integer(),
  partly_met: Type.Integer(),
  not_met: Type.Integer(),
  not_stated: Type.Integer(),
  unassessed: Type.Integer(),
});
export type StatusCounts = Static<typeof StatusCounts>;

export const ProgrammeDocument = Type.Object({
  id: Id,
  fileName: Type.String(),
  mediaType: Type.String(),
  sizeBytes: Type.Integer(),
  sha256: Type.String({ description: 'hex' }),
  uploadedAt: Type.String({ format: 'date-time' }),
});
export type ProgrammeDocument = Static<typeof ProgrammeDocument>;

export const ProgrammeAssessment = Type.Object({
  programme: Programme,
  modelVersion: Type.String(),
  judgements: Type.Array(Judgement),
  counts: StatusCounts,
  gaps: Type.Array(Type.Object({ pointKey: Type.String(), status: Cell }), { description: 'every point not met, worst first' }),
  documents: Type.Array(ProgrammeDocument),
});
export type ProgrammeAssessment = Static<typeof ProgrammeAssessment>;

export const Conformance = Type.Object({
  model: NationalModelView,
  programmes: Type.Array(Programme, { description: 'the programmes with at least one point judged against this version, by region' }),
  matrix: Type.Array(Type.Object({ pointKey: Type.String(), cells: Type.Array(Cell, { description: 'one per programme, in its order' }) })),
  counts: Type.Array(StatusCounts, { description: 'one per programme, in its order' }),
  regions: Type.Array(
    Type.Object({
      region: Region,
      programmeIds: Type.Array(Id),
      best: Type.Array(Cell, { description: 'per point of the model: the best status among the region’s programmes' }),
      counts: StatusCounts,
    }),
  ),
});
export type Conformance = Static<typeof Conformance>;

export const ProgrammeDocumentParams = Body({ id: Id, documentId: Id });
export const ProgrammeUploadQuery = Body({ name: Type.String({ minLength: 1, maxLength: 255, description: 'the file’s name as the uploader had it' }) });
