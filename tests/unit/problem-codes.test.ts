import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { languageFromHeader, paramText, PROBLEM_CODES, PROBLEM_LANGUAGES, PROBLEM_TEXTS, problemText, type ParamsOf } from '../../contract/problem-codes.js';
import { Conflict, fieldProblem, genericCode, Invalid, NotFound, type Coded } from '../../server/http/errors.js';
import { toFieldProblem } from '../../server/http/problem.js';

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
/** Every parameter name some text of the catalogue uses. */
const NAMES = [...new Set(PROBLEM_CODES.flatMap((c) => placeholders(PROBLEM_TEXTS[c].en)))];
const param = fc.oneof(
  fc.string({ minLength: 1, maxLength: 20 }),
  fc.integer({ min: -10_000, max: 10_000 }),
  fc.double({ min: -1000, max: 1000, noNaN: true }),
);
const code = fc.constantFrom(...PROBLEM_CODES);
const language = fc.constantFrom(...PROBLEM_LANGUAGES);

describe('the catalogue of problem codes', () => {
  // The list is the catalogue itself: domain errors are typed by its keys, so the server can emit no other code.
  it('has a sentence in Swedish and in English for every code, with the same parameters', () => {
    for (const c of PROBLEM_CODES) {
      const { sv, en } = PROBLEM_TEXTS[c];
      expect(sv.trim().length, c).toBeGreaterThan(3);
      expect(en.trim().length, c).toBeGreaterThan(3);
      expect(sv, c).not.toBe(en);
      expect(placeholders(sv), c).toEqual(placeholders(en));
      // A sentence a person reads: ends like one, names no request path or schema keyword.
      for (const text of [sv, en]) {
        expect(text, c).toMatch(/[.!?)]$/);
        expect(text, c).not.toMatch(/\b(body|querystring|params)\.|must NOT|instancePath/);
      }
    }
  });

  it('writes every parameter where its placeholder stood, and nothing else changes', () => {
    fc.assert(
      fc.property(code, language, fc.dictionary(fc.constantFrom(...NAMES), param), (c, lang, params) => {
        const template = PROBLEM_TEXTS[c][lang];
        // The same text built another way: split at the placeholders and put the values between.
        const expected = template
          .split(/(\{\w+\})/)
          .map((part) => {
            const name = /^\{(\w+)\}$/.exec(part)?.[1];
            if (!name) return part;
            const value = params[name];
            return value === undefined ? '' : paramText(value, lang);
          })
          .join('');
        expect(problemText(c, params, lang)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('writes a value as the language does: a decimal comma in Swedish, the digits unchanged', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string(), (n, s) => {
        expect(paramText(n, 'en')).toBe(String(n));
        expect(paramText(n, 'sv')).toBe(String(n).replace('.', ','));
        expect(paramText(n, 'sv').replace(/\D/g, '')).toBe(String(n).replace(/\D/g, ''));
        for (const lang of PROBLEM_LANGUAGES) expect(paramText(s, lang)).toBe(s);
      }),
    );
  });

  it('never leaves a placeholder, and a value with braces or $ is written as it is', () => {
    fc.assert(
      fc.property(code, language, fc.constantFrom('{email}', '$&', "$'", '{{x}}'), (c, lang, tricky) => {
        const params = Object.fromEntries(placeholders(PROBLEM_TEXTS[c].en).map((name) => [name, tricky]));
        const text = problemText(c, params, lang);
        const without = problemText(c, Object.fromEntries(Object.keys(params).map((name) => [name, ''])), lang);
        expect(text.length).toBe(without.length + tricky.length * (PROBLEM_TEXTS[c][lang].match(/\{\w+\}/g)?.length ?? 0));
        expect(problemText(c, {}, lang)).not.toMatch(/\{\w+\}/);
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

  it('is what a domain error needs: a code, and each value its texts use (checked by the compiler)', () => {
    expectTypeOf<ParamsOf<'user.emailTaken'>>().toEqualTypeOf<'email'>();
    expectTypeOf<ParamsOf<'report.justification.missing'>>().toEqualTypeOf<'area' | 'grade' | 'suggested'>();
    expectTypeOf<ParamsOf<'review.notFound'>>().toEqualTypeOf<never>();
    // `npm run typecheck` fails when one of these compiles: each line is a throw site the rule refuses.
    const refused = () => [
      // @ts-expect-error an English sentence without a code
      new Conflict('This cannot be done now.'),
      // @ts-expect-error a code that is not in the catalogue
      new NotFound({ code: 'review.nowhere' }),
      // @ts-expect-error the texts use {email}, which is missing
      new Conflict({ code: 'user.emailTaken' }),
      // @ts-expect-error a value the texts do not use
      new NotFound({ code: 'review.notFound', params: { id: 'x' } }),
      // @ts-expect-error a field's problem needs its code's values too
      fieldProblem('body.email', 'user.emailTaken'),
      // @ts-expect-error and a field problem written by hand needs a code
      new Invalid({ code: 'problem.invalid' }, [{ field: 'body.x', message: 'is wrong' }]),
    ];
    expect(typeof refused).toBe('function');
    const allowed: Coded = { code: 'user.emailTaken', params: { email: 'a@b.se' } };
    expect(new Conflict(allowed)).toMatchObject({ status: 409, code: 'user.emailTaken', message: 'There is already a user with the e-mail address a@b.se.' });
  });
});

describe('schema errors as field problems', () => {
  const keyword = fc.constantFrom(
    'required',
    'additionalProperties',
    'minLength',
    'maxLength',
    'minItems',
    'maxItems',
    'uniqueItems',
    'minimum',
    'maximum',
    'exclusiveMinimum',
    'format',
    'pattern',
    'enum',
    'const',
    'anyOf',
    'type',
    'someNewKeyword',
  );
  const segment = fc.oneof(fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9]{0,12}$/), fc.nat({ max: 20 }).map(String));

  it('always carry a catalogue code, the field’s name and a message that is not a path', () => {
    fc.assert(
      fc.property(
        keyword,
        fc.array(segment, { maxLength: 4 }),
        fc.nat({ max: 300 }),
        fc.constantFrom('date', 'email', 'date-time', 'uri'),
        fc.constantFrom('body', 'querystring', 'params'),
        (kw, path, limit, format, context) => {
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
        },
      ),
    );
  });

  it('an empty list of units gets the review’s own code', () => {
    expect(toFieldProblem('body', { instancePath: '/unitIds', keyword: 'minItems', params: { limit: 1 } })).toMatchObject({
      field: 'body.unitIds',
      code: 'review.units.empty',
    });
  });
});

describe('the language of a caller', () => {
  it('is Swedish or English, Swedish unless English is asked for before Swedish', () => {
    const tag = fc.oneof(fc.constantFrom('sv', 'sv-SE', 'en', 'en-GB', 'en-US', 'de', 'fr-CA', '*', 'nb'), fc.stringMatching(/^[a-zA-Z-]{0,8}$/));
    const range = fc.record({
      tag,
      q: fc.option(
        fc.integer({ min: 0, max: 10 }).map((n) => n / 10),
        { nil: undefined },
      ),
    });
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
