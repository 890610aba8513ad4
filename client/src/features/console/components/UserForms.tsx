import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { DialogButton } from '../../../ui/DialogButton';
import { useCreateUser, useHospitals, useUpdateUser } from '../api/hooks';
import { setUpHospitals } from './hospital-lists';
import { CreateUserBody } from '../../../../../contract/users.js';
import type { User } from '../api/requests';
import type { UserRole } from '../../../api/session';
import { SaveForm } from '../../../ui/SaveForm';
import { buttonClass, CheckboxInput, SearchSelectInput, SelectInput, TextInput, useValidators } from '../../../ui/fields';

const USER_ROLES: UserRole[] = ['inspector', 'admin', 'reader'];
const NO_HOSPITAL = 'none';
const NO_UNIT = 'none';

/** The role, hospital and (for a head of department) clinic a user has, as fields and as the values a request sends. */
function useRoleAndHospital(initialRole: UserRole, initialHospitalId: string | null, initialUnitId: string | null = null) {
  const { t } = useTranslation();
  const hospitals = useHospitals().data?.hospitals ?? [];
  const [role, setRole] = useState<string | null>(initialRole);
  const [hospitalId, setHospitalId] = useState<string | null>(initialHospitalId ?? NO_HOSPITAL);
  const [unitId, setUnitId] = useState<string | null>(initialUnitId ?? NO_UNIT);
  // A clinic belongs to a reader of its own hospital: another hospital or role leaves none to choose.
  const units = role === 'reader' ? (hospitals.find((h) => h.id === hospitalId)?.units ?? []) : [];
  const chosenUnit = units.some((u) => u.id === unitId) ? unitId : NO_UNIT;
  const fields = (
    <>
      <SelectInput
        name="role"
        label={t('console.users.role')}
        options={USER_ROLES.map((r) => ({ id: r, label: t(`account.roles.${r}`) }))}
        value={role}
        onChange={setRole}
        isRequired
      />
      <SearchSelectInput
        name="hospitalId"
        label={t('console.users.hospital')}
        description={t('console.users.hospitalHint')}
        options={[{ id: NO_HOSPITAL, label: t('console.users.noHospital') }, ...setUpHospitals(hospitals).map((h) => ({ id: h.id, label: h.name }))]}
        value={hospitalId}
        onChange={setHospitalId}
      />
      {units.length > 0 && (
        <SearchSelectInput
          name="unitId"
          label={t('console.users.unit')}
          description={t('console.users.unitHint')}
          options={[{ id: NO_UNIT, label: t('console.users.noUnit') }, ...units.map((u) => ({ id: u.id, label: u.name }))]}
          value={chosenUnit}
          onChange={setUnitId}
        />
      )}
    </>
  );
  return {
    fields,
    role: role as UserRole,
    hospitalId: hospitalId === NO_HOSPITAL ? null : hospitalId,
    unitId: chosenUnit === NO_UNIT ? null : chosenUnit,
  };
}

export function AddUserForm() {
  const { t } = useTranslation();
  const validators = useValidators();
  const placement = useRoleAndHospital('inspector', null);
  const create = useCreateUser();
  return (
    <section aria-labelledby="add-user-heading" className="panel">
      <h2 id="add-user-heading">{t('console.users.addHeading')}</h2>
      <SaveForm
        saving={create}
        saved={(user) => t('console.users.added', { name: user.name })}
        submitLabel={t('console.users.add')}
        pendingLabel={t('console.users.adding')}
        onSubmit={(form, startAfresh) =>
          create.mutate(
            {
              name: String(form.get('name')).trim(),
              email: String(form.get('email')).trim(),
              role: placement.role,
              hospitalId: placement.hospitalId,
              unitId: placement.unitId,
              password: String(form.get('password')),
            },
            { onSuccess: startAfresh },
          )
        }
      >
        <div className="field-row">
          <TextInput name="name" label={t('console.users.name')} isRequired maxLength={CreateUserBody.properties.name.maxLength} />
          <TextInput name="email" type="email" label={t('console.users.email')} isRequired validate={validators.email} />
        </div>
        <div className="field-row">{placement.fields}</div>
        <TextInput
          name="password"
          type="password"
          label={t('console.users.password')}
          description={t('console.users.passwordHint')}
          autoComplete="new-password"
          isRequired
          validate={validators.password}
        />
      </SaveForm>
    </section>
  );
}

function EditUserFields({ user, close, onSaved }: { user: User; close: () => void; onSaved: (name: string) => void }) {
  const { t } = useTranslation();
  const placement = useRoleAndHospital(user.role, user.hospitalId, user.unitId);
  const update = useUpdateUser();
  const [active, setActive] = useState(user.active);
  return (
    <SaveForm
      saving={update}
      submitLabel={t('console.users.save')}
      pendingLabel={t('console.users.saving')}
      cancel={
        <Button className={buttonClass('secondary')} onPress={close}>
          {t('common.cancel')}
        </Button>
      }
      onSubmit={(form) => {
        const name = String(form.get('name')).trim();
        update.mutate(
          { id: user.id, body: { name, role: placement.role, hospitalId: placement.hospitalId, unitId: placement.unitId, active } },
          {
            onSuccess: (saved) => {
              close();
              onSaved(saved.name);
            },
          },
        );
      }}
    >
      <TextInput name="name" label={t('console.users.name')} defaultValue={user.name} isRequired maxLength={CreateUserBody.properties.name.maxLength} />
      {placement.fields}
      <CheckboxInput isSelected={active} onChange={setActive} aria-describedby={`active-hint-${user.id}`}>
        {t('console.users.active')}
      </CheckboxInput>
      <p id={`active-hint-${user.id}`} className="field-note">
        {t('console.users.activeHint')}
      </p>
    </SaveForm>
  );
}

/** "Ändra" on a user's row: name, role, hospital and whether the account is active, in a dialog. */
export function EditUserButton({ user, onSaved }: { user: User; onSaved: (name: string) => void }) {
  const { t } = useTranslation();
  return (
    <DialogButton
      className={buttonClass('secondary', true)}
      label={t('console.users.edit')}
      ariaLabel={t('console.users.editLabel', { name: user.name })}
      title={t('console.users.editTitle', { name: user.name })}
    >
      {(close) => <EditUserFields user={user} close={close} onSaved={onSaved} />}
    </DialogButton>
  );
}
