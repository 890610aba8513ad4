import { useTranslation } from 'react-i18next';
import { ErrorMessage, StatusMessage } from '../../../ui/feedback';
import { DateField } from '../../../ui/date/DateField';
import { formatDateTime } from '../../../i18n/format';
import type { VisitPlan } from '../api';
import { usePlanForm } from '../usePlanForm';
import { ScheduleFields } from './ScheduleFields';

const MAX_INSPECTORS = 4;

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

      <PlanSaveBar isPending={save.isPending} isSaved={save.isSuccess} dirty={dirty} updatedAt={plan.updatedAt} />
      {save.isError && <ErrorMessage error={save.error} lead={t('common.saveFailed')} />}
    </form>
  );
}

/** The save button, and whether the plan has changes not saved yet or when it last was. */
function PlanSaveBar({ isPending, isSaved, dirty, updatedAt }: { isPending: boolean; isSaved: boolean; dirty: boolean; updatedAt: string | null }) {
  const { t } = useTranslation();
  return (
    <div className="save-bar">
      <button type="submit" className={`button button-primary${isPending ? ' button-pending' : ''}`} aria-disabled={isPending || undefined}>
        {isPending ? t('visit.common.saving') : t('visit.visit.save')}
      </button>
      <StatusMessage>
        {dirty
          ? t('visit.visit.unsaved')
          : isSaved
            ? t('visit.visit.planSaved')
            : updatedAt
              ? t('visit.visit.lastSaved', { date: formatDateTime(updatedAt) })
              : null}
      </StatusMessage>
    </div>
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
