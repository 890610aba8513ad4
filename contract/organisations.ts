import { Type, type Static } from '@sinclair/typebox';
import { Body, Id } from './common.js';

/** An organisation: one hospital or a network of hospitals that runs campaigns over its clinics and sets its own goals. */
export const Organisation = Type.Object({
  id: Id,
  name: Type.String(),
  hospitals: Type.Array(Type.Object({ id: Id, name: Type.String() })),
  gridPublished: Type.Boolean({ description: 'whether every clinic’s line of the annual report is open to the organisation’s readers' }),
});
export type Organisation = Static<typeof Organisation>;

export const OrganisationList = Type.Object({ organisations: Type.Array(Organisation) });

export const SaveOrganisationBody = Body({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  hospitalIds: Type.Array(Id, { minItems: 1, maxItems: 50, uniqueItems: true }),
  gridPublished: Type.Optional(Type.Boolean()),
});
export type SaveOrganisationBody = Static<typeof SaveOrganisationBody>;
