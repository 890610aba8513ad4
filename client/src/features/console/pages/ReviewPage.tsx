import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Expandable } from '../../../ui/Expandable';
import { useChangeReviewStatus, useReview, useUpdateReview } from '../api/hooks';
import type { Review, UpdateReviewBody } from '../api/requests';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { ErrorMessage, focusHeading, QueryState, StatusMessage } from '../../../ui/feedback';
import { ReviewForm } from '../components/ReviewForm';
import { ReviewHeader } from '../components/ReviewHeader';
import { ReviewLinkItems } from '../../../ui/ReviewLinks';
import { useSurveys } from '../../../api/hooks';
import { currentLanguage } from '../../../i18n';
import { formatDate, formatDateTime } from '../../../i18n/format';
import { specialtyGroupName } from '../../../i18n/specialty-groups';

function StatusSection({ review }: { review: Review }) {
  const { t } = useTranslation();
  const change = useChangeReviewStatus(review.id);
  const [done, setDone] = useState<'opened' | 'closed' | null>(null);
  const run = (to: 'open' | 'closed') =>
    change.mutate(to, {
      onSuccess: () => {
        setDone(to === 'open' ? 'opened' : 'closed');
        focusHeading('status-heading');
      },
    });
  const text = { draft: 'statusDraft', open: 'statusOpen', closed: 'statusClosed' } as const;

  return (
    <section aria-labelledby="status-heading">
      <h2 id="status-heading" tabIndex={-1}>
        {t('console.review.statusHeading')}
      </h2>
      <p>{t(`console.review.${text[review.status]}`)}</p>
      <StatusMessage>{done && t(`console.review.${done}`)}</StatusMessage>
      {change.isError && <ErrorMessage error={change.error} lead={t('common.actionFailed')} />}
      {review.status === 'draft' && (
        <ConfirmButton
          title={t('console.review.openConfirmTitle')}
          message={<p>{t('console.review.openConfirmText')}</p>}
          confirmLabel={t('console.review.open')}
          onConfirm={() => run('open')}
          isPending={change.isPending}
        >
          {t('console.review.open')}
        </ConfirmButton>
      )}
      {review.status === 'open' && (
        <ConfirmButton
          variant="danger"
          title={t('console.review.closeConfirmTitle')}
          message={<p>{t('console.review.closeConfirmText')}</p>}
          confirmLabel={t('console.review.close')}
          onConfirm={() => run('closed')}
          isPending={change.isPending}
        >
          {t('console.review.close')}
        </ConfirmButton>
      )}
    </section>
  );
}

function NextSteps({ review }: { review: Review }) {
  const { t } = useTranslation();
  const base = `/reviews/${review.id}`;
  const steps = [
    ['respondents', 'respondentsText'],
    ['invitations', 'invitationsText'],
    ['response-rates', 'responseRatesText'],
  ] as const;
  const names = { respondents: 'respondents', invitations: 'invitations', 'response-rates': 'responseRates' } as const;
  return (
    <section aria-labelledby="next-heading">
      <h2 id="next-heading">{t('console.review.nextHeading')}</h2>
      <ul className="link-list">
        {steps.map(([path, text]) => (
          <li key={path}>
            <Link to={`${base}/${path}`}>{t(`console.review.${names[path]}`)}</Link> – {t(`console.review.${text}`)}
          </li>
        ))}
        <ReviewLinkItems reviewId={review.id} pages={['report', 'edit', 'suggestions']} />
      </ul>
    </section>
  );
}

/** The review's second half (features/visit): the site visit, the checklist and the clinic's action plan. */
function VisitLinks({ review }: { review: Review }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="visit-heading">
      <h2 id="visit-heading">{t('reviewNav.visitHeading')}</h2>
      <ul className="link-list">
        <ReviewLinkItems reviewId={review.id} pages={['documents', 'siteVisit', 'checklist', 'actionPlan']} described />
      </ul>
    </section>
  );
}

function Summary({ review }: { review: Review }) {
  const { t } = useTranslation();
  const surveys = useSurveys().data?.surveys ?? [];
  const surveyTitle = (key: string) => surveys.find((s) => s.key === key)?.title[currentLanguage()] ?? key;
  const notSet = t('common.notSet');
  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('console.review.summaryHeading')}</h2>
      <dl className="summary-list">
        <dt>{t('console.review.hospital')}</dt>
        <dd>{review.hospital.name}</dd>
        <dt>{t('console.review.units')}</dt>
        <dd>
          <ul>
            {review.units.map((u) => (
              <li key={u.id}>
                {t('console.review.unitLine', { name: u.name, code: u.code, specialty: u.specialty, group: specialtyGroupName(u.specialtyGroup) })}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('console.review.opensAt')}</dt>
        <dd>{formatDate(review.opensAt) || notSet}</dd>
        <dt>{t('console.review.closesAt')}</dt>
        <dd>{formatDate(review.closesAt) || notSet}</dd>
        <dt>{t('console.review.anonymityThreshold')}</dt>
        <dd>{review.anonymityThreshold}</dd>
        <dt>{t('console.review.benchmarkWindow')}</dt>
        <dd>
          {review.benchmarkPeriod
            ? t('console.review.benchmarkPeriod', { from: formatDate(review.benchmarkPeriod.from), until: formatDate(review.benchmarkPeriod.until) })
            : t('console.review.benchmarkMonths', { count: review.benchmarkWindowMonths })}
        </dd>
        <dt>{t('console.review.allowEdits')}</dt>
        <dd>{review.allowEdits ? t('common.yes') : t('common.no')}</dd>
        <dt>{t('console.review.inspectors')}</dt>
        <dd>{review.inspectors.map((i) => i.name).join(', ') || t('common.none')}</dd>
        <dt>{t('console.review.surveys')}</dt>
        <dd>
          <ul>
            {review.surveys.map((s) => (
              <li key={s.key}>
                {t('console.review.surveyLine', { survey: surveyTitle(s.key), version: s.versionId, roles: s.roles.map((r) => t(`roles.${r}`)).join(', ') })}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('console.review.created')}</dt>
        <dd>{formatDateTime(review.createdAt)}</dd>
      </dl>
    </section>
  );
}

function EditSection({ review }: { review: Review }) {
  const { t } = useTranslation();
  const update = useUpdateReview(review.id);
  if (review.status === 'closed') return <p>{t('console.reviewForm.closedNoEdit')}</p>;
  return (
    <Expandable heading={t('console.review.editHeading')} level={2}>
      <StatusMessage>{update.isSuccess && t('console.reviewForm.saved')}</StatusMessage>
      <ReviewForm
        key={review.status}
        review={review}
        onSubmit={(body) => update.mutate(body as UpdateReviewBody)}
        isPending={update.isPending}
        error={update.error}
      />
    </Expandable>
  );
}

export function ReviewPage() {
  const { id = '' } = useParams();
  const review = useReview(id);
  return (
    <>
      <ReviewHeader reviewId={id} review={review.data} page="overview" />
      <QueryState query={review}>
        {(data) => (
          <>
            <StatusSection review={data} />
            <NextSteps review={data} />
            <VisitLinks review={data} />
            <Summary review={data} />
            <EditSection review={data} />
          </>
        )}
      </QueryState>
    </>
  );
}
