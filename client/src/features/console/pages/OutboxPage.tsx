import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Button } from 'react-aria-components';
import { DialogButton } from '../../../ui/DialogButton';
import { useOutbox } from '../api/hooks';
import type { Mail } from '../api/requests';
import { PageHeading } from '../../../ui/feedback';
import { PagedResults } from '../components/PagedResults';
import { ActionButton, buttonClass } from '../../../ui/fields';
import { ReviewFilter, useReviewFilter } from '../components/ReviewFilter';
import { DataTable } from '../../../ui/tables';
import { formatDateTime } from '../../../i18n/format';

function MailBody({ mail }: { mail: Mail }) {
  const { t } = useTranslation();
  return (
    <DialogButton
      className={buttonClass('secondary', true)}
      label={t('console.outbox.show')}
      ariaLabel={t('console.outbox.showLabel', { recipient: mail.recipient })}
      title={t('console.outbox.bodyTitle', { recipient: mail.recipient })}
      wide
    >
      {(close) => (
        <>
          <p>
            <strong>{mail.subject}</strong>
          </p>
          <pre className="mail-body">{mail.body}</pre>
          <div className="button-row">
            <Button className={buttonClass('primary')} onPress={close} autoFocus>
              {t('console.outbox.close')}
            </Button>
          </div>
        </>
      )}
    </DialogButton>
  );
}

function kindLabel(kind: string, t: TFunction): string {
  const known = [
    'invitation',
    'reminder',
    'password_reset',
    'action_plan_reminder',
    'comment_request',
    'report_published',
    'document_request',
    'coverage_reminder',
    'other',
  ] as const;
  const key = known.find((k) => k === kind);
  return key ? t(`console.outbox.kind.${key}`) : kind;
}

function MailTable({ mails }: { mails: Mail[] }) {
  const { t } = useTranslation();
  const caption = t('console.outbox.caption');
  return (
    <DataTable
      caption={caption}
      columns={[
        t('console.outbox.colCreated'),
        t('console.outbox.colKind'),
        t('console.outbox.colRecipient'),
        t('console.outbox.colSubject'),
        t('console.outbox.colStatus'),
        t('console.outbox.colSent'),
        t('console.outbox.colBody'),
      ]}
    >
      {mails.map((mail) => (
        <tr key={mail.id}>
          <td className="nowrap">{formatDateTime(mail.createdAt)}</td>
          <td>{kindLabel(mail.kind, t)}</td>
          <th scope="row">{mail.recipient}</th>
          <td>{mail.subject}</td>
          <td>
            <span className={`badge badge-mail-${mail.status}`}>{t(`console.outbox.status.${mail.status}`)}</span>
            {mail.attempts > 0 && <div className="muted">{t('console.outbox.attempts', { count: mail.attempts })}</div>}
            {mail.lastError && <div className="muted">{t('console.outbox.lastError', { error: mail.lastError })}</div>}
          </td>
          <td className="nowrap">{formatDateTime(mail.sentAt) || t('common.none')}</td>
          <td>
            <MailBody mail={mail} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

export function OutboxPage() {
  const { t } = useTranslation();
  const [reviewId, setReviewId] = useReviewFilter();
  const outbox = useOutbox(reviewId);
  const mails = outbox.data?.pages.flatMap((p) => p.mails) ?? [];
  const first = outbox.data?.pages[0];

  return (
    <>
      <PageHeading>{t('console.outbox.title')}</PageHeading>
      <p>{t('console.outbox.intro')}</p>
      {first && (
        <p className="muted">
          {first.transportKind === 'smtp'
            ? t('console.outbox.transportSmtp', { host: first.transportTarget })
            : t('console.outbox.transportOutbox', { folder: first.transportTarget })}
        </p>
      )}
      <ReviewFilter label={t('console.outbox.filterReview')} allLabel={t('console.outbox.allReviews')} value={reviewId} onChange={setReviewId} />
      <p>
        <ActionButton variant="secondary" onPress={() => void outbox.refetch()} isPending={outbox.isRefetching && !outbox.isFetchingNextPage}>
          {t('common.refresh')}
        </ActionButton>
      </p>
      <PagedResults query={outbox} count={mails.length} empty={t('console.outbox.empty')}>
        <MailTable mails={mails} />
      </PagedResults>
    </>
  );
}
