import { useTranslation } from 'react-i18next';
import { CreateReviewBody as CreateReviewSchema } from '../../../../../contract/reviews.js';
import { DateField } from '../../../ui/date/DateField';
import { CheckboxInput, NumberInput } from '../../../ui/fields';
import type { SetValue, Values } from './review-form-values';

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
export function ReviewDateFields({ values, set }: { values: Values; set: SetValue }) {
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
export function BenchmarkFields({ values, set }: { values: Values; set: SetValue }) {
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
