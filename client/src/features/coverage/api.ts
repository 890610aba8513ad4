import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Coverage, CoverageUnit, RecordReviewBody, UnitContactsBody } from '../../../../contract/coverage.js';
import type { Hospital } from '../../../../contract/hospitals.js';
import type { ImportProblem } from '../../../../contract/respondents.js';
import { ApiError, request, uploadFile, type UploadOptions } from '../../api/client';

export type { Coverage, CoverageUnit, ImportProblem };

/** Whose coverage a page shows. */
export type CoverageScope = { kind: 'hospitals' | 'organisations'; id: string };

const base = (scope: CoverageScope) => `/api/${scope.kind}/${encodeURIComponent(scope.id)}/coverage`;
const unit = (id: string) => `/api/units/${encodeURIComponent(id)}`;
const asOfQuery = (asOf: string | undefined) => (asOf ? `?asOf=${encodeURIComponent(asOf)}` : '');

export const IMPORT_CONTENT_TYPES: Record<string, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const coverageApi = {
  get: (scope: CoverageScope, asOf: string | undefined, signal?: AbortSignal) => request<Coverage>('GET', `${base(scope)}${asOfQuery(asOf)}`, undefined, { signal }),
  xlsxUrl: (scope: CoverageScope, asOf: string, lang: 'sv' | 'en') => `${base(scope)}.xlsx?asOf=${encodeURIComponent(asOf)}&lang=${lang}`,
  hospitals: (signal?: AbortSignal) => request<{ hospitals: Hospital[] }>('GET', '/api/hospitals', undefined, { signal }),
  recordReview: (unitId: string, body: RecordReviewBody) => request<{ id: string }>('POST', `${unit(unitId)}/external-reviews`, body),
  removeReview: (unitId: string, recordId: string) => request<{ ok: true }>('DELETE', `${unit(unitId)}/external-reviews/${encodeURIComponent(recordId)}`),
  setInternal: (unitId: string, year: number, method: string) => request<{ ok: true }>('PUT', `${unit(unitId)}/internal-reviews/${year}`, { method }),
  setInterval: (organisationId: string, years: number) =>
    request<{ ok: true }>('PUT', `/api/organisations/${encodeURIComponent(organisationId)}/review-interval`, { years }),
  organisations: (signal?: AbortSignal) => request<{ organisations: { id: string; name: string }[] }>('GET', '/api/organisations', undefined, { signal }),
  setContacts: (unitId: string, body: UnitContactsBody) => request<{ ok: true }>('PUT', `${unit(unitId)}/contacts`, body),
  importReviews: (hospitalId: string, file: File, contentType: string, options?: UploadOptions) =>
    uploadFile<{ imported: number }>(`/api/hospitals/${encodeURIComponent(hospitalId)}/external-reviews/import`, file, contentType, options),
};

const keys = { all: ['coverage'] as const, of: (scope: CoverageScope, asOf: string | undefined) => ['coverage', scope.kind, scope.id, asOf ?? 'today'] as const };

export function useCoverage(scope: CoverageScope, asOf: string | undefined) {
  // The previous day's table stays while another day loads, so the page does not jump.
  return useQuery({ queryKey: keys.of(scope, asOf), queryFn: ({ signal }) => coverageApi.get(scope, asOf, signal), placeholderData: keepPreviousData });
}

export function useCoverageOrganisations() {
  return useQuery({ queryKey: ['coverage', 'organisations'], queryFn: ({ signal }) => coverageApi.organisations(signal) });
}

export function useCoverageHospitals() {
  return useQuery({ queryKey: ['coverage', 'hospitals'], queryFn: ({ signal }) => coverageApi.hospitals(signal) });
}

/** Any change to a unit's coverage: every coverage table is fetched afresh afterwards. */
export function useCoverageChange<A, R>(change: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: change, onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }) });
}

export function importProblems(error: unknown): ImportProblem[] | null {
  if (!(error instanceof ApiError) || error.status !== 422) return null;
  const problems = (error.problem as { problems?: unknown }).problems;
  return Array.isArray(problems) ? (problems as ImportProblem[]) : null;
}
