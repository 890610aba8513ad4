import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { I18nProvider } from 'react-aria-components';
import { ApiError } from '../../api/client';
import { canUseConsole, isAdmin, meKey, useMe, type UserRole } from '../../api/session';
import { ErrorMessage, Loading, PageHeading } from '../feedback';
import { locale } from '../../i18n/format';
import './console.css';

/**
 * Around every console page: react-aria's own texts and date formats follow the page's language,
 * and a session that ends while a page is open (expired, logged out elsewhere) sends the person
 * to the login page instead of leaving them with failing requests.
 */
export default function ConsoleShell() {
  useTranslation(); // re-render on a language switch, so the locale below follows
  const queryClient = useQueryClient();

  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        const error = event.type === 'updated' ? event.query.state.error : null;
        if (error instanceof ApiError && error.status === 401 && event.query.queryKey[0] !== meKey[0]) {
          queryClient.setQueryData(meKey, null);
        }
      }),
    [queryClient],
  );

  return (
    <I18nProvider locale={locale()}>
      <div className="console">
        <Outlet />
      </div>
    </I18nProvider>
  );
}

export type Access = 'user' | 'console' | 'admin';

const allowed: Record<Access, (role: UserRole) => boolean> = {
  user: () => true,
  console: canUseConsole,
  admin: isAdmin,
};

/** Lets through people whose role may use the pages below; others log in or are told no. */
export function Guard({ access }: { access: Access }) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();

  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorMessage error={me.error} lead={t('common.loadFailed')} focus={false} />;
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (!allowed[access](me.data.role)) {
    return (
      <>
        <PageHeading>{t('common.forbiddenTitle')}</PageHeading>
        <p>{t('common.forbiddenText')}</p>
      </>
    );
  }
  return <Outlet />;
}
