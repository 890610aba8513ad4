import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Cell, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useReviews } from '../api/hooks';
import type { ReviewSummary } from '../api/requests';
import { canUseConsole, useMe } from '../../../api/session';
import { PageHeading, QueryState } from '../../../ui/feedback';
import { buttonClass } from '../../../ui/fields';
import { StatusBadge, TableColumn, TableScroll, useSorted } from '../../../ui/tables';
import { formatDate } from '../../../i18n/format';
import { REVIEW_STATUSES } from '../../../../../contract/domain.js';

function ReviewTable({ reviews, linked }: { reviews: ReviewSummary[]; linked: boolean }) {
  const { t } = useTranslation();
  const { sorted, sortDescriptor, onSortChange } = useSorted(
    reviews,
    {
      title: (r) => r.title,
      hospital: (r) => r.hospitalName,
      status: (r) => REVIEW_STATUSES.indexOf(r.status),
      closesAt: (r) => r.closesAt ?? '9999',
      answered: (r) => (r.invited ? r.answered / r.invited : -1),
    },
    { column: 'title', direction: 'ascending' },
  );
  return (
    <TableScroll label={t('console.reviews.caption')}>
      <Table aria-labelledby="reviews-caption" className="table" sortDescriptor={sortDescriptor} onSortChange={onSortChange}>
        <TableHeader>
          <TableColumn id="title" isRowHeader allowsSorting>
            {t('console.reviews.colTitle')}
          </TableColumn>
          <TableColumn id="hospital" allowsSorting>
            {t('console.reviews.colHospital')}
          </TableColumn>
          <TableColumn id="status" allowsSorting>
            {t('console.reviews.colStatus')}
          </TableColumn>
          <TableColumn id="units" className="numeric">
            {t('console.reviews.colUnits')}
          </TableColumn>
          <TableColumn id="closesAt" allowsSorting>
            {t('console.reviews.colClosesAt')}
          </TableColumn>
          <TableColumn id="answered" allowsSorting>
            {t('console.reviews.colAnswered')}
          </TableColumn>
        </TableHeader>
        <TableBody items={sorted}>
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
        </TableBody>
      </Table>
    </TableScroll>
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
