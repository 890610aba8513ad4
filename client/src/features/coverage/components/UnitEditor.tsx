import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../i18n/format';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { DateField } from '../../../ui/date/DateField';
import { ErrorMessage } from '../../../ui/feedback';
import { NumberInput, SelectInput, TextInput } from '../../../ui/fields';
import { SaveForm } from '../../../ui/SaveForm';
import { coverageApi, useCoverageChange, type CoverageUnit } from '../api';

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();
const orNull = (value: string) => (value === '' ? null : value);

function RecordReview({ unit, today }: { unit: CoverageUnit; today: string }) {
  const { t } = useTranslation();
  const [date, setDate] = useState('');
  const save = useCoverageChange((body: { reviewedOn: string; body: string; link: string | null }) => coverageApi.recordReview(unit.unitId, body));
  return (
    <section aria-labelledby="record-heading">
      <h3 id="record-heading">{t('coverage.manage.recordTitle')}</h3>
      <SaveForm
        saving={save}
        saved={() => t('coverage.manage.recorded')}
        submitLabel={t('coverage.manage.record')}
        pendingLabel={t('coverage.manage.recording')}
        onSubmit={(form, startAfresh) =>
          save.mutate(
            { reviewedOn: date, body: text(form, 'body'), link: orNull(text(form, 'link')) },
            {
              onSuccess: () => {
                setDate('');
                startAfresh();
              },
            },
          )
        }
      >
        <DateField
          label={t('coverage.manage.reviewedOn')}
          value={date}
          onChange={setDate}
          isRequired
          validationBehavior="native"
          validate={(value) => (value > today ? t('coverage.manage.reviewedOn') : null)}
        />
        <TextInput name="body" label={t('coverage.manage.body')} description={t('coverage.manage.bodyHelp')} isRequired maxLength={200} />
        <TextInput name="link" type="url" label={t('coverage.manage.link')} maxLength={2000} />
      </SaveForm>
      {unit.recorded.length > 0 && <RecordedList unit={unit} />}
    </section>
  );
}

function RecordedList({ unit }: { unit: CoverageUnit }) {
  const { t } = useTranslation();
  const remove = useCoverageChange((recordId: string) => coverageApi.removeReview(unit.unitId, recordId));
  return (
    <>
      <h4>{t('coverage.manage.recordedList')}</h4>
      {remove.isError && <ErrorMessage error={remove.error} lead={t('common.saveFailed')} />}
      <ul className="coverage-recorded">
        {unit.recorded.map((r) => (
          <li key={r.id}>
            {t('coverage.reviewedBy', { date: formatDate(r.date), body: r.body })}{' '}
            <ConfirmButton
              small
              variant="danger"
              ariaLabel={`${t('coverage.manage.remove')}: ${formatDate(r.date)}, ${r.body}`}
              title={t('coverage.manage.remove')}
              message={t('coverage.manage.removeConfirm', { date: formatDate(r.date) })}
              confirmLabel={t('coverage.manage.remove')}
              isPending={remove.isPending}
              onConfirm={() => remove.mutate(r.id)}
            >
              {t('coverage.manage.remove')}
            </ConfirmButton>
          </li>
        ))}
      </ul>
    </>
  );
}

function InternalReview({ unit, year }: { unit: CoverageUnit; year: number }) {
  const { t } = useTranslation();
  const save = useCoverageChange((args: { year: number; method: string }) => coverageApi.setInternal(unit.unitId, args.year, args.method));
  return (
    <section aria-labelledby="internal-heading">
      <h3 id="internal-heading">{t('coverage.manage.internalTitle')}</h3>
      <SaveForm
        saving={save}
        saved={() => t('coverage.manage.saved')}
        submitLabel={t('coverage.manage.saveInternal')}
        pendingLabel={t('coverage.manage.saving')}
        onSubmit={(form) => save.mutate({ year: Number(form.get('year')), method: text(form, 'method') })}
      >
        <NumberInput name="year" label={t('coverage.manage.year')} defaultValue={year} minValue={2000} maxValue={2100} formatOptions={{ useGrouping: false }} isRequired />
        <TextInput name="method" label={t('coverage.manage.method')} description={t('coverage.manage.methodHelp')} isRequired maxLength={200} />
      </SaveForm>
    </section>
  );
}

function Contacts({ unit }: { unit: CoverageUnit }) {
  const { t } = useTranslation();
  const save = useCoverageChange((body: Parameters<typeof coverageApi.setContacts>[1]) => coverageApi.setContacts(unit.unitId, body));
  const c = unit.contacts;
  return (
    <section aria-labelledby="contacts-heading">
      <h3 id="contacts-heading">{t('coverage.manage.contactsTitle')}</h3>
      <p>{t('coverage.manage.contactsHelp')}</p>
      <SaveForm
        saving={save}
        saved={() => t('coverage.manage.saved')}
        submitLabel={t('coverage.manage.saveContacts')}
        pendingLabel={t('coverage.manage.saving')}
        onSubmit={(form) =>
          save.mutate({
            headName: orNull(text(form, 'headName')),
            headEmail: orNull(text(form, 'headEmail')),
            directorName: orNull(text(form, 'directorName')),
            directorEmail: orNull(text(form, 'directorEmail')),
          })
        }
      >
        <TextInput name="headName" label={t('coverage.manage.headName')} defaultValue={c.headName ?? ''} maxLength={200} />
        <TextInput name="headEmail" type="email" label={t('coverage.manage.headEmail')} defaultValue={c.headEmail ?? ''} maxLength={320} />
        <TextInput name="directorName" label={t('coverage.manage.directorName')} defaultValue={c.directorName ?? ''} maxLength={200} />
        <TextInput name="directorEmail" type="email" label={t('coverage.manage.directorEmail')} defaultValue={c.directorEmail ?? ''} maxLength={320} />
      </SaveForm>
    </section>
  );
}

/** Choose a unit, then record an earlier review, its internal review or its contacts. */
export function UnitEditor({ units, today }: { units: CoverageUnit[]; today: string }) {
  const { t } = useTranslation();
  const [unitId, setUnitId] = useState<string | null>(null);
  const unit = units.find((u) => u.unitId === unitId);
  return (
    <section aria-labelledby="manage-heading" className="coverage-manage">
      <h2 id="manage-heading">{t('coverage.manage.title')}</h2>
      <div className="filter-row">
        <SelectInput
          label={t('coverage.manage.unit')}
          placeholder={t('coverage.manage.chooseUnit')}
          options={units.map((u) => ({ id: u.unitId, label: `${u.name} (${u.hospitalName})` }))}
          value={unitId}
          onChange={setUnitId}
        />
      </div>
      {unit && (
        // A new unit starts its forms afresh.
        <div key={unit.unitId} className="coverage-forms">
          <RecordReview unit={unit} today={today} />
          <InternalReview unit={unit} year={Number(today.slice(0, 4))} />
          <Contacts unit={unit} />
        </div>
      )}
    </section>
  );
}
