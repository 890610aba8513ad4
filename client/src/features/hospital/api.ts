import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Duty,
  HospitalProfileBody,
  HospitalReport,
  HospitalReviewSummary,
  HospitalReviewView,
  InterviewNote,
  Interviews,
  Synthesis,
} from '../../../../contract/hospital-review.js';
import type { ReportContent, ReportRevision } from '../../../../contract/report-authoring.js';
import type { PointStatus } from '../../../../contract/domain.js';
import { request } from '../../api/client';

export type {
  Duty,
  HospitalProfileBody,
  HospitalReport,
  HospitalReviewSummary,
  HospitalReviewView,
  InterviewNote,
  Interviews,
  PointStatus,
  ReportContent,
  Synthesis,
};

const base = (id: string) => `/api/hospital-reviews/${encodeURIComponent(id)}`;
const report = (id: string) => `/api/reviews/${encodeURIComponent(id)}/report`;

export const hospitalApi = {
  list: (signal?: AbortSignal) => request<{ reviews: HospitalReviewSummary[] }>('GET', '/api/hospital-reviews', undefined, { signal }),
  create: (body: { title: string; hospitalId: string }) => request<{ id: string }>('POST', '/api/hospital-reviews', body),
  hospitals: (signal?: AbortSignal) => request<{ hospitals: { id: string; name: string }[] }>('GET', '/api/hospitals', undefined, { signal }),
  view: (id: string, signal?: AbortSignal) => request<HospitalReviewView>('GET', base(id), undefined, { signal }),
  saveProfile: (id: string, body: HospitalProfileBody) => request('PUT', `${base(id)}/profile`, body),
  assess: (id: string, dutyId: string, body: { status: PointStatus; note: string }) => request<Duty>('PUT', `${base(id)}/duties/${dutyId}`, body),
  interviews: (id: string, signal?: AbortSignal) => request<Interviews>('GET', `${base(id)}/interviews`, undefined, { signal }),
  addFunction: (id: string, label: string) => request<Interviews>('POST', `${base(id)}/interviews`, { label }),
  saveNote: (id: string, noteId: string, body: { function: string; body: string; savedAt: string }) =>
    request<InterviewNote>('PUT', `${base(id)}/interview-notes/${noteId}`, body),
  close: (id: string) => request('POST', `${base(id)}/close`),
  published: (id: string, signal?: AbortSignal) => request<HospitalReport>('GET', `${base(id)}/report`, undefined, { signal }),
  authoring: (id: string, signal?: AbortSignal) => request<{ current: ReportRevision }>('GET', `${report(id)}/authoring`, undefined, { signal }),
  saveContent: (id: string, content: ReportContent) => request('PUT', `${report(id)}/content`, { content }),
  candidates: (id: string) => request<{ candidates: { email: string }[]; deadline: { suggested: string } }>('GET', `${report(id)}/comment-candidates`),
  sendForComment: (id: string, body: { deadline: string; recipients: string[] }) => request('POST', `${report(id)}/send-for-comment`, body),
  publish: (id: string) => request('POST', `${report(id)}/publish`),
};

const keys = { review: (id: string) => ['hospital-review', id] as const };

export const useHospitalReviews = () => useQuery({ queryKey: ['hospital-reviews'], queryFn: ({ signal }) => hospitalApi.list(signal) });
export const useHospitals = () => useQuery({ queryKey: ['hospital-reviews', 'hospitals'], queryFn: ({ signal }) => hospitalApi.hospitals(signal) });
export const useHospitalReview = (id: string) => useQuery({ queryKey: keys.review(id), queryFn: ({ signal }) => hospitalApi.view(id, signal) });
export const useInterviews = (id: string) =>
  useQuery({ queryKey: [...keys.review(id), 'interviews'], queryFn: ({ signal }) => hospitalApi.interviews(id, signal) });
export const useHospitalReport = (id: string) =>
  useQuery({ queryKey: [...keys.review(id), 'published'], queryFn: ({ signal }) => hospitalApi.published(id, signal) });
export const useHospitalAuthoring = (id: string) =>
  useQuery({ queryKey: [...keys.review(id), 'authoring'], queryFn: ({ signal }) => hospitalApi.authoring(id, signal) });

/** Any change to the review: its views are fetched afresh afterwards. */
export function useHospitalChange<A, R>(id: string, change: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: change, onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.review(id) }) });
}
