import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AccountArea, ConsoleNavLinks } from './AccountNav';
import { SiteHeader } from './shell/SiteHeader';

export function Layout() {
  const { t } = useTranslation();
  return (
    <>
      <SiteHeader tools={<AccountArea />} />
      <nav className="site-nav" aria-label={t('layout.navLabel')}>
        <ul className="container">
          <li>
            <NavLink to="/" end>
              {t('nav.start')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/surveys">{t('nav.surveys')}</NavLink>
          </li>
          <ConsoleNavLinks />
        </ul>
      </nav>
      <main id="main" tabIndex={-1} className="container">
        <Outlet />
      </main>
      <footer className="site-footer">
        <p className="container">{t('layout.footer')}</p>
      </footer>
    </>
  );
}
