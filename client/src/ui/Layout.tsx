import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage } from '../i18n';
import { AccountArea, ConsoleNavLinks } from './AccountNav';

function LanguageSwitch() {
  const { t } = useTranslation();
  const target = currentLanguage() === 'sv' ? 'en' : 'sv';
  // The label names the other language in that language, so lang must follow it for screen readers.
  return (
    <button type="button" className="lang-switch" lang={target} onClick={() => void changeLanguage(target)}>
      {t('language.name', { lng: target })}
    </button>
  );
}

export function Layout() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <span className="product-name">{t('app.name')}</span>
          <div className="header-tools">
            <AccountArea />
            <LanguageSwitch />
          </div>
        </div>
      </header>
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
