import { DataTable } from '../../../ui/tables';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartData, ChartOptions } from 'chart.js';
import { Chart } from '../../../ui/Chart';
import type { AreaResult, Cell } from '../api';
import { sharePercent } from '../../../../../contract/shares.js';
import { formatShare, localText } from '../../../i18n/format';
import { ShareInterval } from './Intervals';
import { roleBorder, roleFill } from './patterns';
import { ROLES } from '../../../../../contract/domain.js';

/** A statement's text in at most two short lines, for the chart's axis; the table has it whole. */
function axisLabel(index: number, text: string): string[] {
  const words = `${index + 1}. ${text}`.split(' ');
  const lines: string[] = [''];
  for (const word of words) {
    const line = lines[lines.length - 1];
    if ((line + ' ' + word).trim().length <= 38) lines[lines.length - 1] = (line + ' ' + word).trim();
    else if (lines.length < 2) lines.push(word);
    else {
      lines[1] = `${lines[1].replace(/[ ,.]*$/, '')}…`;
      break;
    }
  }
  return lines;
}

export function CellText({ cell }: { cell: Cell | undefined }) {
  const { t } = useTranslation();
  if (!cell || cell.suppressed || cell.share === null) return <span className="suppressed">{t('report.common.tooFew')}</span>;
  return (
    <>
      {formatShare(cell.agreeing!, cell.n!)} <span className="n">(n = {cell.n})</span>
      <ShareInterval interval={cell.interval} />
    </>
  );
}

/** The agreement of the four roles with each statement of an area: a bar chart and the same figures as a table. */
export function AgreementFigure({ area }: { area: AreaResult }) {
  const { t, i18n } = useTranslation();
  const tableId = `agreement-table-${area.area}`;
  const lang = i18n.resolvedLanguage;

  const data = useMemo<ChartData<'bar'>>(
    () => ({
      labels: area.statements.map((s, i) => axisLabel(i, localText(s.label))),
      datasets: ROLES.map((role, r) => ({
        label: t(`roles.${role}`),
        data: area.statements.map((s) => {
          const cell = s.byRole[role];
          return cell && !cell.suppressed && cell.n ? sharePercent(cell.agreeing!, cell.n) : null;
        }),
        backgroundColor: roleFill(r),
        borderColor: roleBorder(r),
        borderWidth: 1,
      })),
    }),
    // lang: the labels are in the page's language
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [area, lang, t],
  );

  const options = useMemo<ChartOptions<'bar'>>(
    () => ({
      indexAxis: 'y',
      scales: {
        x: { min: 0, max: 100, ticks: { callback: (v) => `${v} %` }, title: { display: true, text: t('report.view.agreementAxis') } },
        y: { ticks: { autoSkip: false, font: { size: 12 } } },
      },
      plugins: {
        legend: { position: 'top', labels: { boxWidth: 24, boxHeight: 14 } },
        tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${ctx.parsed.x} %` } },
      },
      datasets: { bar: { barPercentage: 0.9, categoryPercentage: 0.85 } },
    }),
    [t],
  );

  return (
    <div className="agreement-figure">
      <Chart
        type="bar"
        data={data}
        options={options}
        label={t('report.view.agreementChart', { area: area.area })}
        tableId={tableId}
        height={80 + area.statements.length * 64}
      />
      <DataTable
        caption={t('report.view.agreementTable', { area: area.area })}
        scrollLabel={t('report.view.agreement')}
        className="table report-table"
        id={tableId}
        columns={[t('report.view.statement'), ...ROLES.map((role) => ({ label: t(`roles.${role}`), className: 'num' }))]}
      >
        {area.statements.map((s, i) => (
          <tr key={s.itemId}>
            <th scope="row">
              {i + 1}. {localText(s.label)}
            </th>
            {ROLES.map((role) => (
              <td key={role} className="num">
                <CellText cell={s.byRole[role]} />
              </td>
            ))}
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
