import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import { isCalendarDate, todayInSweden } from '../../../../../contract/dates.js';
import { currentLanguage } from '../../../i18n';
import { formatDate, formatPercent } from '../../../i18n/format';
import { DateField } from '../../../ui/date/DateField';
import { PageHeading, QueryState } from '../../../ui/feedback';
import { DataTable } from '../../../ui/tables';
import { coverageApi, useCoverage, useCoverageHospitals, useCoverageOrganisations, type Coverage, type CoverageScope } from '../api';
import { IntervalForm } from '../components/IntervalForm';
import { CoverageTable } from '../components/CoverageTable';
import { ReviewImport } from '../components/ReviewImport';
import { UnitEditor } from '../components/UnitEditor';
import '../coverage.css';

const percent = (p: number | null) => (p === null ? '–' : formatPercent(p));

function Headline({ coverage }: { coverage: Coverage }) {
  const { t } = useTranslation();
  const { units, specialties } = coverage.headline;
  if (units.units === 0) return <p className="empty-state">{t('coverage.noUnits')}</p>;
  return (
    <div className="coverage-headline">
      <p className="coverage-figure">{t('coverage.headline', { reviewed: units.reviewed, units: units.units, percent: percent(units.percent), date: formatDate(coverage.asOf) })}</p>
      <p>{t('coverage.headlineSpecialties', { reviewed: specialties.reviewed, units: specialties.units, percent: percent(specialties.percent) })}</p>
    </div>
  );
}

function BySpecialty({ coverage }: { coverage: Coverage }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('coverage.bySpecialtyCaption')}
      columns={[t('coverage.colSpecialty'), { label: t('coverage.colReviewed'), className: 'numeric' }, { label: t('coverage.colUnits'), className: 'numeric' }, { label: t('coverage.colShare'), className: 'numeric' }]}
    >
      {coverage.bySpecialty.map((s) => (
        <tr key={s.specialty}>
          <th scope="row">{s.specialty}</th>
          <td className="numeric">{s.reviewed}</td>
          <td className="numeric">{s.units}</td>
          <td className="numeric">{percent(s.percent)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/**
 * The day the page counts as of. The field keeps what is typed and the page follows once a whole
 * date has stood for a moment: typing 2024-11-30 digit by digit passes through days (year 2, year
 * 20, …) that would each fetch a table and, coming back, fight the typing.
 */
function AsOfField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  useEffect(() => {
    if (draft === value || !isCalendarDate(draft) || draft < '1900-01-01') return;
    const timer = setTimeout(() => onChange(draft), 400);
    return () => clearTimeout(timer);
  }, [draft, value, onChange]);
  return <DateField label={t('coverage.asOf')} description={t('coverage.asOfHelp')} value={draft} onChange={setDraft} />;
}

/** A hospital's or an organisation's review coverage as of a day (today unless one is chosen). */
function CoverageView({ scope }: { scope: CoverageScope }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const chosen = params.get('asOf') ?? undefined;
  const coverage = useCoverage(scope, chosen);
  return (
    <QueryState query={coverage}>
      {(c) => (
        <>
          <PageHeading title={t('coverage.title', { name: c.scope.name })}>{t('coverage.title', { name: c.scope.name })}</PageHeading>
          <p>{t('coverage.intro')}</p>
          <div className="coverage-tools">
            <AsOfField value={chosen ?? c.asOf} onChange={(value) => setParams({ asOf: value }, { replace: true })} />
            <div className="button-row">
              <a className="button button-secondary button-small" href={coverageApi.xlsxUrl(scope, c.asOf, currentLanguage())} download>
                {t('coverage.xlsx')}
              </a>
              <button type="button" className="button button-secondary button-small" onClick={() => window.print()}>
                {t('coverage.print')}
              </button>
            </div>
          </div>
          <Headline coverage={c} />
          {c.units.length > 0 && (
            <>
              <h2 id="coverage-caption">{t('coverage.tableCaption')}</h2>
              <CoverageTable units={c.units} showHospital={c.scope.kind === 'organisation'} />
              <BySpecialty coverage={c} />
            </>
          )}
          {c.canManage && c.units.length > 0 && <UnitEditor units={c.units} today={todayInSweden(new Date())} />}
          {c.canManage && c.scope.kind === 'organisation' && <IntervalForm organisationId={c.scope.id} years={c.scope.intervalYears} />}
          {c.canManage && c.scope.kind === 'hospital' && <ReviewImport hospitalId={c.scope.id} />}
        </>
      )}
    </QueryState>
  );
}

export function HospitalCoveragePage() {
  const { id = '' } = useParams();
  return <CoverageView key={id} scope={{ kind: 'hospitals', id }} />;
}

export function OrganisationCoveragePage() {
  const { id = '' } = useParams();
  return <CoverageView key={id} scope={{ kind: 'organisations', id }} />;
}

/** Which organisation's or hospital's coverage to open (a reader sees their own only). */
export function CoverageIndexPage() {
  const { t } = useTranslation();
  const hospitals = useCoverageHospitals();
  const organisations = useCoverageOrganisations().data?.organisations ?? [];
  return (
    <>
      <PageHeading>{t('coverage.indexTitle')}</PageHeading>
      <p>{t('coverage.indexIntro')}</p>
      {organisations.length > 0 && (
        <>
          <h2 id="coverage-organisations">{t('coverage.organisations')}</h2>
          <ul aria-labelledby="coverage-organisations">
            {organisations.map((o) => (
              <li key={o.id}>
                <Link to={`/coverage/organisations/${o.id}`}>{o.name}</Link>
              </li>
            ))}
          </ul>
          <h2 id="coverage-hospitals">{t('coverage.hospitals')}</h2>
        </>
      )}
      <QueryState query={hospitals}>
        {({ hospitals: list }) => {
          const shown = list.filter((h) => !h.poolOnly);
          return shown.length === 0 ? (
            <p className="empty-state">{t('coverage.indexEmpty')}</p>
          ) : (
            <ul>
              {shown.map((h) => (
                <li key={h.id}>
                  <Link to={`/coverage/hospitals/${h.id}`}>{h.name}</Link>
                </li>
              ))}
            </ul>
          );
        }}
      </QueryState>
    </>
  );
}
