import { agreementScale } from '../../../surveys/scales.js';
import type { Language } from '../../../surveys/types.js';
import type { Role } from '../../../contract/domain.js';
import { codedFieldProblem, fieldProblem, type Coded, type FieldProblem } from '../../http/errors.js';
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

  for (const key of Object.keys(data)) {
    if (!mine.has(key)) problems.push(fieldProblem(key, 'answer.unknownQuestion'));
  }

  const answers: NormalisedAnswer[] = [];
  for (const item of mine.values()) {
    const value = data[item.id];
    if (value === undefined || value === null || value === '') continue;
    const result = normalise(item, value);
    if ('code' in result) problems.push(codedFieldProblem(item.id, result));
    else if (result.valueNum !== null || result.choice !== null || result.textValue !== null) answers.push(result);
  }

  const model = modelFor(form, language, cacheKey);
  model.data = Object.fromEntries(Object.entries(data).filter(([key]) => mine.has(key)));
  try {
    for (const question of model.getAllQuestions()) {
      if (problems.some((p) => p.field === question.name)) continue;
      question.validate(true);
      // survey-core's own rules say what is wrong in the survey's language: passed on as it words it.
      for (const error of question.errors)
        problems.push(fieldProblem(question.name, 'answer.surveyRule', { message: error.getText().trim().replace(/[.!]$/, '') }));
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

function normalise(item: CatalogItem, value: unknown): NormalisedAnswer | Coded {
  const base = { itemId: item.id, valueNum: null, choice: null, textValue: null };
  switch (item.kind) {
    case 'statement':
      return typeof value === 'number' && SCALE_VALUES.includes(value) ? { ...base, valueNum: value } : { code: 'answer.notAnOption' };
    case 'numeric':
    case 'rating': {
      const step = item.step ?? 1;
      const n = typeof value === 'string' && /^\s*-?\d+([.,]\d+)?\s*$/.test(value) ? Number(value.replace(',', '.')) : value;
      const ok = typeof n === 'number' && Number.isFinite(n) && Number.isInteger(n / step) && n >= item.min! && n <= item.max!;
      if (ok) return { ...base, valueNum: n };
      if (step === 1) return { code: 'answer.wholeNumber', params: { min: item.min!, max: item.max! } };
      return { code: 'answer.stepNumber', params: { min: item.min!, max: item.max!, step } };
    }
    case 'choice':
      return typeof value === 'string' && item.choices!.includes(value) ? { ...base, choice: value } : { code: 'answer.notAnOption' };
    case 'text':
    case 'suggestion': {
      if (typeof value !== 'string') return { code: 'answer.notText' };
      const text = value.trim();
      if (text.length > item.maxLength!) {
        return { code: 'field.tooLong', params: { limit: item.maxLength! } };
      }
      return text === '' ? { ...base, textValue: null } : { ...base, textValue: text };
    }
  }
}
