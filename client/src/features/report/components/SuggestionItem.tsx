import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Suggestion, SuggestionList, SuggestionPatch } from '../api';
import { localText } from '../../../i18n/format';
import { AREAS } from '../../../../../contract/domain.js';

const toggle = (list: string[], value: string, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));

/** One free-text suggestion: who wrote it (if the group is large enough), its themes and areas, its star. */
export function SuggestionItem({
  suggestion,
  themes,
  onPatch,
}: {
  suggestion: Suggestion;
  themes: SuggestionList['themes'];
  onPatch: (patch: SuggestionPatch) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const themeName = new Map(themes.map((th) => [th.key, localText(th.label)]));
  const safeKey = suggestion.key.replace(/[^A-Za-z0-9-]/g, '_');

  return (
    <li className="suggestion">
      <p className="suggestion-text">{suggestion.text}</p>
      <div className="suggestion-meta">
        <span>{suggestion.role ? t(`roles.${suggestion.role as 'st'}`) : t('report.common.none')}</span>
        {suggestion.themes.map((key) => (
          <span key={key} className="tag">
            {themeName.get(key) ?? key}
          </span>
        ))}
        {suggestion.areas.map((area) => (
          <span key={area} className="tag">
            {t('report.common.area', { area })}
          </span>
        ))}
        <button
          type="button"
          className="button button-secondary button-small star-button"
          aria-pressed={suggestion.starred}
          onClick={() => onPatch({ starred: !suggestion.starred })}
        >
          <span aria-hidden="true">{suggestion.starred ? '★ ' : '☆ '}</span>
          {t('report.free.starred')}
        </button>
      </div>
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          {t('report.free.themes')} / {t('report.free.area')}
        </summary>
        {open && (
          <>
            <fieldset>
              <legend>{t('report.free.suggestionThemes')}</legend>
              <div className="check-row">
                {themes.map((theme) => (
                  <label key={theme.key}>
                    <input
                      type="checkbox"
                      checked={suggestion.themes.includes(theme.key)}
                      onChange={(e) => onPatch({ themes: toggle(suggestion.themes, theme.key, e.target.checked) })}
                      id={`${safeKey}-theme-${theme.key}`}
                    />
                    {localText(theme.label)}
                  </label>
                ))}
              </div>
            </fieldset>
            <fieldset>
              <legend>{t('report.free.suggestionAreas')}</legend>
              <div className="check-row">
                {AREAS.map((area) => (
                  <label key={area}>
                    <input
                      type="checkbox"
                      checked={suggestion.areas.includes(area)}
                      onChange={(e) => onPatch({ areas: toggle(suggestion.areas, area, e.target.checked) })}
                    />
                    {area}
                  </label>
                ))}
              </div>
            </fieldset>
          </>
        )}
      </details>
    </li>
  );
}
