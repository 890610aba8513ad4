import { Type, type Static } from '@sinclair/typebox';

/** RFC 9457 problem details, the one error shape of the API. */
export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    instance: Type.Optional(Type.String()),
    requestId: Type.Optional(Type.String()),
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          field: Type.String({ description: 'Where the problem is, e.g. body.email or E.personal-supervisor' }),
          message: Type.String(),
        }),
      ),
    ),
  },
  // RFC 9457 extension members (e.g. an import's problems) pass through.
  { additionalProperties: true },
);
export type Problem = Static<typeof Problem>;
