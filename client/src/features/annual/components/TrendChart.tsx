import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, CHART_COLOURS } from '../../../ui/Chart';
import { DataTable } from '../../../ui/tables';
import { formatDate, formatPercent, localText } from '../../../i18n/format';
import type { AnnualReport, GoalFigure, Trend } from '../api';
import { thresholdText } from './goal-text';

/**
 * One goal's share over the years: a line, the years its threshold changed drawn as larger
 * triangles and named below, the SPUR reviews named below, and the same figures as a table
 * (the chart's text alternative).
 */
export function TrendChart({ goal, trend, reviews }: { goal: GoalFigure; trend: Trend; reviews: AnnualReport['reviews'] }) {
  const { t } = useTranslation();
  const label = localText(goal.label);
  const tableId = `trend-${goal.key}`;
  const changed = new Set(trend.changes);
  const data = useMemo(
    () => ({
      labels: trend.points.map((p) => String(p.year)),
      datasets: [
        {
          label: t('annual.report.shareAxis'),
          data: trend.points.map((p) => p.percent),
          borderColor: CHART_COLOURS[0],
          backgroundColor: CHART_COLOURS[0],
          pointStyle: trend.points.map((p) => (changed.has(p.year) ? 'triangle' : 'circle')),
          pointRadius: trend.points.map((p) => (changed.has(p.year) ? 8 : 4)),
          spanGaps: true,
        },
      ],
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [trend, t],
  );
  const options = useMemo(
    () => ({
      scales: { y: { min: 0, max: 100, title: { display: true, text: t('annual.report.shareAxis') } } },
      plugins: { legend: { display: false } },
    }),
    [t],
  );
  // Raised or lowered when both thresholds are numbers; otherwise (a yes goal) simply changed.
  const changes = trend.changes.map((year) => {
    const i = trend.points.findIndex((p) => p.year === year);
    const now = trend.points[i]?.threshold ?? null;
    const before = i > 0 ? trend.points[i - 1].threshold : null;
    const how = now !== null && before !== null && now !== before ? (now > before ? 'changeUp' : 'changeDown') : 'change';
    return t(`annual.report.${how}`, { threshold: thresholdText(now, goal.unit), year });
  });
  return (
    <figure className="annual-trend">
      <figcaption>
        <strong>{label}</strong>
      </figcaption>
      <Chart type="line" data={data} options={options} label={t('annual.report.trendChart', { goal: label })} tableId={tableId} height={200} />
      {changes.length > 0 && (
        <ul className="annual-trend-notes">
          {changes.map((c) => (
            <li key={c}>▲ {c}</li>
          ))}
        </ul>
      )}
      {reviews.length > 0 && (
        <p className="annual-trend-notes">{t('annual.report.reviewsNote', { list: reviews.map((r) => `${r.title} (${formatDate(r.date)})`).join('; ') })}</p>
      )}
      <details className="annual-trend-data">
        <summary>{t('annual.report.trendData')}</summary>
        <DataTable
          id={tableId}
          caption={t('annual.report.trendTable', { goal: label })}
          columns={[
            t('annual.report.colYear'),
            { label: t('annual.report.colShare'), className: 'numeric' },
            { label: t('annual.report.colN'), className: 'numeric' },
            t('annual.report.colThreshold'),
            t('annual.report.colSource'),
          ]}
        >
          {trend.points.map((p) => (
            <tr key={p.year}>
              <th scope="row">{p.year}</th>
              <td className="numeric">{p.percent === null ? '–' : formatPercent(p.percent)}</td>
              <td className="numeric">{p.n}</td>
              <td>
                {thresholdText(p.threshold, goal.unit)}
                {changed.has(p.year) ? ' ▲' : ''}
              </td>
              <td>{t(`annual.report.source.${p.source}`)}</td>
            </tr>
          ))}
        </DataTable>
      </details>
    </figure>
  );
}
