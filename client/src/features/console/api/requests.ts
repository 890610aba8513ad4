import type { Static } from '@sinclair/typebox';
import type { AuditList as AuditListSchema } from '../../../../../contract/audit.js';
import type { DemoStatus as DemoStatusSchema } from '../../../../../contract/demo.js';
import type { Hospital, HospitalList as HospitalListSchema, CreateHospitalBody, CreateUnitBody, Unit } from '../../../../../contract/hospitals.js';
import type { MailList as MailListSchema } from '../../../../../contract/mail.js';
import type { PoolImportBatchList as PoolImportBatchListSchema, PoolImportOutcome as PoolImportOutcomeSchema } from '../../../../../contract/pool-import.js';
import type {
  AddRespondentBody,
  ImportProblem,
  ReminderRound as ReminderRoundSchema,
  Respondent,
  RespondentList as RespondentListSchema,
  UnreachableReason,
} from '../../../../../contract/respondents.js';
import type { MeasurableItem, Target, TargetComparison, TargetSet } from '../../../../../contract/targets.js';
import type {
  CreateReviewBody,
  RateCell,
  ResponseRates,
  ReviewResponseRates,
  Review,
  ReviewList as ReviewListSchema,
  UpdateReviewBody,
} from '../../../../../contract/reviews.js';
import type { CreateUserBody, UpdateUserBody, User, UserList as UserListSchema } from '../../../../../contract/users.js';
import type { ReviewStatus, Role } from '../../../../../contract/domain.js';
import { request, uploadFile } from '../../../api/client';

export type {
  AddRespondentBody,
  CreateHospitalBody,
  CreateReviewBody,
  CreateUnitBody,
  CreateUserBody,
  Hospital,
  ImportProblem,
  RateCell,
  Respondent,
  ResponseRates,
  ReviewResponseRates,
  Review,
  ReviewStatus,
  Role,
  MeasurableItem,
  Target,
  TargetComparison,
  TargetSet,
  Unit,
  UnreachableReason,
  UpdateReviewBody,
  UpdateUserBody,
  User,
};
export type HospitalList = Static<typeof HospitalListSchema>;
export type ReviewList = Static<typeof ReviewListSchema>;
export type ReviewSummary = ReviewList['reviews'][number];
export type RespondentList = Static<typeof RespondentListSchema>;
export type ReminderRound = Static<typeof ReminderRoundSchema>;
export type UserList = Static<typeof UserListSchema>;
export type AuditList = Static<typeof AuditListSchema>;
export type AuditEvent = AuditList['events'][number];
export type MailList = Static<typeof MailListSchema>;
export type Mail = MailList['mails'][number];
export type PoolImportOutcome = Static<typeof PoolImportOutcomeSchema>;
export type PoolImportBatchList = Static<typeof PoolImportBatchListSchema>;
export type PoolImportBatch = PoolImportBatchList['batches'][number];
export type DemoStatus = Static<typeof DemoStatusSchema>;

/** The file types the import accepts, by file name ending. */
export const IMPORT_CONTENT_TYPES: Record<string, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface PageQuery {
  before?: string;
  reviewId?: string;
  limit?: number;
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** What to do with each hospital code the register does not know: a registered code to count it as, or keep it. */
export type PoolCodeChoices = Record<string, { mapTo: string } | 'keep'>;

/** The choices as the import's repeated `map` and `keep` parameters. */
function choiceParams(choices: PoolCodeChoices = {}): string {
  const search = new URLSearchParams();
  for (const [code, choice] of Object.entries(choices)) {
    if (choice === 'keep') search.append('keep', code);
    else search.append('map', `${code}:${choice.mapTo}`);
  }
  const text = search.toString();
  return text ? `&${text}` : '';
}

const reviewPath = (id: string) => `/api/reviews/${encodeURIComponent(id)}`;

/** The inspectors' and admins' calls, on the one API client. */
export const consoleApi = {
  hospitals: (signal?: AbortSignal) => request<HospitalList>('GET', '/api/hospitals', undefined, { signal }),
  createHospital: (body: CreateHospitalBody) => request<Hospital>('POST', '/api/hospitals', body),
  createUnit: (hospitalId: string, body: CreateUnitBody) => request<Unit>('POST', `/api/hospitals/${encodeURIComponent(hospitalId)}/units`, body),
  targetSet: (hospitalId: string, year: number, signal?: AbortSignal) =>
    request<TargetSet>('GET', `/api/hospitals/${encodeURIComponent(hospitalId)}/targets/${year}`, undefined, { signal }),
  saveTargetSet: (hospitalId: string, year: number, targets: Target[]) =>
    request<TargetSet>('PUT', `/api/hospitals/${encodeURIComponent(hospitalId)}/targets/${year}`, { targets }),

  reviews: (signal?: AbortSignal) => request<ReviewList>('GET', '/api/reviews', undefined, { signal }),
  createReview: (body: CreateReviewBody) => request<Review>('POST', '/api/reviews', body),
  updateReview: (id: string, body: UpdateReviewBody) => request<Review>('PATCH', reviewPath(id), body),
  openReview: (id: string) => request<Review>('POST', `${reviewPath(id)}/open`),
  closeReview: (id: string) => request<Review>('POST', `${reviewPath(id)}/close`),

  respondents: (id: string, signal?: AbortSignal) => request<RespondentList>('GET', `${reviewPath(id)}/respondents`, undefined, { signal }),
  addRespondent: (id: string, body: AddRespondentBody) => request<Respondent>('POST', `${reviewPath(id)}/respondents`, body),
  removeRespondent: (id: string, respondentId: string) => request<{ ok: true }>('DELETE', `${reviewPath(id)}/respondents/${encodeURIComponent(respondentId)}`),
  /** Marks an invited respondent who has not answered as unreachable, or (null) takes the mark away. */
  markUnreachable: (id: string, respondentId: string, reason: UnreachableReason | null) =>
    request<Respondent>('PUT', `${reviewPath(id)}/respondents/${encodeURIComponent(respondentId)}/unreachable`, { reason }),
  /** All rows or none: a 422 ApiError carries `problems` (see importProblems). */
  importRespondents: (id: string, file: File, contentType: string, onProgress?: (loaded: number, total: number) => void) =>
    uploadFile<{ imported: number }>(`${reviewPath(id)}/respondents/import`, file, contentType, { onProgress }),

  sendInvitations: (id: string) => request<{ sent: number; invitations: number; supplements: number }>('POST', `${reviewPath(id)}/invitations/send`),
  responseRates: (id: string, signal?: AbortSignal) => request<ReviewResponseRates>('GET', `${reviewPath(id)}/response-rates`, undefined, { signal }),
  reminders: (id: string, signal?: AbortSignal) => request<{ rounds: ReminderRound[] }>('GET', `${reviewPath(id)}/reminders`, undefined, { signal }),
  scheduleReminder: (id: string, at: string) => request<ReminderRound>('POST', `${reviewPath(id)}/reminders`, { at }),
  cancelReminder: (id: string, roundId: string) => request<{ ok: true }>('DELETE', `${reviewPath(id)}/reminders/${encodeURIComponent(roundId)}`),

  users: (signal?: AbortSignal) => request<UserList>('GET', '/api/users', undefined, { signal }),
  createUser: (body: CreateUserBody) => request<User>('POST', '/api/users', body),
  updateUser: (id: string, body: UpdateUserBody) => request<User>('PATCH', `/api/users/${encodeURIComponent(id)}`, body),
  endSessions: (id: string) => request<{ revoked: number }>('DELETE', `/api/users/${encodeURIComponent(id)}/sessions`),

  audit: (page: PageQuery, signal?: AbortSignal) => request<AuditList>('GET', `/api/audit${query({ ...page })}`, undefined, { signal }),
  mails: (page: PageQuery, signal?: AbortSignal) => request<MailList>('GET', `/api/mails${query({ ...page })}`, undefined, { signal }),

  poolImports: (signal?: AbortSignal) => request<PoolImportBatchList>('GET', '/api/pool-imports', undefined, { signal }),
  /** `check` reads the file and lists its problems, storing nothing; a 422 ApiError carries `problems`. */
  uploadPoolFile: (
    file: File,
    contentType: string,
    options: { mode: 'check' | 'import'; skipInvalid: boolean; codeChoices?: PoolCodeChoices; onProgress?: (loaded: number, total: number) => void },
  ) =>
    uploadFile<PoolImportOutcome>(
      `/api/pool-imports${query({ filename: file.name, mode: options.mode, skipInvalid: String(options.skipInvalid) })}${choiceParams(options.codeChoices)}`,
      file,
      contentType,
      { onProgress: options.onProgress },
    ),
  withdrawPoolImport: (id: string) => request<{ ok: true }>('DELETE', `/api/pool-imports/${encodeURIComponent(id)}`),

  demoStatus: (signal?: AbortSignal) => request<DemoStatus>('GET', '/api/admin/demo', undefined, { signal }),
  /** Starts loading the demo in the background; `poolTrainees` sizes the national pool (default 3,000). */
  startDemo: (body: { poolTrainees?: number } = {}) => request<DemoStatus>('POST', '/api/admin/demo', body),
};
