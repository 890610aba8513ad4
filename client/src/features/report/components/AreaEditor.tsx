import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Authoring, ReportContent } from '../api';
import { formatPercent, formatShare } from '../../../i18n/format';
import { ListEditor } from './ListEditor';
import { TextArea } from './TextArea';
import { DataTable } from '../../../ui/tables';
import { type Grade, GRADES } from '../../../../../contract/domain.js';

type Assessment = ReportContent['areas'][string];
type Suggestion = Authoring['suggestions'][string];

/** One area's grade and text, with the platform's suggested grade and the reasons for it. */
export function AreaEditor({
  area,
  title,
  value,
  suggestion,
  labels,
  errors,
  readOnly,
  onChange,
}: {
  area: string;
  title: string;
  value: Assessment;
  suggestion: Suggestion | undefined;
  labels: Map<string, string>;
  errors: Record<string, string>;
  readOnly: boolean;
  onChange: (next: Assessment) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const path = `areas.${area}`;
  const departs = !!suggestion?.grade && !!value.grade && value.grade !== suggestion.grade;
  // The rule is known here, so say it in the page's language; other server problems as they come.
  const justificationError =
    departs && value.justification.trim() === '' ? t('report.edit.justificationNeeded', { grade: suggestion!.grade }) : errors[`${path}.justification`];
  const gradeError = errors[`${path}.grade`] && (value.grade ? errors[`${path}.grade`] : t('report.edit.gradeRequired'));
  const set = <K extends keyof Assessment>(key: K, v: Assessment[K]) => onChange({ ...value, [key]: v });

  return (
    <section className="edit-area" aria-labelledby={`${id}-h`} id={`edit-area-${area}`}>
      <h2 id={`${id}-h`}>
        {area}. {title}
      </h2>
      <SuggestedGrade suggestion={suggestion} labels={labels} />
      <GradeField id={id} area={area} grade={value.grade} error={gradeError} readOnly={readOnly} onChange={(grade) => set('grade', grade)} />

      <TextArea
        label={t('report.edit.justification')}
        hint={t('report.edit.justificationRule')}
        value={value.justification}
        error={justificationError}
        required={departs}
        readOnly={readOnly}
        onChange={(v) => set('justification', v)}
      />
      {(['strengths', 'weaknesses'] as const).map((key) => (
        <TextArea
          key={key}
          label={t(`report.edit.${key}`)}
          value={value[key]}
          error={errors[`${path}.${key}`]}
          readOnly={readOnly}
          onChange={(v) => set(key, v)}
        />
      ))}
      <ListEditor
        legend={t('report.edit.recommendations')}
        items={value.recommendations}
        readOnly={readOnly}
        errors={errors}
        errorPath={`${path}.recommendations`}
        onChange={(items) => set('recommendations', items)}
      />
    </section>
  );
}

/** The platform's suggested grade and the reasons for it: the checklist's points and the statements below their level. */
function SuggestedGrade({ suggestion, labels }: { suggestion: Suggestion | undefined; labels: Map<string, string> }) {
  const { t } = useTranslation();
  return (
    <div className="suggested-grade">
      <p>
        <strong>{suggestion?.grade ? t('report.edit.suggested', { grade: suggestion.grade }) : t('report.edit.suggestedNone')}</strong>
      </p>
      {suggestion && suggestion.checklistReasons.length > 0 && (
        <DataTable
          caption={t('report.edit.checklistReasons')}
          className="table report-table"
          columns={[
            t('report.edit.reasonPoint'),
            t('report.edit.reasonBasis'),
            t('report.edit.reasonStatus'),
            { label: t('report.edit.reasonWeight'), className: 'num' },
          ]}
        >
          {suggestion.checklistReasons.map((r) => (
            <tr key={r.pointId}>
              <th scope="row">{r.pointId}</th>
              <td>{t(`report.edit.basis.${r.basis as 'rule'}`, { defaultValue: r.basis })}</td>
              <td>{t(`report.edit.pointStatus.${r.status}`)}</td>
              <td className="num">{r.weight}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {suggestion && suggestion.reasons.length > 0 ? (
        <DataTable
          caption={t('report.edit.reasons')}
          className="table report-table"
          columns={[
            t('report.edit.reasonStatement'),
            t('report.edit.reasonBasis'),
            { label: t('report.edit.reasonShare'), className: 'num' },
            { label: t('report.edit.reasonWeight'), className: 'num' },
          ]}
        >
          {suggestion.reasons.map((r) => (
            <tr key={r.itemId}>
              <th scope="row">{labels.get(r.itemId) ?? r.itemId}</th>
              <td>{t(`report.edit.basis.${r.basis as 'rule'}`, { defaultValue: r.basis })}</td>
              <td className="num">{t('report.edit.shareBelow', { share: formatShare(r.agreeing, r.n), level: formatPercent(Math.round(r.level * 100)) })}</td>
              <td className="num">{r.weight}</td>
            </tr>
          ))}
        </DataTable>
      ) : (
        suggestion?.grade && suggestion.checklistReasons.length === 0 && <p className="field-hint">{t('report.edit.noReasons')}</p>
      )}
    </div>
  );
}

/** The area's grade, A–D; its problem said beside it. */
function GradeField({
  id,
  area,
  grade,
  error,
  readOnly,
  onChange,
}: {
  id: string;
  area: string;
  grade: Grade | null;
  error: string | undefined;
  readOnly: boolean;
  onChange: (grade: Grade | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="edit-field">
      <label htmlFor={`${id}-grade`}>{t('report.edit.grade', { area })}</label>
      <select
        id={`${id}-grade`}
        value={grade ?? ''}
        disabled={readOnly}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-grade-error` : undefined}
        onChange={(e) => onChange((e.target.value || null) as Grade | null)}
      >
        <option value="">{t('report.edit.chooseGrade')}</option>
        {GRADES.map((g) => (
          <option key={g} value={g}>
            {g}
          </option>
        ))}
      </select>
      {error && (
        <p className="field-message" id={`${id}-grade-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
