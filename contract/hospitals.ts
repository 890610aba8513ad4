import { Type, type Static } from '@sinclair/typebox';
import { Body, Id } from './common.js';
import { SpecialtyGroup } from './domain.js';

/** A hospital's or a unit's short code, as import files and the national pool write it. */
export const Code = Type.String({ pattern: '^[A-Za-z0-9_-]{1,40}$', description: 'letters, digits, - or _ (at most 40)' });
const Name = Type.String({ minLength: 1, maxLength: 200 });

export const Unit = Type.Object({
  id: Id,
  hospitalId: Id,
  code: Type.String(),
  name: Type.String(),
  specialty: Type.String(),
  specialtyGroup: SpecialtyGroup,
});
export type Unit = Static<typeof Unit>;

export const Hospital = Type.Object({
  id: Id,
  code: Type.String(),
  name: Type.String(),
  region: Type.Union([Type.String(), Type.Null()]),
  poolOnly: Type.Boolean({ description: 'Registered only for the national pool: not offered when a review, a reader or targets are set up' }),
  units: Type.Array(Unit),
});
export type Hospital = Static<typeof Hospital>;

export const HospitalList = Type.Object({ hospitals: Type.Array(Hospital) });

export const CreateHospitalBody = Body({
  code: Code,
  name: Name,
  region: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
  poolOnly: Type.Optional(Type.Boolean({ default: false })),
});
export type CreateHospitalBody = Static<typeof CreateHospitalBody>;

export const CreateUnitBody = Body({ code: Code, name: Name, specialty: Name, specialtyGroup: SpecialtyGroup });
export type CreateUnitBody = Static<typeof CreateUnitBody>;
