import { useTranslation } from 'react-i18next';
import { SMALL_N } from '../../../../../contract/differences.js';
import type { Report } from '../api';
import { formatDate, formatDateTime, formatShare } from '../../../i18n/format';
import { BenchmarkMethod } from './BenchmarkMethod';
import { ROLES } from '../../../../../contract/domain.js';

/**
 * How the report came about, for a reader who gets it on paper: when the survey ran, who was
 * asked and how many answered, the anonymity threshold, what the country's figures rest on, and
 * how a share, an interval and a flagged difference are computed.
 */
export function ReportMethod({ report }: { report: Report }) {
  const { t } = useTranslation();
  const { review, settings, responseRates, supplementRates } = report;
  const total = responseRates.total.total;
  const invited = ROLES.filter((role) => responseRates.total.byRole[role].invited > 0)
    .map((role) => t('report.method.invitedRole', { count: responseRates.total.byRole[role].invited, role: t(`report.method.roles.${role}`) }))
    .join(', ');
  const reached = total.invited - total.unreachable;
  const poolSizes = report.benchmark.filter((b) => b.role === 'st').map((b) => b.pool.n);
  return (
    <section aria-labelledby="method-heading" className="report-method">
      <h2 id="method-heading">{t('report.method.heading')}</h2>
      <p>
        {review.opensAt && review.closesAt && <>{t('report.method.period', { from: formatDate(review.opensAt), until: formatDate(review.closesAt) })} </>}
        {t('report.view.anonymity', { n: review.anonymityThreshold, date: formatDateTime(review.computedAt) })}
      </p>
      <p>
        {t('report.method.asked', { scope: report.scope.label, invited })}{' '}
        {total.invited > 0 &&
          t('report.method.answered', { answered: total.answered, invited: total.invited, share: formatShare(total.answered, total.invited) })}{' '}
        {total.unreachable > 0 && reached > 0 && t('report.method.reached', { count: total.unreachable, share: formatShare(total.answered, reached) })}{' '}
        {supplementRates &&
          supplementRates.total.total.invited > 0 &&
          t('report.method.supplement', { answered: supplementRates.total.total.answered, invited: supplementRates.total.total.invited })}
      </p>
      <BenchmarkMethod settings={settings} />
      {poolSizes.length > 0 && <p>{t('report.method.poolSize', { min: Math.min(...poolSizes), max: Math.max(...poolSizes) })}</p>}
      <p>{t('report.method.shares')}</p>
      <p>{t('report.method.differences', { pp: settings.minDifferencePp, margin: settings.breakMarginPp, gap: settings.leadershipGapPp, smallN: SMALL_N })}</p>
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
