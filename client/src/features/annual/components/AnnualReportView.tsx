import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../ui/tables';
import { currentLanguage } from '../../../i18n';
import { formatDateTime, formatPercent, localText } from '../../../i18n/format';
import type { AnnualReport } from '../api';
import { numberOrDash, shareText, targetText, thresholdText } from './goal-text';
import { TrendChart } from './TrendChart';

/** The closed annual report's figures, as they are printed. */
export function AnnualReportView({ report }: { report: AnnualReport }) {
  const { t } = useTranslation();
  const files = `/api/annual-reports/${encodeURIComponent(report.campaign.id)}/report`;
  return (
    <article className="annual-report" data-ready="true">
      <p>
        {t('annual.report.answered', { answered: report.clinicsAnswered, asked: report.clinicsAsked })}.{' '}
        <span className="muted">{t('annual.report.computedAt', { date: formatDateTime(report.computedAt) })}</span>
      </p>
      <p className="no-print annual-downloads">
        <a href={`${files}.xlsx?lang=${currentLanguage()}`} download>
          {t('annual.report.xlsx')}
        </a>
        <a href={`${files}.pdf?lang=${currentLanguage()}`} download>
          {t('annual.report.pdf')}
        </a>
      </p>

      <section aria-labelledby="annual-goals">
        <h2 id="annual-goals">{t('annual.report.goals')}</h2>
        <DataTable
          caption={t('annual.report.goalsCaption')}
          columns={[
            t('annual.report.colGoal'),
            t('annual.report.colTarget'),
            t('annual.report.colShare'),
            { label: t('annual.report.colN'), className: 'numeric' },
            { label: t('annual.report.colMean'), className: 'numeric' },
            { label: t('annual.report.colMedian'), className: 'numeric' },
          ]}
        >
          {report.goals.map((goal) => (
            <tr key={goal.key} data-goal={goal.key}>
              <th scope="row">{localText(goal.label)}</th>
              <td>{targetText(goal)}</td>
              <td>
                {shareText(goal.share)}
                {goal.atPreviousThreshold && (
                  <div className="muted">
                    {t('annual.report.atPrevious', {
                      threshold: thresholdText(goal.atPreviousThreshold.threshold, goal.unit),
                      share: shareText(goal.atPreviousThreshold.share),
                    })}
                  </div>
                )}
                {goal.pooledPercent !== null && <div className="muted">{t('annual.report.pooled', { percent: formatPercent(goal.pooledPercent) })}</div>}
              </td>
              <td className="numeric">{goal.share.n}</td>
              <td className="numeric">{numberOrDash(goal.mean)}</td>
              <td className="numeric">{numberOrDash(goal.median)}</td>
            </tr>
          ))}
        </DataTable>
      </section>

      {report.trends.length > 0 && (
        <section aria-labelledby="annual-trends">
          <h2 id="annual-trends">{t('annual.report.trends')}</h2>
          <div className="annual-trends">
            {report.trends.map((trend) => {
              const goal = report.goals.find((g) => g.key === trend.goal);
              return goal ? <TrendChart key={trend.goal} goal={goal} trend={trend} reviews={report.reviews} /> : null;
            })}
          </div>
        </section>
      )}

      {report.goals.some((g) => g.quotes.length > 0) && (
        <section aria-labelledby="annual-quotes">
          <h2 id="annual-quotes">{t('annual.report.quotes')}</h2>
          {report.goals
            .filter((g) => g.quotes.length > 0)
            .map((goal) => (
              <div key={goal.key}>
                <h3>{localText(goal.label)}</h3>
                <ul className="annual-quotes">
                  {goal.quotes.map((q, i) => (
                    <li key={i}>
                      <q>{q}</q>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
        </section>
      )}

      {report.totals.length > 0 && (
        <section aria-labelledby="annual-totals">
          <h2 id="annual-totals">{t('annual.report.totals')}</h2>
          <DataTable
            caption={t('annual.report.totalsCaption')}
            columns={[
              t('annual.report.colMeasure'),
              { label: t('annual.report.colN'), className: 'numeric' },
              { label: t('annual.report.colSum'), className: 'numeric' },
              { label: t('annual.report.colMean'), className: 'numeric' },
              { label: t('annual.report.colMedian'), className: 'numeric' },
            ]}
          >
            {report.totals.map((total) => (
              <tr key={total.measure}>
                <th scope="row">{localText(total.label)}</th>
                <td className="numeric">{total.n}</td>
                {total.hidden ? (
                  <td colSpan={3}>{t('annual.report.hidden')}</td>
                ) : (
                  <>
                    <td className="numeric">{numberOrDash(total.sum)}</td>
                    <td className="numeric">{numberOrDash(total.mean)}</td>
                    <td className="numeric">{numberOrDash(total.median)}</td>
                  </>
                )}
              </tr>
            ))}
          </DataTable>
          {report.totals.some((x) => x.hidden) && <p className="muted">{t('annual.report.hiddenNote')}</p>}
        </section>
      )}

      {report.distributions.length > 0 && (
        <section aria-labelledby="annual-distributions">
          <h2 id="annual-distributions">{t('annual.report.distributions')}</h2>
          {report.distributions.map((d) => (
            <DataTable
              key={d.item}
              caption={`${localText(d.label)} (n = ${d.n})`}
              columns={[t('annual.report.colAnswer'), { label: t('annual.report.colCount'), className: 'numeric' }]}
            >
              {d.hidden ? (
                <tr>
                  <td colSpan={2}>{t('annual.report.hidden')}</td>
                </tr>
              ) : (
                d.counts.map((c) => (
                  <tr key={c.value}>
                    <th scope="row">{localText(c.label)}</th>
                    <td className="numeric">{c.count}</td>
                  </tr>
                ))
              )}
            </DataTable>
          ))}
        </section>
      )}

      {report.grid && (
        <section aria-labelledby="annual-grid">
          <h2 id="annual-grid">{t('annual.report.grid')}</h2>
          <DataTable
            caption={t('annual.report.gridCaption')}
            className="table annual-grid"
            columns={[t('annual.report.colClinic'), ...report.goals.map((g) => localText(g.label))]}
          >
            {report.grid.map((line) => (
              <tr key={line.unitId}>
                <th scope="row">
                  {line.unitName} <span className="muted">({line.hospitalName})</span>
                </th>
                {report.goals.map((g) => {
                  const met = line.met[g.key];
                  const text = met === true ? t('annual.report.met') : met === false ? t('annual.report.notMet') : t('annual.report.noAnswer');
                  return (
                    <td key={g.key} className={met === true ? 'annual-met' : met === false ? 'annual-not-met' : 'annual-no-answer'}>
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </DataTable>
        </section>
      )}
    </article>
  );
}
