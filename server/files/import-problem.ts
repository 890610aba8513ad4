import { problemText, type ProblemCode, type ProblemParams } from '../../contract/problem-codes.js';
import type { ImportProblem } from '../../contract/respondents.js';
import { DomainError } from '../http/errors.js';

/** What is wrong with one cell, by code: the table shows it in the reader's language. */
export interface CellIssue {
  code: ProblemCode;
  params?: ProblemParams;
}

/**
 * A problem of an import file at a line and column, with its code and parameters; `message` is
 * the English text, for API users and logs (the client writes the code in its user's language).
 */
export function importProblem(line: number, column: string, issue: CellIssue): ImportProblem {
  return { line, column, message: problemText(issue.code, issue.params, 'en'), code: issue.code, ...(issue.params ? { params: issue.params } : {}) };
}

/** 422 with every problem of an import file (all rows or none), so people can fix them all in one go. */
export class ImportRejected extends DomainError {
  constructor(
    readonly problems: ImportProblem[],
    code: 'import.rejected' | 'history.rejected' = 'import.rejected',
  ) {
    super(422, 'Unprocessable Content', { code, params: { count: problems.length } }, undefined, { problems });
  }
}
