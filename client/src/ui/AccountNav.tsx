import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { canUseConsole, isAdmin, useLogout, useMe } from '../api/session';

/*
 * The console's part of the layout: menu entries by role and who is logged in. Plain elements
 * here, no react-aria-components: the layout is in the main bundle, which stays small.
 */

/** Menu entries for the logged-in user's role (list items for the main menu). */
export function ConsoleNavLinks() {
  const { t } = useTranslation();
  const me = useMe().data;
  if (!me) return null;
  const links: [string, string][] = [
    ['/reviews', t('account.reviews')],
    ['/annual', t('account.annual')],
    ['/mapping', t('account.mapping')],
    ['/hospital-reviews', t('account.hospitalReviews')],
  ];
  if (canUseConsole(me.role)) links.push(['/hospitals', t('account.hospitals')]);
  // Staff choose a hospital; a reader goes straight to their own.
  if (canUseConsole(me.role)) links.push(['/coverage', t('account.coverage')]);
  else if (me.hospitalId) links.push([`/coverage/hospitals/${me.hospitalId}`, t('account.coverage')]);
  links.push(['/programmes', t('account.programmes')]);
  if (isAdmin(me.role)) {
    links.push(
      ['/admin/outbox', t('account.outbox')],
      ['/admin/users', t('account.users')],
      ['/admin/audit', t('account.audit')],
      ['/admin/pool-imports', t('account.poolImports')],
      ['/admin/targets', t('account.targets')],
      ['/organisations', t('account.organisations')],
    );
  }
  return (
    <>
      {links.map(([to, label]) => (
        <li key={to}>
          <NavLink to={to}>{label}</NavLink>
        </li>
      ))}
    </>
  );
}

/** Who is logged in, with a logout button; or a link to log in. */
export function AccountArea() {
  const { t } = useTranslation();
  const me = useMe();
  const logout = useLogout();

  if (me.isPending) return null;
  if (!me.data) {
    return (
      <NavLink to="/login" className="account-login">
        {t('account.login')}
      </NavLink>
    );
  }
  return (
    <div className="account">
      <span className="account-name">{t('account.loggedInAs', { name: me.data.name, role: t(`account.roles.${me.data.role}`) })}</span>
      <button type="button" className="account-logout" disabled={logout.isPending} onClick={() => logout.mutate()}>
        {logout.isPending ? t('account.loggingOut') : t('account.logout')}
      </button>
      {logout.isError && (
        <span role="alert" className="account-error">
          {t('account.logoutFailed')}
        </span>
      )}
    </div>
  );
}
