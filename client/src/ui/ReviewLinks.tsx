import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** The pages of one review the console, the report and the visit link to, by their path under /reviews/:id. */
export const REVIEW_PAGES = {
  report: 'report',
  edit: 'report/edit',
  suggestions: 'suggestions',
  documents: 'documents',
  siteVisit: 'visit',
  checklist: 'checklist',
  actionPlan: 'action-plan',
} as const;
export type ReviewPageName = keyof typeof REVIEW_PAGES;

/** What the visit pages are for, said beside their links on the review's page. */
const DESCRIPTIONS = { documents: 'documentsText', siteVisit: 'siteVisitText', checklist: 'checklistText', actionPlan: 'actionPlanText' } as const;
const isDescribed = (page: ReviewPageName): page is keyof typeof DESCRIPTIONS => page in DESCRIPTIONS;

export function reviewPagePath(reviewId: string, page: ReviewPageName): string {
  return `/reviews/${encodeURIComponent(reviewId)}/${REVIEW_PAGES[page]}`;
}

/**
 * Links to a review's pages, as list items for the caller's list (the review's page adds its own
 * steps to the same list); with `described`, each visit page's link says what the page is for.
 */
export function ReviewLinkItems({ reviewId, pages, described = false }: { reviewId: string; pages: ReviewPageName[]; described?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {pages.map((page) => {
        const description = described && isDescribed(page) ? DESCRIPTIONS[page] : null;
        return (
          <li key={page}>
            <Link to={reviewPagePath(reviewId, page)}>{t(`reviewNav.${page}`)}</Link>
            {description && <> – {t(`reviewNav.${description}`)}</>}
          </li>
        );
      })}
    </>
  );
}
