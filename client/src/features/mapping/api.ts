import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateMappingBody, DecisionBody, MappingCategory, MappingReport, MappingRound, NewSource, Reconciliation } from '../../../../contract/mapping.js';
import { request } from '../../api/client';

export type { MappingCategory, MappingReport, MappingRound, Reconciliation };
export type ReportRegion = MappingReport['regions'][number];
export type RegionReconciliation = Reconciliation['regions'][number];
export interface Branch {
  id: string;
  name: string;
  regionCode: string;
}
export interface Source {
  respondentId: string;
  regionCode: string;
  type: 'branch' | 'director';
  branch: { id: string; name: string } | null;
  name: string;
  email: string;
  invited: boolean;
  answered: boolean;
}
export interface Region {
  code: string;
  name: { sv: string; en: string };
}

export const CATEGORIES: readonly MappingCategory[] = ['leadership_st', 'early_career', 'all_professions', 'nothing'];

const round = (id: string) => `/api/mapping-rounds/${encodeURIComponent(id)}`;

export const mappingApi = {
  list: (signal?: AbortSignal) => request<{ rounds: MappingRound[] }>('GET', '/api/mapping-rounds', undefined, { signal }),
  create: (body: CreateMappingBody) => request<MappingRound>('POST', '/api/mapping-rounds', body),
  round: (id: string, signal?: AbortSignal) => request<MappingRound>('GET', round(id), undefined, { signal }),
  regions: (signal?: AbortSignal) => request<{ regions: Region[] }>('GET', '/api/regions', undefined, { signal }),
  branches: (signal?: AbortSignal) => request<{ branches: Branch[] }>('GET', '/api/mapping/branches', undefined, { signal }),
  sources: (id: string, signal?: AbortSignal) => request<{ sources: Source[] }>('GET', `${round(id)}/sources`, undefined, { signal }),
  addSources: (id: string, sources: NewSource[]) => request<{ sources: Source[] }>('POST', `${round(id)}/sources`, { sources }),
  step: (id: string, step: 'open' | 'close' | 'publish') => request<unknown>('POST', `${round(id)}/${step}`),
  reconciliation: (id: string, signal?: AbortSignal) => request<Reconciliation>('GET', `${round(id)}/reconciliation`, undefined, { signal }),
  decide: (id: string, code: string, body: DecisionBody) => request<{ ok: true }>('PUT', `${round(id)}/regions/${encodeURIComponent(code)}/decision`, body),
  report: (id: string, signal?: AbortSignal) => request<MappingReport>('GET', `${round(id)}/report`, undefined, { signal }),
};

const keys = {
  list: ['mapping-rounds'] as const,
  round: (id: string) => ['mapping-rounds', id] as const,
  regions: ['regions'] as const,
  branches: ['mapping-branches'] as const,
};

export const useMappingRounds = () => useQuery({ queryKey: keys.list, queryFn: ({ signal }) => mappingApi.list(signal) });
export const useMappingRound = (id: string) => useQuery({ queryKey: keys.round(id), queryFn: ({ signal }) => mappingApi.round(id, signal) });
export const useRegions = () => useQuery({ queryKey: keys.regions, queryFn: ({ signal }) => mappingApi.regions(signal), staleTime: Infinity });
export const useBranches = () => useQuery({ queryKey: keys.branches, queryFn: ({ signal }) => mappingApi.branches(signal) });
export const useSources = (id: string) => useQuery({ queryKey: [...keys.round(id), 'sources'], queryFn: ({ signal }) => mappingApi.sources(id, signal) });
export const useReconciliation = (id: string) =>
  useQuery({ queryKey: [...keys.round(id), 'reconciliation'], queryFn: ({ signal }) => mappingApi.reconciliation(id, signal) });
/** The report; 409 (not published, for a reader) and 403 are answers, not failures to retry. */
export const useMappingReport = (id: string) =>
  useQuery({ queryKey: [...keys.round(id), 'report'], queryFn: ({ signal }) => mappingApi.report(id, signal), retry: false });

export function useCreateRound() {
  const client = useQueryClient();
  return useMutation({ mutationFn: mappingApi.create, onSuccess: () => client.invalidateQueries({ queryKey: keys.list }) });
}

/** Anything done to a round may change everything shown about it. */
function useRoundMutation<A, R>(id: string, fn: (arg: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: keys.round(id) }) });
}
export const useRoundStep = (id: string, step: 'open' | 'close' | 'publish') => useRoundMutation(id, () => mappingApi.step(id, step));
export const useAddSources = (id: string) => useRoundMutation(id, (sources: NewSource[]) => mappingApi.addSources(id, sources));
export const useDecide = (id: string, code: string) => useRoundMutation(id, (body: DecisionBody) => mappingApi.decide(id, code, body));
