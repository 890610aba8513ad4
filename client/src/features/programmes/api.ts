import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AssessmentBody,
  Conformance,
  ConformanceStatus,
  NationalModelView,
  Programme,
  ProgrammeAssessment,
  ProgrammeBody,
  ProgrammeList,
} from '../../../../contract/programmes.js';
import { request, uploadFile, type UploadOptions } from '../../api/client';

export type { AssessmentBody, Conformance, ConformanceStatus, NationalModelView, Programme, ProgrammeAssessment, ProgrammeBody, ProgrammeList };
export { CONFORMANCE_STATUSES, PROGRAMME_STATUSES, PROGRAMME_TYPES } from '../../../../contract/programmes.js';

const one = (id: string) => `/api/programmes/${encodeURIComponent(id)}`;

export const programmesApi = {
  list: (signal?: AbortSignal) => request<ProgrammeList>('GET', '/api/programmes', undefined, { signal }),
  model: (signal?: AbortSignal) => request<NationalModelView>('GET', '/api/programmes/model', undefined, { signal }),
  conformance: (signal?: AbortSignal) => request<Conformance>('GET', '/api/programmes/conformance', undefined, { signal }),
  xlsxUrl: (lang: 'sv' | 'en') => `/api/programmes/conformance.xlsx?lang=${lang}`,
  assessment: (id: string, signal?: AbortSignal) => request<ProgrammeAssessment>('GET', one(id), undefined, { signal }),
  create: (body: ProgrammeBody) => request<Programme>('POST', '/api/programmes', body),
  update: (id: string, body: ProgrammeBody) => request<Programme>('PUT', one(id), body),
  remove: (id: string) => request<{ ok: true }>('DELETE', one(id)),
  assess: (id: string, pointKey: string, body: AssessmentBody) =>
    request<ProgrammeAssessment>('PUT', `${one(id)}/assessments/${encodeURIComponent(pointKey)}`, body),
  upload: (id: string, file: File, options?: UploadOptions) =>
    uploadFile<{ id: string }>(`${one(id)}/documents?name=${encodeURIComponent(file.name)}`, file, 'application/octet-stream', options),
  documentUrl: (id: string, documentId: string) => `${one(id)}/documents/${encodeURIComponent(documentId)}`,
  removeDocument: (id: string, documentId: string) => request<{ ok: true }>('DELETE', `${one(id)}/documents/${encodeURIComponent(documentId)}`),
};

const keys = { all: ['programmes'] as const };

export const useProgrammes = () => useQuery({ queryKey: [...keys.all, 'list'], queryFn: ({ signal }) => programmesApi.list(signal) });
export const useNationalModel = () => useQuery({ queryKey: [...keys.all, 'model'], queryFn: ({ signal }) => programmesApi.model(signal), staleTime: Infinity });
export const useConformance = () => useQuery({ queryKey: [...keys.all, 'conformance'], queryFn: ({ signal }) => programmesApi.conformance(signal) });
export const useProgrammeAssessment = (id: string) =>
  useQuery({ queryKey: [...keys.all, 'one', id], queryFn: ({ signal }) => programmesApi.assessment(id, signal) });

/** Any change to a programme: the lists, the matrix and the programme are fetched afresh. */
export function useProgrammeChange<A, R>(change: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: change, onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }) });
}
