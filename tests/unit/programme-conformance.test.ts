import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONFORMANCE_STATUSES, type ConformanceStatus } from '../../contract/programmes.js';
import {
  bestCell,
  conformanceMatrix,
  countCells,
  programmeGaps,
  regionComparison,
  statusCounts,
  type Cell,
  type Judged,
} from '../../server/features/programmes/conformance.js';
import { currentModel, MODEL_GROUP_TEXTS, MODEL_POINT_GROUPS, NATIONAL_MODELS, nationalModel } from '../../surveys/leadership-model.js';

const KEYS = ['central-funding', 'contract-programme-time', 'contract-specialist-pay', 'university-course', 'improvement-project'];
const judge = (programmeId: string, pointKey: string, status: ConformanceStatus): Judged => ({ programmeId, pointKey, status });

describe('one programme against the model', () => {
  const judgements = [
    judge('1', 'contract-programme-time', 'not_met'),
    judge('1', 'contract-specialist-pay', 'met'),
    judge('1', 'university-course', 'not_met'),
    judge('1', 'improvement-project', 'partly_met'),
    judge('2', 'central-funding', 'met'),
  ];

  it('counts each point once, a point nobody judged as not assessed', () => {
    expect(statusCounts(KEYS, judgements, '1')).toEqual({ met: 1, partly_met: 1, not_met: 2, not_stated: 0, unassessed: 1 });
    expect(statusCounts(KEYS, judgements, '3')).toEqual({ met: 0, partly_met: 0, not_met: 0, not_stated: 0, unassessed: KEYS.length });
  });

  it('lists the gaps worst first, in the model’s order within a status, and leaves out what is met', () => {
    expect(programmeGaps(KEYS, judgements, '1')).toEqual([
      { pointKey: 'contract-programme-time', status: 'not_met' },
      { pointKey: 'university-course', status: 'not_met' },
      { pointKey: 'improvement-project', status: 'partly_met' },
      { pointKey: 'central-funding', status: null },
    ]);
  });

  it('ignores a judgement of a point the model’s version does not have', () => {
    const withStray = [...judgements, judge('1', 'a-point-of-another-version', 'met')];
    expect(statusCounts(KEYS, withStray, '1')).toEqual(statusCounts(KEYS, judgements, '1'));
  });

  it('puts a row per point and a cell per programme in the matrix, in the orders given', () => {
    const matrix = conformanceMatrix(KEYS, ['2', '1'], judgements);
    expect(matrix.map((row) => row.pointKey)).toEqual(KEYS);
    expect(matrix[0].cells).toEqual(['met', null]);
    expect(matrix[2].cells).toEqual([null, 'met']);
  });
});

describe('regions side by side', () => {
  it('gives a region the best status any of its programmes has on a point', () => {
    const programmes = [
      { id: '1', regionCode: 'M' },
      { id: '2', regionCode: 'AB' },
      { id: '3', regionCode: 'M' },
    ];
    const judgements = [
      judge('1', 'central-funding', 'not_stated'),
      judge('3', 'central-funding', 'partly_met'),
      judge('1', 'university-course', 'not_met'),
      judge('3', 'university-course', 'not_stated'),
      judge('2', 'central-funding', 'met'),
    ];
    const [skane, stockholm] = regionComparison(KEYS, programmes, judgements);
    expect(skane).toMatchObject({ regionCode: 'M', programmeIds: ['1', '3'] });
    expect(skane.best).toEqual(['partly_met', null, null, 'not_met', null]);
    expect(skane.counts).toEqual({ met: 0, partly_met: 1, not_met: 1, not_stated: 0, unassessed: 3 });
    expect(stockholm.best[0]).toBe('met');
  });

  it('takes met over partly met over not met over not stated over not assessed', () => {
    expect(bestCell(['not_stated', 'not_met', null])).toBe('not_met');
    expect(bestCell([null, 'partly_met', 'met'])).toBe('met');
    expect(bestCell([])).toBeNull();
  });
});

const cell: fc.Arbitrary<Cell> = fc.constantFrom<Cell>(...CONFORMANCE_STATUSES, null);

describe('properties', () => {
  it('the counts add up to the number of points', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 40 }), (cells) => {
        const counts = countCells(cells);
        expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(cells.length);
      }),
    );
  });

  it('the gaps are exactly the points not met, and their number is the counts less the met', () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: KEYS.length, maxLength: KEYS.length }), (cells) => {
        const judgements = cells.flatMap((status, i) => (status === null ? [] : [judge('1', KEYS[i], status)]));
        const gaps = programmeGaps(KEYS, judgements, '1');
        expect(gaps.length).toBe(KEYS.length - statusCounts(KEYS, judgements, '1').met);
        expect(new Set(gaps.map((g) => g.pointKey)).size).toBe(gaps.length);
        expect(gaps.every((g) => g.status !== 'met')).toBe(true);
      }),
    );
  });

  it('a region’s best is at least as good as each of its programmes', () => {
    const rank = (c: Cell) => ['met', 'partly_met', 'not_met', 'not_stated', null].indexOf(c);
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 8 }), (cells) => {
        const best = bestCell(cells);
        expect(cells.every((c) => rank(best) <= rank(c))).toBe(true);
        expect(cells).toContain(best);
      }),
    );
  });
});

describe('the national model as data', () => {
  it('has unique keys within each version, a known group and both languages for every point', () => {
    for (const model of NATIONAL_MODELS) {
      expect(new Set(model.points.map((p) => p.key)).size).toBe(model.points.length);
      for (const point of model.points) {
        expect(point.key).toMatch(/^[a-z][a-z0-9-]{0,59}$/);
        expect(MODEL_POINT_GROUPS).toContain(point.group);
        expect(point.text.sv.trim()).not.toBe('');
        expect(point.text.en.trim()).not.toBe('');
      }
    }
    for (const group of MODEL_POINT_GROUPS) expect(MODEL_GROUP_TEXTS[group].sv).not.toBe('');
  });

  it('has versions with keys of their own, the newest in use', () => {
    expect(new Set(NATIONAL_MODELS.map((m) => m.version)).size).toBe(NATIONAL_MODELS.length);
    expect(currentModel()).toBe(NATIONAL_MODELS.at(-1));
    expect(nationalModel(currentModel().version)).toBe(currentModel());
  });

  it('holds the five contract points and the nine course subjects', () => {
    const points = currentModel().points;
    expect(points.filter((p) => p.group === 'contract')).toHaveLength(5);
    expect(points.filter((p) => p.key.startsWith('course-'))).toHaveLength(9);
  });
});
