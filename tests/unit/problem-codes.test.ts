import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languageFromHeader, PROBLEM_CODES, PROBLEM_LANGUAGES, PROBLEM_TEXTS, problemText } from '../../contract/problem-codes.js';
import { genericCode } from '../../server/http/errors.js';
import { toFieldProblem } from '../../server/http/problem.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const param = fc.oneof(fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !s.includes('{')), fc.integer({ min: 0, max: 10_000 }));
const code = fc.constantFrom(...PROBLEM_CODES);
const language = fc.constantFrom(...PROBLEM_LANGUAGES);

describe('the catalogue of problem codes', () => {
  // The list is the catalogue itself: domain errors are typed by its keys, so the server can emit no other code.
  it('has a sentence in Swedish and in English for every code, with the same parameters', () => {
    fc.assert(
      fc.property(code, (c) => {
        const { sv, en } = PROBLEM_TEXTS[c];
        expect(sv.trim().length).toBeGreaterThan(3);
        expect(en.trim().length).toBeGreaterThan(3);
        expect(placeholders(sv)).toEqual(placeholders(en));
        // A sentence a person reads: ends like one, names no request path or schema keyword.
        for (const text of [sv, en]) {
          expect(text).toMatch(/[.!?)]$/);
          expect(text).not.toMatch(/\b(body|querystring|params)\.|must NOT|instancePath/);
        }
      }),
      { numRuns: PROBLEM_CODES.length * 4 },
    );
  });

  it('fills every parameter and leaves no placeholder, whatever the values', () => {
    fc.assert(
      fc.property(code, language, fc.dictionary(fc.constantFrom('area', 'grade', 'suggested', 'column', 'count', 'rows', 'total', 'limit', 'field', 'email', 'name', 'code', 'value', 'threshold', 'version', 'point', 'expected', 'codes', 'requestId'), param), (c, lang, params) => {
        const text = problemText(c, params, lang);
        for (const name of placeholders(PROBLEM_TEXTS[c][lang])) {
          if (params[name] !== undefined) expect(text).toContain(String(params[name]));
        }
        expect(text).not.toMatch(/\{\w+\}/);
      }),
    );
  });

  it('has a general code for every status a domain error can have', () => {
    fc.assert(
      fc.property(fc.integer({ min: 400, max: 599 }), (status) => {
        expect(PROBLEM_CODES).toContain(genericCode(status));
      }),
    );
  });
});

describe('schema errors as field problems', () => {
  const keyword = fc.constantFrom('required', 'additionalProperties', 'minLength', 'maxLength', 'minItems', 'maxItems', 'uniqueItems', 'minimum', 'maximum', 'exclusiveMinimum', 'format', 'pattern', 'enum', 'const', 'anyOf', 'type', 'someNewKeyword');
  const segment = fc.oneof(fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9]{0,12}$/), fc.nat({ max: 20 }).map(String));

  it('always carry a catalogue code, the field’s name and a message that is not a path', () => {
    fc.assert(
      fc.property(keyword, fc.array(segment, { maxLength: 4 }), fc.nat({ max: 300 }), fc.constantFrom('date', 'email', 'date-time', 'uri'), fc.constantFrom('body', 'querystring', 'params'), (kw, path, limit, format, context) => {
        const problem = toFieldProblem(context, {
          instancePath: path.map((p) => `/${p}`).join(''),
          keyword: kw,
          message: 'must NOT have fewer than 1 items',
          params: { limit, format, missingProperty: 'title', additionalProperty: 'colour', type: 'integer' },
        });
        expect(PROBLEM_CODES).toContain(problem.code);
        expect(problem.field.startsWith(context)).toBe(true);
        expect(String(problem.params?.field)).not.toMatch(/[./]/);
        expect(problem.message).not.toMatch(/must NOT|\//);
        for (const lang of PROBLEM_LANGUAGES) expect(problemText(problem.code!, problem.params, lang)).not.toMatch(/\{\w+\}/);
      }),
    );
  });

  it('an empty list of units gets the review’s own code', () => {
    expect(toFieldProblem('body', { instancePath: '/unitIds', keyword: 'minItems', params: { limit: 1 } })).toMatchObject({ field: 'body.unitIds', code: 'review.units.empty' });
  });
});

describe('the language of a caller', () => {
  it('is Swedish or English, Swedish unless English is asked for before Swedish', () => {
    const tag = fc.oneof(fc.constantFrom('sv', 'sv-SE', 'en', 'en-GB', 'en-US', 'de', 'fr-CA', '*', 'nb'), fc.stringMatching(/^[a-zA-Z-]{0,8}$/));
    const range = fc.record({ tag, q: fc.option(fc.integer({ min: 0, max: 10 }).map((n) => n / 10), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(range, { maxLength: 5 }), (ranges) => {
        const header = ranges.map((r) => (r.q === undefined ? r.tag : `${r.tag};q=${r.q}`)).join(', ');
        const result = languageFromHeader(header);
        const wanted = ranges
          .map((r, index) => ({ base: r.tag.trim().toLowerCase().split('-')[0], q: r.q ?? 1, index }))
          .filter((r) => r.q > 0 && (r.base === 'sv' || r.base === 'en'))
          .sort((a, b) => b.q - a.q || a.index - b.index);
        expect(result).toBe(wanted[0]?.base ?? 'sv');
      }),
    );
  });
});
