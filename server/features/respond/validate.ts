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
 * Validates a complete answer set against the pinned form. The catalog checks choices that exist,
 * whole numbers in range, text limits, no unknown questions and, for a form it covers, that every
 * required question is answered. survey-core (running in Node) checks a form the catalog does not
 * cover (conditions, expressions, other validators: `needsSurveyCore`); it costs ~19 ms of CPU a
 * submission, 59 % of the server's busy time under load (issue 22), so it runs only there.
 * Returns the problems, each named by item id, or the normalised answers.
 */
export function validateSubmission(
  form: SurveyJson,
  items: CatalogItem[],
  role: Role,
  data: Record<string, unknown>,
  language: Language,
  cacheKey?: string,
  surveyCore: 'when-needed' | 'always' = 'when-needed',
): { problems: FieldProblem[]; answers: NormalisedAnswer[] } {
  const problems: FieldProblem[] = [];
  const mine = new Map(items.filter((i) => i.roles.includes(role)).map((i) => [i.id, i]));
  const withSurveyCore = surveyCore === 'always' || needsSurveyCore(form);

  for (const key of Object.keys(data)) {
    if (!mine.has(key)) problems.push(fieldProblem(key, 'answer.unknownQuestion'));
  }

  const answers: NormalisedAnswer[] = [];
  for (const item of mine.values()) {
    const value = data[item.id];
    if (value === undefined || value === null || value === '') {
      if (!withSurveyCore && isRequired(item)) problems.push(fieldProblem(item.id, 'answer.required'));
      continue;
    }
    const result = normalise(item, value);
    if ('code' in result) problems.push(codedFieldProblem(item.id, result));
    else if (result.valueNum !== null || result.choice !== null || result.textValue !== null) answers.push(result);
  }

  if (withSurveyCore) problems.push(...surveyCoreProblems(form, mine, data, language, problems, cacheKey));
  return { problems, answers: problems.length === 0 ? answers : [] };
}

/** What the compiled form requires (compiler.ts): every question but free text and optional numbers. */
const isRequired = (item: CatalogItem) => (item.kind === 'numeric' ? item.required === true : item.kind !== 'text' && item.kind !== 'suggestion');

function surveyCoreProblems(
  form: SurveyJson,
  mine: Map<string, CatalogItem>,
  data: Record<string, unknown>,
  language: Language,
  found: FieldProblem[],
  cacheKey: string | undefined,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const model = modelFor(form, language, cacheKey);
  model.data = Object.fromEntries(Object.entries(data).filter(([key]) => mine.has(key)));
  try {
    for (const question of model.getAllQuestions()) {
      if (found.some((p) => p.field === question.name)) continue;
      question.validate(true);
      // survey-core's own rules say what is wrong in the survey's language: passed on as it words it.
      for (const error of question.errors)
        problems.push(fieldProblem(question.name, 'answer.surveyRule', { message: error.getText().trim().replace(/[.!]$/, '') }));
    }
  } finally {
    model.data = {};
  }
  return problems;
}

/** The question types the catalog knows (compiler.ts), and the only validator it repeats (min/max). */
const CATALOG_TYPES = new Set(['radiogroup', 'text', 'rating', 'comment']);
const covered = new WeakMap<SurveyJson, boolean>();

/**
 * Whether survey-core must check a form: it has questions of other types, conditions or
 * expressions (visibleIf, enableIf, requiredIf, triggers, calculated values), or validators other
 * than a numeric range. Decided once per compiled form.
 */
export function needsSurveyCore(form: SurveyJson): boolean {
  let known = covered.get(form);
  if (known === undefined) {
    known = !catalogCovers(form);
    covered.set(form, known);
  }
  return known;
}

function catalogCovers(node: unknown): boolean {
  if (Array.isArray(node)) return node.every(catalogCovers);
  if (node === null || typeof node !== 'object') return true;
  for (const [key, value] of Object.entries(node)) {
    if (/If$/.test(key) || key === 'triggers' || key === 'calculatedValues' || key === 'expression') return false;
    if (key === 'validators' && !(value as { type?: string }[]).every((v) => v.type === 'numeric')) return false;
    if (key === 'elements' && !(value as { type?: string }[]).every((e) => CATALOG_TYPES.has(e.type ?? ''))) return false;
    if (key !== 'title' && key !== 'description' && !catalogCovers(value)) return false;
  }
  return true;
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
