import { currentSurvey } from '../../server/features/surveys/service.js';
import type { Role } from '../../contract/domain.js';

/** A complete, valid answer set for a role: agrees fully, smallest numbers, first choices. */
export function completeAnswers(role: Role, overrides: Record<string, unknown> = {}, surveyKey = 'spur-external'): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const item of currentSurvey(surveyKey).items.filter((i) => i.roles.includes(role))) {
    if (item.kind === 'statement') data[item.id] = 4;
    else if (item.kind === 'numeric' || item.kind === 'rating') data[item.id] = item.min;
    else if (item.kind === 'choice') data[item.id] = item.choices![0];
  }
  return { ...data, ...overrides };
}
