import { useTranslation } from 'react-i18next';
import { useThemes } from '../api';
import { localText } from '../../../i18n/format';

/** The free-text suggestions' themes and how many suggestions each has (the texts stay with the inspectors; the chosen quotes follow). */
export function FreeTextThemes({ reviewId }: { reviewId: string }) {
  const { t } = useTranslation();
  const themes = useThemes(reviewId);
  const counted = (themes.data?.themes ?? []).filter((theme) => theme.count > 0).sort((a, b) => b.count - a.count);
  if (counted.length === 0) return null;
  return (
    <section aria-labelledby="themes-heading" className="report-themes">
      <h2 id="themes-heading">{t('report.view.themes')}</h2>
      <p className="note">{t('report.view.themesIntro')}</p>
      <ul className="theme-list">
        {counted.map((theme) => (
          <li key={theme.key}>
            {localText(theme.label)}: <strong>{theme.count}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}
