import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, StatusMessage } from '../../../ui/feedback';
import { DateField, TimeField } from '../../../ui/date/DateField';
import { formatDateTime } from '../../../i18n/format';
import { SCHEDULE_KINDS, useSaveVisitPlan, type ScheduleEntry, type VisitPlan, type VisitPlanBody } from '../api';
import { ROLES } from '../../../../../contract/domain.js';

const MAX_INSPECTORS = 4;

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
function usePlanForm(reviewId: string, plan: VisitPlan) {
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

/** The visit plan: the days, the inspector team, the schedule and practical notes, saved as a whole. */
export function PlanForm({ reviewId, plan }: { reviewId: string; plan: VisitPlan }) {
  const { t } = useTranslation();
  const { form, edit, dirty, problem, submit, save } = usePlanForm(reviewId, plan);

  return (
    <form
      className="plan-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="field-row">
        <DateField
          id="plan-starts"
          className="edit-field"
          label={t('visit.visit.startsOn')}
          value={form.startsOn ?? ''}
          onChange={(v) => edit({ startsOn: v || null })}
        />
        <DateField
          id="plan-ends"
          className="edit-field"
          label={t('visit.visit.endsOn')}
          value={form.endsOn ?? ''}
          errorMessage={problem}
          onChange={(v) => edit({ endsOn: v || null })}
        />
      </div>
      <InspectorFields inspectors={form.inspectors} onChange={(inspectors) => edit({ inspectors })} />
      <ScheduleFields form={form} onChange={(schedule) => edit({ schedule })} />

      <div className="edit-field">
        <label htmlFor="plan-notes">{t('visit.visit.practical')}</label>
        <p className="field-hint" id="plan-notes-hint">
          {t('visit.visit.practicalHint')}
        </p>
        <textarea
          id="plan-notes"
          rows={4}
          value={form.notes}
          maxLength={10000}
          aria-describedby="plan-notes-hint"
          onChange={(e) => edit({ notes: e.target.value })}
        />
      </div>

      <div className="save-bar">
        <button type="submit" className={`button button-primary${save.isPending ? ' button-pending' : ''}`} aria-disabled={save.isPending || undefined}>
          {save.isPending ? t('visit.common.saving') : t('visit.visit.save')}
        </button>
        <StatusMessage>
          {dirty
            ? t('visit.visit.unsaved')
            : save.isSuccess
              ? t('visit.visit.planSaved')
              : plan.updatedAt
                ? t('visit.visit.lastSaved', { date: formatDateTime(plan.updatedAt) })
                : null}
        </StatusMessage>
      </div>
      {save.isError && <ErrorMessage error={save.error} lead={t('common.saveFailed')} />}
    </form>
  );
}

/** The inspector team, one to four names. */
function InspectorFields({ inspectors, onChange }: { inspectors: string[]; onChange: (inspectors: string[]) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="plan-fieldset">
      <legend>{t('visit.visit.inspectors')}</legend>
      <p className="field-hint">{t('visit.visit.inspectorsHint')}</p>
      {inspectors.map((name, i) => (
        <div key={i} className="inline-row">
          <div className="edit-field">
            <label htmlFor={`plan-inspector-${i}`}>{t('visit.visit.inspector', { n: i + 1 })}</label>
            <input
              id={`plan-inspector-${i}`}
              className="input"
              value={name}
              maxLength={200}
              onChange={(e) => onChange(inspectors.map((n, j) => (j === i ? e.target.value : n)))}
            />
          </div>
          {inspectors.length > 1 && (
            <button type="button" className="button button-secondary button-small" onClick={() => onChange(inspectors.filter((_, j) => j !== i))}>
              {t('visit.visit.removeInspector', { n: i + 1 })}
            </button>
          )}
        </div>
      ))}
      {inspectors.length < MAX_INSPECTORS && (
        <button type="button" className="button button-secondary button-small" onClick={() => onChange([...inspectors, ''])}>
          {t('visit.visit.addInspector')}
        </button>
      )}
    </fieldset>
  );
}

/** The schedule, row by row; a new row starts where the last one ended. */
function ScheduleFields({ form, onChange }: { form: VisitPlanBody; onChange: (schedule: ScheduleEntry[]) => void }) {
  const { t } = useTranslation();
  const { schedule } = form;
  const editRow = (i: number, next: Partial<ScheduleEntry>) => onChange(schedule.map((s, j) => (j === i ? { ...s, ...next } : s)));
  const addRow = () =>
    onChange([
      ...schedule,
      { date: schedule.at(-1)?.date ?? form.startsOn ?? '', start: schedule.at(-1)?.end ?? '09:00', end: '', kind: 'interview', role: 'st', place: '' },
    ]);
  return (
    <fieldset className="plan-fieldset">
      <legend>{t('visit.visit.schedule')}</legend>
      {schedule.length === 0 && <p className="field-note">{t('visit.visit.scheduleEmpty')}</p>}
      <ol className="schedule-list">
        {schedule.map((row, i) => (
          <li key={i}>
            <ScheduleRow index={i} row={row} onChange={(next) => editRow(i, next)} onRemove={() => onChange(schedule.filter((_, j) => j !== i))} />
          </li>
        ))}
      </ol>
      <button type="button" className="button button-secondary button-small" onClick={addRow}>
        {t('visit.visit.addRow')}
      </button>
    </fieldset>
  );
}

function ScheduleRow({
  index,
  row,
  onChange,
  onRemove,
}: {
  index: number;
  row: ScheduleEntry;
  onChange: (next: Partial<ScheduleEntry>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const id = `schedule-${index}`;
  const n = index + 1;
  return (
    <fieldset className="schedule-row">
      <legend>{t('visit.visit.row', { n })}</legend>
      <DateField id={`${id}-date`} className="edit-field" label={t('visit.visit.date')} isRequired value={row.date} onChange={(date) => onChange({ date })} />
      <TimeField
        id={`${id}-start`}
        className="edit-field"
        label={t('visit.visit.start')}
        isRequired
        value={row.start}
        onChange={(start) => onChange({ start })}
      />
      <TimeField id={`${id}-end`} className="edit-field" label={t('visit.visit.end')} isRequired value={row.end} onChange={(end) => onChange({ end })} />
      <div className="edit-field">
        <label htmlFor={`${id}-kind`}>{t('visit.visit.kind')}</label>
        <select
          id={`${id}-kind`}
          className="input"
          value={row.kind}
          onChange={(e) => {
            const kind = e.target.value as ScheduleEntry['kind'];
            onChange({ kind, role: kind === 'interview' ? (row.role ?? 'st') : null });
          }}
        >
          {SCHEDULE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`visit.visit.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {row.kind === 'interview' && (
        <div className="edit-field">
          <label htmlFor={`${id}-role`}>{t('visit.visit.role')}</label>
          <select
            id={`${id}-role`}
            className="input"
            value={row.role ?? ''}
            onChange={(e) => onChange({ role: (e.target.value || null) as ScheduleEntry['role'] })}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`visit.groups.${r}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="edit-field">
        <label htmlFor={`${id}-place`}>{t('visit.visit.place')}</label>
        <input id={`${id}-place`} className="input" value={row.place} maxLength={200} onChange={(e) => onChange({ place: e.target.value })} />
      </div>
      <button type="button" className="button button-secondary button-small" onClick={onRemove}>
        {t('visit.visit.removeRow', { n })}
      </button>
    </fieldset>
  );
}
