import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { sentText } from '../i18n/sent-text';
import { useRespondents, useReview, useSendInvitations } from '../api/hooks';
import type { Review } from '../api/requests';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { ErrorMessage, focusHeading, QueryState, StatusMessage } from '../../../ui/feedback';
import { ReminderSection } from '../components/ReminderSection';
import { ReviewHeader } from '../components/ReviewHeader';

function SendSection({ review }: { review: Review }) {
  const { t } = useTranslation();
  const respondents = useRespondents(review.id);
  const send = useSendInvitations(review.id);
  const base = `/reviews/${review.id}`;

  let body;
  if (review.status === 'draft') {
    body = (
      <p className="status-box status-pending message-box">
        {t('console.invitations.draftNote')} <Link to={base}>{t('console.invitations.toOverview')}</Link>
      </p>
    );
  } else if (review.status === 'closed') {
    body = <p className="status-box status-pending message-box">{t('console.invitations.closedNote')}</p>;
  } else {
    body = (
      <QueryState query={respondents}>
        {({ respondents: list }) => {
          const pending = list.filter((r) => !r.invitedAt).length;
          if (list.length === 0) {
            return (
              <p className="empty-state">
                {t('console.invitations.noRespondents')} <Link to={`${base}/respondents`}>{t('console.invitations.addRespondents')}</Link>
              </p>
            );
          }
          return (
            <>
              <p>{pending > 0 ? t('console.invitations.pending', { count: pending }) : t('console.invitations.nonePending')}</p>
              {pending > 0 && (
                <ConfirmButton
                  title={t('console.invitations.sendConfirmTitle')}
                  message={<p>{t('console.invitations.sendConfirmText', { count: pending })}</p>}
                  confirmLabel={t('console.invitations.sendConfirm')}
                  onConfirm={() => send.mutate(undefined, { onSuccess: () => focusHeading('send-heading') })}
                  isPending={send.isPending}
                >
                  {send.isPending ? t('console.invitations.sending') : t('console.invitations.send', { count: pending })}
                </ConfirmButton>
              )}
            </>
          );
        }}
      </QueryState>
    );
  }

  return (
    <section aria-labelledby="send-heading">
      <h2 id="send-heading" tabIndex={-1}>
        {t('console.invitations.sendHeading')}
      </h2>
      <p>{t('console.invitations.sendIntro')}</p>
      <StatusMessage>{send.isSuccess && sentText(t, send.data)}</StatusMessage>
      {send.isError && <ErrorMessage error={send.error} lead={t('common.actionFailed')} />}
      {body}
    </section>
  );
}

export function InvitationsPage() {
  const { id = '' } = useParams();
  const review = useReview(id);
  return (
    <>
      <ReviewHeader reviewId={id} review={review.data} page="invitations" />
      <QueryState query={review}>
        {(data) => (
          <>
            <SendSection review={data} />
            <ReminderSection review={data} />
          </>
        )}
      </QueryState>
    </>
  );
}
