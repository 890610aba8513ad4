import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportTables, toCsv } from '../../server/features/report/export.js';
import { safeCell } from '../../server/files/workbook.js';
import type { Report } from '../../contract/report.js';

describe('exports people open in Excel', () => {
  it('never lets a cell start like a formula', () => {
    for (const text of ['=SUM(A1)', '+1', '-2', '@cmd', '\tx']) expect(safeCell(text).startsWith("'")).toBe(true);
    expect(safeCell('Instämmer')).toBe('Instämmer');
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(/^[=+\-@\t\r]/.test(safeCell(text))).toBe(false);
      }),
    );
  });

  it('quotes separators and quotes so every row keeps its columns', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (cells) => {
        const csv = toCsv({ key: 'agreement', name: 'x', columns: cells.map((_, i) => `c${i}`), rows: [cells] });
        const body = csv.slice(1).split('\r\n')[1];
        // Parse back: split on semicolons outside quotes.
        const parsed: string[] = [];
        let cell = '';
        let quoted = false;
        for (let i = 0; i < body.length; i++) {
          const ch = body[i];
          if (quoted && ch === '"' && body[i + 1] === '"') {
            cell += '"';
            i++;
          } else if (ch === '"') quoted = !quoted;
          else if (ch === ';' && !quoted) {
            parsed.push(cell);
            cell = '';
          } else cell += ch;
        }
        parsed.push(cell);
        if (!cells.some((c) => /[\r\n]/.test(c))) expect(parsed).toEqual(cells.map(safeCell));
      }),
    );
  });
});

const zero = { invited: 0, answered: 0, share: null, unreachable: 0, adjustedShare: null };
const cell = (agreeing: number, n: number) => ({ suppressed: false, n, agreeing, share: agreeing / n, interval: { low: 0.2, high: 0.4 }, dontKnow: 0 });
const byRole = (answered: Partial<Record<string, [number, number]>>) =>
  Object.fromEntries(
    ['st', 'supervisor', 'director', 'head'].map((r) => [
      r,
      answered[r]
        ? {
            invited: answered[r]![0],
            answered: answered[r]![1],
            share: answered[r]![1] / answered[r]![0],
            unreachable: 0,
            adjustedShare: answered[r]![1] / answered[r]![0],
          }
        : zero,
    ]),
  );

/** A closed report of 200 trainees and 15 directors, 13 of whom also answered the supplement. */
function fixture(): Report {
  const statement = {
    itemId: 'D.iup-based-on-goals',
    checkpoint: 'D2',
    basis: 'rule',
    label: { sv: 'IUP', en: 'IUP' },
    byRole: { st: cell(57, 200) },
    flags: [],
  };
  const overall = {
    itemId: 'D.lives-up-to-expectations',
    label: { sv: 'Min ST lever upp till mina förväntningar.', en: 'My ST lives up to my expectations.' },
    byRole: { st: cell(182, 200) },
  };
  return {
    review: {
      id: '1',
      title: 'Granskning',
      hospitalName: 'Sjukhuset',
      status: 'closed',
      anonymityThreshold: 4,
      reportPublishedAt: null,
      computedAt: '2027-01-31T10:00:00.000Z',
    },
    scope: { unitId: null, specialtyGroup: null, label: 'Sjukhuset' },
    settings: {
      windowMonths: 24,
      fromMonth: '2025-01-01',
      untilMonth: '2026-12-01',
      poolMinimum: 10,
      poolMinimumHospitals: 3,
      minDifferencePp: 10,
      breakMarginPp: 10,
      leadershipGapPp: 20,
    },
    responseRates: {
      units: [],
      groups: [],
      total: {
        byRole: byRole({ st: [300, 200], director: [16, 15] }),
        total: { invited: 316, answered: 215, share: 215 / 316, unreachable: 16, adjustedShare: 215 / 300 },
      },
    },
    supplementRates: {
      units: [],
      groups: [],
      total: { byRole: byRole({ director: [16, 13] }), total: { invited: 16, answered: 13, share: 13 / 16, unreachable: 0, adjustedShare: 13 / 16 } },
    },
    overall,
    ranking: {
      role: 'st',
      suppressed: false,
      statements: [{ itemId: statement.itemId, area: 'D', label: statement.label, cell: statement.byRole.st, rank: 1, third: 'top' }],
    },
    areas: [{ area: 'D', title: { sv: 'Upplägg', en: 'Organisation' }, statements: [statement] }],
    benchmark: [],
    numeric: [],
    lateAdditions: [],
  } as unknown as Report;
}

describe('the exported tables', () => {
  it('print 57 of 200 as 29 %, as the page does, not 28', () => {
    const agreement = reportTables(fixture(), 'sv').find((t) => t.key === 'agreement')!;
    expect(agreement.rows[0].slice(3, 5)).toEqual([29, 200]);
    expect(toCsv(agreement)).toContain(';IUP;D.iup-based-on-goals;29;200;');
  });

  it('give the supplement its own line and the answers of both surveys summed: 228 = 215 + 13', () => {
    const rates = reportTables(fixture(), 'sv').find((t) => t.key === 'response-rates')!;
    expect(rates.rows.map((r) => r[0])).toEqual(['Totalt', 'Tilläggsenkät till studierektorer', 'Svar totalt, båda enkäterna']);
    expect(rates.rows[1]).toEqual(['Tilläggsenkät till studierektorer', 0, 0, 13, 0, 13, 16, 81, 0, 81]);
    expect(rates.rows[2]).toEqual(['Svar totalt, båda enkäterna', 200, 0, 28, 0, 228, null, null, null, null]);
  });

  it('give the rate of those reached beside the rate: 215 of 316, 16 not reached, 215 of 300', () => {
    const rates = reportTables(fixture(), 'sv').find((t) => t.key === 'response-rates')!;
    expect(rates.columns.slice(-3)).toEqual(['Svarsfrekvens %', 'Nåddes inte', 'Svarsfrekvens av de nådda %']);
    expect(rates.rows[0]).toEqual(['Totalt', 200, 0, 15, 0, 215, 316, 68, 16, 72]);
  });
});

describe('the exported national benchmark', () => {
  const side = (agreeing: number, n: number) => ({ n, agreeing, share: agreeing / n, interval: { low: 0, high: 1 } });
  const row = (itemId: string, local: [number, number], differencePp: number, excludesZero: boolean, flagged = true) => ({
    itemId,
    area: 'D',
    label: { sv: itemId, en: itemId },
    role: 'st',
    local: side(...local),
    pool: side(500, 1000),
    differencePp,
    interval: { low: differencePp - 20, high: differencePp + 20 },
    excludesZero,
    flagged,
    quartile: 2,
    outlier: false,
    poolUnits: 40,
  });

  it('lists the flagged differences first, those the interval supports before those it does not, with n, interval and small n', () => {
    const report = {
      ...fixture(),
      benchmark: [
        row('few', [1, 3], -33, false),
        row('many', [40, 200], -30, true),
        row('same', [99, 200], 0, false, false),
        row('more', [130, 200], 15, true),
      ],
    } as unknown as Report;
    const table = reportTables(report, 'sv').find((t) => t.key === 'benchmark')!;
    expect(table.columns.slice(-2)).toEqual(['KI utesluter 0', 'Litet n (färre än 10 svar här)']);
    expect(table.rows.map((r) => r[1])).toEqual(['many', 'more', 'few', 'same']);
    const few = table.rows[2];
    expect([few[4], few[8], few[9], few.at(-2), few.at(-1)]).toEqual([3, -53, -13, 'nej', 'ja']);
    expect(table.rows[0].slice(-2)).toEqual(['ja', '']);
  });
});
