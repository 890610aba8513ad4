import { useTranslation } from 'react-i18next';
import type { Report } from '../api';
import { DataTable } from '../../../ui/tables';
import { formatNumber, formatShare, localText } from '../../../i18n/format';

type Targets = NonNullable<Report['targets']>;
type Row = Targets['rows'][number];

const SYMBOLS = { atLeast: '≥', atMost: '≤', equal: '=' } as const;

/** "≥ 6 per år", "≤ 5 år mellan granskningarna"; a yes target reads "ja". */
export function useTargetText() {
  const { t } = useTranslation();
  return (row: Pick<Row, 'comparison' | 'threshold' | 'unit'>): string =>
    row.comparison === 'yes' || row.threshold === null
      ? t('report.targets.yes')
      : `${SYMBOLS[row.comparison]} ${formatNumber(row.threshold)} ${localText(row.unit)}`.trim();
}

/**
 * The hospital's targets of the year the review closed, each with what was measured against it:
 * the share of answers reaching it and, for a number, the median answer. A target no item of the
 * survey measures is listed as such.
 */
export function TargetTable({ targets }: { targets: Targets }) {
  const { t } = useTranslation();
  const targetText = useTargetText();
  return (
    <section aria-labelledby="targets-heading" className="report-area report-targets">
      <h2 id="targets-heading">{t('report.targets.heading', { year: targets.year })}</h2>
      <p>
        {targets.source === 'national'
          ? t('report.targets.fromNational', { year: targets.year })
          : targets.fromYear === targets.year
            ? t('report.targets.fromHospital', { year: targets.year })
            : t('report.targets.fromEarlierYear', { year: targets.fromYear, closed: targets.year })}{' '}
        {t('report.targets.how')}
      </p>
      <DataTable
        caption={t('report.targets.caption')}
        className="table report-table"
        id="targets-table"
        columns={[
          t('report.targets.target'),
          t('report.targets.value'),
          t('report.targets.measure'),
          { label: 'n', className: 'num' },
          { label: t('report.targets.met'), className: 'num' },
          { label: t('report.targets.median'), className: 'num' },
        ]}
      >
        {targets.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{localText(row.label)}</th>
            <td className="nowrap">{targetText(row)}</td>
            {row.measure === null || row.measured === null ? (
              <td colSpan={4} className="not-measured">
                {t('report.targets.notMeasured')}
              </td>
            ) : (
              <>
                <td>
                  {t(`roles.${row.measure.role}`)}: {localText(row.measure.label)}
                </td>
                {row.measured.suppressed ? (
                  <td colSpan={3} className="suppressed">
                    {t('report.common.tooFew')}
                  </td>
                ) : (
                  <>
                    <td className="num">{row.measured.n}</td>
                    <td className="num">
                      {row.measured.met === null || !row.measured.n ? t('report.common.none') : formatShare(row.measured.met, row.measured.n)}
                    </td>
                    <td className="num">{row.measured.median === null ? t('report.common.none') : formatNumber(row.measured.median)}</td>
                  </>
                )}
              </>
            )}
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
