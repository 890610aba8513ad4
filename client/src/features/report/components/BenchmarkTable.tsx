import { TableScroll } from '../../../ui/tables';
import { useTranslation } from 'react-i18next';
import type { BenchmarkRow, Report } from '../api';
import { formatDate } from '../../../i18n/format';
import { scopeLabel } from './scope';
import { intervalPercent } from '../../../../../contract/shares.js';
import { ShareInterval } from './Intervals';
import { SmallN } from './SmallN';
import { byEvidence, isSmallN, SMALL_N } from '../../../../../contract/differences.js';
import { formatPp, formatShare, localText } from '../../../i18n/format';

/** The difference's interval in whole pp, widened outwards, as in the exports. */
const interval = (row: BenchmarkRow) => intervalPercent(row.interval, 1);

/** The statements of one area that differ from the national pool by the review model's margin or more. */
export function BenchmarkTable({ rows, report, area }: { rows: BenchmarkRow[]; report: Report; area: string }) {
  const { t } = useTranslation();
  const { settings } = report;
  // Those whose interval excludes zero first: with a handful of answers nearly every statement differs by 10 pp.
  const flagged = byEvidence(rows.filter((r) => r.flagged));
  const groups = [
    { key: 'supported', label: t('report.view.significantGroup'), rows: flagged.filter((r) => r.excludesZero) },
    { key: 'uncertain', label: t('report.view.uncertainGroup'), rows: flagged.filter((r) => !r.excludesZero) },
  ].filter((g) => g.rows.length > 0);
  if (flagged.length === 0) return <p className="muted">{t('report.view.benchmarkNone', { pp: settings.minDifferencePp })}</p>;
  const roles = [...new Set(flagged.map((r) => t(`roles.${r.role}`)))].join(', ');

  return (
    <>
      <p>
        {t('report.view.benchmarkIntro', {
          scope: scopeLabel(report.scope),
          pp: settings.minDifferencePp,
          role: roles,
          from: formatDate(settings.fromMonth),
          months: settings.windowMonths,
        })}
      </p>
      <TableScroll label={t('report.view.benchmark')}>
        <table className="table report-table" id={`benchmark-table-${area}`}>
          <caption className="visually-hidden">{t('report.view.benchmark')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.view.statement')}</th>
              <th scope="col">{t('report.view.role')}</th>
              <th scope="col" className="num">
                {t('report.view.here')}
              </th>
              <th scope="col" className="num">
                {t('report.view.country')}
              </th>
              <th scope="col" className="num">
                {t('report.view.difference')}
              </th>
              <th scope="col" className="num">
                {t('report.view.interval')}
              </th>
              <th scope="col">{t('report.view.quartile')}</th>
            </tr>
          </thead>
          {groups.map((group) => (
            <tbody key={group.key} className={`benchmark-${group.key}`}>
              <tr className="group-area-row">
                <th scope="colgroup" colSpan={7}>
                  {group.label}
                </th>
              </tr>
              {group.rows.map((row) => (
                <tr key={`${row.itemId}:${row.role}`}>
                  <th scope="row">{localText(row.label)}</th>
                  <td>{t(`roles.${row.role}`)}</td>
                  <td className="num">
                    {formatShare(row.local.agreeing, row.local.n)} <span className="n">(n = {row.local.n})</span>
                    <ShareInterval interval={row.local.interval} />
                    {isSmallN(row.local.n) && <SmallN />}
                  </td>
                  <td className="num">
                    {formatShare(row.pool.agreeing, row.pool.n)} <span className="n">(n = {row.pool.n})</span>
                    <ShareInterval interval={row.pool.interval} />
                  </td>
                  <td className="num">
                    <strong>{t('report.view.pp', { value: formatPp(row.differencePp) })}</strong>
                  </td>
                  <td className="num">
                    {formatPp(interval(row).low)} … {formatPp(interval(row).high)}
                    {row.excludesZero ? (
                      <span className="mark" title={t('report.view.significant')}>
                        {' '}
                        ✱<span className="visually-hidden">{t('report.view.significant')}</span>
                      </span>
                    ) : (
                      <span className="visually-hidden"> {t('report.view.notSignificant')}</span>
                    )}
                  </td>
                  <td>
                    {row.quartile ?? t('report.common.none')}
                    {row.outlier && <span className="tag">{t('report.view.outlier')}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </TableScroll>
      <p className="note">
        <span aria-hidden="true">✱ {t('report.view.significant')}. </span>
        {t('report.view.smallNNote', { n: SMALL_N })}
      </p>
    </>
  );
}
