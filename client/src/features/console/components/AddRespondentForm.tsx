import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddRespondent } from '../api/hooks';
import { ROLES, type Role } from '../../../../../contract/domain.js';
import { AddRespondentBody } from '../../../../../contract/respondents.js';
import type { Review } from '../api/requests';
import { SelectInput, TextInput, useValidators } from '../../../ui/fields';
import { SaveForm } from '../../../ui/SaveForm';

export function AddRespondentForm({ review }: { review: Review }) {
  const { t } = useTranslation();
  const validators = useValidators();
  const add = useAddRespondent(review.id);
  const [role, setRole] = useState<string | null>(null);
  const [unitId, setUnitId] = useState<string | null>(review.units.length === 1 ? review.units[0].id : null);

  return (
    <section aria-labelledby="add-heading">
      <h2 id="add-heading">{t('console.respondents.addHeading')}</h2>
      <SaveForm
        saving={add}
        saved={(respondent) => t('console.respondents.added', { name: respondent.name })}
        submitLabel={t('console.respondents.add')}
        pendingLabel={t('console.respondents.adding')}
        onSubmit={(form, startAfresh) =>
          // The text fields empty after a success, ready for the next person; role and unit stay.
          add.mutate(
            { name: String(form.get('name')).trim(), email: String(form.get('email')).trim(), role: role as Role, unitId: unitId! },
            { onSuccess: startAfresh },
          )
        }
      >
        <div className="field-row">
          <TextInput name="name" label={t('console.respondents.name')} isRequired maxLength={AddRespondentBody.properties.name.maxLength} />
          <TextInput name="email" type="email" label={t('console.respondents.email')} isRequired validate={validators.email} />
        </div>
        <div className="field-row">
          <SelectInput
            name="role"
            label={t('console.respondents.role')}
            options={ROLES.map((r) => ({ id: r, label: t(`roles.${r}`) }))}
            value={role}
            onChange={setRole}
            isRequired
          />
          <SelectInput
            name="unitId"
            label={t('console.respondents.unit')}
            options={review.units.map((u) => ({ id: u.id, label: `${u.name} (${u.code})` }))}
            value={unitId}
            onChange={setUnitId}
            isRequired
          />
        </div>
      </SaveForm>
    </section>
  );
}
