import { Type, type Static } from '@sinclair/typebox';
import { Body } from './common.js';
import { LanguageCode } from './surveys.js';
import { CalendarDate, Role } from './domain.js';

export const TokenParams = Body({ token: Type.String({ maxLength: 100 }) });

export const RespondentStatus = Type.Union([Type.Literal('open'), Type.Literal('answered'), Type.Literal('closed'), Type.Literal('not-open')], {
  description: 'open: can answer; answered: submitted (and not editable); closed: the review closed; not-open: the review has not opened yet',
});
export type RespondentStatus = Static<typeof RespondentStatus>;

export const Answers = Type.Record(Type.String({ maxLength: 120 }), Type.Unknown(), {
  description: 'survey-core data: question name (item id) → value',
  maxProperties: 300,
});

export const Draft = Type.Object({
  data: Answers,
  currentPage: Type.Integer({ minimum: 0, maximum: 100 }),
  savedAt: Type.String({ format: 'date-time' }),
});

export const RespondentView = Type.Object({
  status: RespondentStatus,
  role: Role,
  hospitalName: Type.String(),
  unitName: Type.Union([Type.String(), Type.Null()]),
  closesAt: Type.Union([CalendarDate, Type.Null()]),
  anonymityThreshold: Type.Integer(),
  /** The answers are named statements about the clinic (the annual report), not anonymous. */
  named: Type.Boolean(),
  /** A mapping's source answers for a region, as a local branch or the region's overarching study director; null for other kinds. */
  mappingSource: Type.Union([
    Type.Object({
      region: Type.Object({ sv: Type.String(), en: Type.String() }),
      type: Type.Union([Type.Literal('branch'), Type.Literal('director')]),
      branchName: Type.Union([Type.String(), Type.Null()]),
    }),
    Type.Null(),
  ]),
  estimatedMinutes: Type.Integer(),
  allowEdits: Type.Boolean(),
  survey: Type.Object({ key: Type.String(), versionId: Type.String(), title: Type.Object({ sv: Type.String(), en: Type.String() }) }),
  draft: Type.Union([Draft, Type.Null()]),
  submittedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type RespondentView = Static<typeof RespondentView>;

export const SaveDraftBody = Body({ data: Answers, currentPage: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })) });
export const SaveDraftResult = Type.Object({ savedAt: Type.String({ format: 'date-time' }) });

export const SubmitBody = Body({ data: Answers, lang: Type.Optional(LanguageCode) });
export const SubmitResult = Type.Object({ status: Type.Literal('answered'), submittedAt: Type.String({ format: 'date-time' }) });
