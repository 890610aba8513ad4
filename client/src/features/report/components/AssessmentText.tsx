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
