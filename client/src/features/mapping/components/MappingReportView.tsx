import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { formatNumber } from '../../../i18n/format';
import { DataTable } from '../../../ui/tables';
import type { MappingCategory, MappingReport } from '../api';

/** The categories as a list of words, in the reader's language. */
export function useCategoryNames() {
  const { t } = useTranslation();
  return (categories: readonly MappingCategory[] | null) =>
    categories && categories.length > 0 ? categories.map((c) => t(`mapping.category.${c}`)).join(', ') : t('mapping.report.none');
}

/** The region table: the one map-like view of the country the report must have (a map is optional). */
export function RegionTable({ report }: { report: MappingReport }) {
  const { t } = useTranslation();
  const names = useCategoryNames();
  const lang = currentLanguage();
  return (
    <DataTable
      caption={t('mapping.report.regionsCaption')}
      className="table mapping-regions"
      columns={[
        t('mapping.report.colRegion'),
        t('mapping.report.colCategories'),
        t('mapping.report.colPrevious'),
        { label: t('mapping.report.colPlaces'), className: 'numeric' },
        { label: t('mapping.report.colStDoctors'), className: 'numeric' },
        { label: t('mapping.report.colShare'), className: 'numeric' },
        t('mapping.report.colGoal'),
        t('mapping.report.colNote'),
      ]}
    >
      {report.regions.map((r) => (
        <tr key={r.code} data-region={r.code}>
          <th scope="row">{r.name[lang]}</th>
          <td>{names(r.categories)}</td>
          <td>{report.previous ? names(r.previousCategories) : t('mapping.report.none')}</td>
          <td className="numeric">{r.placesPerYear === null ? t('mapping.report.none') : formatNumber(r.placesPerYear)}</td>
          <td className="numeric">{r.stDoctors === null ? t('mapping.report.none') : formatNumber(r.stDoctors)}</td>
          <td className="numeric">{r.goal.percent === null ? t('mapping.report.none') : `${r.goal.percent} %`}</td>
          <td className={`mapping-goal mapping-goal-${r.goal.status}`}>{t(`mapping.goal.${r.goal.status}`)}</td>
          <td>
            {r.conflictDecided && <span className="mapping-conflict-note">{t('mapping.report.conflictDecided')} </span>}
            {r.note}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** The mapping report as it is printed: categories with their change, the goal, the regions, quotes. */
export function MappingReportView({ report }: { report: MappingReport }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const regionName = new Map(report.regions.map((r) => [r.code, r.name[lang]]));
  const list = (codes: string[]) => codes.map((c) => regionName.get(c) ?? c).join(', ');
  return (
    <div className="mapping-report">
      {report.preview && <p className="status-box status-pending">{t('mapping.report.preview')}</p>}
      <p>
        {t('mapping.report.method', { regions: report.regionsTotal, answered: report.sourcesAnswered, asked: report.sourcesAsked })}{' '}
        {report.previous ? t('mapping.report.previous', { title: report.previous.title }) : t('mapping.report.noPrevious')}
      </p>
      <p className="no-print button-row">
        <a href={`/api/mapping-rounds/${encodeURIComponent(report.round.id)}/report.xlsx?lang=${lang}`} download>
          {t('mapping.report.xlsx')}
        </a>
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {t('mapping.report.print')}
        </button>
      </p>

      <h2 id="mapping-categories">{t('mapping.report.categoriesHeading')}</h2>
      <DataTable
        caption={t('mapping.report.categoriesCaption')}
        captionHidden
        columns={[
          t('mapping.report.colCategory'),
          { label: t('mapping.report.colNow'), className: 'numeric' },
          { label: t('mapping.report.colBefore'), className: 'numeric' },
          t('mapping.report.colChange'),
        ]}
      >
        {report.categories.map((c) => (
          <tr key={c.category}>
            <th scope="row">{t(`mapping.category.${c.category}`)}</th>
            <td className="numeric">
              {c.now} / {report.regionsTotal}
            </td>
            <td className="numeric">{c.before === null ? t('mapping.report.none') : `${c.before} / ${report.regionsTotal}`}</td>
            <td>
              {[
                c.gained.length > 0 && t('mapping.report.gained', { list: list(c.gained) }),
                c.lost.length > 0 && t('mapping.report.lost', { list: list(c.lost) }),
              ]
                .filter(Boolean)
                .join('; ') || t('mapping.report.none')}
            </td>
          </tr>
        ))}
      </DataTable>

      <h2>{t('mapping.report.goalHeading')}</h2>
      <p>{t('mapping.report.goalSummary', report.goal)}</p>

      <h2>{t('mapping.report.regionsHeading')}</h2>
      <RegionTable report={report} />

      {report.quotes.length > 0 && (
        <>
          <h2>{t('mapping.report.quotesHeading')}</h2>
          <p>{t('mapping.report.quotesNote')}</p>
          <ul className="mapping-quotes">
            {report.quotes.map((q, i) => (
              <li key={i}>
                <blockquote>{q.text}</blockquote>
                <p className="mapping-quote-source">
                  {regionName.get(q.regionCode)}, {t(`mapping.source.${q.sourceType}`).toLowerCase()} ({t(`mapping.question.${q.question as 'mapping.places'}`)}
                  )
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
