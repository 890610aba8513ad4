import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { localText } from '../../../i18n/format';
import { PageHeading, QueryState } from '../../../ui/feedback';
import { DataTable } from '../../../ui/tables';
import { programmesApi, useConformance, type Conformance } from '../api';
import { ConformanceBadge } from '../components/ConformanceBadge';
import '../programmes.css';

const COUNT_KEYS = ['met', 'partly_met', 'not_met', 'not_stated', 'unassessed'] as const;

/** Rows of points under their groups' headings, a cell per column. */
function PointRows({ model, cells }: { model: Conformance['model']; cells: (row: number) => Conformance['matrix'][number]['cells'] }) {
  const columns = cells(0).length;
  return (
    <>
      {model.groups.map((group) => [
        <tr key={group.key} className="conformance-group">
          <th scope="colgroup" colSpan={columns + 1}>
            {localText(group.text)}
          </th>
        </tr>,
        ...model.points.flatMap((point, row) =>
          point.group !== group.key
            ? []
            : [
                <tr key={point.key}>
                  <th scope="row">{localText(point.text)}</th>
                  {cells(row).map((cell, i) => (
                    <td key={i}>
                      <ConformanceBadge status={cell} />
                    </td>
                  ))}
                </tr>,
              ],
        ),
      ])}
    </>
  );
}

function Matrix({ c }: { c: Conformance }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="conformance-matrix">
      <h2 id="conformance-matrix">{t('programmes.conformance.matrixTitle')}</h2>
      <DataTable
        caption={t('programmes.conformance.matrixCaption')}
        className="table conformance-table"
        columns={[
          t('programmes.programme.colPoint'),
          ...c.programmes.map((p) => (
            <span key={p.id}>
              <Link to={`/programmes/${p.id}`}>{p.name}</Link>
              <span className="conformance-region">{localText(p.region.name)}</span>
            </span>
          )),
        ]}
      >
        <PointRows model={c.model} cells={(row) => c.matrix[row].cells} />
      </DataTable>
    </section>
  );
}

function Counts({ c }: { c: Conformance }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="conformance-counts">
      <h2 id="conformance-counts">{t('programmes.conformance.countsTitle')}</h2>
      <DataTable
        caption={t('programmes.conformance.countsCaption')}
        captionHidden
        columns={[t('programmes.colName'), t('programmes.colRegion'), ...COUNT_KEYS.map((k) => ({ label: t(`programmes.status.${k}`), className: 'numeric' }))]}
      >
        {c.programmes.map((p, i) => (
          <tr key={p.id}>
            <th scope="row">{p.name}</th>
            <td>{localText(p.region.name)}</td>
            {COUNT_KEYS.map((k) => (
              <td key={k} className="numeric">
                {c.counts[i][k]}
              </td>
            ))}
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

function Regions({ c }: { c: Conformance }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="conformance-regions">
      <h2 id="conformance-regions">{t('programmes.conformance.regionsTitle')}</h2>
      <p>{t('programmes.conformance.regionsIntro')}</p>
      <DataTable
        caption={t('programmes.conformance.regionsCaption')}
        captionHidden
        className="table conformance-table"
        columns={[t('programmes.programme.colPoint'), ...c.regions.map((r) => localText(r.region.name))]}
      >
        <PointRows model={c.model} cells={(row) => c.regions.map((r) => r.best[row])} />
        <tr>
          <th scope="row">{t('programmes.conformance.metRow')}</th>
          {c.regions.map((r) => (
            <td key={r.region.code} className="numeric">
              {r.counts.met} / {c.model.points.length}
            </td>
          ))}
        </tr>
      </DataTable>
    </section>
  );
}

/** The assessed programmes against the national model: the matrix, the counts and the regions, printable and as XLSX. */
export function ConformancePage() {
  const { t } = useTranslation();
  const conformance = useConformance();
  return (
    <QueryState query={conformance}>
      {(c) => (
        <>
          <PageHeading>{t('programmes.conformance.title')}</PageHeading>
          <p>{t('programmes.conformance.intro', { model: localText(c.model.title), version: c.model.version })}</p>
          <div className="button-row no-print">
            <a className="button button-secondary button-small" href={programmesApi.xlsxUrl(currentLanguage())} download>
              {t('programmes.conformance.xlsx')}
            </a>
            <button type="button" className="button button-secondary button-small" onClick={() => window.print()}>
              {t('programmes.conformance.print')}
            </button>
          </div>
          {c.programmes.length === 0 ? (
            <p className="empty-state">{t('programmes.conformance.empty')}</p>
          ) : (
            <>
              <Matrix c={c} />
              <Counts c={c} />
              <Regions c={c} />
            </>
          )}
        </>
      )}
    </QueryState>
  );
}
