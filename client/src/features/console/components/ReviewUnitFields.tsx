import { useTranslation } from 'react-i18next';
import { specialtyGroupName } from '../../../i18n/specialty-groups';
import { CheckboxList, SearchSelectInput } from '../../../ui/fields';
import type { Hospital, Unit } from '../api/requests';
import type { SetValue, Values } from './review-form-values';

/**
 * Which clinics are reviewed: the hospital (chosen only when the review is created) and its
 * units, ticked while the review is a draft.
 */
export function ReviewUnitFields({
  values,
  set,
  hospitals,
  hospital,
  units,
  creating,
  unitsLocked,
}: {
  values: Values;
  set: SetValue;
  hospitals: Hospital[];
  hospital: Hospital | undefined;
  units: readonly Pick<Unit, 'id' | 'name' | 'code' | 'specialtyGroup'>[];
  creating: boolean;
  unitsLocked: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      {creating && (
        <SearchSelectInput
          name="hospitalId"
          label={t('console.reviewForm.hospital')}
          options={hospitals.map((h) => ({ id: h.id, label: h.name }))}
          value={values.hospitalId}
          onChange={(id) => {
            // A hospital with one unit: that unit is the review's, no need to tick it.
            const only = hospitals.find((h) => h.id === id)?.units;
            set('hospitalId')(id);
            set('unitIds')(only?.length === 1 ? [only[0].id] : []);
          }}
          isRequired
        />
      )}
      {units.length > 0 ? (
        <CheckboxList
          name="unitIds"
          label={t('console.reviewForm.units')}
          description={unitsLocked ? t('console.reviewForm.unitsLocked') : t('console.reviewForm.unitsHint')}
          options={units.map((u) => ({ id: u.id, label: `${u.name} (${u.code}) – ${specialtyGroupName(u.specialtyGroup)}` }))}
          value={values.unitIds}
          onChange={set('unitIds')}
          isRequired
          isDisabled={unitsLocked}
        />
      ) : (
        <p className="field-note">{hospital ? t('console.reviewForm.hospitalHasNoUnits') : t('console.reviewForm.chooseHospitalFirst')}</p>
      )}
    </>
  );
}
