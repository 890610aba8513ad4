import { Type, type Static, type TObject, type TProperties } from '@sinclair/typebox';

/** A request body object that rejects unknown fields. */
export const Body = <T extends TProperties>(properties: T): TObject<T> =>
  Type.Object(properties, { additionalProperties: false });

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

export const DateOnly = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'a date, YYYY-MM-DD' });

export const Ok = Type.Object({ ok: Type.Literal(true) });

/** Whether YYYY-MM-DD names a real day (2030-02-30 does not; Date.parse would roll it over). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
