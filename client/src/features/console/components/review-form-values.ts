import type { CreateReviewBody, Review, UpdateReviewBody } from '../api/requests';

/** The review form's fields as they are edited. */
export interface Values {
  title: string;
  hospitalId: string | null;
  unitIds: string[];
  opensAt: string;
  closesAt: string;
  inspectorIds: string[];
  anonymityThreshold: number;
  benchmarkWindowMonths: number;
  /** Compare with a fixed period (from–until) instead of the months before closing. */
  fixedPeriod: boolean;
  benchmarkFrom: string;
  benchmarkUntil: string;
  allowEdits: boolean;
  includeDirectorSupplement: boolean;
}

export function initialValues(review: Review | undefined, myId: string | undefined): Values {
  return {
    title: review?.title ?? '',
    hospitalId: review?.hospital.id ?? null,
    unitIds: review?.units.map((u) => u.id) ?? [],
    opensAt: review?.opensAt ?? '',
    closesAt: review?.closesAt ?? '',
    inspectorIds: review?.inspectors.map((i) => i.id) ?? (myId ? [myId] : []),
    anonymityThreshold: review?.anonymityThreshold ?? 3,
    benchmarkWindowMonths: review?.benchmarkWindowMonths ?? 24,
    fixedPeriod: Boolean(review?.benchmarkPeriod),
    benchmarkFrom: review?.benchmarkPeriod?.from ?? '',
    benchmarkUntil: review?.benchmarkPeriod?.until ?? '',
    allowEdits: review?.allowEdits ?? false,
    includeDirectorSupplement: false,
  };
}

export type SetValue = <K extends keyof Values>(key: K) => (value: Values[K]) => void;

/** What the server is sent: a new review names its hospital and units; a changed one its units only while a draft. */
export function reviewBody(values: Values, creating: boolean, unitsLocked: boolean): CreateReviewBody | UpdateReviewBody {
  const common = {
    title: values.title.trim(),
    opensAt: values.opensAt || null,
    closesAt: values.closesAt || null,
    inspectorIds: values.inspectorIds,
    anonymityThreshold: values.anonymityThreshold,
    benchmarkWindowMonths: values.benchmarkWindowMonths,
    benchmarkPeriod: values.fixedPeriod ? { from: values.benchmarkFrom, until: values.benchmarkUntil } : null,
    allowEdits: values.allowEdits,
  };
  if (creating) return { ...common, hospitalId: values.hospitalId!, unitIds: values.unitIds, includeDirectorSupplement: values.includeDirectorSupplement };
  return { ...common, ...(unitsLocked ? {} : { unitIds: values.unitIds }) };
}
