import { TableScroll } from '../console/tables';
import { useTranslation } from 'react-i18next';
import type { NumericResult } from '../../pages/report/api';
import { specialtyGroupName } from './scope';
import { formatNumber, formatShare, localText } from './format';

type Figure = NumericResult['total'];

/** A numeric item (hours of self-study, talks a year) by specialty group: shares at 1+ and 0, median, share at target; and the country's, when the pool has it. */
export function NumericTable({ item }: { item: NumericResult }) {
  const { t } = useTranslation();
  const label = localText(item.label);
  const rows: { name: string; figure: Figure }[] = [
    ...item.groups.map((g) => ({ name: specialtyGroupName(g.specialtyGroup), figure: g })),
    { name: t('report.view.total'), figure: item.total },
  ];
  const share = (value: number | null) => (value === null ? t('report.common.none') : formatShare(value));
  return (
    <TableScroll label={t('report.view.numericTable', { label })}>
      <table className="table report-table" id={`numeric-${item.itemId}`}>
        <caption>{t('report.view.numericTable', { label })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.view.group')}</th>
            <th scope="col" className="num">n</th>
            <th scope="col" className="num">{t('report.view.atLeastOne')}</th>
            <th scope="col" className="num">{t('report.view.zero')}</th>
            {item.target !== null && (
              <th scope="col" className="num">{t('report.view.atTarget', { target: formatNumber(item.target) })}</th>
            )}
            <th scope="col" className="num">{t('report.view.median')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ name, figure }) => (
            <tr key={name} className={name === t('report.view.total') ? 'total-row' : undefined}>
              <th scope="row">{name}</th>
              {figure.suppressed ? (
                <td colSpan={item.target === null ? 4 : 5} className="suppressed">
                  {t('report.common.tooFew')}
                </td>
              ) : (
                <>
                  <td className="num">{figure.n}</td>
                  <td className="num">{share(figure.atLeastOneShare)}</td>
                  <td className="num">{share(figure.zeroShare)}</td>
                  {item.target !== null && <td className="num">{share(figure.targetShare)}</td>}
                  <td className="num">{figure.median === null ? t('report.common.none') : formatNumber(figure.median)}</td>
                </>
              )}
            </tr>
          ))}
          {item.pool && (
            <tr className="pool-row">
              <th scope="row">{t('report.view.poolRow')}</th>
              <td className="num">{item.pool.n}</td>
              <td className="num">{formatShare(item.pool.atLeastOneShare)}</td>
              <td className="num">{formatShare(item.pool.zeroShare)}</td>
              {item.target !== null && <td className="num">{share(item.pool.targetShare)}</td>}
              <td className="num">{formatNumber(item.pool.median)}</td>
            </tr>
          )}
        </tbody>
      </table>
    </TableScroll>
  );
}
