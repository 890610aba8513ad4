import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ChartData, ChartOptions } from 'chart.js';
import { useResponseRates, useReview } from '../api/hooks';
import type { ResponseRates, ReviewResponseRates } from '../api/requests';
import { Chart, CHART_COLOURS } from '../../../ui/Chart';
import { QueryState } from '../../../ui/feedback';
import { RateTable } from '../components/RateTable';
import { ReviewHeader } from '../components/ReviewHeader';
import { formatShare, formatTime } from '../../../i18n/format';
import { specialtyGroupName } from '../../../i18n/specialty-groups';
import { sharePercent } from '../../../../../contract/shares.js';
import { ROLES } from '../../../../../contract/domain.js';

const GROUP_TABLE_ID = 'rates-by-group';

function RoleChart({ rates }: { rates: ResponseRates }) {
  const { t, i18n } = useTranslation();
  const cells = [...ROLES.map((role) => rates.total.byRole[role]), rates.total.total];
  const shares = cells.map((c) => sharePercent(c.answered, c.invited) ?? 0);
  const key = shares.join(',');
  const data = useMemo<ChartData<'bar'>>(
    () => ({
      labels: [...ROLES.map((role) => t(`roles.${role}`)), t('console.rates.total')],
      datasets: [{ label: t('console.rates.chartSeries'), data: shares, backgroundColor: CHART_COLOURS[0] }],
    }),
    // Only new figures or a new language make a new chart data object (the page polls).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key, i18n.resolvedLanguage],
  );
  const options = useMemo<ChartOptions<'bar'>>(
    () => ({
      plugins: { legend: { display: false } },
      scales: { y: { min: 0, max: 100, title: { display: true, text: t('console.rates.chartAxis') } } },
    }),
    [t],
  );
  return (
    <section aria-labelledby="chart-heading">
      <h2 id="chart-heading">{t('console.rates.chartHeading')}</h2>
      <Chart type="bar" data={data} options={options} label={t('console.rates.chartLabel')} tableId={GROUP_TABLE_ID} />
    </section>
  );
}

function Rates({ rates, fetchedAt }: { rates: ReviewResponseRates; fetchedAt: number }) {
  const { t } = useTranslation();
  const total = rates.total.total;
  return (
    <>
      <p className="live-note">
        <span className="live-dot" aria-hidden="true" /> {t('console.rates.live', { time: formatTime(new Date(fetchedAt)) })}
      </p>
      {/* Announced only when the figures change; the page refreshes them every 15 seconds. */}
      <p aria-live="polite" className="lead">
        {total.invited === 0 || total.share === null
          ? t('console.rates.summaryNone')
          : t('console.rates.summary', { answered: total.answered, invited: total.invited, share: formatShare(total.answered, total.invited) })}
      </p>
      {total.unreachable > 0 && total.adjustedShare !== null && (
        <p>{t('console.rates.summaryUnreachable', { count: total.unreachable, adjusted: formatShare(total.answered, total.invited - total.unreachable) })}</p>
      )}
      <p>{t('console.rates.legend')}</p>
      <RateTable
        id={GROUP_TABLE_ID}
        caption={t('console.rates.groupCaption')}
        rowHeader={t('console.rates.colGroup')}
        rows={rates.groups.map((g) => ({ key: g.specialtyGroup, label: specialtyGroupName(g.specialtyGroup), byRole: g.byRole, total: g.total }))}
        total={rates.total}
      />
      <RoleChart rates={rates} />
      <RateTable
        id="rates-by-unit"
        caption={t('console.rates.unitCaption')}
        rowHeader={t('console.rates.colUnit')}
        rows={rates.units.map((u) => ({ key: u.unitId, label: u.unitName, byRole: u.byRole, total: u.total }))}
        total={rates.total}
      />
      {rates.supplement && <SupplementRates rates={rates.supplement} />}
    </>
  );
}

/** The study directors' supplement: its own survey, so its own figures, never added to the rate above. */
function SupplementRates({ rates }: { rates: ResponseRates }) {
  const { t } = useTranslation();
  const total = rates.total.total;
  return (
    <section aria-labelledby="supplement-rates-heading">
      <h2 id="supplement-rates-heading">{t('console.rates.supplementHeading')}</h2>
      <p id="supplement-rates-summary">
        {total.invited === 0 || total.share === null
          ? t('console.rates.summaryNone')
          : t('console.rates.supplementSummary', { answered: total.answered, invited: total.invited, share: formatShare(total.answered, total.invited) })}
      </p>
      <RateTable
        id="supplement-rates-by-unit"
        caption={t('console.rates.supplementCaption')}
        rowHeader={t('console.rates.colUnit')}
        rows={rates.units.map((u) => ({ key: u.unitId, label: u.unitName, byRole: u.byRole, total: u.total }))}
        total={rates.total}
      />
    </section>
  );
}

export function ResponseRatesPage() {
  const { id = '' } = useParams();
  const review = useReview(id);
  const rates = useResponseRates(id);
  return (
    <>
      <ReviewHeader reviewId={id} review={review.data} page="responseRates" />
      <QueryState query={rates}>{(data) => <Rates rates={data} fetchedAt={rates.dataUpdatedAt} />}</QueryState>
    </>
  );
}
