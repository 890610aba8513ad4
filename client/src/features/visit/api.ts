import type { Static } from '@sinclair/typebox';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ActionPlan,
  Checklist,
  ChecklistPoint,
  PlanAction,
  SaveActionBody,
  SaveNoteBody,
  ScheduleEntry,
  VisitNote,
  VisitNoteList as VisitNoteListSchema,
  VisitPlan,
  VisitPlanBody,
} from '../../../../contract/site-visit.js';
import { ROLES, type ActionStatus, type PointStatus } from '../../../../contract/domain.js';
export { SCHEDULE_KINDS, type ScheduleKind } from '../../../../contract/domain.js';
import { ApiError, request } from '../../api/client';

export type {
  ActionPlan,
  ActionStatus,
  Checklist,
  ChecklistPoint,
  PlanAction,
  PointStatus,
  SaveActionBody,
  SaveNoteBody,
  ScheduleEntry,
  VisitNote,
  VisitPlan,
  VisitPlanBody,
};
export type AreaChecklist = Checklist['areas'][number];
export type PointEvidence = ChecklistPoint['evidence'][number];
export type VisitNoteList = Static<typeof VisitNoteListSchema>;

export const NOTE_GROUPS: VisitNote['group'][] = [...ROLES, 'tour', 'documents'];

const base = (id: string) => `/api/reviews/${encodeURIComponent(id)}`;

export const visitApi = {
  checklist: (id: string, signal?: AbortSignal) => request<Checklist>('GET', `${base(id)}/checklist`, undefined, { signal }),
  assessPoint: (id: string, pointId: string, body: { status: PointStatus; note: string }) =>
    request<ChecklistPoint>('PUT', `${base(id)}/checklist/${encodeURIComponent(pointId)}`, body),

  plan: (id: string, signal?: AbortSignal) => request<VisitPlan>('GET', `${base(id)}/visit`, undefined, { signal }),
  savePlan: (id: string, body: VisitPlanBody) => request<VisitPlan>('PUT', `${base(id)}/visit`, body),

  notes: (id: string, signal?: AbortSignal) => request<VisitNoteList>('GET', `${base(id)}/visit-notes`, undefined, { signal }),
  saveNote: (id: string, noteId: string, body: SaveNoteBody) => request<VisitNote>('PUT', `${base(id)}/visit-notes/${encodeURIComponent(noteId)}`, body),
  deleteNote: (id: string, noteId: string) => request<{ ok: true }>('DELETE', `${base(id)}/visit-notes/${encodeURIComponent(noteId)}`),

  /** The action plan, or null before the report is published (404). */
  async actionPlan(id: string, signal?: AbortSignal): Promise<ActionPlan | null> {
    try {
      return await request<ActionPlan>('GET', `${base(id)}/action-plan`, undefined, { signal });
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  },
  setPlanDue: (id: string, dueOn: string) => request<ActionPlan>('PUT', `${base(id)}/action-plan`, { dueOn }),
  saveAction: (id: string, actionId: string, body: SaveActionBody) =>
    request<PlanAction>('PATCH', `${base(id)}/action-plan/actions/${encodeURIComponent(actionId)}`, body),
  submitPlan: (id: string) => request<ActionPlan>('POST', `${base(id)}/action-plan/submit`),
};

export const visitKeys = {
  checklist: (id: string) => ['reviews', id, 'checklist'] as const,
  plan: (id: string) => ['reviews', id, 'visit', 'plan'] as const,
  notes: (id: string) => ['reviews', id, 'visit', 'notes'] as const,
  actionPlan: (id: string) => ['reviews', id, 'action-plan'] as const,
};

export function useChecklist(id: string) {
  return useQuery({ queryKey: visitKeys.checklist(id), queryFn: ({ signal }) => visitApi.checklist(id, signal) });
}

/** Saves one point's judgement; the checklist is then fetched afresh for the area's suggested grade. */
export function useAssessPoint(id: string, pointId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { status: PointStatus; note: string }) => visitApi.assessPoint(id, pointId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: visitKeys.checklist(id) }),
  });
}

export function useVisitPlan(id: string) {
  return useQuery({ queryKey: visitKeys.plan(id), queryFn: ({ signal }) => visitApi.plan(id, signal) });
}

export function useSaveVisitPlan(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: VisitPlanBody) => visitApi.savePlan(id, body),
    onSuccess: (plan) => queryClient.setQueryData(visitKeys.plan(id), plan),
  });
}

/** The interview notes the server has. Not retried for long: offline, the page shows the local queue. */
export function useVisitNotes(id: string, enabled = true) {
  return useQuery({ queryKey: visitKeys.notes(id), queryFn: ({ signal }) => visitApi.notes(id, signal), enabled, retry: 1 });
}

export function useActionPlan(id: string) {
  return useQuery({ queryKey: visitKeys.actionPlan(id), queryFn: ({ signal }) => visitApi.actionPlan(id, signal) });
}

/** An action on the plan; afterwards the plan is fetched afresh. */
export function useActionPlanAction<A, R>(id: string, action: (arg: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: action, onSuccess: () => queryClient.invalidateQueries({ queryKey: visitKeys.actionPlan(id) }) });
}
