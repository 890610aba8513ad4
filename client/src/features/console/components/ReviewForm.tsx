import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { SPECIALTY_GROUPS } from '../../../../../contract/domain.js';
import { CreateReviewBody as CreateReviewSchema } from '../../../../../contract/reviews.js';
import { useHospitals, useUsers } from '../api/hooks';
import type { CreateReviewBody, Hospital, Review, UpdateReviewBody } from '../api/requests';
import { initialValues, reviewBody, type SetValue, type Values } from './review-form-values';
import { useMe } from '../../../api/session';
import { currentLanguage } from '../../../i18n';
import { ErrorMessage, fieldErrors, Loading } from '../../../ui/feedback';
import { compareText } from '../../../i18n/format';
import { DateField } from '../../../ui/date/DateField';
import { setUpHospitals } from './hospital-lists';
import { ActionButton, CheckboxInput, CheckboxList, NumberInput, SearchSelectInput, TextInput, type Option } from '../../../ui/fields';

export function specialtyGroupLabel(code: string): string {
  const group = SPECIALTY_GROUPS.find((g) => g.code === code);
  return group ? group[currentLanguage()] : code;
}

/** Who can be assigned: active inspectors (and admins, for admins), plus whoever already is. */
function useInspectorOptions(review: Review | undefined): (Option & { isDisabled?: boolean })[] {
  const { t } = useTranslation();
  const me = useMe().data;
  const users = useUsers(me?.role === 'admin' || me?.role === 'inspector').data?.users;
  return useMemo(() => {
    const people = new Map<string, { id: string; name: string; email: string }>();
    for (const user of users ?? []) if (user.active && user.role !== 'reader') people.set(user.id, user);
    for (const inspector of review?.inspectors ?? []) people.set(inspector.id, inspector);
    return [...people.values()].map((p) => ({
      id: p.id,
      label: p.id === me?.id ? t('console.reviewForm.you', { name: p.name }) : `${p.name} (${p.email})`,
      // An inspector runs their own reviews: they cannot take themselves off (and lose access).
      isDisabled: me?.role === 'inspector' && p.id === me.id,
    }));
  }, [users, review, me, t]);
}

interface ReviewFormProps {
  review?: Review;
  onSubmit: (body: CreateReviewBody | UpdateReviewBody) => void;
  isPending: boolean;
  error: unknown;
}

/** Creates a review (no `review`) or changes one; units only while it is a draft. */
export function ReviewForm({ review, onSubmit, isPending, error }: ReviewFormProps) {
  const { t } = useTranslation();
  const me = useMe().data;
  const hospitals = useHospitals();
  const inspectorOptions = useInspectorOptions(review);
  const [values, setValues] = useState(() => initialValues(review, me?.role === 'inspector' ? me.id : undefined));
  const set: SetValue = (key) => (value) => setValues((v) => ({ ...v, [key]: value }));
  const creating = !review;
  const unitsLocked = review !== undefined && review.status !== 'draft';

  if (hospitals.isPending) return <Loading />;
  if (hospitals.isError) return <ErrorMessage error={hospitals.error} lead={t('common.loadFailed')} focus={false} />;
  const hospitalList = setUpHospitals(hospitals.data.hospitals);
  if (creating && hospitalList.length === 0) {
    return (
      <p className="empty-state">
        {t('console.reviewForm.noHospitals')} <Link to="/hospitals">{t('console.reviewForm.addHospitals')}</Link>
      </p>
    );
  }
  const hospital: Hospital | undefined = hospitalList.find((h) => h.id === values.hospitalId);
  const units = [...(hospital?.units ?? review?.units ?? [])].sort((a, b) => compareText(a.name, b.name) || compareText(a.code, b.code));
  // Creating needs a unit (the server refuses none); say so at the button instead of letting it fail.
  const needsUnit = !unitsLocked && values.unitIds.length === 0;

  const submit = () => onSubmit(reviewBody(values, creating, unitsLocked));

  return (
    <>
      {error != null && <ErrorMessage error={error} lead={t('common.saveFailed')} />}
      <Form
        className="form"
        validationErrors={fieldErrors(error)}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <TextInput
          name="title"
          label={t('console.reviewForm.title')}
          description={t('console.reviewForm.titleHint')}
          isRequired
          maxLength={CreateReviewSchema.properties.title.maxLength}
          value={values.title}
          onChange={set('title')}
        />
        {creating && (
          <SearchSelectInput
            name="hospitalId"
            label={t('console.reviewForm.hospital')}
            options={hospitalList.map((h) => ({ id: h.id, label: h.name }))}
            value={values.hospitalId}
            onChange={(id) => {
              // A hospital with one unit: that unit is the review's, no need to tick it.
              const only = hospitalList.find((h) => h.id === id)?.units;
              setValues((v) => ({ ...v, hospitalId: id, unitIds: only?.length === 1 ? [only[0].id] : [] }));
            }}
            isRequired
          />
        )}
        {units.length > 0 ? (
          <CheckboxList
            name="unitIds"
            label={t('console.reviewForm.units')}
            description={unitsLocked ? t('console.reviewForm.unitsLocked') : t('console.reviewForm.unitsHint')}
            options={units.map((u) => ({ id: u.id, label: `${u.name} (${u.code}) – ${specialtyGroupLabel(u.specialtyGroup)}` }))}
            value={values.unitIds}
            onChange={set('unitIds')}
            isRequired
            isDisabled={unitsLocked}
          />
        ) : (
          <p className="field-note">{hospital ? t('console.reviewForm.hospitalHasNoUnits') : t('console.reviewForm.chooseHospitalFirst')}</p>
        )}
        <ReviewDateFields values={values} set={set} />
        <p className="field-note">{t('console.reviewForm.dateHint')}</p>
        {inspectorOptions.length > 0 && (
          <CheckboxList
            name="inspectorIds"
            label={t('console.reviewForm.inspectors')}
            description={me?.role === 'inspector' && creating ? t('console.reviewForm.inspectorsSelfHint') : t('console.reviewForm.inspectorsHint')}
            options={inspectorOptions}
            value={values.inspectorIds}
            onChange={set('inspectorIds')}
          />
        )}
        <NumberInput
          name="anonymityThreshold"
          label={t('console.reviewForm.anonymityThreshold')}
          description={t('console.reviewForm.anonymityHint')}
          minValue={CreateReviewSchema.properties.anonymityThreshold.minimum}
          maxValue={CreateReviewSchema.properties.anonymityThreshold.maximum}
          step={1}
          value={values.anonymityThreshold}
          onChange={set('anonymityThreshold')}
        />
        <BenchmarkFields values={values} set={set} />
        <CheckboxInput isSelected={values.allowEdits} onChange={set('allowEdits')}>
          {t('console.reviewForm.allowEdits')}
        </CheckboxInput>
        {creating && (
          <CheckboxInput isSelected={values.includeDirectorSupplement} onChange={set('includeDirectorSupplement')}>
            {t('console.reviewForm.directorSupplement')}
          </CheckboxInput>
        )}
        {needsUnit && (
          <p id="review-form-needs-unit" className="field-note">
            {hospital || !creating ? t('console.reviewForm.needsUnit') : t('console.reviewForm.needsHospitalAndUnit')}
          </p>
        )}
        <ActionButton type="submit" isPending={isPending} isDisabled={needsUnit} aria-describedby={needsUnit ? 'review-form-needs-unit' : undefined}>
          {t(`console.reviewForm.${creating ? (isPending ? 'creating' : 'create') : isPending ? 'saving' : 'save'}`)}
        </ActionButton>
      </Form>
    </>
  );
}

/** Two dates in a row, the second not before the first (`later` checks any other limit of it). */
function DateRange({
  values,
  set,
  from,
  until,
  backwards,
  later,
  isRequired,
}: {
  values: Values;
  set: SetValue;
  from: { key: 'opensAt' | 'benchmarkFrom'; name: string; label: string };
  until: { key: 'closesAt' | 'benchmarkUntil'; name: string; label: string };
  backwards: string;
  later?: (value: string) => string | null;
  isRequired?: boolean;
}) {
  const start = values[from.key];
  return (
    <div className="field-row">
      <DateField name={from.name} label={from.label} isRequired={isRequired} value={start} onChange={set(from.key)} validationBehavior="native" />
      <DateField
        name={until.name}
        label={until.label}
        isRequired={isRequired}
        value={values[until.key]}
        onChange={set(until.key)}
        validationBehavior="native"
        validate={(value) => (start && value < start ? backwards : (later?.(value) ?? null))}
      />
    </div>
  );
}

/** When the review opens and closes (both optional); it cannot close before it opens. */
function ReviewDateFields({ values, set }: { values: Values; set: SetValue }) {
  const { t } = useTranslation();
  const optional = (label: string) => t('common.optional', { label });
  return (
    <DateRange
      values={values}
      set={set}
      from={{ key: 'opensAt', name: 'opensAt', label: optional(t('console.reviewForm.opensAt')) }}
      until={{ key: 'closesAt', name: 'closesAt', label: optional(t('console.reviewForm.closesAt')) }}
      backwards={t('console.reviewForm.closesBeforeOpens')}
    />
  );
}

/** What the review's figures are compared with: the months before closing, or a fixed period. */
function BenchmarkFields({ values, set }: { values: Values; set: SetValue }) {
  const { t } = useTranslation();
  return (
    <>
      <CheckboxInput isSelected={values.fixedPeriod} onChange={set('fixedPeriod')}>
        {t('console.reviewForm.fixedPeriod')}
      </CheckboxInput>
      {values.fixedPeriod ? (
        <>
          <DateRange
            values={values}
            set={set}
            isRequired
            from={{ key: 'benchmarkFrom', name: 'benchmarkPeriod.from', label: t('console.reviewForm.periodFrom') }}
            until={{ key: 'benchmarkUntil', name: 'benchmarkPeriod.until', label: t('console.reviewForm.periodUntil') }}
            backwards={t('console.reviewForm.periodBackwards')}
            later={(value) => (values.closesAt && value > values.closesAt ? t('console.reviewForm.periodAfterClosing') : null)}
          />
          <p className="field-note">{t('console.reviewForm.fixedPeriodHint')}</p>
        </>
      ) : (
        <NumberInput
          name="benchmarkWindowMonths"
          label={t('console.reviewForm.benchmarkWindow')}
          description={t('console.reviewForm.benchmarkWindowHint')}
          minValue={CreateReviewSchema.properties.benchmarkWindowMonths.minimum}
          maxValue={CreateReviewSchema.properties.benchmarkWindowMonths.maximum}
          step={1}
          value={values.benchmarkWindowMonths}
          onChange={set('benchmarkWindowMonths')}
        />
      )}
    </>
  );
}
