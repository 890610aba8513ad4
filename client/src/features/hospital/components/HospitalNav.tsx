import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';

/** The inspector's pages of one hospital-level review. */
export function HospitalNav({ id }: { id: string }) {
  const { t } = useTranslation();
  const pages: [string, string][] = [
    ['', t('hospital.nav.overview')],
    ['/duties', t('hospital.nav.duties')],
    ['/interviews', t('hospital.nav.interviews')],
    ['/report/edit', t('hospital.nav.report')],
    ['/report', t('hospital.nav.published')],
  ];
  return (
    <nav aria-label={t('hospital.title')} className="hospital-nav no-print">
      <ul className="button-row">
        {pages.map(([path, label]) => (
          <li key={path}>
            <NavLink end to={`/hospital-reviews/${id}${path}`} className="button button-secondary button-small">
              {label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
