import { useTranslation } from 'react-i18next';
import { Cell, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { COVERAGE_STATUSES } from '../../../../../contract/coverage.js';
import { AREAS } from '../../../../../contract/domain.js';
import { formatDate } from '../../../i18n/format';
import { TableColumn, TableScroll, useSorted } from '../../../ui/tables';
import type { CoverageUnit } from '../api';

/** The order a status sorts in: what needs doing first. */
const URGENCY = ['overdue', 'never', 'due', 'planned', 'on_time'] as const satisfies readonly (typeof COVERAGE_STATUSES)[number][];

export function StatusText({ unit }: { unit: CoverageUnit }) {
  const { t } = useTranslation();
  const label = unit.status === 'planned' && unit.dueState === 'overdue' ? t('coverage.plannedOverdue') : t(`coverage.status.${unit.status}`);
  return <span className={`badge coverage-status coverage-status-${unit.status}`}>{label}</span>;
}

function LastReview({ unit }: { unit: CoverageUnit }) {
  const { t } = useTranslation();
  const last = unit.lastReview;
  if (!last) return <>{t('coverage.never')}</>;
  const body = last.source === 'platform' ? t('coverage.platformBody') : last.body;
  return (
    <>
      {t('coverage.reviewedBy', { date: formatDate(last.date), body })}
      {last.link && (
        <>
          {' '}
          (
          <a href={last.link} rel="noopener noreferrer" target="_blank">
            {t('coverage.report')}
          </a>
          )
        </>
      )}
    </>
  );
}

function Grades({ grades }: { grades: CoverageUnit['grades'] }) {
  const { t } = useTranslation();
  if (!grades) return <>{t('common.none')}</>;
  return (
    <span className="coverage-grades">
      {AREAS.map((area) => (
        <span key={area} aria-label={t('coverage.gradesLabel', { area, grade: grades[area] ?? '–' })}>
          <span aria-hidden="true">
            {area}:{grades[area] ?? '–'}
          </span>{' '}
        </span>
      ))}
    </span>
  );
}

/** The units' table, sortable by every column a study director asks about; the hospital column only for an organisation. */
export function CoverageTable({ units, showHospital }: { units: CoverageUnit[]; showHospital: boolean }) {
  const { t } = useTranslation();
  const { sorted, sortDescriptor, onSortChange } = useSorted(
    units,
    {
      hospital: (u) => u.hospitalName,
      unit: (u) => u.name,
      specialty: (u) => u.specialty,
      lastReview: (u) => u.lastReview?.date ?? '0000',
      nextDue: (u) => u.nextDue ?? '0000',
      internal: (u) => u.internalReview?.year ?? 0,
      status: (u) => URGENCY.indexOf(u.status),
    },
    { column: 'status', direction: 'ascending' },
  );
  return (
    <TableScroll label={t('coverage.tableCaption')}>
      <Table aria-labelledby="coverage-caption" className="table coverage-table" sortDescriptor={sortDescriptor} onSortChange={onSortChange}>
        <TableHeader>
          {[
            ...(showHospital
              ? [
                  <TableColumn key="hospital" id="hospital" allowsSorting>
                    {t('coverage.colHospital')}
                  </TableColumn>,
                ]
              : []),
            <TableColumn key="unit" id="unit" isRowHeader allowsSorting>
              {t('coverage.colUnit')}
            </TableColumn>,
            <TableColumn key="specialty" id="specialty" allowsSorting>
              {t('coverage.colSpecialty')}
            </TableColumn>,
            <TableColumn key="lastReview" id="lastReview" allowsSorting>
              {t('coverage.colLastReview')}
            </TableColumn>,
            <TableColumn key="grades" id="grades">
              {t('coverage.colGrades')}
            </TableColumn>,
            <TableColumn key="nextDue" id="nextDue" allowsSorting>
              {t('coverage.colNextDue')}
            </TableColumn>,
            <TableColumn key="internal" id="internal" allowsSorting>
              {t('coverage.colInternal')}
            </TableColumn>,
            <TableColumn key="status" id="status" allowsSorting>
              {t('coverage.colStatus')}
            </TableColumn>,
          ]}
        </TableHeader>
        <TableBody items={sorted}>
          {(unit) => (
            <Row id={unit.unitId}>
              {[
                ...(showHospital ? [<Cell key="hospital">{unit.hospitalName}</Cell>] : []),
                <Cell key="unit">{unit.name}</Cell>,
                <Cell key="specialty">{unit.specialty}</Cell>,
                <Cell key="lastReview">
                  <LastReview unit={unit} />
                </Cell>,
                <Cell key="grades">
                  <Grades grades={unit.grades} />
                </Cell>,
                <Cell key="nextDue">{formatDate(unit.nextDue) || t('common.none')}</Cell>,
                <Cell key="internal">{unit.internalReview ? t('coverage.internal', unit.internalReview) : t('common.none')}</Cell>,
                <Cell key="status">
                  <StatusText unit={unit} />
                  {!unit.remindable && <span className="coverage-note">{t('coverage.noReminders')}</span>}
                </Cell>,
              ]}
            </Row>
          )}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
