import { Type, type Static } from '@sinclair/typebox';
import { Role } from './domain.js';

export const LanguageCode = Type.Union([Type.Literal('sv'), Type.Literal('en')]);
export type LanguageCode = Static<typeof LanguageCode>;

const LocalText = Type.Object({ sv: Type.String(), en: Type.String() });

export const SurveyVersionSummary = Type.Object({
  id: Type.String({ description: 'First 12 hex digits of the content hash; identifies the version' }),
  hash: Type.String({ description: 'SHA-256 of the compiled content' }),
  current: Type.Boolean({ description: 'Compiled from the survey source this server runs' }),
  storedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
    description: 'When first used (stored in the database); null if never used yet',
  }),
});
export type SurveyVersionSummary = Static<typeof SurveyVersionSummary>;

export const SurveySummary = Type.Object({
  key: Type.String(),
  title: LocalText,
  roles: Type.Array(Role),
  itemCount: Type.Integer(),
  versions: Type.Array(SurveyVersionSummary),
});
export type SurveySummary = Static<typeof SurveySummary>;

export const SurveyList = Type.Object({ surveys: Type.Array(SurveySummary) });
export type SurveyList = Static<typeof SurveyList>;

export const SurveyDefinitionParams = Type.Object({
  key: Type.String({ pattern: '^[a-z0-9-]{1,60}$' }),
  version: Type.String({ pattern: '^(current|[0-9a-f]{12})$', description: 'A version id, or "current"' }),
  role: Type.String({ description: 'st, supervisor, director or head' }),
});

export const SurveyDefinitionQuery = Type.Object(
  { lang: Type.Optional(Type.String({ description: 'sv (default) or en; anything else falls back to sv' })) },
  { additionalProperties: false },
);

/** A SurveyJS survey JSON (survey-core `Model` input); `locale` is the requested language. */
export const SurveyDefinition = Type.Object(
  {
    locale: LanguageCode,
    pages: Type.Array(Type.Unknown()),
  },
  { additionalProperties: true },
);
export type SurveyDefinition = Static<typeof SurveyDefinition> & Record<string, unknown>;
