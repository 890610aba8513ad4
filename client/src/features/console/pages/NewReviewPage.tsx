import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCreateReview } from '../api/hooks';
import type { CreateReviewBody } from '../api/requests';
import { PageHeading } from '../../../ui/feedback';
import { ReviewForm } from '../components/ReviewForm';
import { Breadcrumbs } from '../../../ui/Breadcrumbs';

export function NewReviewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateReview();
  return (
    <>
      <Breadcrumbs current={t('console.reviewForm.createTitle')} />
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
