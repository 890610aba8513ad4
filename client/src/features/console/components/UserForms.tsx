import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useCreateUser, useHospitals, useUpdateUser } from '../api/hooks';
import { setUpHospitals } from './hospital-lists';
import { CreateUserBody } from '../../../../../contract/users.js';
import type { User } from '../api/requests';
import type { UserRole } from '../../../api/session';
import { SaveForm } from '../../../ui/SaveForm';
import { buttonClass, CheckboxInput, SearchSelectInput, SelectInput, TextInput, useValidators } from '../../../ui/fields';

const USER_ROLES: UserRole[] = ['inspector', 'admin', 'reader'];
const NO_HOSPITAL = 'none';

function useRoleAndHospitalOptions() {
  const { t } = useTranslation();
  const hospitals = useHospitals().data?.hospitals ?? [];
  return {
    roles: USER_ROLES.map((r) => ({ id: r, label: t(`account.roles.${r}`) })),
    hospitals: [{ id: NO_HOSPITAL, label: t('console.users.noHospital') }, ...setUpHospitals(hospitals).map((h) => ({ id: h.id, label: h.name }))],
  };
}

export function AddUserForm() {
  const { t } = useTranslation();
  const validators = useValidators();
  const options = useRoleAndHospitalOptions();
  const create = useCreateUser();
  const [role, setRole] = useState<string | null>('inspector');
  const [hospitalId, setHospitalId] = useState<string | null>(NO_HOSPITAL);
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
              role: role as UserRole,
              hospitalId: hospitalId === NO_HOSPITAL ? null : hospitalId,
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
        <div className="field-row">
          <SelectInput name="role" label={t('console.users.role')} options={options.roles} value={role} onChange={setRole} isRequired />
          <SearchSelectInput
            name="hospitalId"
            label={t('console.users.hospital')}
            description={t('console.users.hospitalHint')}
            options={options.hospitals}
            value={hospitalId}
            onChange={setHospitalId}
          />
        </div>
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
  const options = useRoleAndHospitalOptions();
  const update = useUpdateUser();
  const [role, setRole] = useState<string | null>(user.role);
  const [hospitalId, setHospitalId] = useState<string | null>(user.hospitalId ?? NO_HOSPITAL);
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
          { id: user.id, body: { name, role: role as UserRole, hospitalId: hospitalId === NO_HOSPITAL ? null : hospitalId, active } },
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
      <SelectInput name="role" label={t('console.users.role')} options={options.roles} value={role} onChange={setRole} isRequired />
      <SearchSelectInput
        name="hospitalId"
        label={t('console.users.hospital')}
        description={t('console.users.hospitalHint')}
        options={options.hospitals}
        value={hospitalId}
        onChange={setHospitalId}
      />
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
    <DialogTrigger>
      <Button className={buttonClass('secondary', true)} aria-label={t('console.users.editLabel', { name: user.name })}>
        {t('console.users.edit')}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title" className="dialog-title">
                  {t('console.users.editTitle', { name: user.name })}
                </Heading>
                <EditUserFields user={user} close={close} onSaved={onSaved} />
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
