import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage } from '../i18n';
import './respond.css';

/**
 * The respondent's frame: product name, language switch, skip link and the main landmark. No menu
 * or account area: respondents are not logged in, and the console's code must not load here.
 */
export function RespondLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const target = currentLanguage() === 'sv' ? 'en' : 'sv';
  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <span className="product-name">{t('app.name')}</span>
          <div className="header-tools">
            {/* Names the other language in that language, so lang follows it (see Layout). */}
            <button type="button" className="lang-switch" lang={target} onClick={() => void changeLanguage(target)}>
              {t('language.name', { lng: target })}
            </button>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="container respond-main">
        {children}
      </main>
    </>
  );
}

let stepShown = false;

/**
 * The step's h1. It takes focus when it appears (a new step), so screen-reader and keyboard users
 * start reading the new step from its top; the document title follows it.
 */
export function StepHeading({ children, title, focus = true }: { children: ReactNode; title: string; focus?: boolean }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The page's first step is where reading starts anyway; later steps move focus to their heading.
    if (focus && stepShown) ref.current?.focus();
    stepShown = true;
    // Only when the step appears, not on a language switch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
  return (
    <h1 ref={ref} tabIndex={-1} className="respond-heading">
      {children}
    </h1>
  );
}
