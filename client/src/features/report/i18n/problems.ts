import { ApiError } from '../../../api/client';
import { problemMessage } from '../../../i18n/problems';

/**
 * The server's field problems keyed by the content's path ('areas.A.justification'), whatever
 * the prefix it used: a schema error names 'body.content.areas.A.justification' or a JSON pointer,
 * a completeness problem 'areas.A.justification'.
 */
export function contentProblems(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !error.errors) return {};
  const result: Record<string, string> = {};
  for (const problem of error.errors) {
    const { field } = problem;
    const message = problemMessage(problem);
    const key = field
      .replace(/^\//, '')
      .replace(/\//g, '.')
      .replace(/^body\./, '')
      .replace(/^content\./, '');
    result[key] = result[key] ? `${result[key]}; ${message}` : message;
  }
  return result;
}
