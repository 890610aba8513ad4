import { Type } from '@sinclair/typebox';
import { Body, Id } from './common.js';

export const AuditEvent = Type.Object({
  id: Id,
  at: Type.String({ format: 'date-time' }),
  action: Type.String(),
  campaignId: Type.Union([Id, Type.Null()]),
  actor: Type.Union([Type.Object({ email: Type.String(), name: Type.String() }), Type.Null()]),
  details: Type.Record(Type.String(), Type.Unknown()),
});

export const AuditList = Type.Object({ events: Type.Array(AuditEvent), nextBefore: Type.Union([Id, Type.Null()]) });

export const AuditQuery = Body({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  before: Type.Optional(Id),
  reviewId: Type.Optional(Id),
});
