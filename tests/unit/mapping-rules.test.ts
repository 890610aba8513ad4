import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agreedCategories,
  categoriesOfSource,
  categoryProblem,
  compareRounds,
  countCategories,
  goalCheck,
  MAPPING_CATEGORIES,
  sourcesConflict,
  type MappingCategory,
} from '../../server/features/mapping/rules.js';

const answers = (leadershipSt: string, equivalent: string, professions: string, aimed: string) => ({
  'mapping.leadership-st': leadershipSt,
  'mapping.equivalent': equivalent,
  'mapping.professions': professions,
  'mapping.aimed-at-junior': aimed,
});
const NOTHING = answers('no', 'no', 'noProgramme', 'noProgramme');
const TAILORED = answers('no', 'yes', 'doctorsOnly', 'yes');

describe('what one source says about its region', () => {
  it('reads leadership-ST, an equivalent for early-career doctors, all professions and nothing', () => {
    expect(categoriesOfSource(answers('yes', 'notApplicable', 'both', 'yes'))).toEqual(['leadership_st', 'all_professions']);
    expect(categoriesOfSource(TAILORED)).toEqual(['early_career']);
    expect(categoriesOfSource(answers('no', 'yes', 'allProfessions', 'yes'))).toEqual(['early_career', 'all_professions']);
    expect(categoriesOfSource(answers('no', 'no', 'allProfessions', 'no'))).toEqual(['all_professions']);
    expect(categoriesOfSource(NOTHING)).toEqual(['nothing']);
  });

  it('an equivalent open to all professions and not aimed at junior doctors is not one for early-career doctors', () => {
    expect(categoriesOfSource(answers('no', 'yes', 'allProfessions', 'no'))).toEqual(['all_professions']);
  });

  it('a source that does not know says nothing (null), and contradicts no one', () => {
    expect(categoriesOfSource(answers('dontKnow', 'dontKnow', 'dontKnow', 'dontKnow'))).toBeNull();
    expect(sourcesConflict([answers('dontKnow', 'dontKnow', 'dontKnow', 'dontKnow'), TAILORED])).toBe(false);
  });
});

describe('conflicts between sources', () => {
  it('a branch that says nothing and a director who reports a tailored programme conflict', () => {
    expect(sourcesConflict([NOTHING, TAILORED])).toBe(true);
    expect(agreedCategories([NOTHING, TAILORED])).toBeNull();
  });

  it('sources that say the same, or that did not answer, do not', () => {
    expect(sourcesConflict([TAILORED, TAILORED, null])).toBe(false);
    expect(agreedCategories([TAILORED, null])).toEqual(['early_career']);
    expect(agreedCategories([null, null])).toBeNull();
  });

  it('conflict is symmetric: the order of the sources does not matter', () => {
    const source = fc.constantFrom(
      NOTHING,
      TAILORED,
      answers('yes', 'notApplicable', 'both', 'yes'),
      answers('dontKnow', 'dontKnow', 'dontKnow', 'dontKnow'),
      null,
    );
    fc.assert(fc.property(fc.array(source, { maxLength: 5 }), (list) => sourcesConflict(list) === sourcesConflict([...list].reverse())));
  });
});

describe('the coordinator’s categories', () => {
  it('are a non-empty set of known categories, with "nothing" alone', () => {
    expect(categoryProblem(['leadership_st', 'all_professions'])).toBeNull();
    expect(categoryProblem([])).toBe('empty');
    expect(categoryProblem(['nothing', 'early_career'])).toBe('nothingWithOthers');
    expect(categoryProblem(['early_career', 'early_career'])).toBe('repeated');
    expect(categoryProblem(['somewhere'])).toBe('unknown');
  });
});

describe('the 10 % goal', () => {
  const lst: MappingCategory[] = ['leadership_st'];
  it('missing places or ST doctors is unknown, not "not met"', () => {
    expect(goalCheck({ categories: lst, placesPerYear: null, stDoctors: 400 })).toEqual({ status: 'unknown', share: null, percent: null });
    expect(goalCheck({ categories: ['early_career'], placesPerYear: 10, stDoctors: null }).status).toBe('unknown');
  });

  it('a region that offers neither leadership-ST nor an equivalent has not met it, whatever the figures', () => {
    expect(goalCheck({ categories: ['all_professions'], placesPerYear: 500, stDoctors: 100 }).status).toBe('notMet');
    expect(goalCheck({ categories: ['nothing'], placesPerYear: null, stDoctors: null }).status).toBe('notMet');
  });

  it('exactly 10 % meets it, one place fewer does not (integer comparison)', () => {
    expect(goalCheck({ categories: lst, placesPerYear: 42, stDoctors: 420 })).toEqual({ status: 'met', share: 0.1, percent: 10 });
    expect(goalCheck({ categories: lst, placesPerYear: 41, stDoctors: 420 }).status).toBe('notMet');
  });

  it('is met exactly when places × 10 ≥ ST doctors, and the printed per cent rounds a half up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 20000 }), (places, st) => {
        const check = goalCheck({ categories: lst, placesPerYear: places, stDoctors: st });
        expect(check.status).toBe(places * 10 >= st ? 'met' : 'notMet');
        // exact: 100·p/s within half a point, halves up
        expect(Math.abs(check.percent! - (100 * places) / st)).toBeLessThanOrEqual(0.5);
        if ((200 * places) % (2 * st) === st) expect(check.percent).toBe(Math.ceil((100 * places) / st));
      }),
    );
  });
});

describe('counts and the change since the previous round', () => {
  const before = [
    { code: 'AB', categories: ['leadership_st', 'all_professions'] as MappingCategory[] },
    { code: 'M', categories: ['leadership_st'] as MappingCategory[] },
    { code: 'Y', categories: ['nothing'] as MappingCategory[] },
  ];
  const now = [
    { code: 'AB', categories: ['leadership_st', 'all_professions'] as MappingCategory[] },
    { code: 'M', categories: ['early_career'] as MappingCategory[] },
    { code: 'Y', categories: ['all_professions'] as MappingCategory[] },
    { code: 'Z', categories: ['nothing'] as MappingCategory[] },
  ];

  it('a region in several categories counts in each', () => {
    expect(countCategories(now)).toEqual({ leadership_st: 1, early_career: 1, all_professions: 2, nothing: 1 });
  });

  it('names the regions gained and lost; a region new to the mapping is neither', () => {
    const change = Object.fromEntries(compareRounds(now, before).map((c) => [c.category, c]));
    expect(change.leadership_st).toEqual({ category: 'leadership_st', now: 1, before: 2, gained: [], lost: ['M'] });
    expect(change.nothing).toEqual({ category: 'nothing', now: 1, before: 1, gained: [], lost: ['Y'] });
    expect(change.all_professions!.gained).toEqual(['Y']);
  });

  it('without a previous round there is no before', () => {
    expect(compareRounds(now, null).every((c) => c.before === null && c.gained.length === 0 && c.lost.length === 0)).toBe(true);
  });

  it('now − before = gained − lost when both rounds have the same regions', () => {
    const region = fc.subarray([...MAPPING_CATEGORIES], { minLength: 1 });
    fc.assert(
      fc.property(fc.array(fc.tuple(region, region), { minLength: 1, maxLength: 21 }), (pairs) => {
        const a = pairs.map(([c], i) => ({ code: `R${i}`, categories: c }));
        const b = pairs.map(([, c], i) => ({ code: `R${i}`, categories: c }));
        for (const c of compareRounds(a, b)) expect(c.now - c.before!).toBe(c.gained.length - c.lost.length);
      }),
    );
  });
});
