import { SPECIALTY_GROUPS } from '../../../contract/domain.js';
import { localText } from './format';

/**
 * A specialty group's name in the page's language; the API names a group by its code. Apart from
 * format.ts, which the respondent's first screen loads: the domain module brings TypeBox along.
 */
export function specialtyGroupName(code: string): string {
  const group = SPECIALTY_GROUPS.find((g) => g.code === code);
  return group ? localText(group) : code;
}
