import { useTranslation } from 'react-i18next';
import { DateField, TimeField } from '../../../ui/date/DateField';
import { SCHEDULE_KINDS, type ScheduleEntry, type VisitPlanBody } from '../api';
import { ROLES } from '../../../../../contract/domain.js';
import { NativeSelect } from './NativeSelect';

/** The schedule, row by row; a new row starts where the last one ended. */
export function ScheduleFields({ form, onChange }: { form: VisitPlanBody; onChange: (schedule: ScheduleEntry[]) => void }) {
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

/** One row of the schedule: when, what (an interview says with whom) and where. */
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
      <ScheduleKindFields id={id} row={row} onChange={onChange} />
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

/** What the row is; an interview also says which group is interviewed (the role is kept only for interviews). */
function ScheduleKindFields({ id, row, onChange }: { id: string; row: ScheduleEntry; onChange: (next: Partial<ScheduleEntry>) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <NativeSelect
        id={`${id}-kind`}
        label={t('visit.visit.kind')}
        value={row.kind}
        options={SCHEDULE_KINDS.map((k) => ({ value: k, label: t(`visit.visit.kinds.${k}`) }))}
        onChange={(kind) => {
          onChange({ kind, role: kind === 'interview' ? (row.role ?? 'st') : null });
        }}
      />
      {row.kind === 'interview' && (
        <NativeSelect
          id={`${id}-role`}
          label={t('visit.visit.role')}
          value={row.role ?? ''}
          options={ROLES.map((r) => ({ value: r, label: t(`visit.groups.${r}`) }))}
          onChange={(role) => onChange({ role: role || null })}
        />
      )}
    </>
  );
}
