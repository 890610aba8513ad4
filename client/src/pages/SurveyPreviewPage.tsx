import { useCallback, useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Model } from 'survey-core';
import { ROLES, type Role } from '../../../contract/domain.js';
import { ApiError } from '../api/client';
import { useSurveyForm, useSurveys } from '../api/hooks';
import { SurveyForm } from '../ui/SurveyForm';
import { currentLanguage } from '../i18n';

function isRole(value: string | undefined): value is Role {
  return ROLES.includes(value as Role);
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <p role="alert" className="status-box status-error">
        {t('preview.notFound')}
      </p>
      <p>
        <Link to="/surveys">{t('preview.back')}</Link>
      </p>
    </>
  );
}

/** What one role is asked in one survey version, every question on one page; nothing is saved. */
export function SurveyPreviewPage() {
  const { key = '', role: roleParam } = useParams();
  const [searchParams] = useSearchParams();
  const version = searchParams.get('version') || 'current';
  const role: Role = isRole(roleParam) ? roleParam : 'st';
  const roleValid = isRole(roleParam);

  const { t } = useTranslation();
  const language = currentLanguage();
  const surveys = useSurveys();
  const form = useSurveyForm(key, version, role, language);
  const [questionCount, setQuestionCount] = useState<number>();

  const summary = surveys.data?.surveys.find((s) => s.key === key);
  const shownVersion = version === 'current' ? summary?.versions.find((v) => v.current)?.id : summary?.versions.find((v) => v.id === version)?.id;

  const heading = summary && roleValid ? t('preview.title', { survey: summary.title[language], role: t(`roles.${role}`) }) : t('preview.titleLoading');
  useEffect(() => {
    document.title = `${heading} – ${t('app.name')}`;
  }, [heading, t]);

  const onModelReady = useCallback((model: Model) => {
    // A preview has nothing to submit.
    model.showCompleteButton = false;
    setQuestionCount(model.getAllQuestions(false).length);
  }, []);

  const notFound =
    !roleValid ||
    (surveys.isSuccess && (!summary || !summary.roles.includes(role))) ||
    // 400: a malformed version id in the address.
    (form.error instanceof ApiError && (form.error.status === 404 || form.error.status === 400));

  let content;
  if (notFound) {
    content = <NotFound />;
  } else if (form.isError || surveys.isError) {
    content = (
      <p role="alert" className="status-box status-error">
        {t('preview.error')}
      </p>
    );
  } else if (form.isPending) {
    content = (
      <p role="status" className="status-box status-pending">
        {t('preview.loading')}
      </p>
    );
  } else {
    content = (
      <>
        <p>
          {t('preview.version')} <code>{shownVersion ?? version}</code>
          {version === 'current' && ` (${t('preview.versionCurrent')})`}
          {questionCount !== undefined && (
            <>
              {' · '}
              <span data-testid="question-count" data-count={questionCount}>
                {t('preview.questionCount', { count: questionCount })}
              </span>
            </>
          )}
        </p>
        <SurveyForm json={form.data} language={language} singlePage onModelReady={onModelReady} />
      </>
    );
  }

  return (
    <>
      <h1>{heading}</h1>
      {!notFound && (
        <p className="status-box status-pending" style={{ marginBottom: '1rem' }}>
          {t('preview.notSaved')}
        </p>
      )}
      {content}
      {!notFound && (
        <p>
          <Link to="/surveys">{t('preview.back')}</Link>
        </p>
      )}
    </>
  );
}
