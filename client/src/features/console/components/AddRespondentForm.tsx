import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { useAddRespondent } from '../api/hooks';
import { ROLES, type Role } from '../../../../../contract/domain.js';
import { AddRespondentBody } from '../../../../../contract/respondents.js';
import type { Review } from '../api/requests';
import { ErrorMessage, fieldErrors, StatusMessage } from '../../../ui/feedback';
import { ActionButton, SelectInput, TextInput, useValidators } from '../../../ui/fields';

export function AddRespondentForm({ review }: { review: Review }) {
  const { t } = useTranslation();
  const validators = useValidators();
  const add = useAddRespondent(review.id);
  const [role, setRole] = useState<string | null>(null);
  const [unitId, setUnitId] = useState<string | null>(review.units.length === 1 ? review.units[0].id : null);
  // A new key empties the text fields after a success, ready for the next person.
  const [formKey, setFormKey] = useState(0);

  return (
    <section aria-labelledby="add-heading">
      <h2 id="add-heading">{t('console.respondents.addHeading')}</h2>
      <StatusMessage>{add.isSuccess && t('console.respondents.added', { name: add.data.name })}</StatusMessage>
      {add.isError && <ErrorMessage error={add.error} lead={t('common.saveFailed')} />}
      <Form
        key={formKey}
        className="form"
        validationErrors={fieldErrors(add.error)}
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          add.mutate(
            { name: String(form.get('name')).trim(), email: String(form.get('email')).trim(), role: role as Role, unitId: unitId! },
            { onSuccess: () => setFormKey((k) => k + 1) },
          );
        }}
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
        <ActionButton type="submit" isPending={add.isPending}>
          {add.isPending ? t('console.respondents.adding') : t('console.respondents.add')}
        </ActionButton>
      </Form>
    </section>
  );
}
