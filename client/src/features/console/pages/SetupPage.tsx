import { Link, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Form } from 'react-aria-components';
import { sessionApi } from '../../../api/session';
import { ErrorMessage, fieldErrors, Loading, PageHeading } from '../../../ui/feedback';
import { ActionButton, TextInput, useValidators } from '../../../ui/fields';
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
        {setup.isError && <ErrorMessage error={setup.error} lead={t('common.saveFailed')} />}
        <Form
          className="form"
          validationErrors={fieldErrors(setup.error)}
          onSubmit={(event) => {
            event.preventDefault();
            const form = new FormData(event.currentTarget);
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
          <ActionButton type="submit" isPending={setup.isPending}>
            {setup.isPending ? t('console.auth.creating') : t('console.auth.createAdmin')}
          </ActionButton>
        </Form>
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
