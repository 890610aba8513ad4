import { Type, type Static } from '@sinclair/typebox';
import { Body, Id } from './common.js';
import { ImportProblem } from './respondents.js';

export const PoolImportQuery = Body({
  filename: Type.Optional(Type.String({ maxLength: 300 })),
  mode: Type.Optional(Type.Union([Type.Literal('check'), Type.Literal('import')], { description: 'check: validate only; import (default): store' })),
  skipInvalid: Type.Optional(Type.Boolean({ description: 'store the valid rows of a file with problems, skipping the rest' })),
  map: Type.Optional(
    Type.Array(Type.String({ maxLength: 100, pattern: '^[^:]+:[^:]+$' }), {
      maxItems: 500,
      description:
        'FILECODE:REGISTERCODE: count the rows of a hospital code the register does not know as a registered hospital (repeat the parameter for more)',
    }),
  ),
  keep: Type.Optional(
    Type.Array(Type.String({ maxLength: 100 }), {
      maxItems: 2000,
      description: 'hospital codes the register does not know, kept as other (unregistered) hospitals',
    }),
  ),
  keepUnknown: Type.Optional(Type.Boolean({ description: 'keep every unknown hospital code that is not mapped as another hospital' })),
});

const RegisteredHospital = Type.Object({ id: Id, code: Type.String(), name: Type.String() });

export const PoolHospitalCode = Type.Object({
  code: Type.String({ description: 'the code in the form it is compared and stored in: white space removed, upper case' }),
  written: Type.Array(Type.String(), { description: 'how the file wrote it (up to five spellings)' }),
  rows: Type.Integer({ description: 'valid rows with this code' }),
  registered: Type.Union([RegisteredHospital, Type.Null()], { description: 'the registered hospital with this code' }),
  mappedTo: Type.Union([RegisteredHospital, Type.Null()], { description: 'the registered hospital the rows are counted as, by the map option' }),
  kept: Type.Boolean({ description: 'unknown to the register and kept as another hospital' }),
});
export type PoolHospitalCode = Static<typeof PoolHospitalCode>;

export const PoolImportOutcome = Type.Object({
  batchId: Type.Union([Id, Type.Null()]),
  rowsRead: Type.Integer(),
  rowsImported: Type.Integer(),
  rowsSkipped: Type.Integer(),
  answersImported: Type.Integer(),
  problemCount: Type.Integer(),
  problems: Type.Array(ImportProblem),
  hospitals: Type.Array(PoolHospitalCode, {
    description: 'every hospital code of the valid rows (at most 1,000 listed), those the register does not know first',
  }),
  unknownCodes: Type.Array(Type.String(), {
    description: 'codes the register does not know that are neither mapped nor kept: an import needs a choice for each',
  }),
});

export const PoolImportBatch = Type.Object({
  id: Id,
  filename: Type.String(),
  contentHash: Type.String(),
  status: Type.String(),
  rowsRead: Type.Integer(),
  rowsImported: Type.Integer(),
  rowsSkipped: Type.Integer(),
  answersImported: Type.Integer(),
  importedBy: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  finishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  withdrawnAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  failure: Type.Union([Type.String({ description: 'why a failed import stopped, when it was not refused for its problems' }), Type.Null()]),
  hospitalMapping: Type.Record(Type.String(), Type.String(), { description: 'file code → register code, for the codes mapped' }),
  keptCodes: Type.Array(Type.String(), { description: 'codes unknown to the register, kept as other hospitals' }),
});
export const PoolImportBatchList = Type.Object({ batches: Type.Array(PoolImportBatch) });
