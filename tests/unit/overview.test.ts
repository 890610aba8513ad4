import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StatementResult } from '../../contract/report.js';
import { SUPPRESSED, shownCell } from '../../server/features/report/agreement.js';
import { overallResult, rankStatements } from '../../server/features/report/overview.js';
import type { CatalogItem } from '../../server/features/surveys/compiler.js';

const item = (id: string, overall = false) =>
  ({
    id,
    kind: 'statement',
    area: id[0],
    checkpoint: null,
    basis: null,
    roles: ['st'],
    label: { sv: id, en: id },
    ...(overall ? { overall: true } : {}),
  }) as CatalogItem;
const result = (id: string, agreeing: number | null, n = 100): StatementResult => ({
  itemId: id,
  checkpoint: null,
  basis: null,
  label: { sv: id, en: id },
  byRole: { st: agreeing === null ? SUPPRESSED : shownCell({ answered: n, agreeing, dontKnow: 0 }) },
  flags: [],
});

describe('the overall question and the ranking of statements', () => {
  it('opens with the overall item’s figures and leaves it out of the ranking', () => {
    const items = [item('D.lives-up-to-expectations', true), item('C.premises'), item('G.phd')];
    const results = [result('D.lives-up-to-expectations', 91), result('C.premises', 95), result('G.phd', 38)];
    expect(overallResult(items, results)).toMatchObject({ itemId: 'D.lives-up-to-expectations', byRole: { st: { n: 100, agreeing: 91 } } });
    expect(rankStatements(items, results).statements.map((s) => s.itemId)).toEqual(['C.premises', 'G.phd']);
    expect(overallResult([item('C.premises')], results)).toBeNull();
  });

  it('orders by the exact fraction: 2 of 3 (66.7 %) above 66 of 100, though both print as 67 and 66', () => {
    const ranking = rankStatements([item('A.x'), item('B.y')], [result('A.x', 66), result('B.y', 2, 3)]);
    expect(ranking.statements.map((s) => [s.itemId, s.rank])).toEqual([
      ['B.y', 1],
      ['A.x', 2],
    ]);
  });

  it('gives equal shares one rank and one third, and keeps the survey’s order between them', () => {
    const items = ['A.a', 'B.b', 'C.c', 'D.d', 'E.e', 'F.f'].map((id) => item(id));
    const results = [result('A.a', 50), result('B.b', 90), result('C.c', 9, 10), result('D.d', 70), result('E.e', 20), result('F.f', 70)];
    const ranking = rankStatements(items, results);
    expect(ranking.statements.map((s) => [s.itemId, s.rank, s.third])).toEqual([
      ['B.b', 1, 'top'],
      ['C.c', 1, 'top'],
      ['D.d', 3, 'middle'],
      ['F.f', 3, 'middle'],
      ['A.a', 5, 'bottom'],
      ['E.e', 6, 'bottom'],
    ]);
  });

  it('shows no ranking where the trainees’ figures are hidden, and skips statements nobody answered on the scale', () => {
    expect(rankStatements([item('A.a'), item('B.b')], [result('A.a', null), result('B.b', null)])).toEqual({ role: 'st', suppressed: true, statements: [] });
    expect(rankStatements([item('A.a'), item('B.b')], [result('A.a', 0, 0), result('B.b', 3, 4)]).statements.map((s) => s.itemId)).toEqual(['B.b']);
  });

  it('splits any list into thirds in order, ranks never decreasing, each third about a third', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 60 }), (agreeing) => {
        const ids = agreeing.map((_, i) => `A.s${i}`);
        const { statements } = rankStatements(
          ids.map((id) => item(id)),
          agreeing.map((a, i) => result(ids[i], a, 20)),
        );
        const order = ['top', 'middle', 'bottom'];
        for (let i = 1; i < statements.length; i++) {
          expect(statements[i].rank).toBeGreaterThanOrEqual(statements[i - 1].rank);
          expect(order.indexOf(statements[i].third)).toBeGreaterThanOrEqual(order.indexOf(statements[i - 1].third));
          expect(statements[i].cell.agreeing!).toBeLessThanOrEqual(statements[i - 1].cell.agreeing!);
        }
        const k = statements.length;
        for (const s of statements) expect(order.indexOf(s.third)).toBe(3 * s.rank <= k ? 0 : 3 * s.rank <= 2 * k ? 1 : 2);
      }),
    );
  });
});
