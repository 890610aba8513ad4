import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { ApiError } from '../../../api/client';
import { sessionApi } from '../../../api/session';
import { ErrorMessage, PageHeading } from '../../../ui/feedback';
import { TextInput, useValidators } from '../../../ui/fields';
import { SaveForm } from '../../../ui/SaveForm';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const validators = useValidators();
  const request = useMutation({ mutationFn: sessionApi.requestPasswordReset });

  return (
    <div className="narrow">
      <PageHeading>{t('console.auth.forgotTitle')}</PageHeading>
      <p>{t('console.auth.forgotIntro')}</p>
      {/* The same message whether or not the address has an account: the server does not say. */}
      <SaveForm
        saving={request}
        once
        saved={() => t('console.auth.forgotSent')}
        failed={(error) => (
          <ErrorMessage
            error={error}
            lead={t('common.actionFailed')}
            detail={error instanceof ApiError && error.status === 429 ? t('console.auth.rateLimited') : undefined}
          />
        )}
        submitLabel={t('console.auth.sendLink')}
        pendingLabel={t('console.auth.sending')}
        onSubmit={(form) => request.mutate(String(form.get('email')).trim())}
      >
        <TextInput name="email" type="email" label={t('console.auth.email')} autoComplete="username" isRequired validate={validators.email} />
      </SaveForm>
      <p className="after-form">
        <Link to="/login">{t('console.auth.backToLogin')}</Link>
      </p>
    </div>
  );
}
