import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Cell, Row } from 'react-aria-components';
import { useReviews } from '../api/hooks';
import type { ReviewSummary } from '../api/requests';
import { canUseConsole, useMe } from '../../../api/session';
import { PageHeading, QueryState } from '../../../ui/feedback';
import { buttonClass } from '../../../ui/fields';
import { SortedTable, StatusBadge } from '../../../ui/tables';
import { formatDate } from '../../../i18n/format';
import { REVIEW_STATUSES } from '../../../../../contract/domain.js';

function ReviewTable({ reviews, linked }: { reviews: ReviewSummary[]; linked: boolean }) {
  const { t } = useTranslation();
  return (
    <SortedTable
      caption={t('console.reviews.caption')}
      labelledBy="reviews-caption"
      sortedBy="title"
      items={reviews}
      columns={[
        { id: 'title', label: t('console.reviews.colTitle'), sortBy: (r) => r.title },
        { id: 'hospital', label: t('console.reviews.colHospital'), sortBy: (r) => r.hospitalName },
        { id: 'status', label: t('console.reviews.colStatus'), sortBy: (r) => REVIEW_STATUSES.indexOf(r.status) },
        { id: 'units', label: t('console.reviews.colUnits'), className: 'numeric' },
        { id: 'closesAt', label: t('console.reviews.colClosesAt'), sortBy: (r) => r.closesAt ?? '9999' },
        { id: 'answered', label: t('console.reviews.colAnswered'), sortBy: (r) => (r.invited ? r.answered / r.invited : -1) },
      ]}
    >
      {(review) => (
        <Row id={review.id}>
          <Cell>{linked ? <Link to={`/reviews/${review.id}`}>{review.title}</Link> : review.title}</Cell>
          <Cell>{review.hospitalName}</Cell>
          <Cell>
            <StatusBadge status={review.status} />
          </Cell>
          <Cell className="numeric">{review.unitCount}</Cell>
          <Cell>{formatDate(review.closesAt) || t('common.none')}</Cell>
          <Cell>{t('console.reviews.answeredOf', { answered: review.answered, invited: review.invited })}</Cell>
        </Row>
      )}
    </SortedTable>
  );
}

export function ReviewsPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const reviews = useReviews();
  const manages = me ? canUseConsole(me.role) : false;
  const intro = me?.role === 'admin' ? 'introAdmin' : me?.role === 'reader' ? 'introReader' : 'intro';

  return (
    <>
      <PageHeading>{t('console.reviews.title')}</PageHeading>
      <p>{t(`console.reviews.${intro}`)}</p>
      {manages && (
        <p>
          <Link to="/reviews/new" className={buttonClass()}>
            {t('console.reviews.newReview')}
          </Link>
        </p>
      )}
      <QueryState query={reviews}>
        {({ reviews: list }) =>
          list.length === 0 ? (
            <p className="empty-state">{manages ? t('console.reviews.empty') : t('console.reviews.emptyReader')}</p>
          ) : (
            <>
              <h2 id="reviews-caption" className="visually-hidden">
                {t('console.reviews.caption')}
              </h2>
              <ReviewTable reviews={list} linked={manages} />
            </>
          )
        }
      </QueryState>
    </>
  );
}
