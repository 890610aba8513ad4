import { useTranslation } from 'react-i18next';
import type { ReportContent } from '../api';
import { ListEditor } from './ListEditor';
import { TextArea } from './TextArea';

type Improvement = ReportContent['improvementAreas'][number];

/** The report's improvement areas: a title, a rationale and numbered recommendations each. */
export function ImprovementEditor({
  items,
  errors,
  readOnly,
  onChange,
}: {
  items: Improvement[];
  errors: Record<string, string>;
  readOnly: boolean;
  onChange: (items: Improvement[]) => void;
}) {
  const { t } = useTranslation();
  const update = (i: number, next: Improvement) => onChange(items.map((x, j) => (j === i ? next : x)));
  return (
    <section className="edit-area" aria-labelledby="improvements-heading">
      <h2 id="improvements-heading">{t('report.edit.improvementAreas')}</h2>
      {items.map((item, i) => (
        <fieldset key={i} className="edit-field">
          <legend>{t('report.edit.improvementArea', { n: i + 1 })}</legend>
          <TextArea
            label={t('report.edit.improvementTitle')}
            rows={1}
            value={item.title}
            error={errors[`improvementAreas.${i}.title`]}
            readOnly={readOnly}
            onChange={(title) => update(i, { ...item, title })}
          />
          <TextArea
            label={t('report.edit.rationale')}
            value={item.rationale}
            error={errors[`improvementAreas.${i}.rationale`]}
            readOnly={readOnly}
            onChange={(rationale) => update(i, { ...item, rationale })}
          />
          <ListEditor
            legend={t('report.edit.recommendations')}
            items={item.recommendations}
            readOnly={readOnly}
            errors={errors}
            errorPath={`improvementAreas.${i}.recommendations`}
            onChange={(recommendations) => update(i, { ...item, recommendations })}
          />
          {!readOnly && (
            <div>
              <button type="button" className="button button-danger button-small" onClick={() => onChange(items.filter((_, j) => j !== i))}>
                {t('report.edit.removeImprovement', { n: i + 1 })}
              </button>
            </div>
          )}
        </fieldset>
      ))}
      {!readOnly && (
        <button type="button" className="button button-secondary" onClick={() => onChange([...items, { title: '', rationale: '', recommendations: [] }])}>
          {t('report.edit.addImprovement')}
        </button>
      )}
    </section>
  );
}
