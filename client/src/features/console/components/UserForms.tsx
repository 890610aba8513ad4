import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, DialogTrigger, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useCreateUser, useHospitals, useUpdateUser } from '../api/hooks';
import { setUpHospitals } from './hospital-lists';
import { CreateUserBody } from '../../../../../contract/users.js';
import type { User } from '../api/requests';
import type { UserRole } from '../../../api/session';
import { ErrorMessage, fieldErrors, StatusMessage } from '../../../ui/feedback';
import { ActionButton, buttonClass, CheckboxInput, SearchSelectInput, SelectInput, TextInput, useValidators } from '../../../ui/fields';

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
  const [formKey, setFormKey] = useState(0);
  return (
    <section aria-labelledby="add-user-heading" className="panel">
      <h2 id="add-user-heading">{t('console.users.addHeading')}</h2>
      <StatusMessage>{create.isSuccess && t('console.users.added', { name: create.data.name })}</StatusMessage>
      {create.isError && <ErrorMessage error={create.error} lead={t('common.saveFailed')} />}
      <Form
        key={formKey}
        className="form"
        validationErrors={fieldErrors(create.error)}
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          create.mutate(
            {
              name: String(form.get('name')).trim(),
              email: String(form.get('email')).trim(),
              role: role as UserRole,
              hospitalId: hospitalId === NO_HOSPITAL ? null : hospitalId,
              password: String(form.get('password')),
            },
            { onSuccess: () => setFormKey((k) => k + 1) },
          );
        }}
      >
        <div className="field-row">
          <TextInput name="name" label={t('console.users.name')} isRequired maxLength={CreateUserBody.properties.name.maxLength} />
          <TextInput name="email" type="email" label={t('console.users.email')} isRequired validate={validators.email} />
        </div>
        <div className="field-row">
          <SelectInput name="role" label={t('console.users.role')} options={options.roles} value={role} onChange={setRole} isRequired />
          <SearchSelectInput name="hospitalId" label={t('console.users.hospital')} description={t('console.users.hospitalHint')} options={options.hospitals} value={hospitalId} onChange={setHospitalId} />
        </div>
        <TextInput name="password" type="password" label={t('console.users.password')} description={t('console.users.passwordHint')} autoComplete="new-password" isRequired validate={validators.password} />
        <ActionButton type="submit" isPending={create.isPending}>
          {create.isPending ? t('console.users.adding') : t('console.users.add')}
        </ActionButton>
      </Form>
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
    <>
      {update.isError && <ErrorMessage error={update.error} lead={t('common.saveFailed')} />}
      <Form
        className="form"
        validationErrors={fieldErrors(update.error)}
        onSubmit={(event) => {
          event.preventDefault();
          const name = String(new FormData(event.currentTarget).get('name')).trim();
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
        <SearchSelectInput name="hospitalId" label={t('console.users.hospital')} description={t('console.users.hospitalHint')} options={options.hospitals} value={hospitalId} onChange={setHospitalId} />
        <CheckboxInput isSelected={active} onChange={setActive} aria-describedby={`active-hint-${user.id}`}>
          {t('console.users.active')}
        </CheckboxInput>
        <p id={`active-hint-${user.id}`} className="field-note">
          {t('console.users.activeHint')}
        </p>
        <div className="button-row">
          <Button className={buttonClass('secondary')} onPress={close}>
            {t('common.cancel')}
          </Button>
          <ActionButton type="submit" isPending={update.isPending}>
            {update.isPending ? t('console.users.saving') : t('console.users.save')}
          </ActionButton>
        </div>
      </Form>
    </>
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
