import { useEffect } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SurveyList } from '../api/client';
import { useSurveys } from '../api/hooks';
import { currentLanguage } from '../i18n';

type SurveySummary = SurveyList['surveys'][number];

function SurveyCard({ survey }: { survey: SurveySummary }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const current = survey.versions.find((v) => v.current);
  const headingId = `survey-${survey.key}`;
  const rolesLabelId = `survey-${survey.key}-roles`;
  // Pin the links to the version shown, so the preview matches what the list says.
  const versionQuery = current ? `?version=${current.id}` : '';

  return (
    <li>
      <section
        aria-labelledby={headingId}
        style={{
          border: '1px solid var(--color-border)',
          borderRadius: 'var(--radius)',
          padding: '0 1rem 1rem',
          marginBottom: '1rem',
        }}
      >
        <h2 id={headingId}>{survey.title[language]}</h2>
        <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.25rem 1rem', margin: '0 0 1rem' }}>
          <dt>{t('surveys.currentVersion')}</dt>
          <dd style={{ margin: 0 }}>{current ? <code>{current.id}</code> : t('surveys.noVersion')}</dd>
        </dl>
        <p id={rolesLabelId} style={{ marginBottom: '0.25rem' }}>
          {t('surveys.previewHeading')}
        </p>
        <ul aria-labelledby={rolesLabelId} style={{ margin: 0 }}>
          {survey.roles.map((role) => (
            <li key={role}>
              <Link to={`/surveys/${encodeURIComponent(survey.key)}/preview/${role}${versionQuery}`}>{t(`roles.${role}`)}</Link>
            </li>
          ))}
        </ul>
      </section>
    </li>
  );
}

export function SurveysPage() {
  const { t } = useTranslation();
  const { data, isPending, isError } = useSurveys();
  const title = `${t('surveys.title')} – ${t('app.name')}`;
  useEffect(() => {
    document.title = title;
  }, [title]);

  let content;
  if (isPending) {
    content = (
      <p role="status" className="status-box status-pending">
        {t('surveys.loading')}
      </p>
    );
  } else if (isError) {
    content = (
      <p role="alert" className="status-box status-error">
        {t('surveys.error')}
      </p>
    );
  } else if (data.surveys.length === 0) {
    content = <p className="status-box status-pending">{t('surveys.empty')}</p>;
  } else {
    content = (
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {data.surveys.map((survey) => (
          <SurveyCard key={survey.key} survey={survey} />
        ))}
      </ul>
    );
  }

  return (
    <>
      <h1>{t('surveys.title')}</h1>
      <p className="lead">{t('surveys.intro')}</p>
      {content}
    </>
  );
}
