import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { Form } from 'react-aria-components';
import { ApiError } from '../../../api/client';
import { sessionApi } from '../../../api/session';
import { ErrorMessage, PageHeading, StatusMessage } from '../../../ui/feedback';
import { ActionButton, TextInput, useValidators } from '../../../ui/fields';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const validators = useValidators();
  const request = useMutation({ mutationFn: sessionApi.requestPasswordReset });
  const rateLimited = request.error instanceof ApiError && request.error.status === 429;

  return (
    <div className="narrow">
      <PageHeading>{t('console.auth.forgotTitle')}</PageHeading>
      <p>{t('console.auth.forgotIntro')}</p>
      {/* The same message whether or not the address has an account: the server does not say. */}
      <StatusMessage>{request.isSuccess && t('console.auth.forgotSent')}</StatusMessage>
      {request.isError && (
        <ErrorMessage error={request.error} lead={t('common.actionFailed')} detail={rateLimited ? t('console.auth.rateLimited') : undefined} />
      )}
      {!request.isSuccess && (
        <Form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            if (request.isPending) return;
            request.mutate(String(new FormData(event.currentTarget).get('email')).trim());
          }}
        >
          <TextInput name="email" type="email" label={t('console.auth.email')} autoComplete="username" isRequired validate={validators.email} />
          <ActionButton type="submit" isPending={request.isPending}>
            {request.isPending ? t('console.auth.sending') : t('console.auth.sendLink')}
          </ActionButton>
        </Form>
      )}
      <p className="after-form">
        <Link to="/login">{t('console.auth.backToLogin')}</Link>
      </p>
    </div>
  );
}
