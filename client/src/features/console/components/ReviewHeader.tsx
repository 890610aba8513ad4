import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Review } from '../api/requests';
import { PageHeading } from '../../../ui/feedback';
import { StatusBadge } from '../../../ui/tables';
import { Breadcrumbs } from '../../../ui/Breadcrumbs';

export type ReviewPage = 'overview' | 'respondents' | 'invitations' | 'responseRates';

const PATHS: Record<ReviewPage, string> = {
  overview: '',
  respondents: '/respondents',
  invitations: '/invitations',
  responseRates: '/response-rates',
};

/**
 * The top of every page of one review: where you are, the page's h1, and the review's pages.
 * The overview's h1 is the review's title; the other pages name themselves and the review below.
 */
export function ReviewHeader({ reviewId, review, page }: { reviewId: string; review: Review | undefined; page: ReviewPage }) {
  const { t } = useTranslation();
  const base = `/reviews/${encodeURIComponent(reviewId)}`;
  const reviewTitle = review?.title ?? t('reviewNav.titleLoading');
  const pageTitle = page === 'overview' ? reviewTitle : t(`console.review.${page}`);

  return (
    <>
      <Breadcrumbs trail={page === 'overview' ? [] : [{ to: base, label: reviewTitle }]} current={pageTitle} />
      <PageHeading title={page === 'overview' ? reviewTitle : `${pageTitle} – ${reviewTitle}`}>{pageTitle}</PageHeading>
      {review && (
        <p className="review-context">
          {page !== 'overview' && <span>{review.title} · </span>}
          {review.hospital.name} · <StatusBadge status={review.status} />
        </p>
      )}
      <nav aria-label={t('reviewNav.subnav')} className="subnav">
        <ul>
          {(Object.keys(PATHS) as ReviewPage[]).map((key) => (
            <li key={key}>
              <NavLink to={`${base}${PATHS[key]}`} end>
                {t(`console.review.${key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
