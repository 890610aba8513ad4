import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCreateReview } from '../../api/console-hooks';
import type { CreateReviewBody } from '../../api/console';
import { PageHeading } from '../../components/console/feedback';
import { ReviewForm } from '../../components/console/ReviewForm';

export function NewReviewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateReview();
  return (
    <>
      <nav aria-label={t('console.review.breadcrumbs')} className="breadcrumbs">
        <ol>
          <li>
            <Link to="/reviews">{t('account.reviews')}</Link>
          </li>
          <li aria-current="page">{t('console.reviewForm.createTitle')}</li>
        </ol>
      </nav>
      <PageHeading>{t('console.reviewForm.createTitle')}</PageHeading>
      <p>{t('console.reviewForm.createIntro')}</p>
      <ReviewForm
        onSubmit={(body) => create.mutate(body as CreateReviewBody, { onSuccess: (review) => void navigate(`/reviews/${review.id}`) })}
        isPending={create.isPending}
        error={create.error}
      />
    </>
  );
}
