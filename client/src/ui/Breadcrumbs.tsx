import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * Where a page sits under "Reviews": the list first, then the given links, then the page itself.
 * One trail for the console, report and visit pages, so they read the same to a screen reader.
 */
export function Breadcrumbs({ trail = [], current, className = '' }: { trail?: { to: string; label: string }[]; current: string; className?: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('reviewNav.breadcrumbs')} className={`breadcrumbs ${className}`.trim()}>
      <ol>
        <li>
          <Link to="/reviews">{t('account.reviews')}</Link>
        </li>
        {trail.map(({ to, label }) => (
          <li key={to}>
            <Link to={to}>{label}</Link>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
