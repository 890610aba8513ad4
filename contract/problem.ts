import { Type, type Static } from '@sinclair/typebox';

/** RFC 9457 problem details, the one error shape of the API. */
export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    code: Type.Optional(Type.String({ description: 'Stable code of the problem (contract/problem-codes.ts); its text in Swedish and English is there' })),
    params: Type.Optional(Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]), { description: "Values for the code's text" })),
    detail: Type.String({ description: "The problem in the caller's language (Accept-Language: sv or en, Swedish by default)" }),
    instance: Type.Optional(Type.String()),
    requestId: Type.Optional(Type.String()),
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          field: Type.String({ description: 'Where the problem is, e.g. body.email or E.personal-supervisor' }),
          message: Type.String(),
          code: Type.Optional(Type.String()),
          params: Type.Optional(Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]))),
        }),
      ),
    ),
  },
  // RFC 9457 extension members (e.g. an import's problems) pass through.
  { additionalProperties: true },
);
export type Problem = Static<typeof Problem>;
