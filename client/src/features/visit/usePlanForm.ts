import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveVisitPlan, type VisitPlan, type VisitPlanBody } from './api';

function toForm(plan: VisitPlan): VisitPlanBody {
  return {
    startsOn: plan.startsOn,
    endsOn: plan.endsOn,
    inspectors: plan.inspectors.length > 0 ? [...plan.inspectors] : [''],
    schedule: plan.schedule.map((s) => ({ ...s })),
    notes: plan.notes,
  };
}

/** What the server is sent: empty names dropped, a role only for interviews. */
function toBody(form: VisitPlanBody): VisitPlanBody {
  return {
    startsOn: form.startsOn || null,
    endsOn: form.endsOn || null,
    inspectors: form.inspectors.map((n) => n.trim()).filter(Boolean),
    schedule: form.schedule.map((s) => ({ ...s, role: s.kind === 'interview' ? s.role : null, place: s.place.trim() })),
    notes: form.notes,
  };
}

/**
 * The plan as it is edited: the form, whether it has unsaved changes, the one rule checked here
 * (the visit cannot end before it starts) and saving the whole.
 */
export function usePlanForm(reviewId: string, plan: VisitPlan) {
  const { t } = useTranslation();
  const save = useSaveVisitPlan(reviewId);
  const [form, setForm] = useState(() => toForm(plan));
  const [dirty, setDirty] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const edit = (next: Partial<VisitPlanBody>) => {
    setForm({ ...form, ...next });
    setDirty(true);
    setProblem(null);
  };
  const submit = () => {
    if (form.startsOn && form.endsOn && form.endsOn < form.startsOn) {
      setProblem(t('visit.visit.endBeforeStart'));
      return;
    }
    save.mutate(toBody(form), {
      onSuccess: (saved) => {
        setForm(toForm(saved));
        setDirty(false);
      },
    });
  };
  return { form, edit, dirty, problem, submit, save };
}
