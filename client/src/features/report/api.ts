import type { Static } from '@sinclair/typebox';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BenchmarkRow, Cell, Report, StatementResult } from '../../../../contract/report.js';
import type {
  Authoring as AuthoringSchema,
  PublishedReport as PublishedReportSchema,
  ReportContent,
  ReportRevision,
  SuggestionList as SuggestionListSchema,
} from '../../../../contract/report-authoring.js';
import type { CommentCandidates as CandidatesSchema, CommentRound, CommentView } from '../../../../contract/comment-round.js';
import type { PreviousReview } from '../../../../contract/site-visit.js';
import { ApiError, request } from '../../api/client';

export type { BenchmarkRow, Cell, CommentRound, CommentView, Report, ReportContent, ReportRevision, StatementResult };
export type CommentCandidates = Static<typeof CandidatesSchema>;
export type ClinicComments = { areas: Record<string, string>; general: string };
export type Authoring = Static<typeof AuthoringSchema>;
export type PublishedReport = Static<typeof PublishedReportSchema>;
export type SuggestionList = Static<typeof SuggestionListSchema>;
export type Suggestion = SuggestionList['suggestions'][number];
export type NumericResult = Report['numeric'][number];
export type AreaResult = Report['areas'][number];

export interface ReportScope {
  unitId?: string;
  specialtyGroup?: string;
}

export interface SuggestionFilter {
  role?: string;
  area?: string;
  theme?: string;
  starred?: boolean;
}

export type SuggestionPatch = { themes?: string[]; areas?: string[]; starred?: boolean };

function query(params: Record<string, string | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

const base = (id: string) => `/api/reviews/${encodeURIComponent(id)}`;

export const reportApi = {
  report: (id: string, scope: ReportScope, signal?: AbortSignal) => request<Report>('GET', `${base(id)}/report${query({ ...scope })}`, undefined, { signal }),
  /** The published revision, or null before publication (404). */
  async published(id: string, signal?: AbortSignal): Promise<PublishedReport | null> {
    try {
      return await request<PublishedReport>('GET', `${base(id)}/report/published`, undefined, { signal });
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  },
  authoring: (id: string, signal?: AbortSignal) => request<Authoring>('GET', `${base(id)}/report/authoring`, undefined, { signal }),
  saveContent: (id: string, content: ReportContent) => request<ReportRevision>('PUT', `${base(id)}/report/content`, { content }),
  sendForComment: (id: string, body: { deadline: string; recipients: string[] }) =>
    request<{ ok: true; asked: number }>('POST', `${base(id)}/report/send-for-comment`, body),
  commentCandidates: (id: string, signal?: AbortSignal) => request<CommentCandidates>('GET', `${base(id)}/report/comment-candidates`, undefined, { signal }),
  commentRound: (id: string, signal?: AbortSignal) => request<{ round: CommentRound | null }>('GET', `${base(id)}/report/comment-round`, undefined, { signal }),
  changeDeadline: (id: string, deadline: string) => request<unknown>('PUT', `${base(id)}/report/comment-round/deadline`, { deadline }),
  comments: (id: string, comments: string) => request<unknown>('POST', `${base(id)}/report/comments`, { comments }),
  publish: (id: string) => request<unknown>('POST', `${base(id)}/report/publish`),
  revise: (id: string, changeNote: string) => request<unknown>('POST', `${base(id)}/report/revise`, { changeNote }),
  themes: (id: string, signal?: AbortSignal) => request<{ themes: SuggestionList['themes'] }>('GET', `${base(id)}/themes`, undefined, { signal }),
  suggestions: (id: string, filter: SuggestionFilter, signal?: AbortSignal) =>
    request<SuggestionList>('GET', `${base(id)}/suggestions${query({ ...filter })}`, undefined, { signal }),
  patchSuggestion: (id: string, key: string, patch: SuggestionPatch) => request<unknown>('PATCH', `${base(id)}/suggestions/${encodeURIComponent(key)}`, patch),
  addTheme: (id: string, label: string) => request<unknown>('POST', `${base(id)}/themes`, { label }),
};

/** Where the downloads are; the server builds them from the same figures. */
export const reportDownloads = {
  csv: (id: string, table: string, lang: string, scope: ReportScope) => `${base(id)}/report/export.csv${query({ table, lang, ...scope })}`,
  xlsx: (id: string, lang: string, scope: ReportScope) => `${base(id)}/report/export.xlsx${query({ lang, ...scope })}`,
  pdf: (id: string, lang: string, scope: ReportScope) => `${base(id)}/report.pdf${query({ lang, ...scope })}`,
};

/** The clinic's side: a personal link, no account. */
const commentPath = (token: string) => `/api/comments/${encodeURIComponent(token)}`;
export const commentApi = {
  open: (token: string, signal?: AbortSignal) => request<CommentView>('GET', commentPath(token), undefined, { signal }),
  save: (token: string, comments: ClinicComments, submit: boolean) =>
    request<{ savedAt: string; submittedAt: string | null }>(submit ? 'POST' : 'PUT', `${commentPath(token)}/${submit ? 'submit' : 'draft'}`, comments),
};

const keys = {
  report: (id: string, scope: ReportScope) => ['reviews', id, 'report', 'figures', scope] as const,
  published: (id: string) => ['reviews', id, 'report', 'published'] as const,
  authoring: (id: string) => ['reviews', id, 'report', 'authoring'] as const,
  candidates: (id: string) => ['reviews', id, 'report', 'comment-candidates'] as const,
  round: (id: string) => ['reviews', id, 'report', 'comment-round'] as const,
  suggestions: (id: string, filter: SuggestionFilter) => ['reviews', id, 'suggestions', filter] as const,
  themes: (id: string) => ['reviews', id, 'themes'] as const,
};

export function useReportFigures(id: string, scope: ReportScope) {
  return useQuery({
    queryKey: keys.report(id, scope),
    queryFn: ({ signal }) => reportApi.report(id, scope, signal),
    placeholderData: keepPreviousData, // a new selection keeps the old figures on screen until the new ones arrive
  });
}

export function usePublishedReport(id: string, enabled = true) {
  return useQuery({ queryKey: keys.published(id), queryFn: ({ signal }) => reportApi.published(id, signal), enabled });
}

export function useAuthoring(id: string, enabled = true) {
  return useQuery({ queryKey: keys.authoring(id), queryFn: ({ signal }) => reportApi.authoring(id, signal), enabled });
}

export function useCommentCandidates(id: string, enabled = true) {
  return useQuery({ queryKey: keys.candidates(id), queryFn: ({ signal }) => reportApi.commentCandidates(id, signal), enabled });
}

/** The latest comment round and the comments submitted (inspectors). */
export function useCommentRound(id: string, enabled = true) {
  return useQuery({ queryKey: keys.round(id), queryFn: ({ signal }) => reportApi.commentRound(id, signal), enabled });
}

/** The free text's themes with their counts, as a hospital's reader may see them. */
export function useThemes(id: string, enabled = true) {
  return useQuery({ queryKey: keys.themes(id), queryFn: ({ signal }) => reportApi.themes(id, signal), enabled });
}

export function useSuggestions(id: string, filter: SuggestionFilter, enabled = true) {
  return useQuery({
    queryKey: keys.suggestions(id, filter),
    queryFn: ({ signal }) => reportApi.suggestions(id, filter, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** An action on the report; afterwards everything about this review's report is fetched afresh. */
export function useReportAction<A, R = unknown>(id: string, action: (arg: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['reviews', id, 'report'] }),
  });
}

export function useSuggestionActions(id: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['reviews', id, 'suggestions'] });
  return {
    patch: useMutation({
      mutationFn: ({ key, patch }: { key: string; patch: SuggestionPatch }) => reportApi.patchSuggestion(id, key, patch),
      onSuccess: refresh,
    }),
    addTheme: useMutation({ mutationFn: (label: string) => reportApi.addTheme(id, label), onSuccess: refresh }),
  };
}

/** The latest earlier published review of the same units (the site visit's endpoint), for the report's comparison. */
export function usePreviousReview(id: string, enabled = true) {
  return useQuery({
    queryKey: ['reviews', id, 'previous'] as const,
    queryFn: ({ signal }) => request<PreviousReview>('GET', `/api/reviews/${encodeURIComponent(id)}/previous`, undefined, { signal }),
    enabled,
  });
}
