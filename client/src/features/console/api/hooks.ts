import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../api/client';
import { queryKeys } from '../../../api/hooks';
import {
  consoleApi,
  type AddRespondentBody,
  type CreateHospitalBody,
  type CreateReviewBody,
  type CreateUnitBody,
  type CreateUserBody,
  type ImportProblem,
  type PoolCodeChoices,
  type Target,
  type UnreachableReason,
  type UpdateReviewBody,
  type UpdateUserBody,
} from './requests';

export const consoleKeys = {
  hospitals: ['hospitals'] as const,
  targets: (hospitalId: string, year: number) => ['hospitals', hospitalId, 'targets', year] as const,
  reviews: ['reviews'] as const,
  review: queryKeys.review,
  respondents: (id: string) => ['reviews', id, 'respondents'] as const,
  responseRates: (id: string) => ['reviews', id, 'response-rates'] as const,
  reminders: (id: string) => ['reviews', id, 'reminders'] as const,
  users: ['users'] as const,
  audit: (reviewId: string) => ['audit', reviewId] as const,
  mails: (reviewId: string) => ['mails', reviewId] as const,
  poolImports: ['pool-imports'] as const,
  demo: ['admin', 'demo'] as const,
};

/** How often the response rates refresh on their own while the page is open. */
export const RESPONSE_RATE_POLL_MS = 15_000;
/** How often work running on the server (a pool import, the demo load) reports its progress. */
export const PROGRESS_POLL_MS = 1_000;
const PAGE_SIZE = 50;

/** A review changes its list row, its respondents and its rates together: refresh them all. */
function useInvalidateReviews() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: consoleKeys.reviews });
}

export function useHospitals() {
  return useQuery({ queryKey: consoleKeys.hospitals, queryFn: ({ signal }) => consoleApi.hospitals(signal) });
}

export function useCreateHospital() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateHospitalBody) => consoleApi.createHospital(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consoleKeys.hospitals }),
  });
}

export function useCreateUnit(hospitalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUnitBody) => consoleApi.createUnit(hospitalId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consoleKeys.hospitals }),
  });
}

export function useReviews() {
  return useQuery({ queryKey: consoleKeys.reviews, queryFn: ({ signal }) => consoleApi.reviews(signal) });
}

export { useReview } from '../../../api/hooks';

export function useCreateReview() {
  const invalidate = useInvalidateReviews();
  return useMutation({ mutationFn: (body: CreateReviewBody) => consoleApi.createReview(body), onSuccess: invalidate });
}

export function useUpdateReview(id: string) {
  const invalidate = useInvalidateReviews();
  return useMutation({ mutationFn: (body: UpdateReviewBody) => consoleApi.updateReview(id, body), onSuccess: invalidate });
}

export function useChangeReviewStatus(id: string) {
  const invalidate = useInvalidateReviews();
  return useMutation({
    mutationFn: (to: 'open' | 'closed') => (to === 'open' ? consoleApi.openReview(id) : consoleApi.closeReview(id)),
    onSuccess: invalidate,
  });
}

export function useRespondents(id: string) {
  return useQuery({ queryKey: consoleKeys.respondents(id), queryFn: ({ signal }) => consoleApi.respondents(id, signal) });
}

export function useAddRespondent(id: string) {
  const invalidate = useInvalidateReviews();
  return useMutation({ mutationFn: (body: AddRespondentBody) => consoleApi.addRespondent(id, body), onSuccess: invalidate });
}

export function useRemoveRespondent(id: string) {
  const invalidate = useInvalidateReviews();
  return useMutation({ mutationFn: (respondentId: string) => consoleApi.removeRespondent(id, respondentId), onSuccess: invalidate });
}

export function useMarkUnreachable(id: string) {
  const invalidate = useInvalidateReviews();
  return useMutation({
    mutationFn: (input: { respondentId: string; reason: UnreachableReason | null }) => consoleApi.markUnreachable(id, input.respondentId, input.reason),
    onSuccess: invalidate,
  });
}

export function useTargetSet(hospitalId: string | null, year: number) {
  return useQuery({
    queryKey: consoleKeys.targets(hospitalId ?? '', year),
    queryFn: ({ signal }) => consoleApi.targetSet(hospitalId!, year, signal),
    enabled: hospitalId !== null,
  });
}

export function useSaveTargetSet(hospitalId: string, year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (targets: Target[]) => consoleApi.saveTargetSet(hospitalId, year, targets),
    // A year's set is also what the years after it inherit.
    onSuccess: (saved) => {
      queryClient.setQueryData(consoleKeys.targets(hospitalId, year), saved);
      return queryClient.invalidateQueries({ queryKey: ['hospitals', hospitalId, 'targets'] });
    },
  });
}

export function useImportRespondents(id: string) {
  const invalidate = useInvalidateReviews();
  return useMutation({
    mutationFn: (input: { file: File; contentType: string; onProgress: (loaded: number, total: number) => void }) =>
      consoleApi.importRespondents(id, input.file, input.contentType, input.onProgress),
    onSuccess: invalidate,
  });
}

/** The line-by-line problems of a rejected import, or null for any other error. */
export function importProblems(error: unknown): ImportProblem[] | null {
  if (!(error instanceof ApiError) || error.status !== 422) return null;
  const problems = (error.problem as { problems?: unknown }).problems;
  return Array.isArray(problems) ? (problems as ImportProblem[]) : null;
}

export function useSendInvitations(id: string) {
  const invalidate = useInvalidateReviews();
  return useMutation({ mutationFn: () => consoleApi.sendInvitations(id), onSuccess: invalidate });
}

export function useResponseRates(id: string) {
  return useQuery({
    queryKey: consoleKeys.responseRates(id),
    queryFn: ({ signal }) => consoleApi.responseRates(id, signal),
    refetchInterval: RESPONSE_RATE_POLL_MS,
  });
}

export function useReminders(id: string) {
  return useQuery({ queryKey: consoleKeys.reminders(id), queryFn: ({ signal }) => consoleApi.reminders(id, signal) });
}

export function useScheduleReminder(id: string) {
  const invalidate = useInvalidateReviews();
  return useMutation({ mutationFn: (at: string) => consoleApi.scheduleReminder(id, at), onSuccess: invalidate });
}

export function useCancelReminder(id: string) {
  const invalidate = useInvalidateReviews();
  return useMutation({ mutationFn: (roundId: string) => consoleApi.cancelReminder(id, roundId), onSuccess: invalidate });
}

export function useUsers(enabled = true) {
  return useQuery({ queryKey: consoleKeys.users, queryFn: ({ signal }) => consoleApi.users(signal), enabled });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserBody) => consoleApi.createUser(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consoleKeys.users }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateUserBody }) => consoleApi.updateUser(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consoleKeys.users }),
  });
}

export function useEndSessions() {
  return useMutation({ mutationFn: (id: string) => consoleApi.endSessions(id) });
}

/** Newest first, a page at a time; `reviewId` '' means all. */
export function useAuditLog(reviewId: string) {
  return useInfiniteQuery({
    queryKey: consoleKeys.audit(reviewId),
    queryFn: ({ pageParam, signal }) => consoleApi.audit({ limit: PAGE_SIZE, before: pageParam, reviewId }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}

export function useOutbox(reviewId: string) {
  return useInfiniteQuery({
    queryKey: consoleKeys.mails(reviewId),
    queryFn: ({ pageParam, signal }) => consoleApi.mails({ limit: PAGE_SIZE, before: pageParam, reviewId }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}

/** The pool's imported batches; polled while one is importing, or while `busy` (an upload of ours). */
export function usePoolImports(busy = false) {
  return useQuery({
    queryKey: consoleKeys.poolImports,
    queryFn: ({ signal }) => consoleApi.poolImports(signal),
    refetchInterval: (query) => (busy || query.state.data?.batches.some((b) => b.status === 'importing') ? PROGRESS_POLL_MS : false),
  });
}

export const POOL_UPLOAD_KEY = ['pool-imports', 'upload'] as const;
export interface PoolUpload {
  file: File;
  contentType: string;
  mode: 'check' | 'import';
  skipInvalid: boolean;
  codeChoices?: PoolCodeChoices;
  onProgress: (loaded: number, total: number) => void;
}

export function useUploadPoolFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: POOL_UPLOAD_KEY,
    mutationFn: (input: PoolUpload) => consoleApi.uploadPoolFile(input.file, input.contentType, input),
    onSettled: (_data, _error, input) => {
      if (input.mode === 'import') return queryClient.invalidateQueries({ queryKey: consoleKeys.poolImports });
    },
  });
}

export function useWithdrawPoolImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => consoleApi.withdrawPoolImport(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: consoleKeys.poolImports }),
  });
}

/** Whether demo data can be loaded, and its progress: polled every second while it loads. */
export function useDemoStatus() {
  return useQuery({
    queryKey: consoleKeys.demo,
    queryFn: ({ signal }) => consoleApi.demoStatus(signal),
    refetchInterval: (query) => (query.state.data?.state === 'running' ? PROGRESS_POLL_MS : false),
  });
}

export function useStartDemo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { poolTrainees?: number }) => consoleApi.startDemo(body),
    onSuccess: (status) => queryClient.setQueryData(consoleKeys.demo, status),
  });
}
