import { Type, type Static, type TObject, type TProperties } from '@sinclair/typebox';

/** A request body object that rejects unknown fields. */
export const Body = <T extends TProperties>(properties: T): TObject<T> => Type.Object(properties, { additionalProperties: false });

/** Database ids travel as decimal strings (they are bigints). */
export const Id = Type.String({ pattern: '^[1-9][0-9]{0,17}$', description: 'A numeric id' });
export type Id = Static<typeof Id>;

export const IdParams = Body({ id: Id });

export const Email = Type.String({
  minLength: 3,
  maxLength: 320,
  pattern: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$',
  description: 'an e-mail address',
});

export const Ok = Type.Object({ ok: Type.Literal(true) });
