import { isCalendarDate } from '../../../contract/dates.js';
import { problemText, type ProblemCode, type ProblemParams } from '../../../contract/problem-codes.js';
import type { ImportProblem } from '../../../contract/respondents.js';
import { SPECIALTY_GROUP_CODES } from '../../../contract/specialty-groups.js';
import type { Role, SpecialtyGroup } from '../../db/database.js';
import { normaliseHospitalCode } from '../hospitals/codes.js';
import { normalise, ROLE_ALIASES } from '../respondents/rows.js';

/**
 * One row per respondent of an earlier review: who (role, unit, hospital), when, and one column
 * per item id: a statement's answer on the agreement scale (1–4, 0 for "don't know"), a numeric
 * item's number within the item's bounds (self-study hours: 0–40 in half hours, "0,5" or "0.5"),
 * empty if not answered. Column names in English or Swedish.
 */
const COLUMNS = {
  role: ['role', 'roll'],
  hospital: ['hospital_code', 'hospital', 'sjukhuskod', 'sjukhus'],
  unit: ['unit_code', 'unit', 'enhetskod', 'enhet', 'klinik'],
  specialty: ['specialty', 'specialitet'],
  group: ['specialty_group', 'specialitetsgrupp'],
  date: ['answered_on', 'date', 'svarsdatum', 'datum'],
  version: ['survey_version', 'enkatversion', 'enkätversion'],
} as const;
const REQUIRED = ['role', 'hospital', 'unit', 'date'] as const;
const CODE = /^[A-Za-z0-9_-]{1,40}$/;

/** An item a pool file may answer, as the survey bank defines it. */
export type PoolItem = { id: string; kind: 'statement' } | { id: string; kind: 'numeric'; min: number; max: number; step: number };

export interface Layout {
  columns: Partial<Record<keyof typeof COLUMNS, number>>;
  items: { index: number; item: PoolItem }[];
}

export interface PoolRow {
  line: number;
  /** The code in the pool's form (normaliseHospitalCode). */
  hospitalCode: string;
  /** The code as the file wrote it, trimmed: shown when it differs from the pool's form. */
  hospitalWritten: string;
  unitCode: string;
  specialty: string | null;
  group: SpecialtyGroup | null;
  role: Role;
  answeredOn: string;
  answers: { itemId: string; kind: PoolItem['kind']; value: number }[];
}

function headerProblem(column: string, code: ProblemCode, params?: ProblemParams): ImportProblem {
  return { line: 1, column, message: problemText(code, params, 'en'), code, ...(params ? { params } : {}) };
}

export function readHeader(header: string[], knownItems: ReadonlyMap<string, PoolItem>): { layout: Layout | null; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const layout: Layout = { columns: {}, items: [] };
  header.forEach((raw, index) => {
    const name = normalise(raw);
    const column = (Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).find((key) => (COLUMNS[key] as readonly string[]).includes(name));
    if (column) layout.columns[column] = index;
    else if (knownItems.has(raw.trim())) layout.items.push({ index, item: knownItems.get(raw.trim())! });
    else if (raw.trim() !== '') problems.push(headerProblem(raw.trim(), 'import.column.unknown', { column: raw.trim() }));
  });
  for (const key of REQUIRED) {
    if (layout.columns[key] === undefined) problems.push(headerProblem(key, 'import.column.missing', { column: key, expected: COLUMNS[key].join(', ') }));
  }
  if (layout.items.length === 0) problems.push(headerProblem('', 'import.column.noItems'));
  return { layout: problems.length === 0 ? layout : null, problems };
}

/** Checks one row; every problem is named by line and column. */
export function readRow(layout: Layout, line: number, cells: string[], today: string): { row: PoolRow | null; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const cell = (key: keyof typeof COLUMNS) => (layout.columns[key] === undefined ? '' : (cells[layout.columns[key]!] ?? '').trim());
  const role = ROLE_ALIASES[normalise(cell('role'))];
  if (!role) problems.push({ line, column: 'role', message: `"${cell('role')}" is not a role (st, supervisor, director, head)` });
  const hospitalCode = normaliseHospitalCode(cell('hospital'));
  if (!hospitalCode) problems.push({ line, column: 'hospital', message: `"${cell('hospital')}" is not a code (letters, digits, - or _)` });
  if (!CODE.test(cell('unit'))) problems.push({ line, column: 'unit', message: `"${cell('unit')}" is not a code (letters, digits, - or _)` });
  const date = cell('date');
  if (!isCalendarDate(date)) problems.push({ line, column: 'date', message: `"${date}" is not a date (YYYY-MM-DD)` });
  else if (date > today) problems.push({ line, column: 'date', message: `${date} is in the future` });
  const group = cell('group');
  if (group && !(SPECIALTY_GROUP_CODES as string[]).includes(group)) {
    problems.push({ line, column: 'specialty_group', message: `"${group}" is not a specialty group (${SPECIALTY_GROUP_CODES.join(', ')})` });
  }
  const answers: PoolRow['answers'] = [];
  for (const { index, item } of layout.items) {
    const raw = (cells[index] ?? '').trim();
    if (raw === '') continue;
    const checked = item.kind === 'statement' ? scaleValue(raw) : numericValue(raw, item);
    if (typeof checked === 'string') problems.push({ line, column: item.id, message: checked });
    else answers.push({ itemId: item.id, kind: item.kind, value: checked });
  }
  if (answers.length === 0 && problems.length === 0) problems.push({ line, column: '', message: 'the row has no answers' });
  if (problems.length > 0) return { row: null, problems };
  return {
    row: {
      line,
      hospitalCode: hospitalCode!,
      hospitalWritten: cell('hospital'),
      unitCode: cell('unit'),
      specialty: cell('specialty') || null,
      group: (group || null) as SpecialtyGroup | null,
      role,
      answeredOn: date,
      answers,
    },
    problems,
  };
}

/** A statement's answer, or what is wrong with it. */
function scaleValue(raw: string): number | string {
  return /^[0-4]$/.test(raw) ? Number(raw) : `"${raw}" is not on the scale (1–4, or 0 for don't know)`;
}

/**
 * A numeric item's answer within the item's bounds and steps, with a decimal point or (as Swedish
 * spreadsheets write it) a decimal comma; or what is wrong with it.
 */
export function numericValue(raw: string, item: Extract<PoolItem, { kind: 'numeric' }>): number | string {
  const bounds = `${item.min}–${item.max}`;
  if (!/^-?\d+(?:[.,]\d+)?$/.test(raw)) return `"${raw}" is not a number (${bounds})`;
  const value = Number(raw.replace(',', '.'));
  if (value < item.min || value > item.max) return `${raw} is outside the item's bounds (${bounds})`;
  const steps = value / item.step;
  if (Math.abs(steps - Math.round(steps)) > 1e-9) {
    return item.step === 1 ? `${raw} is not a whole number (${bounds})` : `${raw} is not in steps of ${item.step} (${bounds})`;
  }
  return value;
}
