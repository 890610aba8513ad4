import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextInput, useValidators } from '../../../ui/fields';

/** A new password typed twice; the form gets it as `password`. */
export function NewPasswordFields({ label }: { label: string }) {
  const { t } = useTranslation();
  const validators = useValidators();
  const [password, setPassword] = useState('');
  return (
    <>
      <TextInput
        name="password"
        type="password"
        label={label}
        description={t('form.passwordHint')}
        autoComplete="new-password"
        isRequired
        value={password}
        onChange={setPassword}
        validate={validators.password}
      />
      <TextInput
        name="repeatPassword"
        type="password"
        label={t('console.auth.repeatPassword')}
        autoComplete="new-password"
        isRequired
        validate={(value) => (value !== password ? t('form.passwordsDiffer') : null)}
      />
    </>
  );
}
