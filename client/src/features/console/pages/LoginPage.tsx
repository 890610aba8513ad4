import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../../api/client';
import { sessionApi, useLogin, useMe } from '../../../api/session';
import { ErrorMessage, PageHeading, StatusMessage } from '../../../ui/feedback';
import { TextInput, useValidators } from '../../../ui/fields';
import { SaveForm } from '../../../ui/SaveForm';

/** Only a path on this site: `next` comes from the address bar and must not send people elsewhere. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/reviews';
}

/** Set by pages that send people here after a success ("the password is changed, log in"). */
export interface LoginNotice {
  notice?: 'loggedOut' | 'setupSucceeded' | 'resetSucceeded';
}

function LoginError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && (error.status === 401 || error.status === 429)) {
    const text = error.status === 401 ? t('console.auth.wrongCredentials') : t('console.auth.rateLimited');
    return <ErrorMessage error={error} detail={text} lead={t('console.auth.loginFailed')} />;
  }
  return <ErrorMessage error={error} lead={t('console.auth.loginFailed')} />;
}

export function LoginPage() {
  const { t } = useTranslation();
  const validators = useValidators();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const me = useMe();
  const login = useLogin();
  const setup = useQuery({ queryKey: ['auth', 'setup'], queryFn: ({ signal }) => sessionApi.setupNeeded(signal) });
  const next = safeNext(params.get('next'));
  const notice = (location.state as LoginNotice | null)?.notice ?? (params.get('notice') === 'loggedOut' ? 'loggedOut' : undefined);

  // Already logged in (e.g. the back button): straight on.
  if (me.data && !login.isSuccess) return <Navigate to={next} replace />;

  return (
    <div className="narrow">
      <PageHeading>{t('console.auth.loginTitle')}</PageHeading>
      <p>{t('console.auth.loginIntro')}</p>
      <StatusMessage>{notice && t(`console.auth.${notice}`)}</StatusMessage>
      {setup.data?.needed && <p className="status-box status-pending message-box">{t('console.auth.setupNeeded')}</p>}
      <SaveForm
        saving={login}
        failed={(error) => <LoginError error={error} />}
        submitLabel={t('console.auth.loginButton')}
        pendingLabel={t('console.auth.loggingIn')}
        onSubmit={(form) =>
          login.mutate(
            { email: String(form.get('email')).trim(), password: String(form.get('password')) },
            { onSuccess: () => void navigate(next, { replace: true }) },
          )
        }
      >
        <TextInput name="email" type="email" label={t('console.auth.email')} autoComplete="username" isRequired validate={validators.email} />
        <TextInput name="password" type="password" label={t('console.auth.password')} autoComplete="current-password" isRequired />
      </SaveForm>
      <p className="after-form">
        <Link to="/forgot-password">{t('console.auth.forgotLink')}</Link>
      </p>
    </div>
  );
}
