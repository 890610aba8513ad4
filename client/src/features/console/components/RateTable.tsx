import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../../../contract/domain.js';
import type { RateCell, ResponseRates } from '../api/requests';
import { formatShare } from '../../../i18n/format';
import { TableScroll } from '../../../ui/tables';

type ByRole = ResponseRates['total']['byRole'];

export interface RateRow {
  key: string;
  /** The row header: a specialty group or a unit. */
  label: string;
  byRole: ByRole;
  total: RateCell;
}

function Cell({ cell }: { cell: RateCell }) {
  const { t } = useTranslation();
  if (cell.invited === 0 || cell.share === null) return <td className="numeric">{t('console.rates.cellNone')}</td>;
  return (
    <td className="numeric">
      {t('console.rates.cellText', { answered: cell.answered, invited: cell.invited, share: formatShare(cell.answered, cell.invited) })}
    </td>
  );
}

/**
 * Answers by something × role, with a total row and column: the table of docs/domain.md §3, with the
 * invited and the share beside each count.
 */
export function RateTable({
  id,
  caption,
  rowHeader,
  rows,
  total,
}: {
  id: string;
  caption: string;
  rowHeader: string;
  rows: RateRow[];
  total?: { byRole: ByRole; total: RateCell };
}) {
  const { t } = useTranslation();
  return (
    <TableScroll label={caption}>
      <table className="table rate-table" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {ROLES.map((role) => (
              <th scope="col" key={role} className="numeric">
                {t(`roles.${role}`)}
              </th>
            ))}
            <th scope="col" className="numeric">
              {t('console.rates.colTotal')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {ROLES.map((role) => (
                <Cell key={role} cell={row.byRole[role]} />
              ))}
              <Cell cell={row.total} />
            </tr>
          ))}
        </tbody>
        {total && (
          <tfoot>
            <tr>
              <th scope="row">{t('console.rates.total')}</th>
              {ROLES.map((role) => (
                <Cell key={role} cell={total.byRole[role]} />
              ))}
              <Cell cell={total.total} />
            </tr>
          </tfoot>
        )}
      </table>
    </TableScroll>
  );
}
