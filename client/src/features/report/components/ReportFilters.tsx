import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report, ReportScope } from '../api';
import { SPECIALTY_GROUPS, specialtyGroupName } from './scope';
import { compareText } from '../../../i18n/format';

/**
 * The selection: whole review, one specialty group or one unit. A form with a button rather than
 * selects that act on change: the page's content changing under a select surprises people using
 * the keyboard or a screen reader (WCAG 3.2.2).
 */
export function ReportFilters({
  units,
  scope,
  onChange,
}: {
  units: Report['responseRates']['units'];
  scope: ReportScope;
  onChange: (scope: ReportScope) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const current = scope.unitId ? `unit:${scope.unitId}` : scope.specialtyGroup ? `group:${scope.specialtyGroup}` : '';
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get('scope') ?? '');
    const [kind, key] = value.split(':');
    onChange(kind === 'unit' ? { unitId: key } : kind === 'group' ? { specialtyGroup: key } : {});
  };
  const sorted = [...units].sort((a, b) => compareText(a.unitName, b.unitName));
  return (
    <form className="report-filters no-print" onSubmit={submit} aria-label={t('report.view.filters')}>
      <label htmlFor={`${id}-scope`}>{t('report.view.scope')}</label>
      <select id={`${id}-scope`} name="scope" defaultValue={current} key={current} className="input">
        <option value="">{t('report.view.wholeReview')}</option>
        <optgroup label={t('report.view.specialtyGroup')}>
          {SPECIALTY_GROUPS.map((g) => (
            <option key={g.code} value={`group:${g.code}`}>
              {specialtyGroupName(g.code)}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('report.view.unit')}>
          {sorted.map((u) => (
            <option key={u.unitId} value={`unit:${u.unitId}`}>
              {u.unitName}
            </option>
          ))}
        </optgroup>
      </select>
      <button type="submit" className="button button-secondary">
        {t('report.view.apply')}
      </button>
    </form>
  );
}
