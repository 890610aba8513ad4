import { Type } from '@sinclair/typebox';
import { Body, Id } from './common.js';

export const Mail = Type.Object({
  id: Id,
  kind: Type.String(),
  reviewId: Type.Union([Id, Type.Null()]),
  recipient: Type.String(),
  subject: Type.String(),
  body: Type.String(),
  status: Type.Union([Type.Literal('queued'), Type.Literal('sent'), Type.Literal('failed')]),
  attempts: Type.Integer(),
  lastError: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  sentAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

export const MailList = Type.Object({
  mails: Type.Array(Mail),
  nextBefore: Type.Union([Id, Type.Null()]),
  transport: Type.String(),
  transportKind: Type.Union([Type.Literal('smtp'), Type.Literal('outbox')], { description: 'SMTP server, or .eml files in the outbox folder' }),
  transportTarget: Type.String({ description: "The SMTP server's host or the outbox folder" }),
});

export const MailQuery = Body({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  before: Type.Optional(Id),
  reviewId: Type.Optional(Id),
});
