import { useTranslation } from 'react-i18next';
import type { Report } from '../../pages/report/api';
import { formatDateTime } from '../../i18n/format';
import { BenchmarkMethod } from './BenchmarkMethod';

/** What protects the respondents in this report and what it compares with: the threshold that applied, when the figures were fixed, the national comparison's basis, late additions. */
export function AnonymityNote({ report }: { report: Report }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="anonymity-heading" className="report-method">
      <h3 id="anonymity-heading">{t('report.view.anonymityHeading')}</h3>
      <p>{t('report.view.anonymity', { n: report.review.anonymityThreshold, date: formatDateTime(report.review.computedAt) })}</p>
      <BenchmarkMethod settings={report.settings} />
      {report.lateAdditions.length > 0 && (
        <>
          <p>{t('report.view.lateAdditions')}</p>
          <ul>
            {report.lateAdditions.map((l) => (
              <li key={`${l.unitId}-${l.role}`}>
                {t('report.view.lateAddition', { unit: l.unitName, role: t(`roles.${l.role}`), count: l.added, by: l.addedBy.join(', ') })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
