import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AddDirectorsBody,
  AnnualCampaign,
  AnnualClinics,
  AnnualGoal,
  AnnualReport,
  CreateAnnualBody,
  GoalSet,
} from '../../../../contract/director-annual.js';
import type { Organisation, SaveOrganisationBody } from '../../../../contract/organisations.js';
import type { Hospital } from '../../../../contract/hospitals.js';
import { request, uploadFile } from '../../api/client';

export type { AnnualCampaign, AnnualClinics, AnnualGoal, AnnualReport, GoalSet, Organisation };
export type GoalFigure = AnnualReport['goals'][number];
export type Trend = AnnualReport['trends'][number];
export type Clinic = AnnualClinics['clinics'][number];

const annual = (id: string) => `/api/annual-reports/${encodeURIComponent(id)}`;
const organisation = (id: string) => `/api/organisations/${encodeURIComponent(id)}`;

export const annualApi = {
  list: (signal?: AbortSignal) => request<{ campaigns: AnnualCampaign[] }>('GET', '/api/annual-reports', undefined, { signal }),
  create: (body: CreateAnnualBody) => request<AnnualCampaign>('POST', '/api/annual-reports', body),
  campaign: (id: string, signal?: AbortSignal) => request<AnnualCampaign>('GET', annual(id), undefined, { signal }),
  clinics: (id: string, signal?: AbortSignal) => request<AnnualClinics>('GET', `${annual(id)}/clinics`, undefined, { signal }),
  addDirectors: (id: string, body: AddDirectorsBody) => request<AnnualClinics>('POST', `${annual(id)}/directors`, body),
  open: (id: string) => request<{ sent: number }>('POST', `${annual(id)}/open`),
  close: (id: string) => request<{ ok: true }>('POST', `${annual(id)}/close`),
  /** A reminder round now, to the directors who have not answered (the mail job sends it within a minute). */
  remind: (id: string) => request<{ id: string }>('POST', `${annual(id)}/reminders`, { at: new Date().toISOString() }),
  publish: (id: string) => request<{ ok: true }>('POST', `${annual(id)}/publish`),
  report: (id: string, signal?: AbortSignal) => request<AnnualReport>('GET', `${annual(id)}/report`, undefined, { signal }),
  organisations: (signal?: AbortSignal) => request<{ organisations: Organisation[] }>('GET', '/api/organisations', undefined, { signal }),
  createOrganisation: (body: SaveOrganisationBody) => request<Organisation>('POST', '/api/organisations', body),
  saveOrganisation: (id: string, body: SaveOrganisationBody) => request<Organisation>('PUT', organisation(id), body),
  hospitals: (signal?: AbortSignal) => request<{ hospitals: Hospital[] }>('GET', '/api/hospitals', undefined, { signal }),
  goals: (id: string, year: number, signal?: AbortSignal) => request<GoalSet>('GET', `${organisation(id)}/goals/${year}`, undefined, { signal }),
  saveGoals: (id: string, year: number, goals: AnnualGoal[]) => request<GoalSet>('PUT', `${organisation(id)}/goals/${year}`, { goals }),
  suggestedGoals: (signal?: AbortSignal) => request<{ goals: AnnualGoal[] }>('GET', '/api/annual-goals/suggested', undefined, { signal }),
  importHistory: (id: string, file: File) => uploadFile<{ imported: number }>(`${organisation(id)}/history`, file, importType(file)),
};

/**
 * The content type the server accepts for a file: by its name first, as Windows reports a CSV file
 * as application/vnd.ms-excel; the server reads the content either way.
 */
function importType(file: File): string {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return 'text/csv';
  if (name.endsWith('.xlsx')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return 'application/octet-stream';
}

const keys = {
  list: ['annual-reports'] as const,
  campaign: (id: string) => ['annual-reports', id] as const,
  clinics: (id: string) => ['annual-reports', id, 'clinics'] as const,
  report: (id: string) => ['annual-reports', id, 'report'] as const,
  organisations: ['organisations'] as const,
  hospitals: ['hospitals'] as const,
  goals: (id: string, year: number) => ['organisations', id, 'goals', year] as const,
};

export const useAnnualReports = () => useQuery({ queryKey: keys.list, queryFn: ({ signal }) => annualApi.list(signal) });
export const useAnnualCampaign = (id: string) => useQuery({ queryKey: keys.campaign(id), queryFn: ({ signal }) => annualApi.campaign(id, signal) });
export const useAnnualClinics = (id: string, enabled = true) =>
  useQuery({ queryKey: keys.clinics(id), queryFn: ({ signal }) => annualApi.clinics(id, signal), enabled });
/** The figures; 409 (not closed yet) is an answer, not a failure to retry. */
export const useAnnualReport = (id: string, enabled = true) =>
  useQuery({ queryKey: keys.report(id), queryFn: ({ signal }) => annualApi.report(id, signal), enabled, retry: false });
export const useOrganisations = () => useQuery({ queryKey: keys.organisations, queryFn: ({ signal }) => annualApi.organisations(signal) });
export const useHospitalChoices = () => useQuery({ queryKey: keys.hospitals, queryFn: ({ signal }) => annualApi.hospitals(signal) });
export const useGoalSet = (id: string, year: number) =>
  useQuery({ queryKey: keys.goals(id, year), queryFn: ({ signal }) => annualApi.goals(id, year, signal) });

export function useCreateAnnual() {
  const client = useQueryClient();
  return useMutation({ mutationFn: annualApi.create, onSuccess: () => client.invalidateQueries({ queryKey: keys.list }) });
}

/** Open, remind, close or publish: everything about the report may have changed. */
export function useAnnualStep(id: string, step: 'open' | 'remind' | 'close' | 'publish') {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => annualApi[step](id) as Promise<unknown>,
    onSuccess: () => client.invalidateQueries({ queryKey: keys.campaign(id) }),
  });
}

export function useAddDirectors(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AddDirectorsBody) => annualApi.addDirectors(id, body),
    onSuccess: (clinics) => client.setQueryData(keys.clinics(id), clinics),
  });
}

export function useSaveOrganisation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: SaveOrganisationBody }) =>
      id ? annualApi.saveOrganisation(id, body) : annualApi.createOrganisation(body),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.organisations }),
  });
}

export function useSaveGoals(id: string, year: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (goals: AnnualGoal[]) => annualApi.saveGoals(id, year, goals),
    onSuccess: (set) => client.setQueryData(keys.goals(id, year), set),
  });
}

export function useImportHistory(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => annualApi.importHistory(id, file),
    onSuccess: () => client.invalidateQueries({ queryKey: ['annual-reports'] }),
  });
}
