import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage } from '../../i18n';

/**
 * The top of every page, the console's and the respondent's alike: skip link, product name and the
 * language switch, with whatever tools the frame adds before the switch (the console's account
 * area). It imports nothing of the console, so the respondent's pages stay free of its code.
 */
export function SiteHeader({ tools }: { tools?: ReactNode }) {
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
            {tools}
            <LanguageSwitch />
          </div>
        </div>
      </header>
    </>
  );
}

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
