import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../ui/feedback';
import { DataTable } from '../../../ui/tables';
import { formatDateTime } from '../../../i18n/format';
import { usePreviousReview, type ReportContent } from '../api';
import { AREAS } from '../../../../../contract/domain.js';

/**
 * The latest earlier published review of the same units beside this one: grades and
 * recommendations then and now, and what became of the actions promised then.
 */
export function PreviousReviewSection({ reviewId, content, titles }: { reviewId: string; content: ReportContent | null; titles: Record<string, string> }) {
  const { t } = useTranslation();
  const query = usePreviousReview(reviewId);
  if (query.isPending) return null;

  return (
    <section aria-labelledby="previous-heading" className="report-area previous-review">
      <h2 id="previous-heading">{t('report.previous.title')}</h2>
      {query.isError ? (
        <ErrorMessage error={query.error} lead={t('common.loadFailed')} focus={false} />
      ) : query.data.previous === null ? (
        <p className="empty-state">{t('report.previous.none')}</p>
      ) : (
        <>
          <p>{t('report.previous.intro', { title: query.data.previous.title, date: formatDateTime(query.data.previous.publishedAt) })}</p>
          <DataTable
            caption={t('report.previous.table')}
            className="table report-table previous-table"
            columns={[
              t('report.previous.areaColumn'),
              t('report.previous.then'),
              t('report.previous.now'),
              t('report.previous.recommendationsThen'),
              t('report.previous.recommendationsNow'),
            ]}
          >
            {AREAS.map((area) => {
              const then = query.data.previous?.areas[area];
              const now = content?.areas[area];
              return (
                <tr key={area}>
                  <th scope="row">
                    {area}. {titles[area] ?? ''}
                  </th>
                  <td className="grade-cell">{then?.grade ?? t('report.previous.noGrade')}</td>
                  <td className="grade-cell">{now?.grade ?? t('report.previous.noGrade')}</td>
                  <td>
                    <Recommendations items={then?.recommendations ?? []} />
                  </td>
                  <td>
                    <Recommendations items={now?.recommendations ?? []} />
                  </td>
                </tr>
              );
            })}
          </DataTable>
          <h3>{t('report.previous.actions')}</h3>
          {query.data.previous.actions.length === 0 ? (
            <p>{t('report.previous.actionsNone')}</p>
          ) : (
            <ul className="previous-actions">
              {query.data.previous.actions.map((a, i) => (
                <li key={i}>
                  <strong>{a.area ? t('report.common.area', { area: a.area }) : t('report.previous.improvementArea')}:</strong> {a.recommendation}
                  {a.action && <> – {a.action}</>} <span className={`tag action-status-${a.status}`}>{t(`actionStatus.${a.status}`)}</span>
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
