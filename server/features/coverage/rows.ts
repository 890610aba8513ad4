import type { ImportProblem } from '../../../contract/respondents.js';
import { isCalendarDate } from '../../../contract/dates.js';
import { importProblem } from '../../files/import-problem.js';
import { normalise } from '../respondents/rows.js';

/** One earlier external review read from a file, ready to store. */
export interface RecordedReviewRow {
  line: number;
  unitId: string;
  reviewedOn: string;
  body: string;
  link: string | null;
}

type Column = 'unit' | 'specialty' | 'date' | 'body' | 'link';

/** Column names people use, in Swedish and English; specialty and link may be left out. */
const COLUMN_ALIASES: Record<Column, string[]> = {
  unit: ['unit', 'enhet', 'klinik', 'clinic', 'unit code', 'enhetskod'],
  specialty: ['specialty', 'specialitet'],
  date: ['date', 'datum', 'reviewed', 'granskad', 'granskningsdatum', 'review date'],
  body: ['body', 'reviewing body', 'reviewer', 'granskare', 'granskningsorgan', 'organ'],
  link: ['link', 'länk', 'url', 'report', 'rapport'],
};
const REQUIRED: Column[] = ['unit', 'date', 'body'];
const LINK = /^https?:\/\/\S+$/;

export interface UnitRef {
  id: string;
  code: string;
  name: string;
  specialty: string;
}

/**
 * Checks every row of a file of earlier reviews and reports every problem at once (line, column,
 * code); the rows are usable only when there is none. A unit is named by its code or its name; a
 * specialty, when given, must be the unit's (it catches a row put on the wrong unit). Dates are
 * YYYY-MM-DD and not after `today`: a review recorded here has taken place.
 */
export function validateReviewRows(
  header: string[],
  rows: { line: number; cells: string[] }[],
  units: UnitRef[],
  today: string,
): { rows: RecordedReviewRow[]; problems: ImportProblem[] } {
  const normalised = header.map(normalise);
  const columns = Object.fromEntries(
    (Object.keys(COLUMN_ALIASES) as Column[]).map((key) => [key, normalised.findIndex((h) => COLUMN_ALIASES[key].includes(h))]),
  ) as Record<Column, number>;
  const missing = REQUIRED.filter((key) => columns[key] < 0);
  if (missing.length > 0) {
    return { rows: [], problems: missing.map((key) => importProblem(1, key, { code: 'import.column.missing', params: { column: key, expected: COLUMN_ALIASES[key].join(', ') } })) };
  }
  if (rows.length === 0) return { rows: [], problems: [importProblem(2, 'unit', { code: 'import.row.noReviews' })] };

  const unitByKey = new Map<string, UnitRef>();
  for (const unit of units) {
    unitByKey.set(normalise(unit.code), unit);
    unitByKey.set(normalise(unit.name), unit);
  }
  const problems: ImportProblem[] = [];
  const valid: RecordedReviewRow[] = [];
  for (const { line, cells } of rows) {
    const cell = (key: Column) => (columns[key] < 0 ? '' : (cells[columns[key]] ?? '').trim());
    const before = problems.length;
    const unit = unitByKey.get(normalise(cell('unit')));
    if (!unit) {
      const known = units.map((u) => u.code).join(', ');
      problems.push(importProblem(line, 'unit', cell('unit') ? { code: 'import.row.unitOfHospital', params: { value: cell('unit'), units: known } } : { code: 'import.row.empty' }));
    } else if (cell('specialty') && normalise(cell('specialty')) !== normalise(unit.specialty)) {
      problems.push(importProblem(line, 'specialty', { code: 'import.row.specialty', params: { unit: unit.code, expected: unit.specialty, value: cell('specialty') } }));
    }
    const date = cell('date');
    if (!date) problems.push(importProblem(line, 'date', { code: 'import.row.empty' }));
    else if (!isCalendarDate(date)) problems.push(importProblem(line, 'date', { code: 'import.row.date', params: { value: date } }));
    else if (date > today) problems.push(importProblem(line, 'date', { code: 'import.row.future', params: { value: date } }));
    const body = cell('body');
    if (!body) problems.push(importProblem(line, 'body', { code: 'import.row.empty' }));
    else if (body.length > 200) problems.push(importProblem(line, 'body', { code: 'import.row.tooLong', params: { limit: 200 } }));
    const link = cell('link');
    if (link && (!LINK.test(link) || link.length > 2000)) problems.push(importProblem(line, 'link', { code: 'import.row.link', params: { value: link } }));
    if (problems.length === before) valid.push({ line, unitId: unit!.id, reviewedOn: date, body, link: link || null });
  }
  return { rows: problems.length === 0 ? valid : [], problems };
}
