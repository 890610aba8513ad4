import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartData, ChartOptions } from 'chart.js';
import { Chart } from '../../../ui/Chart';
import { TableScroll } from '../../../ui/tables';
import type { Report } from '../api';
import { sharePercent } from '../../../../../contract/shares.js';
import { formatNumber, formatShare, localText } from '../../../i18n/format';
import { roleBorder, roleFill } from './patterns';
import { specialtyGroupName } from './scope';
import { ROLES, statementArea } from '../../../../../contract/domain.js';

type Comparison = NonNullable<Report['groupComparison']>;
type Figure = { suppressed: boolean; n: number | null; smallN: boolean };

/**
 * One line of the comparison: a statement's agreeing share, or one measure of a numeric item. A
 * share's `value` is its count (printed as count / n by sharePercent, as everywhere), a median's
 * the number itself.
 */
interface Line {
  key: string;
  area: string;
  label: string;
  kind: 'share' | 'number';
  cells: Record<string, (Figure & { value: number | null }) | undefined>;
  total: Figure & { value: number | null };
}

function linesFor(comparison: Comparison, role: string, t: (key: string, options?: Record<string, unknown>) => string): Line[] {
  const statements = comparison.statements.flatMap((s): Line[] => {
    const byRole = s.byRole[role];
    if (!byRole) return [];
    const cell = (c: (typeof byRole)['total']) => ({ ...c, value: c.agreeing });
    return [
      {
        key: s.itemId,
        area: s.area,
        label: localText(s.label),
        kind: 'share',
        cells: Object.fromEntries(Object.entries(byRole.groups).map(([g, c]) => [g, cell(c)])),
        total: cell(byRole.total),
      },
    ];
  });
  const numeric = comparison.numeric
    .filter((item) => item.roles.includes(role as 'st'))
    .flatMap((item): Line[] => {
      const area = statementArea(item.itemId) ?? '–';
      const measures: [string, string, 'share' | 'number', (f: Comparison['numeric'][number]['total']) => number | null][] = [
        ['zero', t('report.groups.zero'), 'share', (f) => f.zero],
        ['atLeastOne', t('report.groups.atLeastOne'), 'share', (f) => f.atLeastOne],
        ...(item.target === null
          ? []
          : [
              [
                'target',
                t('report.groups.atTarget', { target: formatNumber(item.target) }),
                'share',
                (f: Comparison['numeric'][number]['total']) => f.atTarget,
              ] as [string, string, 'share', (f: Comparison['numeric'][number]['total']) => number | null],
            ]),
        ['median', t('report.groups.median'), 'number', (f) => f.median],
      ];
      return measures.map(([key, name, kind, pick]) => ({
        key: `${item.itemId}:${key}`,
        area,
        // The measure first: a long question cut short in the chart keeps what the bar measures.
        label: `${name} – ${localText(item.label)}`,
        kind,
        cells: Object.fromEntries(Object.entries(item.groups).map(([g, f]) => [g, { ...f, value: f.suppressed ? null : pick(f) }])),
        total: { ...item.total, value: item.total.suppressed ? null : pick(item.total) },
      }));
    });
  return [...statements, ...numeric].sort((a, b) => (a.area === b.area ? 0 : a.area === '–' ? 1 : b.area === '–' ? -1 : a.area.localeCompare(b.area)));
}

function FigureCell({ figure, kind }: { figure: (Figure & { value: number | null }) | undefined; kind: Line['kind'] }) {
  const { t } = useTranslation();
  if (!figure || figure.suppressed) return <td className="num suppressed">{t('report.common.tooFew')}</td>;
  if (figure.value === null || (kind === 'share' && !figure.n)) return <td className="num">{t('report.common.none')}</td>;
  return (
    <td className="num">
      {kind === 'share' ? formatShare(figure.value, figure.n!) : formatNumber(figure.value)} <span className="n">(n = {figure.n})</span>
      {figure.smallN && (
        <>
          {' '}
          <span className="small-n">{t('report.groups.smallN')}</span>
        </>
      )}
    </td>
  );
}

/**
 * The specialty groups side by side (the hospital report's group comparison): for one role, every
 * statement and numeric item with a column per group, and a figure of one area. The columns are
 * the groups' own figures from the snapshot, hidden where the group filter hides them.
 */
export function GroupComparison({ comparison, areaTitles }: { comparison: Comparison; areaTitles: Record<string, string> }) {
  const { t, i18n } = useTranslation();
  const [role, setRole] = useState<string>('st');
  const lines = useMemo(() => linesFor(comparison, role, t as never), [comparison, role, t, i18n.resolvedLanguage]); // eslint-disable-line react-hooks/exhaustive-deps
  const areas = [...new Set(lines.map((l) => l.area))];
  const [chosen, setChosen] = useState<string>('F');
  const area = areas.includes(chosen) ? chosen : (areas[0] ?? '');
  const areaName = (a: string) => (areaTitles[a] ? `${a}. ${areaTitles[a]}` : t('report.groups.otherItems'));

  return (
    <section aria-labelledby="groups-heading" className="report-area report-groups">
      <h2 id="groups-heading">{t('report.groups.heading')}</h2>
      <p>{t('report.groups.intro', { n: comparison.smallN })}</p>
      <GroupFilters role={role} onRole={setRole} area={area} areas={areas} onArea={setChosen} areaName={areaName} />
      <p className="note">{t('report.groups.showing', { role: t(`roles.${role}` as 'roles.st') })}</p>
      <GroupFigure comparison={comparison} lines={lines.filter((l) => l.area === area)} role={role} areaTitle={areaTitles[area] ?? area} />
      <details className="groups-all">
        <summary>{t('report.groups.allAreas')}</summary>
        <TableScroll label={t('report.groups.caption')}>
          <table className="table report-table" id="groups-table">
            <caption>{t('report.groups.caption')}</caption>
            <thead>
              <GroupHeader comparison={comparison} />
            </thead>
            {areas.map((a) => (
              <tbody key={a}>
                <tr className="group-area-row">
                  <th scope="colgroup" colSpan={comparison.groups.length + 2}>
                    {areaName(a)}
                  </th>
                </tr>
                <GroupRows comparison={comparison} lines={lines.filter((l) => l.area === a)} />
              </tbody>
            ))}
          </table>
        </TableScroll>
      </details>
    </section>
  );
}

/** Which role's answers are compared, and which area the figure shows. */
function GroupFilters({
  role,
  onRole,
  area,
  areas,
  onArea,
  areaName,
}: {
  role: string;
  onRole: (role: string) => void;
  area: string;
  areas: string[];
  onArea: (area: string) => void;
  areaName: (area: string) => string;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="report-filters no-print">
      <label htmlFor={`${id}-role`}>{t('report.groups.role')}</label>
      <select id={`${id}-role`} value={role} onChange={(e) => onRole(e.target.value)}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-area`}>{t('report.groups.area')}</label>
      <select id={`${id}-area`} value={area} onChange={(e) => onArea(e.target.value)}>
        {areas.map((a) => (
          <option key={a} value={a}>
            {areaName(a)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The chosen area's shares as bars, a bar per group, with the same figures as a table. */
function GroupFigure({ comparison, lines, role, areaTitle }: { comparison: Comparison; lines: Line[]; role: string; areaTitle: string }) {
  const { t, i18n } = useTranslation();
  const shown = lines.filter((l) => l.kind === 'share');
  const chartTableId = `groups-chart-table`;

  const data = useMemo<ChartData<'bar'>>(
    () => ({
      labels: shown.map((l) => (l.label.length > 60 ? `${l.label.slice(0, 58)}…` : l.label)),
      datasets: comparison.groups.map((group, i) => ({
        label: specialtyGroupName(group),
        data: shown.map((l) => {
          const cell = l.cells[group];
          return cell && !cell.suppressed && cell.value !== null && cell.n ? sharePercent(cell.value, cell.n) : null;
        }),
        backgroundColor: roleFill(i),
        borderColor: roleBorder(i),
        borderWidth: 1,
      })),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [shown.map((l) => l.key).join(','), role, i18n.resolvedLanguage],
  );
  const options = useMemo<ChartOptions<'bar'>>(
    () => ({
      indexAxis: 'y',
      scales: { x: { min: 0, max: 100, ticks: { callback: (v) => `${v} %` } }, y: { ticks: { autoSkip: false, font: { size: 12 } } } },
      plugins: { legend: { position: 'top' }, tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${ctx.parsed.x} %` } } },
    }),
    [],
  );
  if (shown.length === 0) return null;

  return (
    <div className="agreement-figure">
      <Chart
        type="bar"
        data={data}
        options={options}
        label={t('report.groups.chart', { area: areaTitle })}
        tableId={chartTableId}
        height={80 + shown.length * 22 * Math.max(1, comparison.groups.length)}
      />
      <TableScroll label={t('report.groups.chartTable', { area: areaTitle })}>
        <table className="table report-table" id={chartTableId}>
          <caption>{t('report.groups.chartTable', { area: areaTitle })}</caption>
          <thead>
            <GroupHeader comparison={comparison} />
          </thead>
          <tbody>
            <GroupRows comparison={comparison} lines={lines} />
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}

/** A column per group, then the whole selection's. */
function GroupHeader({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation();
  return (
    <tr>
      <th scope="col">{t('report.groups.item')}</th>
      {comparison.groups.map((g) => (
        <th key={g} scope="col" className="num">
          {specialtyGroupName(g)}
        </th>
      ))}
      <th scope="col" className="num">
        {t('report.view.total')}
      </th>
    </tr>
  );
}

function GroupRows({ comparison, lines }: { comparison: Comparison; lines: Line[] }) {
  return lines.map((l) => (
    <tr key={l.key}>
      <th scope="row">{l.label}</th>
      {comparison.groups.map((g) => (
        <FigureCell key={g} figure={l.cells[g]} kind={l.kind} />
      ))}
      <FigureCell figure={l.total} kind={l.kind} />
    </tr>
  ));
}
