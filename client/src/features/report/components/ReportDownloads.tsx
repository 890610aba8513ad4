import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { reportDownloads, type ReportScope } from '../api';

const TABLES = ['response-rates', 'agreement', 'benchmark', 'numeric', 'targets', 'groups', 'supplement'] as const;

/** The same figures as files: one CSV per table, all tables in Excel, the report as PDF; and printing. */
export function ReportDownloads({ reviewId, scope, supplement }: { reviewId: string; scope: ReportScope; supplement: boolean }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <nav className="report-downloads no-print" aria-label={t('report.view.downloads')}>
      <h2 className="tools-heading">{t('report.view.downloads')}</h2>
      <ul>
        {/* The supplement's table only where the report has its section. */}
        {TABLES.filter((table) => table !== 'supplement' || supplement).map((table) => (
          <li key={table}>
            <a href={reportDownloads.csv(reviewId, table, lang, scope)} download>
              {t('report.view.csv', { table: t(`report.view.tables.${table}`) })}
            </a>
          </li>
        ))}
        <li>
          <a href={reportDownloads.xlsx(reviewId, lang, scope)} download>
            {t('report.view.xlsx')}
          </a>
        </li>
        <li>
          <a href={reportDownloads.pdf(reviewId, lang, scope)} target="_blank" rel="noopener">
            {t('report.view.pdf')}
          </a>
        </li>
        <li>
          <button type="button" className="button button-secondary button-small" onClick={() => window.print()}>
            {t('report.view.print')}
          </button>
        </li>
      </ul>
    </nav>
  );
}
