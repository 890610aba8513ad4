import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useReview } from '../../api/console-hooks';
import { canUseConsole, useMe } from '../../api/session';
import { PageHeading } from '../../components/console/feedback';
import { useVisitText } from './i18n';
import '../report/i18n';
import { Breadcrumbs } from '../../components/Breadcrumbs';

export type VisitPageName = 'checklist' | 'siteVisit' | 'actionPlan';

const PATHS: Record<VisitPageName, string> = { siteVisit: 'visit', checklist: 'checklist', actionPlan: 'action-plan' };

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
  const tv = useVisitText();
  const review = useReview(reviewId);
  const base = `/reviews/${encodeURIComponent(reviewId)}`;
  const reviewTitle = review.data?.title ?? t('console.review.titleLoading');
  const pageTitle = tv(`common.${page}`);
  return (
    <>
      <Breadcrumbs trail={[{ to: base, label: reviewTitle }]} current={pageTitle} />
      <PageHeading title={`${pageTitle} – ${reviewTitle}`}>{pageTitle}</PageHeading>
      {review.data && (
        <p className="review-context">
          {review.data.title} · {review.data.hospital.name}
        </p>
      )}
      <nav aria-label={t('console.review.subnav')} className="subnav">
        <ul>
          {(['siteVisit', 'checklist', 'actionPlan'] as const).map((key) => (
            <li key={key}>
              <NavLink to={`${base}/${PATHS[key]}`} end>
                {tv(`common.${key}`)}
              </NavLink>
            </li>
          ))}
          <li>
            <NavLink to={`${base}/report`} end>
              {t('report.common.report')}
            </NavLink>
          </li>
        </ul>
      </nav>
    </>
  );
}

function ReaderHeader({ reviewId, page }: { reviewId: string; page: VisitPageName }) {
  const { t } = useTranslation();
  const tv = useVisitText();
  const pageTitle = tv(`common.${page}`);
  return (
    <>
      <Breadcrumbs trail={[{ to: `/reviews/${encodeURIComponent(reviewId)}/report`, label: t('report.common.report') }]} current={pageTitle} />
      <PageHeading>{pageTitle}</PageHeading>
    </>
  );
}
