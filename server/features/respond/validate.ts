import { agreementScale } from '../../../surveys/scales.js';
import type { Language } from '../../../surveys/types.js';
import type { Role } from '../../../contract/domain.js';
import type { FieldProblem } from '../../http/errors.js';
import type { CatalogItem, SurveyJson } from '../surveys/compiler.js';
import { surveyModel, type Model } from '../surveys/surveyjs.js';

const SCALE_VALUES: readonly number[] = [...agreementScale.choices.map((c) => c.value), agreementScale.notApplicable.value];

/** One answer ready for the answers table. */
export interface NormalisedAnswer {
  itemId: string;
  valueNum: number | null;
  choice: string | null;
  textValue: string | null;
}

/**
 * Validates a complete answer set against the pinned form: survey-core (running in Node)
 * checks required questions and its validators, and the catalog checks what survey-core does
 * not (choices that exist, whole numbers in range, text limits, no unknown questions).
 * Returns the problems, each named by item id, or the normalised answers.
 */
export function validateSubmission(
  form: SurveyJson,
  items: CatalogItem[],
  role: Role,
  data: Record<string, unknown>,
  language: Language,
  cacheKey?: string,
): { problems: FieldProblem[]; answers: NormalisedAnswer[] } {
  const problems: FieldProblem[] = [];
  const mine = new Map(items.filter((i) => i.roles.includes(role)).map((i) => [i.id, i]));
  const en = language === 'en';

  for (const key of Object.keys(data)) {
    if (!mine.has(key)) problems.push({ field: key, message: en ? 'is not a question of this survey' : 'är ingen fråga i den här enkäten' });
  }

  const answers: NormalisedAnswer[] = [];
  for (const item of mine.values()) {
    const value = data[item.id];
    if (value === undefined || value === null || value === '') continue;
    const result = normalise(item, value, en);
    if (typeof result === 'string') problems.push({ field: item.id, message: result });
    else if (result.valueNum !== null || result.choice !== null || result.textValue !== null) answers.push(result);
  }

  const model = modelFor(form, language, cacheKey);
  model.data = Object.fromEntries(Object.entries(data).filter(([key]) => mine.has(key)));
  try {
    for (const question of model.getAllQuestions()) {
      if (problems.some((p) => p.field === question.name)) continue;
      question.validate(true);
      for (const error of question.errors) problems.push({ field: question.name, message: error.getText() });
    }
  } finally {
    model.data = {};
  }
  return { problems, answers: problems.length === 0 ? answers : [] };
}

/**
 * Building a survey-core model of a 75-question form takes ~85 ms; validating answers on a
 * built one a few. Versions never change, so one model per version × role × language is kept
 * and reused (validation is synchronous, so no two requests share it at once).
 */
const models = new Map<string, Model>();

function modelFor(form: SurveyJson, language: Language, cacheKey: string | undefined): Model {
  const key = cacheKey && `${cacheKey}|${language}`;
  const cached = key ? models.get(key) : undefined;
  if (cached) return cached;
  const model = surveyModel(form);
  model.locale = language;
  if (key) models.set(key, model);
  return model;
}

function normalise(item: CatalogItem, value: unknown, en: boolean): NormalisedAnswer | string {
  const base = { itemId: item.id, valueNum: null, choice: null, textValue: null };
  switch (item.kind) {
    case 'statement':
      return typeof value === 'number' && SCALE_VALUES.includes(value)
        ? { ...base, valueNum: value }
        : en ? 'is not one of the answer options' : 'är inte ett av svarsalternativen';
    case 'numeric':
    case 'rating': {
      const step = item.step ?? 1;
      const n = typeof value === 'string' && /^\s*-?\d+([.,]\d+)?\s*$/.test(value) ? Number(value.replace(',', '.')) : value;
      const ok = typeof n === 'number' && Number.isFinite(n) && Number.isInteger(n / step) && n >= item.min! && n <= item.max!;
      if (ok) return { ...base, valueNum: n };
      if (step === 1) return en ? `must be a whole number from ${item.min} to ${item.max}` : `ska vara ett heltal från ${item.min} till ${item.max}`;
      return en
        ? `must be a number from ${item.min} to ${item.max} in steps of ${step}`
        : `ska vara ett tal från ${item.min} till ${item.max} i steg om ${String(step).replace('.', ',')}`;
    }
    case 'choice':
      return typeof value === 'string' && item.choices!.includes(value)
        ? { ...base, choice: value }
        : en ? 'is not one of the answer options' : 'är inte ett av svarsalternativen';
    case 'text':
    case 'suggestion': {
      if (typeof value !== 'string') return en ? 'must be text' : 'ska vara text';
      const text = value.trim();
      if (text.length > item.maxLength!) {
        return en ? `is longer than ${item.maxLength} characters` : `är längre än ${item.maxLength} tecken`;
      }
      return text === '' ? { ...base, textValue: null } : { ...base, textValue: text };
    }
  }
}
