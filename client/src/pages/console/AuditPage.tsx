import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuditLog, useReviews } from '../../api/console-hooks';
import type { AuditEvent } from '../../api/console';
import { PageHeading } from '../../components/console/feedback';
import { PagedResults } from '../../components/console/PagedResults';
import { ReviewFilter, useReviewFilter } from '../../components/console/ReviewFilter';
import { TableScroll } from '../../components/console/tables';
import { formatDateTime } from '../../i18n/format';
import sv from '../../i18n/console.sv';

type KnownAction = keyof typeof sv.audit.actions;
const isKnownAction = (action: string): action is KnownAction => action in sv.audit.actions;

const actorText = ({ name, email }: { name: string; email: string }) => (name && name !== email ? `${name} (${email})` : email);

/** Details are free-form JSON per action; shown as key: value pairs, as recorded. */
function Details({ details }: { details: Record<string, unknown> }) {
  const entries = Object.entries(details);
  if (entries.length === 0) return null;
  return (
    <ul className="details-list">
      {entries.map(([key, value]) => (
        <li key={key}>
          <code>{key}</code>: {typeof value === 'string' ? value : JSON.stringify(value)}
        </li>
      ))}
    </ul>
  );
}

function EventTable({ events }: { events: AuditEvent[] }) {
  const { t } = useTranslation();
  const titles = new Map((useReviews().data?.reviews ?? []).map((r) => [r.id, r.title]));
  const caption = t('console.audit.caption');
  return (
    <TableScroll label={caption}>
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('console.audit.colAt')}</th>
            <th scope="col">{t('console.audit.colActor')}</th>
            <th scope="col">{t('console.audit.colAction')}</th>
            <th scope="col">{t('console.audit.colReview')}</th>
            <th scope="col">{t('console.audit.colDetails')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <th scope="row" className="nowrap">
                {formatDateTime(event.at)}
              </th>
              <td>{event.actor ? actorText(event.actor) : t('console.audit.system')}</td>
              <td>{isKnownAction(event.action) ? t(`console.audit.actions.${event.action}`) : event.action}</td>
              <td>
                {event.campaignId ? (
                  <Link to={`/reviews/${event.campaignId}`}>{titles.get(event.campaignId) ?? event.campaignId}</Link>
                ) : (
                  t('console.common.none')
                )}
              </td>
              <td>
                <Details details={event.details} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function AuditPage() {
  const { t } = useTranslation();
  const [reviewId, setReviewId] = useReviewFilter();
  const audit = useAuditLog(reviewId);
  const events = audit.data?.pages.flatMap((p) => p.events) ?? [];

  return (
    <>
      <PageHeading>{t('console.audit.title')}</PageHeading>
      <p>{t('console.audit.intro')}</p>
      <ReviewFilter label={t('console.audit.filterReview')} allLabel={t('console.audit.allReviews')} value={reviewId} onChange={setReviewId} />
      <PagedResults query={audit} count={events.length} empty={t('console.audit.empty')}>
        <EventTable events={events} />
      </PagedResults>
    </>
  );
}
