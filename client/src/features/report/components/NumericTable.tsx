import { DataTable } from '../../../ui/tables';
import { useTranslation } from 'react-i18next';
import type { NumericResult } from '../api';
import { specialtyGroupName } from './scope';
import { formatNumber, formatShare, localText } from '../../../i18n/format';

type Figure = NumericResult['total'];

/** A numeric item (hours of self-study, talks a year) by specialty group: shares at 1+ and 0, median, share at target; and the country's, when the pool has it. */
export function NumericTable({ item }: { item: NumericResult }) {
  const { t } = useTranslation();
  const label = localText(item.label);
  const rows: { name: string; figure: Figure }[] = [
    ...item.groups.map((g) => ({ name: specialtyGroupName(g.specialtyGroup), figure: g })),
    { name: t('report.view.total'), figure: item.total },
  ];
  const share = (count: number | null, n: number | null) => (count === null || !n ? t('report.common.none') : formatShare(count, n));
  return (
    <DataTable
      caption={t('report.view.numericTable', { label })}
      className="table report-table"
      id={`numeric-${item.itemId}`}
      columns={[
        t('report.view.group'),
        { label: t('report.view.answeredOf'), className: 'num' },
        { label: t('report.view.atLeastOne'), className: 'num' },
        { label: t('report.view.zero'), className: 'num' },
        item.target !== null && { label: t('report.view.atTarget', { target: formatNumber(item.target) }), className: 'num' },
        { label: t('report.view.median'), className: 'num' },
      ]}
    >
      {rows.map(({ name, figure }) => (
        <tr key={name} className={name === t('report.view.total') ? 'total-row' : undefined}>
          <th scope="row">{name}</th>
          {figure.suppressed ? (
            <td colSpan={item.target === null ? 4 : 5} className="suppressed">
              {t('report.common.tooFew')}
            </td>
          ) : (
            <>
              <td className="num">{t('report.view.nOf', { n: figure.n, submitted: figure.submitted })}</td>
              <td className="num">{share(figure.atLeastOne, figure.n)}</td>
              <td className="num">{share(figure.zero, figure.n)}</td>
              {item.target !== null && <td className="num">{share(figure.atTarget, figure.n)}</td>}
              <td className="num">{figure.median === null ? t('report.common.none') : formatNumber(figure.median)}</td>
            </>
          )}
        </tr>
      ))}
      {item.pool && (
        <tr className="pool-row">
          <th scope="row">{t('report.view.poolRow')}</th>
          <td className="num">{item.pool.n}</td>
          <td className="num">{share(item.pool.atLeastOne, item.pool.n)}</td>
          <td className="num">{share(item.pool.zero, item.pool.n)}</td>
          {item.target !== null && <td className="num">{share(item.pool.atTarget, item.pool.n)}</td>}
          <td className="num">{formatNumber(item.pool.median)}</td>
        </tr>
      )}
    </DataTable>
  );
}
