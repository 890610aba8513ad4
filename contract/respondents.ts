import { Type, type Static } from '@sinclair/typebox';
import { Body, Email, Id } from './common.js';
import { Role } from './domain.js';

export const UnreachableReason = Type.Union([Type.Literal('bounced'), Type.Literal('left')], {
  description: 'bounced: the invitation mail was refused; left: no longer at the clinic',
});
export type UnreachableReason = Static<typeof UnreachableReason>;

export const Respondent = Type.Object({
  id: Id,
  name: Type.String(),
  email: Type.String(),
  role: Role,
  unitId: Type.Union([Id, Type.Null()]),
  /** Whether, never what: inspectors remind those who have not answered. */
  invitedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  answered: Type.Boolean(),
  reminders: Type.Integer(),
  /** Left out of the adjusted response rate; not reminded. */
  unreachable: Type.Union([
    Type.Object({
      reason: UnreachableReason,
      at: Type.String({ format: 'date-time' }),
      by: Type.Union([Type.String(), Type.Null()], { description: 'who marked it; null: the mail delivery, from the mail server’s refusal' }),
    }),
    Type.Null(),
  ]),
});
export type Respondent = Static<typeof Respondent>;

export const RespondentList = Type.Object({ respondents: Type.Array(Respondent) });

export const AddRespondentBody = Body({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  email: Email,
  role: Role,
  unitId: Id,
});
export type AddRespondentBody = Static<typeof AddRespondentBody>;

export const MarkUnreachableBody = Body({
  reason: Type.Union([UnreachableReason, Type.Null()], { description: 'null takes the mark away' }),
});
export type MarkUnreachableBody = Static<typeof MarkUnreachableBody>;

export const ImportProblem = Type.Object({
  line: Type.Integer({ description: 'line in the file (1 = the header)' }),
  column: Type.String(),
  message: Type.String(),
  code: Type.Optional(Type.String({ description: 'Stable code (contract/problem-codes.ts) when the problem has one' })),
  params: Type.Optional(Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]))),
});
export type ImportProblem = Static<typeof ImportProblem>;

export const ImportResult = Type.Object({ imported: Type.Integer() });

export const ImportRejected = Type.Object({
  type: Type.String(),
  title: Type.String(),
  status: Type.Integer(),
  detail: Type.String(),
  problems: Type.Array(ImportProblem),
});

export const SendResult = Type.Object({
  sent: Type.Integer({ description: 'mails queued in all' }),
  invitations: Type.Integer({ description: 'invitations to the main survey' }),
  supplements: Type.Integer({ description: 'invitations to the study directors’ supplementary survey (a director gets both)' }),
});

export const ReminderRound = Type.Object({
  id: Id,
  scheduledFor: Type.String({ format: 'date-time' }),
  status: Type.Union([Type.Literal('scheduled'), Type.Literal('done'), Type.Literal('cancelled')]),
  sentCount: Type.Integer(),
  doneAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export const ReminderRoundList = Type.Object({ rounds: Type.Array(ReminderRound) });
export const ScheduleReminderBody = Body({ at: Type.String({ format: 'date-time', description: 'when to send, ISO 8601' }) });
