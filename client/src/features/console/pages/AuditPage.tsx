import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuditLog, useReviews } from '../api/hooks';
import type { AuditEvent } from '../api/requests';
import { PageHeading } from '../../../ui/feedback';
import { PagedResults } from '../components/PagedResults';
import { ReviewFilter, useReviewFilter } from '../components/ReviewFilter';
import { DataTable } from '../../../ui/tables';
import { formatDateTime } from '../../../i18n/format';
import sv from '../i18n/sv';

type KnownAction = keyof typeof sv.audit.actions;
const isKnownAction = (action: string): action is KnownAction => action in sv.audit.actions;

const actorText = ({ name, email }: { name: string; email: string }) => (name && name !== email ? `${name} (${email})` : email);

type DetailLabel = keyof typeof sv.audit.detailLabels;
type ReportStep = keyof typeof sv.audit.reportSteps;
const isDetailLabel = (key: string): key is DetailLabel => key in sv.audit.detailLabels;
const isReportStep = (step: unknown): step is ReportStep => typeof step === 'string' && step in sv.audit.reportSteps;

/**
 * Details are free-form JSON per action, recorded for the record; shown as words: a report step
 * as a sentence, known details with their label. Ids are left out (the row already names the
 * review and the person), and so is anything without a label: no raw keys on the page.
 */
function Details({ details }: { details: Record<string, unknown> }) {
  const { t } = useTranslation();
  const { report, ...rest } = details;
  const value = (v: unknown): string =>
    typeof v === 'boolean'
      ? t(v ? 'console.audit.yes' : 'console.audit.no')
      : Array.isArray(v)
        ? String(v.length)
        : typeof v === 'object' && v !== null
          ? ''
          : String(v);
  const entries = Object.entries(rest).filter(
    ([key, v]) => isDetailLabel(key) && v !== null && value(v) !== '' && !(isReportStep(report) && key === 'revision'),
  );
  if (!isReportStep(report) && entries.length === 0) return null;
  return (
    <ul className="details-list">
      {isReportStep(report) && <li>{t(`console.audit.reportSteps.${report}`, { revision: details.revision, from: details.from, to: details.to })}</li>}
      {entries.map(([key, v]) => (
        <li key={key}>
          {t(`console.audit.detailLabels.${key as DetailLabel}`)}: {value(v)}
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
    <DataTable
      caption={caption}
      columns={[
        t('console.audit.colAt'),
        t('console.audit.colActor'),
        t('console.audit.colAction'),
        t('console.audit.colReview'),
        t('console.audit.colDetails'),
      ]}
    >
      {events.map((event) => (
        <tr key={event.id}>
          <th scope="row" className="nowrap">
            {formatDateTime(event.at)}
          </th>
          <td>{event.actor ? actorText(event.actor) : t('console.audit.system')}</td>
          <td>{isKnownAction(event.action) ? t(`console.audit.actions.${event.action}`) : event.action}</td>
          <td>{event.campaignId ? <Link to={`/reviews/${event.campaignId}`}>{titles.get(event.campaignId) ?? event.campaignId}</Link> : t('common.none')}</td>
          <td>
            <Details details={event.details} />
          </td>
        </tr>
      ))}
    </DataTable>
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
