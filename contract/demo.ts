import { Type } from '@sinclair/typebox';

/** Loading the demo data from the browser: whether it can be loaded, and how far it has come. */
export const DemoStatus = Type.Object({
  state: Type.Union([Type.Literal('idle'), Type.Literal('running'), Type.Literal('done'), Type.Literal('failed')]),
  step: Type.Union([Type.String(), Type.Null()]),
  done: Type.Integer(),
  total: Type.Integer(),
  error: Type.Union([Type.String(), Type.Null()]),
  accounts: Type.Array(Type.Object({ email: Type.String(), role: Type.String() })),
  password: Type.Union([Type.String(), Type.Null()]),
  reviewId: Type.Union([Type.String(), Type.Null()]),
  available: Type.Boolean({ description: 'true while the install has no reviews: demo data can be loaded' }),
});

export const StartDemoBody = Type.Optional(
  Type.Object(
    { poolTrainees: Type.Optional(Type.Integer({ minimum: 0, maximum: 20_000, description: 'size of the national pool, default 3000' })) },
    { additionalProperties: false },
  ),
);
