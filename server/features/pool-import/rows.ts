import { isCalendarDate } from '../../../contract/dates.js';
import { importProblem, type CellIssue } from '../../files/import-problem.js';
import type { ProblemCode, ProblemParams } from '../../../contract/problem-codes.js';
import type { ImportProblem } from '../../../contract/respondents.js';
import { SPECIALTY_GROUP_CODES, type Role, type SpecialtyGroup } from '../../../contract/domain.js';
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

const headerProblem = (column: string, code: ProblemCode, params?: ProblemParams): ImportProblem => importProblem(1, column, { code, params });

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
  if (!role) problems.push(importProblem(line, 'role', { code: 'import.row.role', params: { value: cell('role') } }));
  const hospitalCode = normaliseHospitalCode(cell('hospital'));
  if (!hospitalCode) problems.push(importProblem(line, 'hospital', { code: 'import.row.code', params: { value: cell('hospital') } }));
  if (!CODE.test(cell('unit'))) problems.push(importProblem(line, 'unit', { code: 'import.row.code', params: { value: cell('unit') } }));
  const date = cell('date');
  if (!isCalendarDate(date)) problems.push(importProblem(line, 'date', { code: 'import.row.date', params: { value: date } }));
  else if (date > today) problems.push(importProblem(line, 'date', { code: 'import.row.future', params: { value: date } }));
  const group = cell('group');
  if (group && !(SPECIALTY_GROUP_CODES as readonly string[]).includes(group)) {
    problems.push(importProblem(line, 'specialty_group', { code: 'import.row.group', params: { value: group, groups: SPECIALTY_GROUP_CODES.join(', ') } }));
  }
  const answers: PoolRow['answers'] = [];
  for (const { index, item } of layout.items) {
    const raw = (cells[index] ?? '').trim();
    if (raw === '') continue;
    const checked = item.kind === 'statement' ? scaleValue(raw) : numericValue(raw, item);
    if (typeof checked !== 'number') problems.push(importProblem(line, item.id, checked));
    else answers.push({ itemId: item.id, kind: item.kind, value: checked });
  }
  if (answers.length === 0 && problems.length === 0) problems.push(importProblem(line, '', { code: 'import.row.noAnswers' }));
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
function scaleValue(raw: string): number | CellIssue {
  return /^[0-4]$/.test(raw) ? Number(raw) : { code: 'import.row.scale', params: { value: raw } };
}

/**
 * A numeric item's answer within the item's bounds and steps, with a decimal point or (as Swedish
 * spreadsheets write it) a decimal comma; or what is wrong with it.
 */
export function numericValue(raw: string, item: Extract<PoolItem, { kind: 'numeric' }>): number | CellIssue {
  const bounds = `${item.min}–${item.max}`;
  if (!/^-?\d+(?:[.,]\d+)?$/.test(raw)) return { code: 'import.row.notNumber', params: { value: raw, bounds } };
  const value = Number(raw.replace(',', '.'));
  if (value < item.min || value > item.max) return { code: 'import.row.outOfBounds', params: { value: raw, bounds } };
  const steps = value / item.step;
  if (Math.abs(steps - Math.round(steps)) > 1e-9) {
    return item.step === 1
      ? { code: 'import.row.notWhole', params: { value: raw, bounds } }
      : { code: 'import.row.step', params: { value: raw, step: item.step, bounds } };
  }
  return value;
}
