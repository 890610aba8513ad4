import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, compileBank } from '../../server/features/surveys/compiler.js';
import { surveyModel } from '../../server/features/surveys/surveyjs.js';
import { spurExternal } from '../../surveys/spur-external.js';
import { type Item, type SurveyBank, type Text } from '../../surveys/types.js';
import { AREAS, ROLES } from '../../contract/domain.js';

const text: fc.Arbitrary<Text> = fc.record({ sv: fc.string({ minLength: 1 }), en: fc.string({ minLength: 1 }) });
const roleSubset = fc.subarray([...ROLES], { minLength: 1 });
const wording = roleSubset.chain((roles) => fc.tuple(...roles.map(() => text)).map((texts) => Object.fromEntries(roles.map((r, i) => [r, texts[i]]))));
const area = fc.constantFrom(...AREAS);
const bounds = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 100 })).map(([a, b]) => ({ min: a, max: a + b }));

const item: fc.Arbitrary<Omit<Item, 'id'>> = fc.oneof(
  fc.record({
    kind: fc.constant('statement' as const),
    area,
    checkpoint: fc.constant('A1'),
    basis: fc.constant({ kind: 'indicator' as const }),
    wording,
  }),
  fc.record({ kind: fc.constant('numeric' as const), wording, unit: text, required: fc.boolean() }).chain((r) => bounds.map((b) => ({ ...r, ...b }))),
  fc.record({
    kind: fc.constant('choice' as const),
    wording,
    choices: fc
      .uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/), { minLength: 2, maxLength: 5 })
      .chain((values) => fc.tuple(...values.map(() => text)).map((texts) => values.map((value, i) => ({ value, text: texts[i] })))),
  }),
  fc.record({ kind: fc.constant('text' as const), wording, maxLength: fc.integer({ min: 1, max: 5000 }) }),
);

/** Any valid bank: unique ids, pages with items, maybe suggestions. */
const bank: fc.Arbitrary<SurveyBank> = fc
  .record({
    pages: fc.array(fc.array(item, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }),
    suggestionCount: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ pages, suggestionCount }) => {
    let n = 0;
    return {
      key: 'generated',
      title: { sv: 'Enkät', en: 'Survey' },
      description: { sv: 'Beskrivning', en: 'Description' },
      roles: ROLES,
      pages: pages.map((items, p) => ({
        id: `page-${p}`,
        title: { sv: `Sida ${p}`, en: `Page ${p}` },
        items: items.map((i) => ({ ...i, id: `${'area' in i && i.area ? i.area : 'x'}.item-${n++}` }) as Item),
      })),
      ...(suggestionCount > 0
        ? {
            suggestions: {
              idPrefix: 'suggestion',
              count: suggestionCount,
              maxLength: 500,
              title: { sv: 'Förslag', en: 'Suggestions' },
              description: { sv: 'Frivilligt', en: 'Optional' },
              itemTitle: { sv: 'Förslag', en: 'Suggestion' },
            },
          }
        : {}),
    };
  });

describe('the survey compiler', () => {
  it('compiles any valid bank into forms survey-core accepts, keeping item ids one-to-one', () => {
    fc.assert(
      fc.property(bank, (b) => {
        const compiled = compileBank(b);
        const sourceIds = b.pages.flatMap((p) => p.items.map((i) => i.id));
        expect(compiled.items.map((i) => i.id).slice(0, sourceIds.length)).toEqual(sourceIds);
        for (const role of ROLES) {
          const model = surveyModel(compiled.forms[role]!);
          expect(model.jsonErrors ?? []).toEqual([]);
          const names = model.getAllQuestions().map((q) => q.name);
          const expected = b.pages
            .flatMap((p) => p.items)
            .filter((i) => i.wording[role])
            .map((i) => i.id)
            .concat(Array.from({ length: b.suggestions?.count ?? 0 }, (_, k) => `suggestion-${k + 1}`));
          expect(names).toEqual(expected);
          expect(new Set(names).size).toBe(names.length);
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('gives the same hash for the same content and a new hash for changed wording', () => {
    fc.assert(
      fc.property(bank, (b) => {
        const again = compileBank(structuredClone(b));
        expect(again.hash).toBe(compileBank(b).hash);
        const changed = structuredClone(b);
        const first = changed.pages[0].items[0];
        const role = Object.keys(first.wording)[0] as keyof typeof first.wording;
        first.wording[role] = { sv: `${first.wording[role]!.sv}!`, en: first.wording[role]!.en };
        expect(compileBank(changed).hash).not.toBe(again.hash);
      }),
      { numRuns: 100 },
    );
  });

  it('makes a numeric item required exactly when the bank says so, and survey-core then refuses or accepts it empty', () => {
    fc.assert(
      fc.property(bank, (b) => {
        const compiled = compileBank(b);
        for (const item of b.pages.flatMap((p) => p.items)) {
          if (item.kind !== 'numeric') continue;
          expect(compiled.items.find((i) => i.id === item.id)?.required).toBe(item.required);
          for (const role of ROLES.filter((r) => item.wording[r])) {
            const question = surveyModel(compiled.forms[role]!).getQuestionByName(item.id);
            expect(question.isRequired).toBe(item.required);
            question.validate(true);
            expect(question.errors.length > 0).toBe(item.required);
          }
        }
      }),
      { numRuns: 30 },
    );
  }, 60_000);

  it('compiles the review survey’s numeric items as the bank decides: counts a trainee may not know are optional', () => {
    const items = compileBank(spurExternal).items;
    const required = (id: string) => items.find((i) => i.id === id)?.required;
    expect(required('F.self-study-hours')).toBe(false);
    expect(required('E.supervision-talks-12m')).toBe(false);
    expect(required('E.assessments-12m')).toBe(false);
    expect(required('background.director-time')).toBe(true);
    expect(items.filter((i) => i.overall).map((i) => i.id)).toEqual(['D.lives-up-to-expectations']);
  });

  it('writes canonical JSON independent of key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(obj));
      }),
    );
  });
});

describe('survey-core in Node', () => {
  it('reports an unknown question type or property as a JSON error (the content test relies on it)', () => {
    const model = surveyModel({ pages: [{ name: 'p', elements: [{ type: 'no-such-type', name: 'q' }] }] });
    expect(model.jsonErrors?.length).toBeGreaterThan(0);
  });
});
