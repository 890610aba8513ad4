import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../../../contract/domain.js';
import type { RateCell, ResponseRates } from '../api/requests';
import { formatShare } from '../../../i18n/format';
import { DataTable } from '../../../ui/tables';

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
    <DataTable
      caption={caption}
      className="table rate-table"
      id={id}
      columns={[
        rowHeader,
        ...ROLES.map((role) => ({ label: t(`roles.${role}`), className: 'numeric' })),
        { label: t('console.rates.colTotal'), className: 'numeric' },
      ]}
      footer={
        total && (
          <tr>
            <th scope="row">{t('console.rates.total')}</th>
            {ROLES.map((role) => (
              <Cell key={role} cell={total.byRole[role]} />
            ))}
            <Cell cell={total.total} />
          </tr>
        )
      }
    >
      {rows.map((row) => (
        <tr key={row.key}>
          <th scope="row">{row.label}</th>
          {ROLES.map((role) => (
            <Cell key={role} cell={row.byRole[role]} />
          ))}
          <Cell cell={row.total} />
        </tr>
      ))}
    </DataTable>
  );
}
