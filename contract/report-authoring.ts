import { Type, type Static } from '@sinclair/typebox';
import { Body, Id } from './common.js';
import { Area, AreaKey, Grade, PointStatus, RevisionStatus } from './domain.js';

const Text = (max: number) => Type.String({ maxLength: max });

export const AreaAssessment = Type.Object(
  {
    grade: Type.Union([Grade, Type.Null()]),
    justification: Text(5000),
    strengths: Text(10000),
    weaknesses: Text(10000),
    recommendations: Type.Array(Text(2000), { maxItems: 30 }),
  },
  { additionalProperties: false },
);

/** A care provider's duty as a hospital-level report states it: the finding and what to do (not graded A–D). */
export const DutyFinding = Type.Object(
  {
    /** The inspectors' judgement, copied from the checklist when the revision is published, so a published report keeps it. */
    judgement: PointStatus,
    finding: Text(10000),
    recommendations: Type.Array(Text(2000), { maxItems: 30 }),
  },
  { additionalProperties: false },
);
export type DutyFinding = Static<typeof DutyFinding>;
export const DutyKey = Type.String({ pattern: '^P[0-9]{1,2}$', description: 'a care provider’s duty, e.g. P3' });

/**
 * A report's text. A clinic review's is graded per area A–H (`areas`); a hospital-level review's
 * has no areas and states a finding per duty of the care provider (`duties`) instead.
 */
export const ReportContent = Type.Object(
  {
    summary: Text(20000),
    areas: Type.Record(AreaKey, AreaAssessment),
    duties: Type.Optional(Type.Record(DutyKey, DutyFinding)),
    improvementAreas: Type.Array(
      Type.Object({ title: Text(300), rationale: Text(5000), recommendations: Type.Array(Text(2000), { maxItems: 30 }) }, { additionalProperties: false }),
      { maxItems: 30 },
    ),
    quotes: Type.Array(Type.String({ pattern: '^[0-9]+:[A-Za-z0-9.-]+$' }), { maxItems: 100, description: 'starred suggestions chosen for the report (keys)' }),
  },
  { additionalProperties: false },
);
export type ReportContent = Static<typeof ReportContent>;

export const GradeSuggestion = Type.Object({
  grade: Type.Union([Grade, Type.Null()]),
  points: Type.Number(),
  reasons: Type.Array(
    Type.Object({
      itemId: Type.String(),
      basis: Type.String(),
      agreeing: Type.Integer(),
      n: Type.Integer(),
      share: Type.Number(),
      level: Type.Number(),
      weight: Type.Number(),
    }),
    {
      description: 'survey statements counting against the area (those of checklist points not yet judged)',
    },
  ),
  checklistReasons: Type.Array(
    Type.Object({ pointId: Type.String(), basis: Type.String(), status: Type.Union([Type.Literal('not_met'), Type.Literal('partly')]), weight: Type.Number() }),
    { description: 'checklist points the inspectors judged not met or partly met' },
  ),
});

export const ReportRevision = Type.Object({
  id: Id,
  revision: Type.Integer(),
  status: RevisionStatus,
  content: ReportContent,
  clinicComments: Type.Union([Type.String(), Type.Null()]),
  changeNote: Type.Union([Type.String(), Type.Null()]),
  updatedAt: Type.String({ format: 'date-time' }),
  publishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type ReportRevision = Static<typeof ReportRevision>;

export const Authoring = Type.Object({
  current: ReportRevision,
  published: Type.Array(Type.Object({ revision: Type.Integer(), publishedAt: Type.String(), changeNote: Type.Union([Type.String(), Type.Null()]) })),
  suggestions: Type.Record(Type.String(), GradeSuggestion),
});

export const SaveContentBody = Body({ content: ReportContent });
export const CommentsBody = Body({ comments: Type.String({ minLength: 1, maxLength: 20000 }) });
export const ReviseBody = Body({ changeNote: Type.String({ minLength: 1, maxLength: 2000 }) });

export const SuggestionNote = Type.Object({
  key: Type.String({ description: 'an opaque key; it says nothing about who wrote the suggestion or when' }),
  text: Type.String(),
  role: Type.Union([Type.String(), Type.Null()], { description: 'null when the role’s group is below the anonymity threshold' }),
  themes: Type.Array(Type.String()),
  areas: Type.Array(Type.String()),
  starred: Type.Boolean(),
});

export const Theme = Type.Object({ key: Type.String(), label: Type.Object({ sv: Type.String(), en: Type.String() }), count: Type.Integer() });

export const SuggestionList = Type.Object({ suggestions: Type.Array(SuggestionNote), themes: Type.Array(Theme) });
/** What a hospital's reader sees of the free text: the themes and how many suggestions each has, no texts. */
export const ThemeList = Type.Object({ themes: Type.Array(Theme) });

export const SuggestionQuery = Body({
  role: Type.Optional(Type.String()),
  area: Type.Optional(Area),
  theme: Type.Optional(Type.String()),
  starred: Type.Optional(Type.Boolean()),
});

export const UpdateSuggestionBody = Body({
  themes: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z0-9-]{1,60}$' }), { maxItems: 20, uniqueItems: true })),
  areas: Type.Optional(Type.Array(Area, { maxItems: 8, uniqueItems: true })),
  starred: Type.Optional(Type.Boolean()),
});

export const AddThemeBody = Body({ label: Type.String({ minLength: 1, maxLength: 100 }) });

export const PublishedReport = Type.Intersect([
  ReportRevision,
  Type.Object({ quoteTexts: Type.Array(Type.Object({ key: Type.String(), text: Type.String(), role: Type.Union([Type.String(), Type.Null()]) })) }),
]);
