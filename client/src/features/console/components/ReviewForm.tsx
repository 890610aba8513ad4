import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { CreateReviewBody as CreateReviewSchema } from '../../../../../contract/reviews.js';
import { useHospitals } from '../api/hooks';
import type { CreateReviewBody, Review, UpdateReviewBody } from '../api/requests';
import { initialValues, reviewBody, type SetValue } from './review-form-values';
import { useMe } from '../../../api/session';
import { ErrorMessage, fieldErrors, Loading } from '../../../ui/feedback';
import { compareText } from '../../../i18n/format';
import { setUpHospitals } from './hospital-lists';
import { ActionButton, CheckboxInput, CheckboxList, NumberInput, TextInput } from '../../../ui/fields';
import { BenchmarkFields, ReviewDateFields } from './ReviewDateFields';
import { ReviewUnitFields } from './ReviewUnitFields';
import { useInspectorOptions } from './useInspectorOptions';

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
  const hospital = hospitalList.find((h) => h.id === values.hospitalId);
  const units = [...(hospital?.units ?? review?.units ?? [])].sort((a, b) => compareText(a.name, b.name) || compareText(a.code, b.code));
  // Creating needs a unit (the server refuses none); say so at the button instead of letting it fail.
  const needsUnit = !unitsLocked && values.unitIds.length === 0;

  return (
    <>
      {error != null && <ErrorMessage error={error} lead={t('common.saveFailed')} />}
      <Form
        className="form"
        validationErrors={fieldErrors(error)}
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit(reviewBody(values, creating, unitsLocked));
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
        <ReviewUnitFields values={values} set={set} hospitals={hospitalList} hospital={hospital} units={units} creating={creating} unitsLocked={unitsLocked} />
        <ReviewDateFields values={values} set={set} />
        <p className="field-note">{t('console.reviewForm.dateHint')}</p>
        <InspectorFields review={review} value={values.inspectorIds} onChange={set('inspectorIds')} />
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

/** The review's inspectors; an inspector creating one is among them from the start. */
function InspectorFields({ review, value, onChange }: { review: Review | undefined; value: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const me = useMe().data;
  const options = useInspectorOptions(review);
  if (options.length === 0) return null;
  return (
    <CheckboxList
      name="inspectorIds"
      label={t('console.reviewForm.inspectors')}
      description={me?.role === 'inspector' && !review ? t('console.reviewForm.inspectorsSelfHint') : t('console.reviewForm.inspectorsHint')}
      options={options}
      value={value}
      onChange={onChange}
    />
  );
}
