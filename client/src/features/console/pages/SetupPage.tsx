import { Link, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@tanstack/react-query';
import { sessionApi } from '../../../api/session';
import { Loading, PageHeading } from '../../../ui/feedback';
import { TextInput, useValidators } from '../../../ui/fields';
import { SaveForm } from '../../../ui/SaveForm';
import { NewPasswordFields } from '../components/NewPasswordFields';
import type { LoginNotice } from './LoginPage';

/** First start: the link the server prints (/setup#<token>) creates the first administrator. */
export function SetupPage() {
  const { t } = useTranslation();
  const validators = useValidators();
  const navigate = useNavigate();
  const token = useLocation().hash.slice(1);
  const needed = useQuery({ queryKey: ['auth', 'setup'], queryFn: ({ signal }) => sessionApi.setupNeeded(signal) });
  const setup = useMutation({ mutationFn: sessionApi.setup });

  let content;
  if (needed.isPending) content = <Loading />;
  else if (needed.data && !needed.data.needed) {
    content = (
      <p>
        {t('console.auth.setupDone')} <Link to="/login">{t('console.auth.loginTitle')}</Link>
      </p>
    );
  } else if (!token) content = <p className="status-box status-error message-box">{t('console.auth.setupNoToken')}</p>;
  else {
    content = (
      <>
        <p>{t('console.auth.setupIntro')}</p>
        <SaveForm
          saving={setup}
          submitLabel={t('console.auth.createAdmin')}
          pendingLabel={t('console.auth.creating')}
          onSubmit={(form) => {
            const body = {
              token,
              name: String(form.get('name')).trim(),
              email: String(form.get('email')).trim(),
              password: String(form.get('password')),
            };
            setup.mutate(body, {
              onSuccess: () => void navigate('/login', { replace: true, state: { notice: 'setupSucceeded' } satisfies LoginNotice }),
            });
          }}
        >
          <TextInput name="name" label={t('console.auth.name')} autoComplete="name" isRequired />
          <TextInput name="email" type="email" label={t('console.auth.email')} autoComplete="username" isRequired validate={validators.email} />
          <NewPasswordFields label={t('console.auth.password')} />
        </SaveForm>
      </>
    );
  }

  return (
    <div className="narrow">
      <PageHeading>{t('console.auth.setupTitle')}</PageHeading>
      {content}
    </div>
  );
}
