import { useLayoutEffect, useMemo, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { problemMessage } from '../i18n/problems';
import { useTranslation } from 'react-i18next';
import { Column, Table, TableBody, TableHeader, type ColumnProps, type SortDescriptor } from 'react-aria-components';
import type { ImportProblem } from '../../../contract/respondents.js';
import type { ReviewStatus } from '../../../contract/domain.js';
import { compareText } from '../i18n/format';

/**
 * A wide table's horizontal scroller. Only while the table overflows does it become a named,
 * focusable region, so keyboard users can scroll it (WCAG 2.1.1) without an extra tab stop
 * on wide screens.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const check = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);

  return (
    <div ref={ref} className="table-scroll" {...(overflows ? { role: 'region', tabIndex: 0, 'aria-label': t('common.scrollRegion', { name: label }) } : {})}>
      {children}
    </div>
  );
}

export function StatusBadge({ status }: { status: ReviewStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${status}`}>{t(`reviewStatus.${status}`)}</span>;
}

/** Rows sorted by the column a RAC Table says, text in the language's order. */
export function useSorted<T>(items: readonly T[], keys: Record<string, (item: T) => string | number | boolean>, initial: SortDescriptor) {
  const [sortDescriptor, setSortDescriptor] = useState<SortDescriptor>(initial);
  const sorted = useMemo(() => {
    const key = keys[String(sortDescriptor.column)];
    if (!key) return items;
    const direction = sortDescriptor.direction === 'descending' ? -1 : 1;
    return [...items].sort((a, b) => {
      const x = key(a);
      const y = key(b);
      const order = typeof x === 'string' && typeof y === 'string' ? compareText(x, y) : Number(x) - Number(y);
      return order * direction;
    });
    // `keys` is a fresh object each render; the column and the items decide the order.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [items, sortDescriptor]);
  return { sorted, sortDescriptor, onSortChange: setSortDescriptor };
}

/** A RAC table column header; sortable ones show which way they sort (aria-sort says it to screen readers). */
export function TableColumn({ children, ...props }: Omit<ColumnProps, 'children'> & { children: string }) {
  return (
    <Column {...props}>
      {({ allowsSorting, sortDirection }) => (
        <>
          {children}
          {allowsSorting && (
            <span aria-hidden="true" className="sort-indicator">
              {sortDirection === 'ascending' ? '▲' : sortDirection === 'descending' ? '▼' : '↕'}
            </span>
          )}
        </>
      )}
    </Column>
  );
}

/** A column of a SortedTable: its header, and the value it sorts by (a column without one does not sort). */
export interface SortedColumn<T> {
  id: string;
  label: string;
  sortBy?: (item: T) => string | number | boolean;
  className?: string;
}

/**
 * A table the reader sorts by clicking a column's header (a RAC Table): each column's header and
 * sort key declared once, the first column naming the row. Rows are the caller's, one `Row` each.
 * A column given as false is not shown; the caller leaves out its cells too.
 */
export function SortedTable<T extends { id: string }>({
  caption,
  labelledBy,
  columns,
  items,
  sortedBy,
  children,
}: {
  caption: string;
  labelledBy: string;
  columns: (SortedColumn<T> | false)[];
  items: readonly T[];
  /** The column the rows are sorted by at first, ascending. */
  sortedBy: string;
  children: (item: T) => ReactElement;
}) {
  const shown = columns.filter((column) => column !== false);
  const keys = Object.fromEntries(shown.flatMap((column) => (column.sortBy ? [[column.id, column.sortBy]] : [])));
  const { sorted, sortDescriptor, onSortChange } = useSorted(items, keys, { column: sortedBy, direction: 'ascending' });
  return (
    <TableScroll label={caption}>
      <Table aria-labelledby={labelledBy} className="table" sortDescriptor={sortDescriptor} onSortChange={onSortChange}>
        <TableHeader>
          {shown.map((column, i) => (
            <TableColumn key={column.id} id={column.id} isRowHeader={i === 0} allowsSorting={Boolean(column.sortBy)} className={column.className}>
              {column.label}
            </TableColumn>
          ))}
        </TableHeader>
        <TableBody items={sorted}>{children}</TableBody>
      </Table>
    </TableScroll>
  );
}

/** A column header: its text, or its text and a class (numeric columns align right); false leaves it out. */
export type ColumnHeader = ReactNode | { label: ReactNode; className: string };

const isClassed = (column: ColumnHeader): column is { label: ReactNode; className: string } =>
  typeof column === 'object' && column !== null && 'className' in column && 'label' in column;

/**
 * A table as the pages show one: the caption, which also names its scroll region for screen
 * readers, one header row, and the caller's rows. The rows' own header cells (scope="row") are the
 * caller's, as only it knows which column names a row.
 */
export function DataTable({
  caption,
  captionHidden = false,
  scrollLabel = caption,
  columns,
  id,
  className = 'table',
  footer,
  children,
}: {
  caption: string;
  /** The caption only for screen readers, where a heading above already says it. */
  captionHidden?: boolean;
  /** The scroll region's name, where the caption alone would not tell this table from the page's others. */
  scrollLabel?: string;
  columns: ColumnHeader[];
  id?: string;
  className?: string;
  /** The footer's rows (a total). */
  footer?: ReactNode;
  children: ReactNode;
}) {
  return (
    <TableScroll label={scrollLabel}>
      <table className={className} id={id}>
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns
              .filter((column) => column !== false)
              .map((column, i) =>
                isClassed(column) ? (
                  <th key={i} scope="col" className={column.className}>
                    {column.label}
                  </th>
                ) : (
                  <th key={i} scope="col">
                    {column}
                  </th>
                ),
              )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
        {footer && <tfoot>{footer}</tfoot>}
      </table>
    </TableScroll>
  );
}

/** The problems of an uploaded file, one row each with its line and column, as the server listed them. */
export function ImportProblemTable({
  id,
  caption,
  problems,
  columnName,
}: {
  id: string;
  caption: string;
  problems: ImportProblem[];
  columnName: (problem: ImportProblem) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <DataTable caption={caption} id={id} columns={[{ label: t('common.colLine'), className: 'numeric' }, t('common.colColumn'), t('common.colMessage')]}>
      {problems.map((p, i) => (
        <tr key={i}>
          <th scope="row" className="numeric">
            {p.line}
          </th>
          <td>{columnName(p)}</td>
          <td>{p.code ? problemMessage(p) : p.message}</td>
        </tr>
      ))}
    </DataTable>
  );
}
