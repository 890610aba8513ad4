import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Numbered recommendations: add, edit, remove. */
export function ListEditor({
  legend,
  items,
  readOnly,
  errors,
  errorPath,
  onChange,
}: {
  legend: string;
  items: string[];
  readOnly: boolean;
  errors: Record<string, string>;
  errorPath: string;
  onChange: (items: string[]) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="edit-field">
      <legend>{legend}</legend>
      {items.map((item, i) => {
        const error = errors[`${errorPath}.${i}`];
        return (
          <div key={i} className="recommendation-row">
            <label htmlFor={`${id}-${i}`} className="visually-hidden">
              {t('report.edit.recommendation', { n: i + 1 })}
            </label>
            <span aria-hidden="true">{i + 1}.</span>
            <textarea
              id={`${id}-${i}`}
              rows={2}
              value={item}
              readOnly={readOnly}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-${i}-error` : undefined}
              onChange={(e) => onChange(items.map((x, j) => (j === i ? e.target.value : x)))}
            />
            {!readOnly && (
              <button
                type="button"
                className="button button-secondary button-small"
                aria-label={t('report.edit.removeRecommendation', { n: i + 1 })}
                onClick={() => onChange(items.filter((_, j) => j !== i))}
              >
                {t('report.edit.remove')}
              </button>
            )}
            {error && (
              <p className="field-message" id={`${id}-${i}-error`}>
                {error}
              </p>
            )}
          </div>
        );
      })}
      {errors[errorPath] && <p className="field-message">{errors[errorPath]}</p>}
      {!readOnly && (
        <div>
          <button type="button" className="button button-secondary button-small" onClick={() => onChange([...items, ''])}>
            {t('report.edit.addRecommendation')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
