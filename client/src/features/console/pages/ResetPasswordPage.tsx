import { Link, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { Form } from 'react-aria-components';
import { sessionApi } from '../../../api/session';
import { ErrorMessage, fieldErrors, PageHeading } from '../../../ui/feedback';
import { ActionButton } from '../../../ui/fields';
import { NewPasswordFields } from '../components/NewPasswordFields';
import type { LoginNotice } from './LoginPage';

/** The page a reset mail links to: /reset-password#<token>. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const token = useLocation().hash.slice(1);
  const reset = useMutation({ mutationFn: (password: string) => sessionApi.resetPassword(token, password) });

  return (
    <div className="narrow">
      <PageHeading>{t('console.auth.resetTitle')}</PageHeading>
      {!token ? (
        <p className="status-box status-error message-box">{t('console.auth.resetNoToken')}</p>
      ) : (
        <>
          <p>{t('console.auth.resetIntro')}</p>
          {reset.isError && <ErrorMessage error={reset.error} lead={t('common.saveFailed')} />}
          <Form
            className="form"
            validationErrors={fieldErrors(reset.error)}
            onSubmit={(event) => {
              event.preventDefault();
              reset.mutate(String(new FormData(event.currentTarget).get('password')), {
                onSuccess: () => void navigate('/login', { replace: true, state: { notice: 'resetSucceeded' } satisfies LoginNotice }),
              });
            }}
          >
            <NewPasswordFields label={t('console.auth.newPassword')} />
            <ActionButton type="submit" isPending={reset.isPending}>
              {reset.isPending ? t('console.auth.sending') : t('console.auth.resetButton')}
            </ActionButton>
          </Form>
        </>
      )}
      <p className="after-form">
        <Link to="/forgot-password">{t('console.auth.newLink')}</Link>
      </p>
    </div>
  );
}
