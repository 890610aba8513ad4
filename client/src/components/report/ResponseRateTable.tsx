import { TableScroll } from '../console/tables';
import { useTranslation } from 'react-i18next';
import { REPORT_ROLES, type Report } from '../../pages/report/api';
import { formatShare } from './format';

/** Answers and invitations by role for the selection. */
export function ResponseRateTable({ rates }: { rates: Report['responseRates'] }) {
  const { t } = useTranslation();
  const rows = [
    ...REPORT_ROLES.map((role) => ({ key: role, name: t(`roles.${role}`), cell: rates.total.byRole[role] })),
    { key: 'total', name: t('report.view.total'), cell: rates.total.total },
  ];
  return (
    <>
      <h3>{t('report.view.responseRates')}</h3>
      <TableScroll label={t('report.view.responseRates')}>
        <table className="table report-table rates-table" id="response-rates-table">
          <caption className="visually-hidden">{t('report.view.responseRatesTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.view.role')}</th>
              <th scope="col" className="num">{t('report.view.answered')}</th>
              <th scope="col" className="num">{t('report.view.invited')}</th>
              <th scope="col" className="num">{t('report.view.rate')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ key, name, cell }) => (
              <tr key={key} className={key === 'total' ? 'total-row' : undefined}>
                <th scope="row">{name}</th>
                <td className="num">{cell.answered}</td>
                <td className="num">{cell.invited}</td>
                <td className="num">{cell.share === null ? t('report.common.none') : formatShare(cell.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
