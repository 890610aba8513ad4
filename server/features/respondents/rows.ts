import type { ImportProblem } from '../../../contract/respondents.js';
import { importProblem } from '../../files/import-problem.js';
import type { Role } from '../../../contract/domain.js';

export interface RespondentRow {
  line: number;
  name: string;
  email: string;
  role: Role;
  unitId: string;
}

/** Column names people use, in Swedish and English. */
const COLUMN_ALIASES: Record<'name' | 'email' | 'role' | 'unit', string[]> = {
  name: ['name', 'namn', 'full name', 'för- och efternamn'],
  email: ['email', 'e-mail', 'e-post', 'epost', 'mejl', 'mail', 'e-postadress'],
  role: ['role', 'roll'],
  unit: ['unit', 'enhet', 'klinik', 'clinic', 'unit code', 'enhetskod'],
};

/** Role names people write, in Swedish and English. */
export const ROLE_ALIASES: Record<string, Role> = {
  st: 'st',
  'st-läkare': 'st',
  'st läkare': 'st',
  'st doctor': 'st',
  trainee: 'st',
  supervisor: 'supervisor',
  handledare: 'supervisor',
  huvudhandledare: 'supervisor',
  director: 'director',
  'study director': 'director',
  studierektor: 'director',
  head: 'head',
  'head of department': 'head',
  verksamhetschef: 'head',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const normalise = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

export interface UnitRef {
  id: string;
  code: string;
  name: string;
}

/**
 * Checks every row of an import and reports every problem at once (line, column, message);
 * the rows are usable only when there is no problem.
 */
export function validateRespondentRows(
  header: string[],
  rows: { line: number; cells: string[] }[],
  units: UnitRef[],
  existingEmails: Iterable<string>,
): { rows: RespondentRow[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const columns = locateColumns(header);
  for (const [key, index] of Object.entries(columns)) {
    if (index < 0) {
      const params = { column: key, expected: COLUMN_ALIASES[key as keyof typeof COLUMN_ALIASES].join(', ') };
      problems.push(importProblem(1, key, { code: 'import.column.missing', params }));
    }
  }
  if (problems.length > 0) return { rows: [], problems };
  if (rows.length === 0) return { rows: [], problems: [importProblem(2, 'name', { code: 'import.row.noRespondents' })] };

  const unitByKey = new Map<string, string>();
  for (const unit of units) {
    unitByKey.set(normalise(unit.code), unit.id);
    unitByKey.set(normalise(unit.name), unit.id);
  }
  const existing = new Set([...existingEmails].map(normalise));
  const seen = new Map<string, number>();
  const valid: RespondentRow[] = [];

  for (const { line, cells } of rows) {
    const cell = (key: keyof typeof columns) => (cells[columns[key]] ?? '').trim();
    const before = problems.length;
    const name = cell('name');
    const email = cell('email');
    const role = ROLE_ALIASES[normalise(cell('role'))];
    const unitId = unitByKey.get(normalise(cell('unit')));

    if (!name) problems.push(importProblem(line, 'name', { code: 'import.row.empty' }));
    else if (name.length > 200) problems.push(importProblem(line, 'name', { code: 'import.row.nameTooLong', params: { limit: 200 } }));
    if (!EMAIL.test(email) || email.length > 320) {
      problems.push(importProblem(line, 'email', email ? { code: 'import.row.email', params: { value: email } } : { code: 'import.row.empty' }));
    } else if (existing.has(normalise(email))) {
      problems.push(importProblem(line, 'email', { code: 'import.row.alreadyRespondent', params: { value: email } }));
    } else if (seen.has(normalise(email))) {
      problems.push(importProblem(line, 'email', { code: 'import.row.duplicateEmail', params: { value: email, line: seen.get(normalise(email))! } }));
    } else {
      seen.set(normalise(email), line);
    }
    if (!role) {
      problems.push(importProblem(line, 'role', { code: 'import.row.respondentRole', params: { value: cell('role') } }));
    }
    if (!unitId) {
      problems.push(importProblem(line, 'unit', { code: 'import.row.unit', params: { value: cell('unit'), units: units.map((u) => u.code).join(', ') } }));
    }
    if (problems.length === before) valid.push({ line, name, email, role: role!, unitId: unitId! });
  }
  return { rows: problems.length === 0 ? valid : [], problems };
}

function locateColumns(header: string[]): Record<'name' | 'email' | 'role' | 'unit', number> {
  const normalised = header.map(normalise);
  const find = (aliases: string[]) => normalised.findIndex((h) => aliases.includes(h));
  return {
    name: find(COLUMN_ALIASES.name),
    email: find(COLUMN_ALIASES.email),
    role: find(COLUMN_ALIASES.role),
    unit: find(COLUMN_ALIASES.unit),
  };
}
