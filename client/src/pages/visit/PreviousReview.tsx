import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/console/feedback';
import { TableScroll } from '../../components/console/tables';
import { formatDateTime } from '../../i18n/format';
import { AREAS, type ReportContent } from '../report/api';
import { usePreviousReview } from './api';
import { useVisitText } from './i18n';

/**
 * The latest earlier published review of the same units beside this one: grades and
 * recommendations then and now, and what became of the actions promised then.
 */
export function PreviousReviewSection({ reviewId, content, titles }: { reviewId: string; content: ReportContent | null; titles: Record<string, string> }) {
  const { t } = useTranslation();
  const tv = useVisitText();
  const query = usePreviousReview(reviewId);
  if (query.isPending) return null;

  return (
    <section aria-labelledby="previous-heading" className="report-area previous-review">
      <h2 id="previous-heading">{tv('previous.title')}</h2>
      {query.isError ? (
        <ErrorMessage error={query.error} lead={t('console.common.loadFailed')} focus={false} />
      ) : query.data.previous === null ? (
        <p className="empty-state">{tv('previous.none')}</p>
      ) : (
        <>
          <p>{tv('previous.intro', { title: query.data.previous.title, date: formatDateTime(query.data.previous.publishedAt) })}</p>
          <TableScroll label={tv('previous.table')}>
            <table className="table report-table previous-table">
              <caption>{tv('previous.table')}</caption>
              <thead>
                <tr>
                  <th scope="col">{tv('previous.areaColumn')}</th>
                  <th scope="col">{tv('previous.then')}</th>
                  <th scope="col">{tv('previous.now')}</th>
                  <th scope="col">{tv('previous.recommendationsThen')}</th>
                  <th scope="col">{tv('previous.recommendationsNow')}</th>
                </tr>
              </thead>
              <tbody>
                {AREAS.map((area) => {
                  const then = query.data.previous?.areas[area];
                  const now = content?.areas[area];
                  return (
                    <tr key={area}>
                      <th scope="row">
                        {area}. {titles[area] ?? ''}
                      </th>
                      <td className="grade-cell">{then?.grade ?? tv('previous.noGrade')}</td>
                      <td className="grade-cell">{now?.grade ?? tv('previous.noGrade')}</td>
                      <td>
                        <Recommendations items={then?.recommendations ?? []} />
                      </td>
                      <td>
                        <Recommendations items={now?.recommendations ?? []} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
          <h3>{tv('previous.actions')}</h3>
          {query.data.previous.actions.length === 0 ? (
            <p>{tv('previous.actionsNone')}</p>
          ) : (
            <ul className="previous-actions">
              {query.data.previous.actions.map((a, i) => (
                <li key={i}>
                  <strong>{a.area ? tv('plan.areaLabel', { area: a.area }) : tv('plan.improvementArea')}:</strong> {a.recommendation}
                  {a.action && <> – {a.action}</>} <span className={`tag action-status-${a.status}`}>{tv(`plan.statuses.${a.status}`)}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function Recommendations({ items }: { items: string[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <>{t('report.common.none')}</>;
  return (
    <ul className="compact-list">
      {items.map((r, i) => (
        <li key={i}>{r}</li>
      ))}
    </ul>
  );
}
