/**
 * A field's value checked against its schema in the contract, the mistake named by the same
 * problem code the server sends for it (server/http/problem.ts maps Ajv's errors through
 * `keywordCode` too), so a form shows the server's sentence before anything is sent.
 *
 * TypeBox's value checker is sizeable: console forms import this module, the respondent's pages
 * must not.
 */
import { FormatRegistry, type TSchema } from '@sinclair/typebox';
import { Value, ValueErrorType, type ValueError } from '@sinclair/typebox/value';
import { Email } from './common.js';
import { Code } from './hospitals.js';
import { isCalendarDate } from './dates.js';
import { CALENDAR_DATE_FORMAT, CalendarDate } from './domain.js';
import type { ProblemCode, ProblemParams } from './problem-codes.js';

if (!FormatRegistry.Has(CALENDAR_DATE_FORMAT)) FormatRegistry.Set(CALENDAR_DATE_FORMAT, isCalendarDate);

export interface SchemaProblem {
  code: ProblemCode;
  params: ProblemParams;
}

/** What a JSON Schema keyword's failure says about the value (Ajv's `params`, or TypeBox's schema). */
export interface KeywordFailure {
  keyword: string;
  limit?: unknown;
  format?: unknown;
  pattern?: unknown;
  type?: unknown;
}

/** Patterns whose mistake has a sentence of its own: a date in another shape (2030-2-3) is told how to write one. */
const PATTERN_CODES: Record<string, ProblemCode> = {
  [CalendarDate.pattern as string]: 'field.date',
  [Email.pattern as string]: 'field.email',
  [Code.pattern as string]: 'field.code',
};

/** The problem code of a failed schema keyword: one table for the server's Ajv errors and the client's TypeBox ones. */
export function keywordCode({ keyword, limit, format, pattern, type }: KeywordFailure): ProblemCode {
  switch (keyword) {
    case 'required':
      return 'field.required';
    case 'additionalProperties':
      return 'field.unknown';
    case 'minLength':
      return limit === 1 ? 'field.empty' : 'field.tooShort';
    case 'maxLength':
      return 'field.tooLong';
    case 'minItems':
      return 'field.tooFewItems';
    case 'maxItems':
      return 'field.tooManyItems';
    case 'uniqueItems':
      return 'field.duplicate';
    case 'minimum':
    case 'exclusiveMinimum':
      return 'field.tooSmall';
    case 'maximum':
    case 'exclusiveMaximum':
      return 'field.tooLarge';
    case 'format':
      return format === CALENDAR_DATE_FORMAT
        ? 'field.notRealDate'
        : format === 'date'
          ? 'field.date'
          : format === 'date-time'
            ? 'field.dateTime'
            : format === 'email'
              ? 'field.email'
              : 'field.format';
    case 'pattern':
      return (typeof pattern === 'string' && PATTERN_CODES[pattern]) || 'field.format';
    case 'enum':
    case 'const':
    case 'anyOf':
    case 'oneOf':
      return 'field.choice';
    case 'type':
      return type === 'integer' ? 'field.notInteger' : 'field.type';
    default:
      return 'field.invalid';
  }
}

/** TypeBox's error kinds by the JSON Schema keyword Ajv would name for the same failure. */
const KEYWORDS: Partial<Record<ValueErrorType, string>> = {
  [ValueErrorType.ObjectRequiredProperty]: 'required',
  [ValueErrorType.ObjectAdditionalProperties]: 'additionalProperties',
  [ValueErrorType.StringMinLength]: 'minLength',
  [ValueErrorType.StringMaxLength]: 'maxLength',
  [ValueErrorType.StringPattern]: 'pattern',
  [ValueErrorType.StringFormat]: 'format',
  [ValueErrorType.StringFormatUnknown]: 'format',
  [ValueErrorType.ArrayMinItems]: 'minItems',
  [ValueErrorType.ArrayMaxItems]: 'maxItems',
  [ValueErrorType.ArrayUniqueItems]: 'uniqueItems',
  [ValueErrorType.NumberMinimum]: 'minimum',
  [ValueErrorType.IntegerMinimum]: 'minimum',
  [ValueErrorType.NumberExclusiveMinimum]: 'exclusiveMinimum',
  [ValueErrorType.IntegerExclusiveMinimum]: 'exclusiveMinimum',
  [ValueErrorType.NumberMaximum]: 'maximum',
  [ValueErrorType.IntegerMaximum]: 'maximum',
  [ValueErrorType.NumberExclusiveMaximum]: 'exclusiveMaximum',
  [ValueErrorType.IntegerExclusiveMaximum]: 'exclusiveMaximum',
  [ValueErrorType.Literal]: 'const',
  [ValueErrorType.Union]: 'anyOf',
  [ValueErrorType.Integer]: 'type',
  [ValueErrorType.Number]: 'type',
  [ValueErrorType.String]: 'type',
  [ValueErrorType.Boolean]: 'type',
  [ValueErrorType.Array]: 'type',
  [ValueErrorType.Object]: 'type',
  [ValueErrorType.Null]: 'type',
};

function failureOf(error: ValueError): KeywordFailure {
  const schema = error.schema as Record<string, unknown>;
  const keyword = KEYWORDS[error.type] ?? 'invalid';
  const limit = {
    minLength: schema.minLength,
    maxLength: schema.maxLength,
    minItems: schema.minItems,
    maxItems: schema.maxItems,
    minimum: schema.minimum,
    exclusiveMinimum: schema.exclusiveMinimum,
    maximum: schema.maximum,
    exclusiveMaximum: schema.exclusiveMaximum,
  }[keyword];
  return { keyword, limit, format: schema.format, pattern: schema.pattern, type: error.type === ValueErrorType.Integer ? 'integer' : schema.type };
}

/**
 * The first mistake `value` makes against `schema`, with the code and the params the server
 * would send for it (`limit` of a length or a bound, `value` of an impossible date); null when
 * the value fits.
 */
export function schemaProblem(schema: TSchema, value: unknown): SchemaProblem | null {
  const error = Value.Errors(schema, value).First();
  if (!error) return null;
  const failure = failureOf(error);
  const code = keywordCode(failure);
  const params: ProblemParams = {};
  if (typeof failure.limit === 'number') params.limit = failure.limit;
  if (code === 'field.notRealDate' && typeof value === 'string') params.value = value;
  return { code, params };
}
