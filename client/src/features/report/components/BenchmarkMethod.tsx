import { useTranslation } from 'react-i18next';
import type { Report } from '../api';
import { formatCount, formatDate, formatMonth } from '../../../i18n/format';

/**
 * What the national comparison compared with: the inspectors' fixed period or the months before
 * closing, the whole months that gave, the rules a national figure met, and how many of the
 * hospital's own answers were left out. Reports computed before a rule existed say nothing of it.
 */
export function BenchmarkMethod({ settings }: { settings: Report['settings'] }) {
  const { t } = useTranslation();
  const months = { fromMonth: formatMonth(settings.fromMonth), untilMonth: formatMonth(settings.untilMonth), count: settings.windowMonths };
  const period = settings.period && { from: formatDate(settings.period.from), until: formatDate(settings.period.until) };
  return (
    <p id="benchmark-method">
      {period
        ? settings.windowMonths > 0
          ? t('report.view.benchmarkPeriodText', { ...period, ...months })
          : t('report.view.benchmarkPeriodEmpty', period)
        : t('report.view.benchmarkMonthsText', months)}{' '}
      {t('report.view.benchmarkRules', { answers: settings.poolMinimum, hospitals: settings.poolMinimumHospitals })}
      {settings.poolMonthMinimum !== null && <> {t('report.view.benchmarkMonthRule', { count: settings.poolMonthMinimum })}</>}
      {settings.excludedOwnAnswers !== null && (
        <> {t('report.view.benchmarkExcluded', { count: settings.excludedOwnAnswers, formatted: formatCount(settings.excludedOwnAnswers) })}</>
      )}
    </p>
  );
}
