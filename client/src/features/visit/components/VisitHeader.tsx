import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useReview } from '../../../api/hooks';
import { canUseConsole, useMe } from '../../../api/session';
import { PageHeading } from '../../../ui/feedback';
import { Breadcrumbs } from '../../../ui/Breadcrumbs';
import { reviewPagePath } from '../../../ui/ReviewLinks';

export type VisitPageName = 'documents' | 'checklist' | 'siteVisit' | 'actionPlan';

/**
 * The top of the visit pages: where you are, the h1, and the review's second-half pages. Readers
 * (hospital leadership) see only the action plan and the report; they have no review overview.
 */
export function VisitHeader({ reviewId, page }: { reviewId: string; page: VisitPageName }) {
  const me = useMe();
  const manages = me.data ? canUseConsole(me.data.role) : false;
  return manages ? <InspectorHeader reviewId={reviewId} page={page} /> : <ReaderHeader reviewId={reviewId} page={page} />;
}

function InspectorHeader({ reviewId, page }: { reviewId: string; page: VisitPageName }) {
  const { t } = useTranslation();
  const review = useReview(reviewId);
  const base = `/reviews/${encodeURIComponent(reviewId)}`;
  const reviewTitle = review.data?.title ?? t('reviewNav.titleLoading');
  const pageTitle = t(`reviewNav.${page}`);
  return (
    <>
      <Breadcrumbs trail={[{ to: base, label: reviewTitle }]} current={pageTitle} />
      <PageHeading title={`${pageTitle} – ${reviewTitle}`}>{pageTitle}</PageHeading>
      {review.data && (
        <p className="review-context">
          {review.data.title} · {review.data.hospital.name}
        </p>
      )}
      <nav aria-label={t('reviewNav.subnav')} className="subnav">
        <ul>
          {(['documents', 'siteVisit', 'checklist', 'actionPlan'] as const).map((key) => (
            <li key={key}>
              <NavLink to={reviewPagePath(reviewId, key)} end>
                {t(`reviewNav.${key}`)}
              </NavLink>
            </li>
          ))}
          <li>
            <NavLink to={reviewPagePath(reviewId, 'report')} end>
              {t('reviewNav.report')}
            </NavLink>
          </li>
        </ul>
      </nav>
    </>
  );
}

function ReaderHeader({ reviewId, page }: { reviewId: string; page: VisitPageName }) {
  const { t } = useTranslation();
  const pageTitle = t(`reviewNav.${page}`);
  return (
    <>
      <Breadcrumbs trail={[{ to: `/reviews/${encodeURIComponent(reviewId)}/report`, label: t('reviewNav.report') }]} current={pageTitle} />
      <PageHeading>{pageTitle}</PageHeading>
    </>
  );
}
