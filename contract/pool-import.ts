import { Type } from '@sinclair/typebox';
import { Body, Id } from './common.js';
import { ImportProblem } from './respondents.js';

export const PoolImportQuery = Body({
  filename: Type.Optional(Type.String({ maxLength: 300 })),
  mode: Type.Optional(Type.Union([Type.Literal('check'), Type.Literal('import')], { description: 'check: validate only; import (default): store' })),
  skipInvalid: Type.Optional(Type.Boolean({ description: 'store the valid rows of a file with problems, skipping the rest' })),
});

export const PoolImportOutcome = Type.Object({
  batchId: Type.Union([Id, Type.Null()]),
  rowsRead: Type.Integer(),
  rowsImported: Type.Integer(),
  rowsSkipped: Type.Integer(),
  answersImported: Type.Integer(),
  problemCount: Type.Integer(),
  problems: Type.Array(ImportProblem),
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
});
export const PoolImportBatchList = Type.Object({ batches: Type.Array(PoolImportBatch) });
