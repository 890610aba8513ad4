import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SiteHeader } from './shell/SiteHeader';
import './respond.css';

/**
 * The respondent's frame: product name, language switch, skip link and the main landmark. No menu
 * or account area: respondents are not logged in, and the console's code must not load here.
 */
export function RespondLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
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
