/** The rules of a goal set and of an imported history file, as plain functions. */
import type { AnnualGoal } from '../../../contract/director-annual.js';
import type { ImportProblem } from '../../../contract/respondents.js';
import { measureByKey } from '../../../surveys/director-annual-measures.js';
import { fieldProblem, type FieldProblem } from '../../http/errors.js';
import { importProblem } from '../../files/import-problem.js';

export function goalProblems(goals: readonly AnnualGoal[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  goals.forEach((goal, i) => {
    const at = (field: string) => `body.goals.${i}.${field}`;
    if (goals.findIndex((g) => g.key === goal.key) !== i) problems.push(fieldProblem(at('key'), 'goals.key.duplicate', { key: goal.key }));
    const measure = measureByKey.get(goal.measure);
    if (!measure) {
      problems.push(fieldProblem(at('measure'), 'goals.measure.unknown', { measure: goal.measure }));
      return;
    }
    const yesNo = measure.rule.kind === 'yes';
    if (yesNo && (goal.comparison !== 'yes' || goal.threshold !== null)) problems.push(fieldProblem(at('comparison'), 'goals.comparison.yesNo'));
    if (!yesNo && (goal.comparison === 'yes' || goal.threshold === null)) problems.push(fieldProblem(at('comparison'), 'goals.comparison.number'));
  });
  return problems;
}

export interface HistoryRow {
  goal: string;
  year: number;
  share: number;
  n: number;
  threshold: number | null;
}

const COLUMNS = ['goal', 'year', 'share', 'n'] as const;
/** Decimal comma or point, as Excel in Swedish or English writes it; a trailing % is allowed on the share. */
const number = (cell: string | undefined, percent = false): number | null => {
  const text = (cell ?? '').trim().replace(/\s/g, '');
  const bare = percent ? text.replace(/%$/, '') : text;
  return /^-?\d+([.,]\d+)?$/.test(bare) ? Number(bare.replace(',', '.')) : null;
};

/**
 * Earlier years' published shares (goal, year, share in per cent, n, and the threshold if known).
 * Every problem is named with its line and column, and the rows are usable only when there is none.
 */
export function historyRows(
  header: string[],
  rows: { line: number; cells: string[] }[],
  goalKeys: ReadonlySet<string>,
): { rows: HistoryRow[]; problems: ImportProblem[] } {
  const index = (name: string) => header.findIndex((h) => h.trim().toLowerCase() === name);
  const missing = COLUMNS.filter((c) => index(c) < 0);
  if (missing.length > 0) return { rows: [], problems: [importProblem(1, '', { code: 'history.columns', params: { columns: missing.join(', ') } })] };
  const cell = (cells: string[], name: string) => (index(name) < 0 ? undefined : cells[index(name)]);
  const problems: ImportProblem[] = [];
  const parsed: HistoryRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of rows) {
    if (cells.every((c) => c.trim() === '')) continue;
    const goal = (cell(cells, 'goal') ?? '').trim();
    const year = number(cell(cells, 'year'));
    const share = number(cell(cells, 'share'), true);
    const n = number(cell(cells, 'n'));
    const thresholdCell = (cell(cells, 'threshold') ?? '').trim();
    const threshold = thresholdCell === '' ? null : number(thresholdCell);
    const before = problems.length;
    if (!goalKeys.has(goal)) problems.push(importProblem(line, 'goal', { code: 'history.row.goal', params: { goal } }));
    if (year === null || !Number.isInteger(year) || year < 2000 || year > 2100) problems.push(importProblem(line, 'year', { code: 'history.row.year' }));
    if (share === null || share < 0 || share > 100) problems.push(importProblem(line, 'share', { code: 'history.row.share' }));
    if (n === null || !Number.isInteger(n) || n < 1) problems.push(importProblem(line, 'n', { code: 'history.row.n' }));
    if (thresholdCell !== '' && (threshold === null || threshold < 0)) problems.push(importProblem(line, 'threshold', { code: 'history.row.threshold' }));
    if (problems.length > before) continue;
    const key = `${goal}|${year}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push(importProblem(line, 'year', { code: 'history.row.duplicate', params: { line: first } }));
      continue;
    }
    seen.set(key, line);
    parsed.push({ goal, year: year!, share: share!, n: n!, threshold });
  }
  return { rows: problems.length > 0 ? [] : parsed, problems };
}
