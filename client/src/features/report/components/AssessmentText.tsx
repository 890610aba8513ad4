import { useTranslation } from 'react-i18next';
import type { ReportContent } from '../api';

type Assessment = ReportContent['areas'][string];

/** Paragraphs as the inspector wrote them: blank lines separate paragraphs. */
export function Paragraphs({ text }: { text: string }) {
  const parts = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <>
      {parts.map((p, i) => (
        <p key={i} className="prose">
          {p}
        </p>
      ))}
    </>
  );
}

/** The inspectors' judgement of one area: justification, strengths, weaknesses, numbered recommendations. */
export function AssessmentText({ assessment }: { assessment: Assessment | undefined }) {
  const { t } = useTranslation();
  if (!assessment) return null;
  const parts = [
    ['justification', assessment.justification],
    ['strengths', assessment.strengths],
    ['weaknesses', assessment.weaknesses],
  ] as const;
  return (
    <div className="assessment">
      {parts.map(([key, text]) =>
        text.trim() ? (
          <div key={key}>
            <h3>{t(`report.view.${key}`)}</h3>
            <Paragraphs text={text} />
          </div>
        ) : null,
      )}
      {assessment.recommendations.length > 0 && (
        <div>
          <h3>{t('report.view.recommendations')}</h3>
          <ol>
            {assessment.recommendations.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}

/** The eight grades at a glance. */
export function GradeSummary({ content, titles }: { content: ReportContent | null; titles: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <ul className="grade-grid">
      {Object.entries(titles).map(([area, title]) => {
        const grade = content?.areas[area]?.grade ?? null;
        return (
          <li key={area} className={`grade-card grade-${grade ?? 'none'}`}>
            <a href={`#area-${area}`}>
              <span className="grade-area">{area}</span>
              <span className="grade-title">{title}</span>
            </a>
            <span className="grade-letter" aria-label={`${t('report.common.grade')}: ${grade ?? t('report.view.noGrade')}`}>
              {grade ?? '–'}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** An area's heading with its grade; a filtered view, which has no grade, passes no assessment (undefined). */
export function AreaHeading({ area, title, assessment }: { area: string; title: string; assessment: Assessment | null | undefined }) {
  const { t } = useTranslation();
  return (
    <h2 id={`area-${area}-heading`} className="area-heading">
      <span>
        {area}. {title}
      </span>
      {assessment !== undefined && (
        <span className={`grade-badge grade-${assessment?.grade ?? 'none'}`}>
          {t('report.common.grade')}: {assessment?.grade ?? t('report.view.noGrade')}
        </span>
      )}
    </h2>
  );
}

/** The report's areas for improvement, numbered, each with its rationale and recommendations. */
export function ImprovementList({ areas, heading: Heading }: { areas: ReportContent['improvementAreas']; heading: 'h3' | 'h4' }) {
  return (
    <ol className="improvement-list">
      {areas.map((area, i) => (
        <li key={i}>
          <Heading>{area.title}</Heading>
          <Paragraphs text={area.rationale} />
          {area.recommendations.length > 0 && (
            <ol>
              {area.recommendations.map((r, j) => (
                <li key={j}>{r}</li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ol>
  );
}

/** The free-text answers the inspectors chose to quote, with who wrote them. */
export function Quotes({ quotes }: { quotes: { key: string; text: string; role: string | null }[] }) {
  const { t } = useTranslation();
  if (quotes.length === 0) return null;
  return (
    <section aria-labelledby="quotes-heading" className="report-quotes">
      <h2 id="quotes-heading">{t('report.view.quotes')}</h2>
      {quotes.map((q) => (
        <blockquote key={q.key}>
          <p>”{q.text}”</p>
          <footer>{q.role ? t(`roles.${q.role as 'st'}`) : t('report.common.none')}</footer>
        </blockquote>
      ))}
    </section>
  );
}
