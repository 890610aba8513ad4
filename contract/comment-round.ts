import { Type, type Static } from '@sinclair/typebox';
import { Report } from './report.js';
import { ReportContent } from './report-authoring.js';
import { Body, Email } from './common.js';
import { AreaKey, CalendarDate } from './domain.js';

/**
 * The clinic's comment round on a draft report: the inspectors send the draft to the clinic's
 * head and study director (and readers of the hospital they pick), each with a personal link,
 * and a deadline; each writes comments per area and in general, and submits them.
 */

export const CommentRecipientRole = Type.Union([Type.Literal('head'), Type.Literal('director'), Type.Literal('reader')], {
  description: 'head: the clinic’s head of department; director: its study director (both from the review’s respondents); reader: an account of the hospital',
});
export type CommentRecipientRole = Static<typeof CommentRecipientRole>;

const AreaComments = Type.Record(AreaKey, Type.String({ maxLength: 10000 }), {
  description: 'comments per assessment area; areas without a comment may be left out',
});

export const CommentCandidate = Type.Object({
  email: Type.String(),
  name: Type.String(),
  role: CommentRecipientRole,
  unitName: Type.Union([Type.String(), Type.Null()]),
  preselected: Type.Boolean({ description: 'the clinic’s heads and study directors are asked unless the inspector leaves them out' }),
});

export const CommentCandidates = Type.Object({
  candidates: Type.Array(CommentCandidate),
  deadline: Type.Object(
    {
      earliest: CalendarDate,
      latest: CalendarDate,
      suggested: CalendarDate,
    },
    { description: 'Swedish calendar days: from today to eight weeks ahead; two weeks is suggested' },
  ),
});

export const SendForCommentBody = Body({
  deadline: CalendarDate,
  recipients: Type.Array(Email, { maxItems: 200, uniqueItems: true, description: 'addresses among the candidates; at least one when there is anyone to ask' }),
});

export const DeadlineBody = Body({ deadline: CalendarDate });

export const CommentsOfRecipient = Type.Object({
  role: CommentRecipientRole,
  name: Type.String(),
  areas: AreaComments,
  general: Type.String(),
  submittedAt: Type.String({ format: 'date-time' }),
});

export const CommentRound = Type.Object({
  deadline: CalendarDate,
  open: Type.Boolean({ description: 'whether comments are still taken (the deadline has not passed)' }),
  sentAt: Type.String({ format: 'date-time' }),
  revision: Type.Integer(),
  recipients: Type.Array(
    Type.Object({
      name: Type.String(),
      email: Type.String(),
      role: CommentRecipientRole,
      mailStatus: Type.Union([Type.Literal('queued'), Type.Literal('sent'), Type.Literal('failed'), Type.Null()]),
      submittedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    }),
  ),
  comments: Type.Array(CommentsOfRecipient, { description: 'submitted comments only; drafts stay with their writer' }),
});
export type CommentRound = Static<typeof CommentRound>;

export const CommentToken = Body({ token: Type.String({ maxLength: 100 }) });

export const CommentStatus = Type.Union([Type.Literal('open'), Type.Literal('submitted'), Type.Literal('closed')], {
  description: 'open: comments can be written; submitted: sent to the inspectors; closed: the deadline has passed',
});

/** What a comment link opens: the draft as the published report would show it, and one's own comments. */
export const CommentView = Type.Object({
  status: CommentStatus,
  role: CommentRecipientRole,
  name: Type.String(),
  deadline: CalendarDate,
  revision: Type.Integer(),
  content: ReportContent,
  quoteTexts: Type.Array(Type.Object({ key: Type.String(), text: Type.String(), role: Type.Union([Type.String(), Type.Null()]) })),
  /** Which review and hospital the draft is of. */
  review: Type.Object({ title: Type.String(), hospitalName: Type.String() }),
  /** The closed review's figures as the published report shows them; null for a hospital-level review, which has no survey. */
  report: Type.Union([Report, Type.Null()]),
  comments: Type.Object({
    areas: AreaComments,
    general: Type.String(),
    savedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    submittedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  }),
});
export type CommentView = Static<typeof CommentView>;

export const ClinicCommentsBody = Body({
  areas: AreaComments,
  general: Type.String({ maxLength: 20000 }),
});
export type ClinicCommentsBody = Static<typeof ClinicCommentsBody>;

export const SavedComments = Type.Object({
  savedAt: Type.String({ format: 'date-time' }),
  submittedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
