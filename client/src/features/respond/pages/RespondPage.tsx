import { lazy, Suspense, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../../api/client';
import { RespondLayout } from '../../../ui/RespondLayout';
import { AnsweredPage, ClosedPage, LinkNotFoundPage, LoadErrorPage, NotOpenPage, RateLimitedPage, ThanksPage } from '../components/StatusPages';
import { Welcome } from '../components/Welcome';
import '../i18n';

type Step = 'welcome' | 'survey' | 'thanks';

/*
 * The survey renderer (SurveyJS, about 360 kB gzip) is its own chunk: the welcome page shows
 * from the entry alone, and the chunk is fetched while the respondent reads it, so "Start" has
 * nothing left to wait for.
 */
const loadSurveyStep = () => import('../components/SurveyStep');
const SurveyStep = lazy(async () => ({ default: (await loadSurveyStep()).SurveyStep }));

const respondentKey = (token: string) => ['respond', token] as const;

/** Retries only what may pass on its own: no answer at all, or a server error. */
function retryLoad(failureCount: number, error: Error): boolean {
  return error instanceof ApiError && (error.status === 0 || error.status >= 500) && failureCount < 2;
}

/**
 * The respondent's journey from a personal link: welcome → survey → thank you, or a page that
 * says the survey was answered, is closed, has not opened, or that the link is not valid.
 */
export function RespondPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>('welcome');

  const view = useQuery({
    queryKey: respondentKey(token),
    queryFn: ({ signal }) => api.respondent(token, signal),
    retry: retryLoad,
    // The view is read once per visit: a refetch must not disturb the respondent mid-survey.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

  useEffect(() => {
    // A failed prefetch is retried by lazy() when the survey is opened, which shows its own error.
    loadSurveyStep().catch(() => undefined);
  }, []);

  const onConflict = () => {
    setStep('welcome');
    void queryClient.invalidateQueries({ queryKey: respondentKey(token) });
  };

  let content;
  if (step === 'thanks') {
    content = <ThanksPage />;
  } else if (view.isPending || (view.isFetching && step === 'welcome' && view.isError)) {
    content = (
      <p role="status" className="status-box status-pending">
        {t('respond.loading')}
      </p>
    );
  } else if (view.isError) {
    const status = view.error instanceof ApiError ? view.error.status : 0;
    if (status === 404 || status === 400) content = <LinkNotFoundPage />;
    else if (status === 429) content = <RateLimitedPage />;
    else content = <LoadErrorPage onRetry={() => void view.refetch()} />;
  } else if (view.data.status === 'answered') {
    content = <AnsweredPage submittedAt={view.data.submittedAt} />;
  } else if (view.data.status === 'closed') {
    content = <ClosedPage closesAt={view.data.closesAt} />;
  } else if (view.data.status === 'not-open') {
    content = <NotOpenPage />;
  } else if (view.isFetching) {
    // Re-reading the link's status after a conflict.
    content = (
      <p role="status" className="status-box status-pending">
        {t('respond.loading')}
      </p>
    );
  } else if (step === 'survey') {
    content = (
      <Suspense
        fallback={
          <p role="status" className="status-box status-pending">
            {t('respond.loading')}
          </p>
        }
      >
        <SurveyStep token={token} view={view.data} onSubmitted={() => setStep('thanks')} onConflict={onConflict} />
      </Suspense>
    );
  } else {
    content = <Welcome view={view.data} onStart={() => setStep('survey')} />;
  }

  return <RespondLayout>{content}</RespondLayout>;
}
