import { Link, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { sessionApi } from '../../../api/session';
import { PageHeading } from '../../../ui/feedback';
import { SaveForm } from '../../../ui/SaveForm';
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
          <SaveForm
            saving={reset}
            submitLabel={t('console.auth.resetButton')}
            pendingLabel={t('console.auth.sending')}
            onSubmit={(form) =>
              reset.mutate(String(form.get('password')), {
                onSuccess: () => void navigate('/login', { replace: true, state: { notice: 'resetSucceeded' } satisfies LoginNotice }),
              })
            }
          >
            <NewPasswordFields label={t('console.auth.newPassword')} />
          </SaveForm>
        </>
      )}
      <p className="after-form">
        <Link to="/forgot-password">{t('console.auth.newLink')}</Link>
      </p>
    </div>
  );
}
