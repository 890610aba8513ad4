import { DataTable } from '../../../ui/tables';
import { useTranslation } from 'react-i18next';
import type { Report } from '../api';
import { formatShare } from '../../../i18n/format';
import { ROLES } from '../../../../../contract/domain.js';

type Rates = Report['responseRates'];

/**
 * Answers and invitations by role for the selection; with the study directors' supplementary
 * survey its own line, and the answers of both surveys summed (docs/domain.md §3: 231 = 218 + 13).
 * The supplement adds answers, not to the response rate: it went to the directors only. Beside
 * the rate, the rate among those the invitation reached: invitees marked unreachable (the mail
 * bounced, they have left) could not answer, so the plain rate understates how many answered.
 */
export function ResponseRateTable({ rates, supplement }: { rates: Rates; supplement: Rates | null }) {
  const { t } = useTranslation();
  const rows = [
    ...ROLES.map((role) => ({ key: role, name: t(`roles.${role}`), cell: rates.total.byRole[role] })),
    { key: 'total', name: t('report.view.total'), cell: rates.total.total },
    ...(supplement ? [{ key: 'supplement', name: t('report.view.supplement'), cell: supplement.total.total }] : []),
  ];
  const total = rates.total.total;
  const reached = (cell: Rates['total']['total']) => cell.invited - cell.unreachable;
  return (
    <>
      <h3>{t('report.view.responseRates')}</h3>
      <DataTable
        caption={t('report.view.responseRatesTable')}
        captionHidden
        scrollLabel={t('report.view.responseRates')}
        className="table report-table rates-table"
        id="response-rates-table"
        columns={[
          t('report.view.role'),
          { label: t('report.view.answered'), className: 'num' },
          { label: t('report.view.invited'), className: 'num' },
          { label: t('report.view.rate'), className: 'num' },
          { label: t('report.view.unreachable'), className: 'num' },
          { label: t('report.view.adjustedRate'), className: 'num' },
        ]}
      >
        {rows.map(({ key, name, cell }) => (
          <tr key={key} className={key === 'total' ? 'total-row' : undefined}>
            <th scope="row">{name}</th>
            <td className="num">{cell.answered}</td>
            <td className="num">{cell.invited}</td>
            <td className="num">{cell.invited === 0 ? t('report.common.none') : formatShare(cell.answered, cell.invited)}</td>
            <td className="num">{cell.unreachable}</td>
            <td className="num">{reached(cell) <= 0 ? t('report.common.none') : formatShare(cell.answered, reached(cell))}</td>
          </tr>
        ))}
        {supplement && (
          <tr className="total-row">
            <th scope="row">{t('report.view.allAnswers')}</th>
            <td className="num">{rates.total.total.answered + supplement.total.total.answered}</td>
            <td className="num">{t('report.common.none')}</td>
            <td className="num">{t('report.common.none')}</td>
            <td className="num">{t('report.common.none')}</td>
            <td className="num">{t('report.common.none')}</td>
          </tr>
        )}
      </DataTable>
      <p className="note" id="response-rates-note">
        {total.unreachable > 0 && reached(total) > 0
          ? t('report.view.ratesNote', {
              count: total.unreachable,
              adjusted: formatShare(total.answered, reached(total)),
              share: formatShare(total.answered, total.invited),
            })
          : t('report.view.ratesNoteNone')}
      </p>
    </>
  );
}
