import { Type, type Static } from '@sinclair/typebox';

export const Health = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]),
  db: Type.Union([Type.Literal('ok'), Type.Literal('down')]),
  database: Type.Union([Type.Literal('embedded'), Type.Literal('server')], {
    description: 'Which database the server runs on',
  }),
  version: Type.String(),
});
export type Health = Static<typeof Health>;
