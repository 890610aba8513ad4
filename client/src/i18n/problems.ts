import { isProblemCode, problemText, type ProblemParams } from '../../../contract/problem-codes.js';
import { currentLanguage } from './index';

interface Described {
  code?: string;
  params?: ProblemParams;
  message?: string;
}

/**
 * A problem's text in the user's language, from its code (contract/problem-codes.ts). Without a
 * known code (an older server, a proxy), English users get the server's message and Swedish ones
 * the general sentence: never an English text or a field path in the Swedish interface.
 */
export function problemMessage(problem: Described, fallback: Parameters<typeof problemText>[0] = 'field.invalid'): string {
  const language = currentLanguage();
  if (isProblemCode(problem.code)) return problemText(problem.code, problem.params, language);
  if (language === 'en' && problem.message) return problem.message;
  return problemText(fallback, undefined, language);
}
